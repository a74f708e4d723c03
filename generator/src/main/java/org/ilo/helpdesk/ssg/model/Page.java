package org.ilo.helpdesk.ssg.model;

import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.frontmatter.FrontMatter;
import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.markdown.MarkdownDocument;

/**
 * A page of the site: where it comes from, what it is, which site publishes it, and its URL path
 * relative to that site's root ({@code en/qa/wages/}; empty for a site's home).
 *
 * @param language        the language whose site and navigation the page belongs to
 * @param contentLanguage the language its text is written in: the default language for a page that a
 *                        mirror copies because it has no translation, else the same as {@code language}
 */
public record Page(
        String language,
        String contentLanguage,
        String sourcePath,
        PageKind kind,
        String translationKey,
        SiteTarget site,
        String urlPath,
        MarkdownDocument document) {

    /** True for a default-language page rendered inside a mirror that has no translation of it. */
    public boolean isFallbackCopy() {
        return !language.equals(contentLanguage);
    }

    public FrontMatter frontMatter() {
        return document.source().frontMatter();
    }

    public String title() {
        return frontMatter().title();
    }

    /** The file written for this page, relative to the site's output root. */
    public String outputFile() {
        return urlPath + "index.html";
    }

    /** The absolute URL where the page is published. */
    public String absoluteUrl() {
        return site.baseUrl() + urlPath;
    }
}
