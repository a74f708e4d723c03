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

import org.ilo.helpdesk.ssg.config.LanguageConfig;
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
        List<IndexPage> pages = new ArrayList<>();
        for (LanguageConfig language : model.config().languages()) {
            pages.addAll(forLanguage(language.code()));
        }
        return new Indexes(pages);
    }

    private List<IndexPage> forLanguage(String language) {
        Comparator<String> collator = collator(language);
        Comparator<Page> byTitle = Comparator.comparing(Page::title, collator);
        List<Page> qa = model.listable(language, PageKind.QA).stream().sorted(byTitle).toList();
        List<Page> topics = model.listable(language, PageKind.TOPIC).stream().sorted(byTitle).toList();
        List<Page> tagged = new ArrayList<>(qa);
        tagged.addAll(topics);
        tagged.sort(byTitle);
        String prefix = model.languagePrefix(language);
        List<IndexPage> pages = new ArrayList<>();

        List<IndexPage.Entry> topicEntries = topics.stream()
                .map(topic -> IndexPage.Entry.of(topic, Integer.toString(questionsOnTopic(topicOf(topic), qa))))
                .toList();
        pages.addAll(paginate(language, "topics", prefix + "topics/", "topicsIndex", "",
                List.of(new IndexPage.Group("", Optional.empty(), topicEntries))));

        List<IndexPage.Group> mneGroups = new ArrayList<>();
        for (String term : terms(Taxonomies.MNE, tagged, p -> p.frontMatter().mne())) {
            List<IndexPage.Entry> entries = tagged.stream().filter(p -> p.frontMatter().mne().contains(term))
                    .map(p -> IndexPage.Entry.of(p, "")).toList();
            String area = term.substring(0, term.indexOf('/'));
            mneGroups.add(new IndexPage.Group(label(Taxonomies.MNE, area, language) + " — " + label(Taxonomies.MNE, term, language),
                    Optional.empty(), entries));
        }
        pages.addAll(paginate(language, "mne", prefix + "mne/", "mneIndex", "", mneGroups));

        Map<String, List<IndexPage.Group>> byInstrument = new LinkedHashMap<>();
        for (String code : instruments(qa)) {
            List<IndexPage.Group> groups = new ArrayList<>();
            for (Page page : qa) {
                List<IndexPage.Entry> questions = page.document().questions().stream()
                        .filter(q -> q.citations().contains(code)).map(q -> IndexPage.Entry.of(page, q)).toList();
                if (!questions.isEmpty()) {
                    groups.add(new IndexPage.Group(page.title(), Optional.of(page), questions));
                }
            }
            byInstrument.put(code, groups);
        }
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

        List<IndexPage.Group> sectorGroups = new ArrayList<>();
        for (String sector : terms(Taxonomies.SECTORS, tagged, p -> p.frontMatter().sectors())) {
            sectorGroups.add(new IndexPage.Group(label(Taxonomies.SECTORS, sector, language), Optional.empty(),
                    tagged.stream().filter(p -> p.frontMatter().sectors().contains(sector)).map(p -> IndexPage.Entry.of(p, "")).toList()));
        }
        sectorGroups.sort(Comparator.comparing(IndexPage.Group::title, collator));
        pages.addAll(paginate(language, "sectors", prefix + "sectors/", "sectorsIndex", "", sectorGroups));

        List<IndexPage.Group> questionGroups = qa.stream()
                .map(page -> new IndexPage.Group(page.title(), Optional.of(page),
                        page.document().questions().stream().map(q -> IndexPage.Entry.of(page, q)).toList()))
                .filter(g -> !g.entries().isEmpty())
                .toList();
        pages.addAll(paginate(language, "questions", prefix + "questions/", "questionsIndex", "", questionGroups));

        List<IndexPage.Entry> latest = qa.stream()
                .sorted(Comparator.comparing((Page p) -> lastChange(p).orElse(LocalDate.MIN)).reversed().thenComparing(byTitle))
                .limit(model.config().paginate())
                .map(p -> IndexPage.Entry.of(p, lastChange(p).map(LocalDate::toString).orElse("")))
                .toList();
        pages.add(new IndexPage(language, "latest", model.config().siteOf(language), prefix + "latest/", prefix + "latest/",
                "latestIndex", "", List.of(new IndexPage.Group("", Optional.empty(), latest)), 1, 1));
        if (!hub.isEmpty()) {
            pages.addAll(countryPages(language, prefix));
        }
        return pages;
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
        com.ibm.icu.text.Collator collator = COLLATORS.computeIfAbsent(language, l ->
                com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLanguageTag(l)).freeze());
        return collator::compare;
    }

    /** Frozen ICU collators are immutable and safe to share between the threads that render pages. */
    private static final Map<String, com.ibm.icu.text.Collator> COLLATORS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The topic a thematic page introduces: its file name, which Q&A pages list under {@code topics}. */
    public static String topicOf(Page topicPage) {
        String path = topicPage.sourcePath();
        return path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.md$", "");
    }

    private static int questionsOnTopic(String topic, List<Page> qa) {
        return qa.stream().filter(p -> p.frontMatter().topics().contains(topic)).mapToInt(p -> p.document().questions().size()).sum();
    }

    public static Optional<LocalDate> lastChange(Page page) {
        return page.frontMatter().updated().or(() -> page.frontMatter().date());
    }

    /** Instruments cited by at least one question, in the order of the vocabulary, then by code. */
    private List<String> instruments(List<Page> qa) {
        Set<String> cited = new java.util.TreeSet<>();
        qa.forEach(p -> p.document().questions().forEach(q -> cited.addAll(q.citations())));
        return List.copyOf(cited);
    }

    /** Terms used by pages, in the order the data file lists them, unknown ones last. */
    private List<String> terms(String vocabulary, List<Page> pages, Function<Page, List<String>> tags) {
        Set<String> used = new LinkedHashSet<>();
        pages.forEach(p -> used.addAll(tags.apply(p)));
        List<String> ordered = new ArrayList<>();
        taxonomies.vocabularies().getOrDefault(vocabulary, Map.of()).keySet().stream().filter(used::contains).forEach(ordered::add);
        used.stream().filter(t -> !ordered.contains(t)).sorted().forEach(ordered::add);
        return ordered;
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
