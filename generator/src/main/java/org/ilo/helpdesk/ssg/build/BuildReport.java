package org.ilo.helpdesk.ssg.build;

import java.util.List;
import java.util.Map;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostic;

/**
 * What a successful build wrote, per site and language, the warnings it found, and how long each stage
 * took (load, parse, model, render, check, write).
 */
public record BuildReport(List<LanguageSummary> languages, List<TranslationSummary> translations,
                          List<Diagnostic> warnings, long millis, Map<String, Long> stageMillis) {

    /** Pages written for one language; {@code fallbackCopies} of them are default-language pages shown untranslated. */
    public record LanguageSummary(String site, String language, int pages, int questions, int fallbackCopies) {
    }

    /** How many default-language pages one language has translated, has stale, or lacks. */
    public record TranslationSummary(String language, long current, long stale, long missing) {
    }

    public BuildReport {
        languages = List.copyOf(languages);
        translations = List.copyOf(translations);
        warnings = List.copyOf(warnings);
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }
}
