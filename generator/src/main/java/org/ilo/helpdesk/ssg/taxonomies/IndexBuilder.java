package org.ilo.helpdesk.ssg.taxonomies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.ilo.helpdesk.ssg.config.SiteConfig;
import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.markdown.QuestionBlock;
import org.ilo.helpdesk.ssg.model.Page;
import org.ilo.helpdesk.ssg.model.SiteModel;

/**
 * Builds the generated indexes of every language: topics, MNE Declaration areas and categories,
 * instruments (one page per instrument listing the questions that cite it), sectors, all questions,
 * and the latest Q&As. Lists what the language's site can serve, plus the default-language pages a
 * {@code link} mirror points to; sorted with the language's collation; paginated.
 */
public final class IndexBuilder {

    public static final List<String> INDEX_KEYS = List.of("topics", "countries", "mne", "instruments", "sectors", "questions",
            "latest");

    private final SiteModel model;
    private final Taxonomies taxonomies;
    private final CountryHub hub;

    public IndexBuilder(SiteModel model, Taxonomies taxonomies, CountryHub hub) {
        this.model = model;
        this.taxonomies = taxonomies;
        this.hub = hub;
    }

    public Indexes build(Diagnostics diagnostics) {
        reportMissingLabels(diagnostics);
        // languages are indexed side by side; the list keeps their order
        List<IndexPage> pages = new ArrayList<>();
        Map<String, List<Page>> questionsByTitle = new LinkedHashMap<>();
        model.config().languages().parallelStream().map(language -> forLanguage(language.code())).toList().forEach(indexed -> {
            pages.addAll(indexed.pages());
            questionsByTitle.put(indexed.language(), indexed.questionsByTitle());
        });
        return new Indexes(pages, questionsByTitle);
    }

    /** A language's index pages, and the Q&A pages it lists in title order, which topic pages list too. */
    private record LanguageIndexes(String language, List<IndexPage> pages, List<Page> questionsByTitle) {
    }

    private LanguageIndexes forLanguage(String language) {
        Comparator<String> collator = collator(language);
        com.ibm.icu.text.Collator titleCollator = icuCollator(language);
        List<ByTitle> qaByTitle = byTitle(model.listable(language, PageKind.QA), titleCollator);
        List<ByTitle> topicsByTitle = byTitle(model.listable(language, PageKind.TOPIC), titleCollator);
        List<Page> qa = pages(qaByTitle);
        List<Page> topics = pages(topicsByTitle);
        List<ByTitle> taggedByTitle = new ArrayList<>(qaByTitle);
        taggedByTitle.addAll(topicsByTitle);
        taggedByTitle.sort(null);
        List<Page> tagged = pages(taggedByTitle);
        Map<Page, List<QuestionBlock>> questions = new java.util.IdentityHashMap<>();
        qa.forEach(page -> questions.put(page, page.document().questions()));
        String prefix = model.languagePrefix(language);
        List<IndexPage> pages = new ArrayList<>();

        Map<String, Integer> questionsByTopic = new java.util.HashMap<>();
        for (Page page : qa) {
            for (String topic : new LinkedHashSet<>(page.frontMatter().topics())) {
                questionsByTopic.merge(topic, questions.get(page).size(), Integer::sum);
            }
        }
        List<IndexPage.Entry> topicEntries = topics.stream()
                .map(topic -> IndexPage.Entry.of(topic, Integer.toString(questionsByTopic.getOrDefault(topicOf(topic), 0))))
                .toList();
        pages.addAll(paginate(language, "topics", prefix + "topics/", "topicsIndex", "",
                List.of(new IndexPage.Group("", Optional.empty(), topicEntries))));

        Map<String, List<IndexPage.Entry>> byMneTerm = pagesByTerm(tagged, p -> p.frontMatter().mne());
        List<IndexPage.Group> mneGroups = new ArrayList<>();
        for (String term : terms(Taxonomies.MNE, byMneTerm.keySet())) {
            String area = term.substring(0, term.indexOf('/'));
            mneGroups.add(new IndexPage.Group(label(Taxonomies.MNE, area, language) + " — " + label(Taxonomies.MNE, term, language),
                    Optional.empty(), byMneTerm.get(term)));
        }
        pages.addAll(paginate(language, "mne", prefix + "mne/", "mneIndex", "", mneGroups));

        // One pass over the questions, filed by the instruments they cite; pages stay in title order
        // and questions in page order within each instrument.
        Map<String, Map<Page, List<IndexPage.Entry>>> citing = new java.util.TreeMap<>();
        for (Page page : qa) {
            for (QuestionBlock question : questions.get(page)) {
                for (String code : new LinkedHashSet<>(question.citations())) {
                    citing.computeIfAbsent(code, c -> new LinkedHashMap<>()).computeIfAbsent(page, p -> new ArrayList<>())
                            .add(IndexPage.Entry.of(page, question));
                }
            }
        }
        Map<String, List<IndexPage.Group>> byInstrument = new LinkedHashMap<>();
        citing.forEach((code, byPage) -> {
            List<IndexPage.Group> groups = new ArrayList<>();
            byPage.forEach((page, entries) -> groups.add(new IndexPage.Group(page.title(), Optional.of(page), entries)));
            byInstrument.put(code, groups);
        });
        List<IndexPage.Entry> instrumentEntries = byInstrument.entrySet().stream()
                .map(e -> IndexPage.Entry.index(label(Taxonomies.INSTRUMENTS, e.getKey(), language),
                        prefix + "instruments/" + e.getKey().toLowerCase(Locale.ROOT) + "/",
                        Integer.toString(e.getValue().stream().mapToInt(g -> g.entries().size()).sum())))
                .sorted(Comparator.comparing(IndexPage.Entry::title, collator))
                .toList();
        pages.addAll(paginate(language, "instruments", prefix + "instruments/", "instrumentsIndex", "",
                List.of(new IndexPage.Group("", Optional.empty(), instrumentEntries))));
        byInstrument.forEach((code, groups) -> pages.addAll(paginate(language, "instruments/" + code,
                prefix + "instruments/" + code.toLowerCase(Locale.ROOT) + "/", "instrumentIndex",
                label(Taxonomies.INSTRUMENTS, code, language), groups)));

        Map<String, List<IndexPage.Entry>> bySector = pagesByTerm(tagged, p -> p.frontMatter().sectors());
        List<IndexPage.Group> sectorGroups = new ArrayList<>();
        for (String sector : terms(Taxonomies.SECTORS, bySector.keySet())) {
            sectorGroups.add(new IndexPage.Group(label(Taxonomies.SECTORS, sector, language), Optional.empty(), bySector.get(sector)));
        }
        sectorGroups.sort(Comparator.comparing(IndexPage.Group::title, collator));
        pages.addAll(paginate(language, "sectors", prefix + "sectors/", "sectorsIndex", "", sectorGroups));

        List<IndexPage.Group> questionGroups = qa.stream()
                .map(page -> new IndexPage.Group(page.title(), Optional.of(page),
                        questions.get(page).stream().map(q -> IndexPage.Entry.of(page, q)).toList()))
                .filter(g -> !g.entries().isEmpty())
                .toList();
        pages.addAll(paginate(language, "questions", prefix + "questions/", "questionsIndex", "", questionGroups));

        // qa is in title order and the sort is stable, so pages changed on the same day stay in title order.
        Map<Page, LocalDate> changed = new java.util.IdentityHashMap<>();
        qa.forEach(p -> changed.put(p, lastChange(p).orElse(LocalDate.MIN)));
        List<IndexPage.Entry> latest = qa.stream()
                .sorted(Comparator.comparing((Page p) -> changed.get(p)).reversed())
                .limit(model.config().paginate())
                .map(p -> IndexPage.Entry.of(p, lastChange(p).map(LocalDate::toString).orElse("")))
                .toList();
        pages.add(new IndexPage(language, "latest", model.config().siteOf(language), prefix + "latest/", prefix + "latest/",
                "latestIndex", "", List.of(new IndexPage.Group("", Optional.empty(), latest)), 1, 1));
        if (!hub.isEmpty()) {
            pages.addAll(countryPages(language, prefix));
        }
        return new LanguageIndexes(language, pages, qa);
    }

    /**
     * The hub of a language: {@code countries/} (A to Z), {@code countries/<region>/}, and one page
     * per country, {@code countries/<iso2>/}, which exists even when no question concerns it.
     */
    private List<IndexPage> countryPages(String language, String prefix) {
        SiteTarget site = model.config().siteOf(language);
        List<IndexPage> pages = new ArrayList<>();
        String root = prefix + "countries/";
        pages.add(new IndexPage(language, "countries", site, root, root, "countriesIndex", "", List.of(), 1, 1));
        List<CountryHub.Entry> entries = hub.entries(language);
        for (String region : Countries.REGIONS) {
            List<IndexPage.Entry> inRegion = entries.stream().filter(e -> e.country().region().equals(region))
                    .map(e -> IndexPage.Entry.index(e.name(), countryPath(prefix, e.country()), Integer.toString(e.questions().size())))
                    .toList();
            if (!inRegion.isEmpty()) {
                String path = root + region + "/";
                pages.add(new IndexPage(language, "countries/" + region, site, path, path, "region." + region, "",
                        List.of(new IndexPage.Group("", Optional.empty(), inRegion)), 1, 1));
            }
        }
        for (CountryHub.Entry entry : entries) {
            String path = countryPath(prefix, entry.country());
            pages.add(new IndexPage(language, "countries/" + entry.country().iso2(), site, path, path, "countryPage", entry.name(),
                    List.of(), 1, 1));
        }
        return pages;
    }

    public static String countryPath(String languagePrefix, Countries.Country country) {
        return languagePrefix + "countries/" + country.iso2().toLowerCase(Locale.ROOT) + "/";
    }

    /**
     * The language's collation from CLDR through ICU (pinyin for Chinese, kana order for Japanese),
     * which the JDK's collators do not all follow.
     */
    public static Comparator<String> collator(String language) {
        return icuCollator(language)::compare;
    }

    private static com.ibm.icu.text.Collator icuCollator(String language) {
        return COLLATORS.computeIfAbsent(language, l ->
                com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLanguageTag(l)).freeze());
    }

    /** Frozen ICU collators are immutable and safe to share between the threads that render pages. */
    private static final Map<String, com.ibm.icu.text.Collator> COLLATORS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The topic a thematic page introduces: its file name, which Q&A pages list under {@code topics}. */
    public static String topicOf(Page topicPage) {
        String path = topicPage.sourcePath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - ".md".length()) : name;
    }

    public static Optional<LocalDate> lastChange(Page page) {
        return page.frontMatter().updated().or(() -> page.frontMatter().date());
    }

    /** Terms used by pages, in the order the data file lists them, unknown ones last. */
    private List<String> terms(String vocabulary, Set<String> used) {
        List<String> ordered = new ArrayList<>();
        taxonomies.vocabularies().getOrDefault(vocabulary, Map.of()).keySet().stream().filter(used::contains).forEach(ordered::add);
        used.stream().filter(t -> !ordered.contains(t)).sorted().forEach(ordered::add);
        return ordered;
    }

    /** The pages tagged with each term, in the order of {@code pages}, in one pass. */
    private static Map<String, List<IndexPage.Entry>> pagesByTerm(List<Page> pages, Function<Page, List<String>> tags) {
        Map<String, List<IndexPage.Entry>> byTerm = new LinkedHashMap<>();
        for (Page page : pages) {
            for (String term : new LinkedHashSet<>(tags.apply(page))) {
                byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(IndexPage.Entry.of(page, ""));
            }
        }
        return byTerm;
    }

    /** A page with its title's collation key, computed once: ICU builds the key in about the time of one comparison. */
    private record ByTitle(com.ibm.icu.text.CollationKey key, Page page) implements Comparable<ByTitle> {
        @Override
        public int compareTo(ByTitle other) {
            return key.compareTo(other.key);
        }
    }

    /** Pages in the collation order of their titles; pages with equal titles keep their order. */
    private static List<ByTitle> byTitle(List<Page> pages, com.ibm.icu.text.Collator collator) {
        List<ByTitle> sorted = new ArrayList<>(pages.size());
        pages.forEach(p -> sorted.add(new ByTitle(collator.getCollationKey(p.title()), p)));
        sorted.sort(null);
        return sorted;
    }

    private static List<Page> pages(List<ByTitle> sorted) {
        return sorted.stream().map(ByTitle::page).toList();
    }

    private String label(String vocabulary, String term, String language) {
        return taxonomies.label(vocabulary, term, language, model.config().defaultLanguage()).orElse(term);
    }

    private List<IndexPage> paginate(String language, String key, String path, String titleKey, String subject,
                                     List<IndexPage.Group> groups) {
        int size = model.config().paginate();
        List<List<IndexPage.Group>> chunks = new ArrayList<>();
        List<IndexPage.Group> current = new ArrayList<>();
        int count = 0;
        for (IndexPage.Group group : groups) {
            List<IndexPage.Entry> rest = group.entries();
            while (!rest.isEmpty()) {
                if (count == size) {
                    chunks.add(current);
                    current = new ArrayList<>();
                    count = 0;
                }
                int take = Math.min(size - count, rest.size());
                current.add(new IndexPage.Group(group.title(), group.page(), rest.subList(0, take)));
                rest = rest.subList(take, rest.size());
                count += take;
            }
        }
        chunks.add(current);
        SiteTarget site = model.config().siteOf(language);
        List<IndexPage> pages = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            String urlPath = i == 0 ? path : path + "page/" + (i + 1) + "/";
            pages.add(new IndexPage(language, key, site, urlPath, path, titleKey, subject, chunks.get(i), i + 1, chunks.size()));
        }
        return pages;
    }

    /** A term used in front matter or footnotes without a label in {@code data/taxonomies.yaml}. */
    private void reportMissingLabels(Diagnostics diagnostics) {
        if (taxonomies.vocabularies().isEmpty()) {
            return;
        }
        SiteConfig config = model.config();
        Set<String> reported = new LinkedHashSet<>();
        for (Page page : model.pages()) {
            if (page.isFallbackCopy()) {
                continue;
            }
            check(diagnostics, reported, page, Taxonomies.MNE, page.frontMatter().mne(), config);
            check(diagnostics, reported, page, Taxonomies.SECTORS, page.frontMatter().sectors(), config);
            List<String> instruments = new ArrayList<>(page.frontMatter().instruments());
            page.document().questions().forEach(q -> instruments.addAll(q.citations()));
            check(diagnostics, reported, page, Taxonomies.INSTRUMENTS, instruments, config);
        }
    }

    private void check(Diagnostics diagnostics, Set<String> reported, Page page, String vocabulary, List<String> terms,
                       SiteConfig config) {
        for (String term : terms) {
            List<String> keys = new ArrayList<>(List.of(term));
            if (vocabulary.equals(Taxonomies.MNE) && term.contains("/")) {
                keys.add(term.substring(0, term.indexOf('/')));
            }
            for (String key : keys) {
                if (!taxonomies.has(vocabulary, key) && reported.add(vocabulary + ":" + key)) {
                    diagnostics.warning("data.missing-label", new SourcePosition(page.document().source().source().path(), 1, 1),
                            "'" + key + "' has no label in data/taxonomies.yaml under '" + vocabulary + "'",
                            "add '" + key + ": {" + config.defaultLanguage() + ": \"...\"}' so indexes can name it");
                }
            }
        }
    }
}
