package org.ilo.helpdesk.ssg.build;

import java.util.List;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostic;

/** What a successful build wrote, per site and language, and the warnings it found. */
public record BuildReport(List<LanguageSummary> languages, List<Diagnostic> warnings, long millis) {

    public record LanguageSummary(String site, String language, int pages, int questions) {
    }

    public BuildReport {
        languages = List.copyOf(languages);
        warnings = List.copyOf(warnings);
    }
}
