package org.ilo.helpdesk.ssg.build;

import java.util.List;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostic;

/** What a successful build wrote, per site and language, and the warnings it found. */
public record BuildReport(List<LanguageSummary> languages, List<TranslationSummary> translations,
                          List<Diagnostic> warnings, long millis) {

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
    }
}
