package org.ilo.helpdesk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ilo.helpdesk.ssg.checks.HreflangCheck;
import org.ilo.helpdesk.ssg.checks.LinkCrawler;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Helpdesk's real content, built as it is published: links, translations and both mirror policies. */
class PublishedSiteTest {

    private static PublishedSite site;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        site = PublishedSite.get();
        files = site.files();
    }

    private static Document page(String path) {
        return site.page(path);
    }

    @Test
    void theWholeCorpusBuildsWithoutASingleWarning() {
        assertEquals(List.of(), site.report().warnings());
    }

    @Test
    void aCrawlerFollowingEveryHrefAndSrcFindsNoBrokenLinkAndNoFileLoadedAcrossRoots() {
        assertEquals(List.of(), new LinkCrawler(site.sites()).check(files));
        assertTrue(files.keySet().stream().filter(f -> f.endsWith(".html")).count() > 150);
    }

    @Test
    void everyPagesHreflangSetIsTheLanguagesItExistsInPlusXDefaultAndIsReciprocal() {
        assertEquals(List.of(), new HreflangCheck(site.sites()).check(files));
        Document wages = page("main/es/qa/wages/index.html");
        assertEquals(List.of("en", "fr", "es", "ja", "zh", "x-default"),
                wages.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        Document association = page("main/es/qa/freedom-of-association/index.html");
        assertEquals(List.of("en", "fr", "es", "x-default"), association.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
    }

    @Test
    void theLanguageSwitcherOffersOnlyExistingTranslationsEachNamedInItsOwnLanguage() {
        Document association = page("main/en/qa/freedom-of-association/index.html");
        List<String> offered = association.select(".language-switcher li > *").eachAttr("lang");
        assertEquals(List.of("en", "fr", "es"), offered);
        Element japanese = page("main/en/qa/wages/index.html").selectFirst(".language-switcher a[hreflang=ja]");
        assertNotNull(japanese);
        assertEquals("日本語", japanese.text());
        assertEquals("https://www.ilo.org/tokyo/helpdesk/qa/wages/", japanese.attr("href"));
    }

    @Test
    void theJapaneseMirrorListsUntranslatedTopicsWithAMarkerLinkingToTheMainSite() {
        Document home = page("ja/index.html");
        Element association = home.selectFirst(".topic-list a[href$=/en/topics/freedom-of-association/]");
        assertNotNull(association, "untranslated topic listed");
        assertEquals("en", association.attr("lang"));
        assertEquals("en", association.attr("hreflang"));
        assertTrue(association.attr("href").startsWith("https://www.ilo.org/business/helpdesk/"));
        assertEquals("（英語）", association.nextElementSibling().text());
        assertFalse(files.containsKey("ja/qa/freedom-of-association/index.html"), "the link policy copies nothing");
    }

    @Test
    void theChineseMirrorShowsUntranslatedPagesInEnglishWithANoticeAndTheirCanonicalOnTheMainSite() {
        Document copy = page("zh/qa/collective-bargaining/index.html");
        assertEquals("zh", copy.selectFirst("html").attr("lang"));
        assertEquals("en", copy.selectFirst("article .content").attr("lang"));
        assertEquals("en", copy.selectFirst("h1").attr("lang"));
        assertEquals("本页尚未翻译成中文，现以英语显示。", copy.selectFirst(".notice").text());
        assertEquals("https://www.ilo.org/business/helpdesk/en/qa/collective-bargaining/",
                copy.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(copy.select("link[rel=alternate][hreflang]").isEmpty(), "a copy is not a translation");
    }

    @Test
    void aStaleTranslationShowsANoticeLinkingToItsUpdatedSource() throws IOException {
        Document stale = page("ja/qa/wages/index.html");
        Element notice = stale.selectFirst(".notice");
        assertNotNull(notice);
        assertTrue(notice.text().startsWith("この翻訳は最新でない可能性があります。英語版は"), notice.text());
        assertEquals("https://www.ilo.org/business/helpdesk/en/qa/wages/", notice.selectFirst("a").attr("href"));
        assertTrue(page("main/fr/qa/wages/index.html").select(".notice").isEmpty(), "French was updated with English");
        String status = Files.readString(site.output().resolve("site-reports/translations/status.json"), StandardCharsets.UTF_8);
        assertTrue(status.contains("\"translation\": \"content/ja/qa/wages.md\""), status);
    }

    @Test
    void eachSiteHasItsOwnNotFoundPageSitemapAndRobotsFile() {
        for (String site : List.of("main", "ja", "zh")) {
            assertTrue(files.containsKey(site + "/404.html"), site);
            assertTrue(files.containsKey(site + "/sitemap.xml"), site);
            assertTrue(new String(files.get(site + "/robots.txt"), StandardCharsets.UTF_8).contains("sitemap.xml"), site);
        }
        assertTrue(files.containsKey("main/fr/404.html"));
        assertEquals("Page introuvable", page("main/fr/404.html").selectFirst("h1").text());
    }
}
