package org.ilo.helpdesk.ssg.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.junit.jupiter.api.Test;

class HreflangCheckTest {

    private static final List<SiteTarget> SITES = List.of(
            new SiteTarget("main", "https://example.org/", List.of("en", "fr")),
            new SiteTarget("ja", "https://example.jp/", List.of("ja")));

    /** A page at {@code url} whose head lists the given alternates, {@code hreflang=url} pairs. */
    private static String page(String url, String... alternates) {
        StringBuilder head = new StringBuilder("<link rel=canonical href='" + url + "'>");
        for (int i = 0; i < alternates.length; i += 2) {
            head.append("<link rel=alternate hreflang='").append(alternates[i]).append("' href='").append(alternates[i + 1]).append("'>");
        }
        return "<html><head>" + head + "</head><body></body></html>";
    }

    private static List<String> problems(String... pathsAndHtml) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndHtml.length; i += 2) {
            files.put(pathsAndHtml[i], pathsAndHtml[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return new HreflangCheck(SITES).check(files).stream().map(p -> p.file() + ": " + p.reason()).toList();
    }

    private static final String[] EN_FR_JA = {"en", "https://example.org/en/qa/wages/", "fr", "https://example.org/fr/qa/salaires/",
            "ja", "https://example.jp/ja/qa/wages/", "x-default", "https://example.org/en/qa/wages/"};

    @Test
    void translationsThatListTheSameAlternatesBackPass() {
        assertEquals(List.of(), problems(
                "main/en/qa/wages/index.html", page("https://example.org/en/qa/wages/", EN_FR_JA),
                "main/fr/qa/salaires/index.html", page("https://example.org/fr/qa/salaires/", EN_FR_JA),
                "ja/ja/qa/wages/index.html", page("https://example.jp/ja/qa/wages/", EN_FR_JA)));
    }

    @Test
    void alternatesThatDifferLeadNowhereOrLackADefaultAreReportedInUrlOrder() {
        assertEquals(List.of(
                        "main/en/qa/wages/index.html: alternate fr does not list the same alternates back",
                        "main/en/qa/wages/index.html: alternate ja leads to no generated page: https://example.jp/ja/qa/wages/",
                        "main/fr/qa/salaires/index.html: alternates without x-default",
                        "main/fr/qa/salaires/index.html: alternate en does not list the same alternates back"),
                problems(
                        "main/en/qa/wages/index.html", page("https://example.org/en/qa/wages/", EN_FR_JA),
                        "main/fr/qa/salaires/index.html", page("https://example.org/fr/qa/salaires/",
                                "en", "https://example.org/en/qa/wages/", "fr", "https://example.org/fr/qa/salaires/")));
    }
}
