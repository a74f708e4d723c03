package org.ilo.helpdesk.ssg.config;

import java.util.List;

/**
 * One published site: its own output root and base URL, the languages it hosts, and what it does
 * with pages that are not translated into its language. A site with a single language has its pages
 * at its root; a site with several has a folder per language.
 */
public record SiteTarget(String name, String baseUrl, List<String> languages, FallbackPolicy fallback) {

    /** What a site shows for a page that exists only in the default language. */
    public enum FallbackPolicy {
        /** Lists and links show the page, marked with its language, and lead to the site that has it. */
        LINK,
        /** The default-language page is rendered inside this site, with a notice that it is not translated. */
        COPY
    }

    public SiteTarget(String name, String baseUrl, List<String> languages) {
        this(name, baseUrl, languages, FallbackPolicy.LINK);
    }

    public SiteTarget {
        languages = List.copyOf(languages);
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public boolean isMultilingual() {
        return languages.size() > 1;
    }

    public boolean hosts(String language) {
        return languages.contains(language);
    }
}
