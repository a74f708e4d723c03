package org.ilo.helpdesk.ssg.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.ilo.helpdesk.ssg.build.BuildReport;
import org.ilo.helpdesk.ssg.build.BuildRequest;
import org.ilo.helpdesk.ssg.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffolderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path root;

    private void site() throws Exception {
        Files.createDirectories(root.resolve("content/en"));
        Files.createDirectories(root.resolve("content/fr"));
        Files.writeString(root.resolve("site.yaml"), "defaultLanguage: en\nlanguages:\n  - {code: en, name: English}\n"
                + "  - {code: fr, name: Français, locale: fr-FR}\nsites:\n  - {name: main, baseUrl: https://example.org/, languages: [en, fr]}\n");
    }

    @Test
    void aNewQaPageFromTheArchetypeBuildsWithTodaysDate() throws Exception {
        site();
        Path file = new Scaffolder(root, "helpdesk").create("qa", "en", "qa/paid-leave.md", TODAY);
        String text = Files.readString(file);
        assertTrue(text.contains("title: \"Paid leave\""), text);
        assertTrue(text.contains("date: 2026-11-26"), text);
        BuildReport report = new SiteBuilder().build(BuildRequest.of(root));
        assertEquals(List.of(), report.warnings());
        Document page = Jsoup.parse(root.resolve("target/site/main/en/qa/paid-leave/index.html").toFile(), "UTF-8");
        assertEquals("Paid leave", page.selectFirst("h1").text());
        assertEquals(1, page.select("h3.question").size());
    }

    @Test
    void aTranslationScaffoldKeepsKeysAndQuestionIdsAndIsReportedUntilTranslated() throws Exception {
        site();
        Scaffolder scaffolder = new Scaffolder(root, "helpdesk");
        scaffolder.create("qa", "en", "qa/paid-leave.md", TODAY);
        Path french = scaffolder.translate("en", "fr", "qa/paid-leave.md", TODAY);
        String text = Files.readString(french);
        assertTrue(text.contains("translationOf: 2026-11-26"), text);
        assertTrue(text.contains("{#first-question}"), text);
        assertTrue(text.startsWith("---\ntitle: \"Paid leave\""), text);

        BuildReport report = new SiteBuilder().build(BuildRequest.of(root));
        List<String> warnings = report.warnings().stream().map(d -> d.format(root)).toList();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().allMatch(w -> w.startsWith("content/fr/qa/paid-leave.md:") && w.contains("[translation.todo]")), warnings.toString());
        Document page = Jsoup.parse(root.resolve("target/site/main/fr/qa/paid-leave/index.html").toFile(), "UTF-8");
        assertEquals("first-question", page.selectFirst("h3.question").id());
        assertEquals(1, page.select("link[rel=alternate][hreflang=en]").size(), "linked to its source as a translation");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        site();
        Scaffolder scaffolder = new Scaffolder(root, "helpdesk");
        scaffolder.create("page", "en", "about.md", TODAY);
        assertThrows(FileAlreadyExistsException.class, () -> scaffolder.create("page", "en", "about.md", TODAY));
        assertThrows(IllegalArgumentException.class, () -> scaffolder.create("page", "en", "../../outside.md", TODAY));
    }
}
