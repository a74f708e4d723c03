package org.ilo.helpdesk.ssg.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A labour-rights theme of the country pages (international labour standards, child labour, ...) and
 * the database links it offers for each country.
 */
public record CountryLinkTheme(String theme, List<Link> links) {

    public CountryLinkTheme {
        links = List.copyOf(links);
    }

    /**
     * One database link: {@code url} (the default language's address) and, where the database has
     * them, addresses in other languages. Placeholders {@code {iso2}}, {@code {iso3}}, {@code {lang}}.
     */
    public record Link(String name, String url, Map<String, String> byLanguage) {
        public Link {
            byLanguage = Map.copyOf(byLanguage);
        }

        /** The address in {@code language}, if the database has one. */
        public Optional<String> in(String language) {
            return Optional.ofNullable(byLanguage.get(language));
        }
    }
}
