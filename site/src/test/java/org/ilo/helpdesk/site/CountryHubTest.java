package org.ilo.helpdesk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ilo.helpdesk.ssg.build.BuildRequest;
import org.ilo.helpdesk.ssg.build.SiteBuilder;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The country information hub built from the real content and data/countries.yaml. */
class CountryHubTest {

    private static final Map<String, String> HUB = Map.of("en", "main/en/countries/", "fr", "main/fr/countries/",
            "es", "main/es/countries/", "ja", "ja/countries/", "zh", "zh/countries/");

    private static PublishedSite site;

    @BeforeAll
    static void build() throws Exception {
        site = PublishedSite.get();
    }

    private static List<String> countryPages(String language) {
        String hub = HUB.get(language);
        return site.htmlPages().stream().filter(p -> p.startsWith(hub) && p.substring(hub.length()).matches("[a-z]{2}/index\\.html"))
                .toList();
    }

    @Test
    void everyLanguageOfEverySiteHasAPageForEachOfThe187MemberStatesNamedInThatLanguage() {
        for (String language : HUB.keySet()) {
            assertEquals(187, countryPages(language).size(), language);
        }
        assertEquals("Viet Nam", site.page("main/en/countries/vn/index.html").selectFirst("h1").text());
        assertEquals("Côte d'Ivoire", site.page("main/fr/countries/ci/index.html").selectFirst("h1").text());
        assertEquals("República de Corea", site.page("main/es/countries/kr/index.html").selectFirst("h1").text());
        assertEquals("ペルー", site.page("ja/countries/pe/index.html").selectFirst("h1").text());
        assertEquals("哥伦比亚", site.page("zh/countries/co/index.html").selectFirst("h1").text());
        Document empty = site.page("main/en/countries/is/index.html");
        assertTrue(empty.select(".databases a").size() >= 6, "database links even with no tagged question");
    }

    /** The names of the A to Z list, letter by letter. */
    private static Map<String, List<String>> letters(String language) {
        Document index = site.page(HUB.get(language) + "index.html");
        Map<String, List<String>> letters = new java.util.LinkedHashMap<>();
        for (Element section : index.select("section.letter")) {
            letters.put(section.selectFirst("h3").text(), section.select("li > a").eachText());
        }
        return letters;
    }

    @Test
    void theChineseIndexIsInPinyinOrderWithLetterGroups() {
        Map<String, List<String>> letters = letters("zh");
        assertTrue(letters.get("A").contains("阿尔及利亚"), letters.get("A").toString());
        assertTrue(letters.get("Z").contains("中国"), letters.get("Z").toString());
        assertTrue(letters.get("R").contains("日本"), letters.get("R").toString());
        List<String> b = letters.get("B");
        assertTrue(b.indexOf("巴西") < b.indexOf("比利时"), b.toString());
    }

    @Test
    void theJapaneseIndexIsInKanaOrderWithReadingsForNamesInKanji() {
        Map<String, List<String>> letters = letters("ja");
        assertTrue(letters.get("な").contains("日本"), letters.toString());
        assertTrue(letters.get("た").contains("中国"), letters.get("た").toString());
        assertTrue(letters.get("か").contains("韓国"), letters.get("か").toString());
        assertTrue(letters.get("ま").contains("南アフリカ"), letters.get("ま").toString());
        assertTrue(!letters.containsKey("…"), "no name left outside the kana rows");
    }

    @Test
    void frenchAndSpanishLettersFollowTheirAlphabets() {
        assertTrue(letters("fr").get("E").containsAll(List.of("Égypte", "Équateur", "Espagne")));
        List<String> e = letters("fr").get("E");
        assertTrue(e.indexOf("Égypte") < e.indexOf("Espagne"), e.toString());
        assertTrue(letters("es").containsKey("Ñ") || letters("es").get("N").stream().noneMatch(n -> n.startsWith("Ñ")));
        List<String> spanishE = letters("es").get("E");
        assertTrue(spanishE.indexOf("Ecuador") < spanishE.indexOf("España"), spanishE.toString());
    }

    @Test
    void everyQuestionTaggedWithACountryAppearsOnThatCountrysPageInTheSameLanguageAndNowhereElse() {
        for (String language : HUB.keySet()) {
            Map<String, Set<String>> expected = new HashMap<>();
            String hub = HUB.get(language);
            String qaFolder = hub.replace("countries/", "qa/");
            for (String path : site.htmlPages()) {
                if (!path.startsWith(qaFolder)) {
                    continue;
                }
                Document page = site.page(path);
                if (!page.select("article .content[lang]").isEmpty()) {
                    continue;
                }
                for (Element line : page.select("p.question-countries")) {
                    String id = line.previousElementSibling().id();
                    for (Element country : line.select("a")) {
                        String code = country.attr("href").replaceAll(".*/countries/([a-z]{2})/$", "$1");
                        expected.computeIfAbsent(code, c -> new TreeSet<>()).add(path.substring(qaFolder.length()).replace("index.html", "") + "#" + id);
                    }
                }
            }
            assertTrue(!expected.isEmpty(), language);
            for (String countryPage : countryPages(language)) {
                String code = countryPage.substring(hub.length(), hub.length() + 2);
                Set<String> listed = new TreeSet<>();
                for (Element link : site.page(countryPage).select(".country-questions li a[href*=#]")) {
                    listed.add(link.attr("href").replaceAll("^.*/qa/", ""));
                }
                assertEquals(expected.getOrDefault(code, Set.of()), listed, countryPage);
            }
        }
    }

    @Test
    void taggedQuestionsAndTheHomePageLinkToCountryPages() {
        Document wages = site.page("main/es/qa/wages/index.html");
        Element peru = wages.selectFirst("#minimum-wage-enough + p.question-countries a");
        assertEquals("Perú", peru.text());
        assertEquals("../../countries/pe/", peru.attr("href"));
        assertTrue(site.page("main/es/index.html").selectFirst(".hub-link a[href=countries/]") != null);
    }

    @Test
    void buildingTheHubAddsLittleTime() throws Exception {
        Path root = Path.of(System.getProperty("site.root", "..")).toAbsolutePath().normalize();
        Path copy = Files.createTempDirectory("without-hub");
        for (String part : List.of("content", "themes", "data", "site.yaml")) {
            copyTree(root.resolve(part), copy.resolve(part));
        }
        Files.delete(copy.resolve("data/countries.yaml"));
        SiteBuilder builder = new SiteBuilder();
        builder.build(new BuildRequest(root, copy.resolve("warm-up")));
        List<Long> with = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            with.add(builder.build(new BuildRequest(root, copy.resolve("with-" + i))).millis());
            without.add(builder.build(new BuildRequest(copy, copy.resolve("without-" + i))).millis());
        }
        long best = with.stream().min(Long::compare).orElseThrow();
        long bestWithout = without.stream().min(Long::compare).orElseThrow();
        System.out.printf("build with the country hub: %d ms, without: %d ms (best of 3, same JVM), ratio %.2f%n",
                best, bestWithout, (double) best / bestWithout);
        assertTrue(best > 0 && bestWithout > 0);
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target);
                }
            }
        }
    }
}
