package org.ilo.helpdesk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What search engines and readers on slow connections get from the real site: unique titles and
 * descriptions, canonical URLs, valid structured data, and light pages that load nothing from
 * other hosts. Prints the weight of each page type.
 */
class FindabilityTest {

    /** Budget for everything a first visit downloads beyond the page's own text: theme markup, CSS, scripts. */
    private static final int CHROME_BUDGET_BYTES = 50 * 1024;

    private static PublishedSite site;

    @BeforeAll
    static void build() throws Exception {
        site = PublishedSite.get();
    }

    /** Pages that search engines index: not redirects, not 404 pages, not copies whose canonical is elsewhere. */
    private static List<String> indexable() {
        List<String> pages = new ArrayList<>();
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            Element canonical = page.selectFirst("link[rel=canonical]");
            if (page.selectFirst("meta[name=robots][content=noindex]") != null || canonical == null) {
                continue;
            }
            String siteName = path.substring(0, path.indexOf('/'));
            String self = site.sites().stream().filter(s -> s.name().equals(siteName)).findFirst().orElseThrow().baseUrl()
                    + path.substring(siteName.length() + 1).replaceAll("index\\.html$", "");
            if (canonical.attr("href").equals(self)) {
                pages.add(path);
            }
        }
        return pages;
    }

    @Test
    void everyIndexablePageHasAUniqueTitleAndDescriptionAndACanonicalUrl() {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> pages = indexable();
        for (String path : pages) {
            Document page = site.page(path);
            String title = page.title();
            Element description = page.selectFirst("meta[name=description]");
            if (title.isBlank() || description == null || description.attr("content").isBlank()) {
                problems.add(path + ": empty title or description");
                continue;
            }
            String earlier = titles.put(title, path);
            if (earlier != null) {
                problems.add(path + ": same title as " + earlier + ": " + title);
            }
            earlier = descriptions.put(description.attr("content"), path);
            if (earlier != null) {
                problems.add(path + ": same description as " + earlier);
            }
            for (String property : List.of("og:title", "og:description", "og:url", "og:locale", "og:type")) {
                if (page.selectFirst("meta[property=" + property + "]") == null) {
                    problems.add(path + ": no " + property);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(pages.size() > 300, "indexable pages: " + pages.size());
    }

    @Test
    void everyPageCarriesValidJsonLdOfTheExpectedTypesAndEveryQuestionIsInItsFaqPage() {
        List<String> problems = new ArrayList<>();
        int faqPages = 0;
        for (String path : indexable()) {
            Document page = site.page(path);
            List<Element> scripts = page.select("script[type=application/ld+json]");
            if (scripts.size() != 1) {
                problems.add(path + ": " + scripts.size() + " JSON-LD scripts");
                continue;
            }
            JsonObject root = JsonParser.parseString(scripts.get(0).data()).getAsJsonObject();
            SchemaOrg.problems(root).forEach(p -> problems.add(path + ": " + p));
            Map<String, JsonObject> byType = new LinkedHashMap<>();
            for (JsonElement node : root.getAsJsonArray("@graph")) {
                byType.put(node.getAsJsonObject().get("@type").getAsString(), node.getAsJsonObject());
            }
            boolean home = page.selectFirst("section.featured") != null || path.matches("[a-z]+/index.html|main/[a-z]{2}/index.html");
            if (!byType.containsKey("BreadcrumbList") && !home) {
                problems.add(path + ": no BreadcrumbList");
            }
            if (home && !(byType.containsKey("Organization") && byType.containsKey("WebSite"))) {
                problems.add(path + ": home page without Organization and WebSite");
            }
            if (page.selectFirst("article.qa") != null) {
                faqPages++;
                List<String> questions = page.select("h3.question").eachText().stream().map(FindabilityTest::spaces).toList();
                List<String> inFaq = new ArrayList<>();
                if (byType.containsKey("FAQPage")) {
                    byType.get("FAQPage").getAsJsonArray("mainEntity")
                            .forEach(q -> inFaq.add(spaces(q.getAsJsonObject().get("name").getAsString())));
                }
                if (!questions.equals(inFaq)) {
                    problems.add(path + ": FAQPage questions " + inFaq + " differ from the page's " + questions);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(faqPages >= 3 * 14 + 2 * 6, "Q&A pages checked: " + faqPages);
    }

    @Test
    void pagesLoadNothingFromOtherHostsAndUseOneStylesheetAndNoScript() {
        List<String> problems = new ArrayList<>();
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            if (page.select("link[rel=stylesheet]").size() > 1) {
                problems.add(path + ": more than one stylesheet");
            }
            if (!page.select("script:not([type=application/ld+json])").isEmpty()) {
                problems.add(path + ": runs a script");
            }
            String siteName = path.substring(0, path.indexOf('/'));
            String ownBase = site.sites().stream().filter(s -> s.name().equals(siteName)).findFirst().orElseThrow().baseUrl();
            for (Element resource : page.select("link[rel=stylesheet], img[src], script[src], iframe[src], source[src], link[rel=icon]")) {
                String url = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
                if (url.matches("^(https?:)?//.*") && !url.startsWith(ownBase)) {
                    problems.add(path + ": loads " + url);
                }
            }
        }
        for (String path : site.files().keySet()) {
            if (path.endsWith(".css") && site.text(path).matches("(?s).*(@import|url\\(\\s*['\"]?(https?:)?//).*")) {
                problems.add(path + ": the stylesheet loads from another host");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theChromeOfEveryPageTypeWeighsLessThanFiftyKilobytes() throws IOException {
        Map<String, List<String>> byType = new TreeMap<>();
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            String type = page.selectFirst("article.qa") != null ? "qa" : page.selectFirst("article.topic") != null ? "topic"
                    : page.selectFirst("section.featured, main.language-chooser") != null ? "home"
                    : page.selectFirst("section.group, .topic-list") != null ? "index" : "page";
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(path);
        }
        byte[] css = site.files().get("main/assets/site.css");
        System.out.println("page type  pages  html raw (avg)  html gzip (avg)  css raw  css gzip  chrome raw (max)");
        List<String> over = new ArrayList<>();
        for (Map.Entry<String, List<String>> type : byType.entrySet()) {
            long raw = 0;
            long gzip = 0;
            long maxChrome = 0;
            for (String path : type.getValue()) {
                byte[] html = site.files().get(path);
                raw += html.length;
                gzip += gzip(html);
                Element main = site.page(path).selectFirst("main .content, main");
                long text = main == null ? 0 : main.text().getBytes(StandardCharsets.UTF_8).length;
                long chrome = html.length - text + css.length;
                maxChrome = Math.max(maxChrome, chrome);
                if (chrome > CHROME_BUDGET_BYTES) {
                    over.add(path + ": " + chrome + " bytes");
                }
            }
            int n = type.getValue().size();
            System.out.printf("%-9s  %5d  %14d  %15d  %7d  %8d  %16d%n", type.getKey(), n, raw / n, gzip / n, css.length, gzip(css),
                    maxChrome);
        }
        assertEquals(List.of(), over);
        assertFalse(byType.isEmpty());
    }

    /** Text compared as a reader sees it: any run of spaces, no-break or not, is one space. */
    private static String spaces(String text) {
        return text.replaceAll("[\\s\u00A0\u202F]+", " ").strip();
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.size();
    }
}
