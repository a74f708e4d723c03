package org.ilo.helpdesk.ssg.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code site.yaml} says, with defaults filled in.
 *
 * @param featured     the topics the home pages lead with, most read first (their Q&A pages' file names)
 * @param organization who publishes the site, for the home page's structured data (name, url, email,
 *                     streetAddress, postalCode, addressLocality, addressCountry, parentName, parentUrl)
 * @param countryLinks the database links of every country page, grouped by labour-rights theme
 */
public record SiteConfig(
        Map<String, String> titles,
        Map<String, String> taglines,
        List<LanguageConfig> languages,
        String defaultLanguage,
        List<SiteTarget> sites,
        String theme,
        int paginate,
        List<String> featured,
        Map<String, String> organization,
        List<CountryLinkTheme> countryLinks) {

    /** Entries per page of a generated index before it continues on a next page. */
    public static final int DEFAULT_PAGINATE = 50;

    public SiteConfig {
        titles = Map.copyOf(titles);
        taglines = Map.copyOf(taglines);
        languages = List.copyOf(languages);
        sites = List.copyOf(sites);
        featured = List.copyOf(featured);
        organization = Map.copyOf(organization);
        countryLinks = List.copyOf(countryLinks);
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
