package org.ilo.helpdesk.ssg.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.helpdesk.ssg.config.LanguageConfig;

/**
 * For every page of the default language and every other language: translated, missing, or stale.
 * A translation is stale when its source was updated after the version it translates: the date in
 * its {@code translationOf}, or else its own {@code updated} (or {@code date}).
 */
public final class TranslationStatus {

    public enum State { CURRENT, STALE, MISSING }

    /** One source page in one language. {@code translation} is empty when missing. */
    public record Entry(Page source, String language, State state, Optional<Page> translation) {
    }

    private final List<Entry> entries;
    private final Map<Page, Entry> byTranslation = new IdentityHashMap<>();

    private TranslationStatus(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        entries.forEach(e -> e.translation().ifPresent(t -> byTranslation.put(t, e)));
    }

    public static TranslationStatus of(SiteModel model) {
        String defaultLanguage = model.config().defaultLanguage();
        List<Entry> entries = new ArrayList<>();
        for (LanguageConfig language : model.config().languages()) {
            if (language.code().equals(defaultLanguage)) {
                continue;
            }
            for (Page source : model.pages(defaultLanguage)) {
                Optional<Page> translation = model.translation(source, language.code());
                State state = translation.map(t -> isStale(source, t) ? State.STALE : State.CURRENT).orElse(State.MISSING);
                entries.add(new Entry(source, language.code(), state, translation));
            }
        }
        return new TranslationStatus(entries);
    }

    static boolean isStale(Page source, Page translation) {
        Optional<LocalDate> sourceVersion = lastChange(source);
        Optional<LocalDate> translated = translation.frontMatter().translationOf().or(() -> lastChange(translation));
        return sourceVersion.isPresent() && translated.isPresent() && sourceVersion.get().isAfter(translated.get());
    }

    private static Optional<LocalDate> lastChange(Page page) {
        return page.frontMatter().updated().or(() -> page.frontMatter().date());
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Entry> entries(String language) {
        return entries.stream().filter(e -> e.language().equals(language)).toList();
    }

    public long count(String language, State state) {
        return entries(language).stream().filter(e -> e.state() == state).count();
    }

    /** The entry of a translated page, to know whether it is stale. */
    public Optional<Entry> of(Page translation) {
        return Optional.ofNullable(byTranslation.get(translation));
    }
}
