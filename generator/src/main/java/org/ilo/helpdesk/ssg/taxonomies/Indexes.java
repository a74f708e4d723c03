package org.ilo.helpdesk.ssg.taxonomies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.helpdesk.ssg.config.LanguageConfig;
import org.ilo.helpdesk.ssg.config.SiteConfig;
import org.ilo.helpdesk.ssg.model.Page;

/** Every generated index page, with their translations (same key, page 1) across languages. */
public final class Indexes {

    private final List<IndexPage> pages;
    private final Map<String, Map<String, IndexPage>> firstPages = new LinkedHashMap<>();
    private final Map<String, List<Page>> questionsByTitle;

    Indexes(List<IndexPage> pages, Map<String, List<Page>> questionsByTitle) {
        this.pages = List.copyOf(pages);
        this.questionsByTitle = Map.copyOf(questionsByTitle);
        for (IndexPage page : this.pages) {
            if (page.pageNumber() == 1) {
                firstPages.computeIfAbsent(page.key(), k -> new LinkedHashMap<>()).put(page.language(), page);
            }
        }
    }

    public List<IndexPage> pages() {
        return pages;
    }

    /** The Q&A pages the language lists, in the collation order of their titles (as its question index lists them). */
    public List<Page> questionsByTitle(String language) {
        return questionsByTitle.getOrDefault(language, List.of());
    }

    public Optional<IndexPage> first(String key, String language) {
        return Optional.ofNullable(firstPages.getOrDefault(key, Map.of()).get(language));
    }

    /** Page 1 of the same index in every language that has it, in the configured order; none for later pages. */
    public List<IndexPage> translations(IndexPage page, SiteConfig config) {
        if (page.pageNumber() != 1) {
            return List.of();
        }
        Map<String, IndexPage> byLanguage = firstPages.getOrDefault(page.key(), Map.of());
        return config.languages().stream().map(LanguageConfig::code).filter(byLanguage::containsKey).map(byLanguage::get).toList();
    }
}
