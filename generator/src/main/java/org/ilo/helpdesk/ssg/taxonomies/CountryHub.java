package org.ilo.helpdesk.ssg.taxonomies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.util.ULocale;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.markdown.QuestionBlock;
import org.ilo.helpdesk.ssg.model.Page;
import org.ilo.helpdesk.ssg.model.SiteModel;

/**
 * The country information hub of one language: its countries by ILO region and A to Z (letters and
 * order from CLDR through ICU: accents in French, ñ in Spanish, pinyin in Chinese, kana rows in
 * Japanese), and for each country the questions and pages of that language tagged with it.
 */
public final class CountryHub {

    /** A country as the hub of one language shows it. */
    public record Entry(Countries.Country country, String name, List<Tagged> questions, List<Page> pages) {
        public Entry {
            questions = List.copyOf(questions);
            pages = List.copyOf(pages);
        }
    }

    /** A question tagged with a country, with its page. */
    public record Tagged(Page page, QuestionBlock question) {
    }

    /** A heading of the A to Z list (a letter, a kana row) and its countries. */
    public record Letter(String label, List<Entry> entries) {
        public Letter {
            entries = List.copyOf(entries);
        }
    }

    private final SiteModel model;
    private final Countries countries;
    private final Map<String, List<Entry>> entriesByLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    public CountryHub(SiteModel model, Countries countries) {
        this.model = model;
        this.countries = countries;
    }

    public boolean isEmpty() {
        return countries.isEmpty();
    }

    /** Every country of the hub in {@code language}, in the language's order. */
    public List<Entry> entries(String language) {
        return entriesByLanguage.computeIfAbsent(language, this::computeEntries);
    }

    private List<Entry> computeEntries(String language) {
        Map<String, List<Tagged>> questions = new LinkedHashMap<>();
        Map<String, Set<Page>> pages = new LinkedHashMap<>();
        // Only the language's own pages: a question appears on the country pages of its own language.
        for (Page page : model.pages(language)) {
            if (page.isFallbackCopy()) {
                continue;
            }
            page.frontMatter().countries().forEach(c -> pages.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(page));
            if (page.kind() == PageKind.QA) {
                for (QuestionBlock question : page.document().questions()) {
                    question.countries().forEach(c -> questions.computeIfAbsent(c, k -> new ArrayList<>()).add(new Tagged(page, question)));
                }
            }
        }
        Comparator<String> collator = IndexBuilder.collator(language);
        return countries.countries().stream()
                .map(c -> new Entry(c, countries.name(c.iso2(), language), questions.getOrDefault(c.iso2(), List.of()),
                        List.copyOf(pages.getOrDefault(c.iso2(), Set.of()))))
                .sorted(Comparator.comparing((Entry e) -> countries.sortKey(e.country().iso2(), language), collator))
                .toList();
    }

    /** The A to Z list: the language's index letters, each with its countries. */
    public List<Letter> letters(String language, List<Entry> entries) {
        AlphabeticIndex<Entry> index = new AlphabeticIndex<>(new ULocale(language));
        entries.forEach(e -> index.addRecord(countries.sortKey(e.country().iso2(), language), e));
        List<Letter> letters = new ArrayList<>();
        for (AlphabeticIndex.Bucket<Entry> bucket : index) {
            if (bucket.size() == 0) {
                continue;
            }
            List<Entry> inBucket = new ArrayList<>();
            bucket.forEach(record -> inBucket.add(record.getData()));
            letters.add(new Letter(bucket.getLabel(), inBucket));
        }
        return letters;
    }

    /** A country tag with no country in the hub's data: the page would link to nothing. */
    public void reportUnknownCountries(Diagnostics diagnostics) {
        if (countries.isEmpty()) {
            return;
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Page page : model.pages()) {
            if (page.isFallbackCopy()) {
                continue;
            }
            List<String> tags = new ArrayList<>(page.frontMatter().countries());
            page.document().questions().forEach(q -> tags.addAll(q.countries()));
            for (String tag : tags) {
                if (countries.find(tag).isEmpty() && reported.add(tag)) {
                    diagnostics.warning("data.unknown-country", new SourcePosition(page.document().source().source().path(), 1, 1),
                            "country '" + tag + "' is not in data/countries.yaml", "add it there, or correct the code");
                }
            }
        }
    }

    public Countries countries() {
        return countries;
    }
}
