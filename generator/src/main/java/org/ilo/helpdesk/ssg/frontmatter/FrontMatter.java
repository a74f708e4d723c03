package org.ilo.helpdesk.ssg.frontmatter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;

/**
 * The typed front matter of a page. Only {@code title} is required; lists are empty when absent.
 *
 * @param slugPosition  where {@code slug} was written, or the start of the file: the place to point at
 *                      when two pages claim the same URL
 * @param translationOf for a translation, the {@code updated} date of the source version it translates
 */
public record FrontMatter(
        String title,
        Optional<String> description,
        Optional<String> type,
        Optional<String> translationKey,
        Optional<LocalDate> date,
        Optional<LocalDate> updated,
        List<String> topics,
        List<String> mne,
        List<String> instruments,
        List<String> countries,
        List<String> sectors,
        int weight,
        boolean draft,
        List<String> aliases,
        Optional<String> slug,
        SourcePosition slugPosition,
        Optional<LocalDate> translationOf) {

    public FrontMatter {
        topics = List.copyOf(topics);
        mne = List.copyOf(mne);
        instruments = List.copyOf(instruments);
        countries = List.copyOf(countries);
        sectors = List.copyOf(sectors);
        aliases = List.copyOf(aliases);
    }
}
