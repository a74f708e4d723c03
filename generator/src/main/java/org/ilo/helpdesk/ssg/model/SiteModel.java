package org.ilo.helpdesk.ssg.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.helpdesk.ssg.config.LanguageConfig;
import org.ilo.helpdesk.ssg.config.SiteConfig;
import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.load.StaticFile;

/**
 * Every page of every language, with the translations that link them. Read-only once built.
 */
public final class SiteModel {

    private final SiteConfig config;
    private final List<Page> pages;
    private final List<StaticFile> files;
    private final Map<String, Page> bySource = new LinkedHashMap<>();
    private final Map<String, Map<String, Page>> byTranslationKey = new LinkedHashMap<>();
    private final Map<String, StaticFile> filesBySource = new LinkedHashMap<>();
    private final List<Redirect> redirects;
    private final Map<String, List<Page>> byLanguage = new LinkedHashMap<>();
    private final java.util.Set<String> unreadable;

    SiteModel(SiteConfig config, List<Page> pages, List<StaticFile> files, List<Redirect> redirects, java.util.Set<String> unreadable) {
        this.unreadable = java.util.Set.copyOf(unreadable);
        this.config = config;
        this.pages = List.copyOf(pages);
        this.files = List.copyOf(files);
        this.redirects = List.copyOf(redirects);
        for (Page page : this.pages) {
            byLanguage.computeIfAbsent(page.language(), k -> new ArrayList<>()).add(page);
            bySource.put(page.language() + "/" + page.sourcePath(), page);
            if (!page.isFallbackCopy()) {
                byTranslationKey.computeIfAbsent(page.translationKey(), k -> new LinkedHashMap<>()).put(page.language(), page);
            }
        }
        for (StaticFile file : this.files) {
            filesBySource.put(file.language() + "/" + file.relativePath(), file);
        }
    }

    public SiteConfig config() {
        return config;
    }

    public List<Page> pages() {
        return pages;
    }

    public List<StaticFile> files() {
        return files;
    }

    public List<Redirect> redirects() {
        return redirects;
    }

    public List<Page> pages(String language) {
        return Collections.unmodifiableList(byLanguage.getOrDefault(language, List.of()));
    }

    public List<Page> pages(SiteTarget site) {
        return pages.stream().filter(p -> p.site().name().equals(site.name())).toList();
    }

    /** The page written at {@code content/<language>/<path>}. */
    public Optional<Page> page(String language, String sourcePath) {
        return Optional.ofNullable(bySource.get(language + "/" + sourcePath));
    }

    /**
     * True for a content file that exists but could not be read (its own error is reported): links to
     * it are not reported as broken on top of that.
     */
    public boolean isUnreadable(String language, String sourcePath) {
        return unreadable.contains(language + "/" + sourcePath);
    }

    public Optional<StaticFile> file(String language, String sourcePath) {
        return Optional.ofNullable(filesBySource.get(language + "/" + sourcePath));
    }

    /** The translation of {@code page} into {@code language}, if there is one (fallback copies are not translations). */
    public Optional<Page> translation(Page page, String language) {
        return Optional.ofNullable(byTranslationKey.getOrDefault(page.translationKey(), Map.of()).get(language));
    }

    /**
     * What the pages of {@code language} may list of a kind: its own pages (fallback copies included)
     * and, on a site whose policy is {@code link}, the default-language pages it has no translation of.
     */
    public List<Page> listable(String language, PageKind kind) {
        return listableCache.computeIfAbsent(language + "/" + kind, k -> computeListable(language, kind));
    }

    private final Map<String, List<Page>> listableCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<Page>> homes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> prefixes = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Page> computeListable(String language, PageKind kind) {
        List<Page> listed = new ArrayList<>(pages(language).stream().filter(p -> p.kind() == kind).toList());
        String defaultLanguage = config.defaultLanguage();
        if (!language.equals(defaultLanguage) && config.siteOf(language).fallback() == SiteTarget.FallbackPolicy.LINK) {
            pages(defaultLanguage).stream()
                    .filter(p -> p.kind() == kind && translation(p, language).isEmpty())
                    .forEach(listed::add);
        }
        return List.copyOf(listed);
    }

    /** The page and its translations, in the order of the configured languages. */
    public List<Page> translations(Page page) {
        if (page.isFallbackCopy()) {
            return List.of();
        }
        Map<String, Page> byLanguage = byTranslationKey.getOrDefault(page.translationKey(), Map.of());
        List<Page> ordered = new ArrayList<>();
        for (LanguageConfig language : config.languages()) {
            Page translation = byLanguage.get(language.code());
            if (translation != null) {
                ordered.add(translation);
            }
        }
        return ordered;
    }

    public Optional<Page> home(String language) {
        return homes.computeIfAbsent(language,
                l -> pages(l).stream().filter(p -> p.urlPath().equals(languagePrefix(l))).findFirst());
    }

    /** The URL path of a language's folder in its site: {@code en/} in a multilingual site, else empty. */
    public String languagePrefix(String language) {
        return prefixes.computeIfAbsent(language, l -> config.siteOf(l).isMultilingual() ? l + "/" : "");
    }

    /** Every source path of a language, for "did you mean" on broken links. */
    public List<String> sourcePaths(String language) {
        return pages(language).stream().map(Page::sourcePath).sorted(Comparator.naturalOrder()).toList();
    }
}
