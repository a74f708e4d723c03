package org.ilo.helpdesk.ssg.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ilo.helpdesk.ssg.config.SiteConfig;
import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.frontmatter.FrontMatter;
import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.load.SourceFile;
import org.ilo.helpdesk.ssg.load.StaticFile;
import org.ilo.helpdesk.ssg.markdown.MarkdownDocument;

/** Gives each parsed page its site and URL, and rejects two pages that would write the same file. */
public final class ModelBuilder {

    public SiteModel build(SiteConfig config, List<MarkdownDocument> documents, List<StaticFile> files, Diagnostics diagnostics) {
        return build(config, documents, files, Set.of(), diagnostics);
    }

    /** @param unreadable content files ({@code <lang>/<path>}) whose front matter could not be read */
    public SiteModel build(SiteConfig config, List<MarkdownDocument> documents, List<StaticFile> files, Set<String> unreadable,
                           Diagnostics diagnostics) {
        List<Page> pages = new ArrayList<>();
        Map<String, SourcePosition> claimed = new HashMap<>();
        for (MarkdownDocument document : documents) {
            SourceFile source = document.source().source();
            FrontMatter frontMatter = document.source().frontMatter();
            if (frontMatter.draft()) {
                continue;
            }
            SiteTarget site = config.siteOf(source.language());
            String urlPath = urlPath(site, source.language(), source.relativePath(), frontMatter);
            String key = frontMatter.translationKey().orElseGet(() -> withoutMarkdownExtension(source.relativePath()));
            SourcePosition position = frontMatter.slug().isPresent()
                    ? frontMatter.slugPosition()
                    : new SourcePosition(source.path(), 1, 1);
            SourcePosition earlier = claimed.putIfAbsent(site.name() + "/" + urlPath, position);
            if (earlier != null) {
                diagnostics.error("output.duplicate-url", position, "this page and " + earlier.file().getFileName()
                        + " are both written to /" + urlPath, "change the file name or the 'slug' of one of them");
                continue;
            }
            pages.add(new Page(source.language(), source.language(), source.relativePath(), PageKind.of(document.source()), key,
                    site, urlPath, document));
        }
        pages.addAll(fallbackCopies(config, pages, claimed));
        List<Redirect> redirects = redirects(pages, claimed, diagnostics);
        return new SiteModel(config, pages, withFallbackFiles(config, files), redirects, unreadable);
    }

    /**
     * The former addresses of pages: {@code /en/old/path/} from the site's root, or {@code old-path}
     * from the page's language folder.
     */
    private static List<Redirect> redirects(List<Page> pages, Map<String, SourcePosition> claimed, Diagnostics diagnostics) {
        List<Redirect> redirects = new ArrayList<>();
        for (Page page : pages) {
            if (page.isFallbackCopy()) {
                continue;
            }
            for (String alias : page.frontMatter().aliases()) {
                SourcePosition position = new SourcePosition(page.document().source().source().path(), 1, 1);
                String path = alias.startsWith("/") ? alias.substring(1)
                        : (page.site().isMultilingual() ? page.language() + "/" : "") + alias;
                path = path.endsWith("/") || path.isEmpty() ? path : path + "/";
                if (path.isEmpty() || !path.matches("([\\p{L}\\p{N}._~-]+/)+") || path.contains("../") || path.startsWith("./")) {
                    diagnostics.error("frontmatter.wrong-value", position, "alias '" + alias + "' is not a path of this site",
                            "write the former path, such as /en/qa/salaries/ or qa/salaries");
                    continue;
                }
                SourcePosition earlier = claimed.putIfAbsent(page.site().name() + "/" + path, position);
                if (earlier != null) {
                    diagnostics.error("output.duplicate-url", position, "alias '" + alias + "' is the address of "
                            + earlier.file().getFileName(), "remove the alias or move the other page");
                    continue;
                }
                redirects.add(new Redirect(page.site(), path, page));
            }
        }
        return redirects;
    }

    /**
     * A site that copies untranslated pages also gets the default language's files (images, PDFs) that
     * its language lacks, so that the copies load nothing from another site's root.
     */
    private static List<StaticFile> withFallbackFiles(SiteConfig config, List<StaticFile> files) {
        List<StaticFile> all = new ArrayList<>(files);
        String defaultLanguage = config.defaultLanguage();
        for (SiteTarget site : config.sites()) {
            if (site.fallback() != SiteTarget.FallbackPolicy.COPY) {
                continue;
            }
            for (String language : site.languages()) {
                Set<String> own = new HashSet<>();
                files.stream().filter(f -> f.language().equals(language)).forEach(f -> own.add(f.relativePath()));
                files.stream()
                        .filter(f -> f.language().equals(defaultLanguage) && !language.equals(defaultLanguage) && !own.contains(f.relativePath()))
                        .forEach(f -> all.add(new StaticFile(f.path(), language, f.relativePath())));
            }
        }
        return all;
    }

    /**
     * For each language of a site whose policy is {@code copy}, the default-language pages it has no
     * translation of, rendered at the path the translation would have.
     */
    private static List<Page> fallbackCopies(SiteConfig config, List<Page> pages, Map<String, SourcePosition> claimed) {
        List<Page> copies = new ArrayList<>();
        String defaultLanguage = config.defaultLanguage();
        for (SiteTarget site : config.sites()) {
            if (site.fallback() != SiteTarget.FallbackPolicy.COPY) {
                continue;
            }
            for (String language : site.languages()) {
                if (language.equals(defaultLanguage)) {
                    continue;
                }
                Set<String> translated = new HashSet<>();
                pages.stream().filter(p -> p.language().equals(language)).forEach(p -> translated.add(p.translationKey()));
                for (Page source : pages) {
                    if (!source.language().equals(defaultLanguage) || translated.contains(source.translationKey())) {
                        continue;
                    }
                    String urlPath = urlPath(site, language, source.sourcePath(), source.frontMatter());
                    if (claimed.putIfAbsent(site.name() + "/" + urlPath, SourcePosition.of(Path.of(source.sourcePath()))) == null) {
                        copies.add(new Page(language, defaultLanguage, source.sourcePath(), source.kind(), source.translationKey(),
                                site, urlPath, source.document()));
                    }
                }
            }
        }
        return copies;
    }

    static String urlPath(SiteTarget site, String language, String relativePath, FrontMatter frontMatter) {
        String prefix = site.isMultilingual() ? language + "/" : "";
        String path = relativePath.replaceAll("\\.md$", "");
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash + 1);
        String name = slash < 0 ? path : path.substring(slash + 1);
        if (frontMatter.slug().isPresent()) {
            name = frontMatter.slug().get();
        } else if (name.equals("index") || name.equals("_index")) {
            return prefix + folder;
        }
        return prefix + folder + name + "/";
    }

    private static String withoutMarkdownExtension(String path) {
        return path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
    }
}
