package org.ilo.helpdesk.ssg.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.junit.jupiter.api.Test;

class LinkCrawlerTest {

    private static final List<SiteTarget> SITES = List.of(
            new SiteTarget("main", "https://example.org/helpdesk/", List.of("en", "fr")),
            new SiteTarget("ja", "https://example.jp/tokyo/", List.of("ja")));

    private static Map<String, byte[]> site(String... pathsAndHtml) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndHtml.length; i += 2) {
            files.put(pathsAndHtml[i], pathsAndHtml[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static List<String> reasons(Map<String, byte[]> files) {
        return new LinkCrawler(SITES).check(files).stream().map(p -> p.file() + " " + p.url() + ": " + p.reason()).toList();
    }

    @Test
    void relativeLinksToExistingPagesAndAnchorsPass() {
        assertEquals(List.of(), reasons(site(
                "main/en/qa/wages/index.html", "<h3 id='living-wage'>Q</h3><a href='../../topics/wages/'>t</a>",
                "main/en/topics/wages/index.html", "<a href='../../qa/wages/#living-wage'>q</a><link rel=stylesheet href='../../../assets/site.css'>",
                "main/assets/site.css", "")));
    }

    @Test
    void aLinkToAMissingPageOrAnchorIsReported() {
        assertEquals(List.of(
                "main/en/index.html qa/salary/: no such file: main/en/qa/salary/index.html",
                "main/en/index.html qa/wages/#living: no element with id 'living' in main/en/qa/wages/index.html"),
                reasons(site(
                        "main/en/index.html", "<a href='qa/salary/'>x</a><a href='qa/wages/#living'>y</a>",
                        "main/en/qa/wages/index.html", "<h3 id='living-wage'>Q</h3>")));
    }

    @Test
    void aLinkThatClimbsOutOfItsSiteRootIsReported() {
        assertEquals(List.of("main/en/index.html ../../ja/index.html: leaves the site's root"),
                reasons(site("main/en/index.html", "<a href='../../ja/index.html'>x</a>", "ja/index.html", "")));
    }

    @Test
    void absoluteLinksToAnotherSitesPagesPassButItsFilesMayNotBeLoaded() {
        assertEquals(List.of("main/en/index.html https://example.jp/tokyo/assets/site.css: loads a file from another site's root"),
                reasons(site(
                        "main/en/index.html", "<a href='https://example.jp/tokyo/qa/wages/'>x</a>"
                                + "<link rel=stylesheet href='https://example.jp/tokyo/assets/site.css'>",
                        "ja/qa/wages/index.html", "", "ja/assets/site.css", "")));
    }

    @Test
    void anAbsoluteLinkToAMissingPageOfAnotherSiteIsReported() {
        assertEquals(List.of("main/en/index.html https://example.jp/tokyo/qa/osh/: no such file: ja/qa/osh/index.html"),
                reasons(site("main/en/index.html", "<a href='https://example.jp/tokyo/qa/osh/'>x</a>")));
    }

    @Test
    void externalAndMailLinksAreNotFollowed() {
        assertEquals(List.of(), reasons(site("main/en/index.html",
                "<a href='https://normlex.ilo.org/x'>n</a><a href='mailto:assistance@ilo.org'>m</a>")));
    }
}
