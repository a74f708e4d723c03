package org.ilo.helpdesk.ssg.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ilo.helpdesk.ssg.diagnostics.ContentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    @TempDir
    Path scratch;

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws Exception {
        Path root = SiteFixtures.copyInput(SiteFixtures.fixture("multilingual-site-with-mirrors"), scratch);
        new SiteBuilder().build(new BuildRequest(root, scratch.resolve("first")));
        new SiteBuilder().build(new BuildRequest(root, scratch.resolve("second")));
        Map<String, byte[]> first = SiteFixtures.files(scratch.resolve("first"));
        Map<String, byte[]> second = SiteFixtures.files(scratch.resolve("second"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void outputIsByteIdenticalWithOneWorkerThreadAndWithFour() throws Exception {
        Path root = SiteFixtures.copyInput(SiteFixtures.fixture("multilingual-site-with-mirrors"), scratch);
        // parallel streams run in the pool of the thread that starts them: one worker, then four
        for (int workers : new int[] {1, 4}) {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(workers);
            try {
                pool.submit(() -> new SiteBuilder().build(new BuildRequest(root, scratch.resolve("workers-" + workers)))).get();
            } finally {
                pool.shutdown();
            }
        }
        Map<String, byte[]> one = SiteFixtures.files(scratch.resolve("workers-1"));
        Map<String, byte[]> four = SiteFixtures.files(scratch.resolve("workers-4"));
        assertEquals(one.keySet(), four.keySet());
        one.forEach((path, bytes) -> assertArrayEquals(bytes, four.get(path), path));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteInPlace() throws Exception {
        Path root = SiteFixtures.copyInput(SiteFixtures.fixture("folder-with-only-content"), scratch);
        new SiteBuilder().build(BuildRequest.of(root));
        Path page = root.resolve("target/site/main/a/index.html");
        byte[] before = Files.readAllBytes(page);

        Files.writeString(root.resolve("content/en/b.md"), "---\ntitle: [broken\n---\n", StandardCharsets.UTF_8);
        assertThrows(ContentException.class, () -> new SiteBuilder().build(BuildRequest.of(root)));

        assertArrayEquals(before, Files.readAllBytes(page));
        try (Stream<Path> siblings = Files.list(root.resolve("target"))) {
            assertEquals(List.of("site", "site-reports"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    @Test
    void aRebuildReplacesTheWholeSiteSoRemovedPagesDisappear() throws Exception {
        Path root = SiteFixtures.copyInput(SiteFixtures.fixture("folder-with-only-content"), scratch);
        Files.writeString(root.resolve("content/en/old.md"), "---\ntitle: Old\n---\n", StandardCharsets.UTF_8);
        new SiteBuilder().build(BuildRequest.of(root));
        assertTrue(Files.exists(root.resolve("target/site/main/old/index.html")));

        Files.delete(root.resolve("content/en/old.md"));
        new SiteBuilder().build(BuildRequest.of(root));
        assertTrue(Files.notExists(root.resolve("target/site/main/old/index.html")));
    }

    @Test
    void aSingleLanguageSiteHasItsPagesAtItsRootAndAHomePageEvenWithoutIndexMarkdown() throws Exception {
        Path root = SiteFixtures.copyInput(SiteFixtures.fixture("folder-with-only-content"), scratch);
        BuildReport report = new SiteBuilder().build(BuildRequest.of(root));
        assertTrue(Files.exists(root.resolve("target/site/main/index.html")));
        assertTrue(Files.exists(root.resolve("target/site/main/a/index.html")));
        assertEquals(2, report.languages().get(0).pages());
    }

    @Test
    void everyGeneratedPageHasOneH1ASkipLinkToMainAndTheLanguageOfItsFolder() throws Exception {
        Path root = SiteFixtures.copyInput(SiteFixtures.fixture("multilingual-site-with-mirrors"), scratch);
        new SiteBuilder().build(BuildRequest.of(root));
        Map<String, byte[]> files = SiteFixtures.files(root.resolve("target/site"));
        files.forEach((path, bytes) -> {
            if (!path.endsWith(".html")) {
                return;
            }
            Document page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            assertEquals(1, page.select("h1").size(), path);
            assertEquals(1, page.select("main#main").size(), path);
            assertEquals("#main", page.selectFirst("a.skip-link").attr("href"), path);
            String expectedLanguage = path.startsWith("ja/") ? "ja" : path.startsWith("zh/") ? "zh"
                    : path.matches("main/(fr|es)/.*") ? path.substring(5, 7) : "en";
            assertEquals(expectedLanguage, page.selectFirst("html").attr("lang"), path);
        });
    }

    @Test
    void questionAnchorsAreTheSameInEveryLanguage() throws Exception {
        Path root = SiteFixtures.copyInput(SiteFixtures.fixture("multilingual-site-with-mirrors"), scratch);
        new SiteBuilder().build(BuildRequest.of(root));
        for (String page : new String[] {"main/en/qa/wages/index.html", "main/fr/qa/wages/index.html",
                "main/es/qa/wages/index.html", "ja/qa/wages/index.html"}) {
            Document html = Jsoup.parse(root.resolve("target/site").resolve(page).toFile(), "UTF-8");
            assertEquals("minimum-wage-enough payment-in-kind living-wage",
                    String.join(" ", html.select("h3.question").eachAttr("id")), page);
        }
    }
}
