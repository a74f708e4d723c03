package org.ilo.helpdesk.ssg.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything {@code site.yaml} says, with defaults filled in. */
public record SiteConfig(
        Map<String, String> titles,
        Map<String, String> taglines,
        List<LanguageConfig> languages,
        String defaultLanguage,
        List<SiteTarget> sites,
        String theme) {

    public SiteConfig {
        titles = Map.copyOf(titles);
        taglines = Map.copyOf(taglines);
        languages = List.copyOf(languages);
        sites = List.copyOf(sites);
    }

    public Optional<LanguageConfig> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public SiteTarget siteOf(String language) {
        return sites.stream().filter(s -> s.hosts(language)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no site hosts language " + language));
    }

    public String title(String language) {
        return titles.getOrDefault(language, titles.getOrDefault("", titles.getOrDefault(defaultLanguage, "Site")));
    }

    public String tagline(String language) {
        return taglines.getOrDefault(language, taglines.getOrDefault("", taglines.getOrDefault(defaultLanguage, "")));
    }
}
