package org.ilo.helpdesk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.frontmatter.FrontMatterParser;
import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.frontmatter.ParsedSource;
import org.ilo.helpdesk.ssg.load.ContentLoader;
import org.ilo.helpdesk.ssg.load.ContentSet;
import org.ilo.helpdesk.ssg.markdown.MarkdownDocument;
import org.ilo.helpdesk.ssg.markdown.MarkdownParser;
import org.ilo.helpdesk.ssg.markdown.QuestionBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Helpdesk's own content: how much there is in each language, and whether the translations
 * match their English sources. Prints a table of counts; rerun with
 * {@code ./mvnw -B -pl generator,site -am test -Dtest=CorpusTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CorpusTest {

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ja", "zh");
    private static final Map<String, List<MarkdownDocument>> PAGES = new LinkedHashMap<>();

    @BeforeAll
    static void readContent() throws IOException {
        Path root = Path.of(System.getProperty("site.root", "..")).toAbsolutePath().normalize();
        Diagnostics diagnostics = new Diagnostics();
        ContentSet content = new ContentLoader().load(root.resolve("content"), Set.copyOf(LANGUAGES), diagnostics);
        FrontMatterParser frontMatter = new FrontMatterParser();
        MarkdownParser markdown = new MarkdownParser();
        LANGUAGES.forEach(l -> PAGES.put(l, new ArrayList<>()));
        content.pages().forEach(source -> frontMatter.parse(source, diagnostics).ifPresent(parsed ->
                PAGES.get(source.language()).add(markdown.parse(parsed, PageKind.of(parsed) == PageKind.QA, diagnostics))));
        assertTrue(!diagnostics.hasErrors(), () -> "content errors: " + diagnostics.sorted());
        printCounts();
    }

    @Test
    void englishFrenchAndSpanishEachHaveFourteenQaPagesAndFiftySixQuestions() {
        for (String language : List.of("en", "fr", "es")) {
            assertTrue(count(language, PageKind.QA) >= 14, language + " Q&A pages");
            assertTrue(count(language, PageKind.TOPIC) >= 14, language + " thematic pages");
            assertTrue(questions(language) >= 56, language + " questions");
        }
    }

    @Test
    void theJapaneseAndChineseMirrorsEachCarrySixTopicsChosenDifferently() {
        assertTrue(count("ja", PageKind.QA) >= 6);
        assertTrue(count("zh", PageKind.QA) >= 6);
        assertTrue(count("ja", PageKind.TOPIC) >= 6);
        assertTrue(count("zh", PageKind.TOPIC) >= 6);
        assertTrue(!keys("ja", PageKind.QA).equals(keys("zh", PageKind.QA)));
    }

    @Test
    void everyLanguageHasTheGeneralPages() {
        for (String language : LANGUAGES) {
            Set<String> paths = PAGES.get(language).stream().map(d -> d.source().source().relativePath()).collect(Collectors.toSet());
            assertTrue(paths.containsAll(Set.of("index.md", "about.md", "tools.md", "training.md", "publishing.md")), language);
        }
    }

    @Test
    void everyTranslatedPageHasAnEnglishSourceWithTheSameQuestionIdsInTheSameOrder() {
        Map<String, MarkdownDocument> english = PAGES.get("en").stream()
                .collect(Collectors.toMap(CorpusTest::key, d -> d));
        for (String language : List.of("fr", "es", "ja", "zh")) {
            for (MarkdownDocument page : PAGES.get(language)) {
                MarkdownDocument source = english.get(key(page));
                assertTrue(source != null, language + "/" + key(page) + " has an English source");
                assertEquals(ids(source), ids(page), language + "/" + key(page) + " question ids");
                assertEquals(countries(source), countries(page), language + "/" + key(page) + " country tags");
            }
        }
    }

    @Test
    void questionsConcernAtLeastTwentyFiveCountriesIncludingTheTopAudienceCountries() {
        Set<String> countries = PAGES.get("en").stream().flatMap(d -> d.questions().stream())
                .flatMap(q -> q.countries().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(countries.size() >= 25, "countries: " + countries);
        assertTrue(countries.containsAll(Set.of("CO", "PE", "MX", "IN", "EC", "ES", "PH", "JP", "AR")), "countries: " + countries);
    }

    private static String key(MarkdownDocument document) {
        return document.source().frontMatter().translationKey()
                .orElse(document.source().source().relativePath().replaceAll("\\.md$", ""));
    }

    private static List<String> ids(MarkdownDocument document) {
        return document.questions().stream().map(QuestionBlock::id).toList();
    }

    private static List<List<String>> countries(MarkdownDocument document) {
        return document.questions().stream().map(QuestionBlock::countries).toList();
    }

    private static Set<String> keys(String language, PageKind kind) {
        return PAGES.get(language).stream().filter(d -> PageKind.of(d.source()) == kind).map(CorpusTest::key)
                .collect(Collectors.toSet());
    }

    private static long count(String language, PageKind kind) {
        return PAGES.get(language).stream().filter(d -> PageKind.of(d.source()) == kind).count();
    }

    private static int questions(String language) {
        return PAGES.get(language).stream().mapToInt(d -> d.questions().size()).sum();
    }

    /** Words for languages written with spaces; characters (without spaces) for Japanese and Chinese. */
    private static long words(String language) {
        return PAGES.get(language).stream().mapToLong(d -> {
            String text = d.source().body().replaceAll("\\[\\^[^\\]]+]|\\]\\([^)]*\\)|[#*\\[\\]|>`_-]", " ");
            return language.equals("ja") || language.equals("zh")
                    ? text.codePoints().filter(c -> !Character.isWhitespace(c)).count()
                    : text.split("\\s+").length;
        }).sum();
    }

    private static void printCounts() {
        System.out.println("language  Q&A pages  questions  thematic pages  other pages  words (ja, zh: characters)");
        for (String language : LANGUAGES) {
            long others = PAGES.get(language).size() - count(language, PageKind.QA) - count(language, PageKind.TOPIC);
            System.out.printf("%-8s  %9d  %9d  %14d  %11d  %d%n", language, count(language, PageKind.QA), questions(language),
                    count(language, PageKind.TOPIC), others, words(language));
        }
    }
}
