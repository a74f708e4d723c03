package org.ilo.helpdesk.ssg.taxonomies;

import java.util.Map;
import java.util.Optional;

/**
 * The labels, in each language, of the terms pages are tagged with: MNE Declaration areas and
 * categories, sectors, and ILO instruments. Read from {@code data/taxonomies.yaml}.
 */
public record Taxonomies(Map<String, Map<String, Map<String, String>>> vocabularies) {

    public static final String MNE = "mne";
    public static final String SECTORS = "sectors";
    public static final String INSTRUMENTS = "instruments";

    public Taxonomies {
        vocabularies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vocabularies));
    }

    public static Taxonomies empty() {
        return new Taxonomies(Map.of());
    }

    public Optional<String> label(String vocabulary, String term, String language, String defaultLanguage) {
        Map<String, String> labels = vocabularies.getOrDefault(vocabulary, Map.of()).get(term);
        if (labels == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(labels.getOrDefault(language, labels.get(defaultLanguage)));
    }

    public boolean has(String vocabulary, String term) {
        return vocabularies.getOrDefault(vocabulary, Map.of()).containsKey(term);
    }
}
