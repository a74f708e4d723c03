package org.ilo.helpdesk.ssg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.ilo.helpdesk.ssg.diagnostics.ContentException;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessibilityBuildTest {

    @TempDir
    Path scratch;

    private Path siteWith(String body) throws Exception {
        Path root = SiteFixtures.copyInput(SiteFixtures.fixture("folder-with-only-content"), scratch);
        Files.writeString(root.resolve("content/en/a.md"), "---\ntitle: Wages\n---\n" + body, StandardCharsets.UTF_8);
        return root;
    }

    @Test
    void aFailedBuildStillWritesTheAccessibilityReportsAsHtmlJsonAndJunitXml() throws Exception {
        Path root = siteWith("Some text.\n\n![](chart.png)\n");
        Files.write(root.resolve("content/en/chart.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        ContentException failure = assertThrows(ContentException.class, () -> new SiteBuilder().build(BuildRequest.of(root)));

        assertEquals(List.of("a11y.image-alt"), failure.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals(6, failure.diagnostics().get(0).position().line(), "the image's Markdown line");
        Path reports = root.resolve("target/site-reports/accessibility");
        JsonObject json = JsonParser.parseString(Files.readString(reports.resolve("report.json"))).getAsJsonObject();
        assertEquals(1, json.get("errors").getAsInt());
        Document junit = Jsoup.parse(Files.readString(reports.resolve("junit.xml")), "", Parser.xmlParser());
        assertEquals(1, junit.select("testcase > failure[type=a11y.image-alt]").size());
        assertEquals(junit.select("testcase").size(), Integer.parseInt(junit.selectFirst("testsuite").attr("tests")));
        assertTrue(Files.readString(reports.resolve("index.html")).contains("a11y.image-alt"));
    }

    @Test
    void aWaiverWithAReasonAcceptsTheFindingAndTheReportListsIt() throws Exception {
        Path root = siteWith("For the Convention, [click here](https://normlex.ilo.org/).\n");
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/accessibility.yaml"), """
                waivers:
                  - page: en/a.md
                    rule: a11y.link-text
                    reason: "quoted from the database's own instructions"
                """, StandardCharsets.UTF_8);

        new SiteBuilder().build(BuildRequest.of(root));

        JsonObject json = JsonParser.parseString(Files.readString(root.resolve("target/site-reports/accessibility/report.json")))
                .getAsJsonObject();
        assertEquals(0, json.get("errors").getAsInt());
        assertEquals(1, json.get("waived").getAsInt());
        assertEquals("quoted from the database's own instructions",
                json.getAsJsonArray("findings").get(0).getAsJsonObject().get("waived").getAsString());
    }

    @Test
    void aWaiverWithoutAReasonIsAnErrorAtItsLine() throws Exception {
        Path root = siteWith("For the Convention, [click here](https://normlex.ilo.org/).\n");
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/accessibility.yaml"), "waivers:\n  - {page: en/a.md, rule: a11y.link-text}\n",
                StandardCharsets.UTF_8);

        ContentException failure = assertThrows(ContentException.class, () -> new SiteBuilder().build(BuildRequest.of(root)));

        Diagnostic waiver = failure.diagnostics().stream().filter(d -> d.code().equals("a11y.waiver")).findFirst().orElseThrow();
        assertEquals(2, waiver.position().line());
        assertTrue(failure.diagnostics().stream().anyMatch(d -> d.code().equals("a11y.link-text")), "an invalid waiver waives nothing");
    }

    @Test
    void aMistakeInTheThemeIsReportedAtTheTemplateThatWroteIt() throws Exception {
        Path root = siteWith("Some text.\n");
        Path partial = root.resolve("themes/helpdesk/partials/footer.mustache");
        Files.createDirectories(partial.getParent());
        Files.writeString(partial, "<footer class=\"site-footer\">\n<p>Contact us</p>\n<button class=\"to-top\"></button>\n</footer>\n",
                StandardCharsets.UTF_8);

        ContentException failure = assertThrows(ContentException.class, () -> new SiteBuilder().build(BuildRequest.of(root)));

        List<Diagnostic> buttons = failure.diagnostics().stream().filter(d -> d.code().equals("a11y.button-name")).toList();
        assertFalse(buttons.isEmpty());
        for (Diagnostic d : buttons) {
            assertEquals(partial, d.position().file(), "the site's own partial, not the page that includes it");
            assertEquals(3, d.position().line());
        }
    }

    @Test
    void sourceMarksNeverReachTheWrittenPages() throws Exception {
        Path root = siteWith("A paragraph with <span lang=\"fr\">du français</span>.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        new SiteBuilder().build(BuildRequest.of(root));
        String page = Files.readString(root.resolve("target/site/main/a/index.html"));
        assertFalse(page.contains("data-ssg-src"), page);
        assertTrue(page.contains("<span lang=\"fr\">du français</span>"));
    }
}
