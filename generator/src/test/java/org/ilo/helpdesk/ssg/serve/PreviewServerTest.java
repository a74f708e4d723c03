package org.ilo.helpdesk.ssg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    @TempDir
    Path scratch;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Path site() throws IOException {
        Path fixture = Path.of("src/test/resources/sites/multilingual-site-with-mirrors").toAbsolutePath();
        Path root = scratch.resolve("site");
        try (var walk = Files.walk(fixture)) {
            for (Path path : walk.toList()) {
                String relative = fixture.relativize(path).toString();
                if (relative.startsWith("expected")) {
                    continue;
                }
                Path target = root.resolve(relative);
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return root;
    }

    private String get(PreviewServer server, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() + " " + response.body();
    }

    /** Opens the reload stream and returns the events as they come. */
    private BlockingQueue<String> events(PreviewServer server) throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<java.util.stream.Stream<String>> stream = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + PreviewServer.RELOAD_PATH)).build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> stream.body().filter(l -> l.startsWith("data:")).forEach(events::add));
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    @Test
    void anEditedPageIsRebuiltServedAndOpenPagesAreToldToReload() throws Exception {
        Path root = site();
        try (PreviewServer server = new PreviewServer(root, "127.0.0.1", 0, false, message -> { })) {
            server.start();
            String page = get(server, "/main/en/qa/wages/");
            assertTrue(page.startsWith("200 "), page);
            assertTrue(page.contains("Only partially, and at a fair value."));
            assertTrue(page.contains("new EventSource('/__reload')"), "the reload script is injected in the preview");
            assertTrue(page.contains("href=\"/ja/qa/wages/\""), "links to the mirror stay inside the preview");

            BlockingQueue<String> events = events(server);
            Path markdown = root.resolve("content/en/qa/wages.md");
            Files.writeString(markdown, Files.readString(markdown).replace("Only partially, and at a fair value.",
                    "Only in part, valued fairly."), StandardCharsets.UTF_8);
            assertNotNull(events.poll(10, TimeUnit.SECONDS), "a reload event after the edit");
            assertTrue(get(server, "/main/en/qa/wages/").contains("Only in part, valued fairly."));
        }
    }

    @Test
    void aContentErrorShowsAnOverlayWhileTheLastGoodPageIsStillServed() throws Exception {
        Path root = site();
        try (PreviewServer server = new PreviewServer(root, "127.0.0.1", 0, false, message -> { })) {
            server.start();
            BlockingQueue<String> events = events(server);
            Path markdown = root.resolve("content/en/qa/wages.md");
            Files.writeString(markdown, Files.readString(markdown).replace("title: \"Q&A: Wages\"", "title: [unclosed"),
                    StandardCharsets.UTF_8);
            assertNotNull(events.poll(10, TimeUnit.SECONDS), "a reload event after the edit");
            String page = get(server, "/main/en/qa/wages/");
            assertTrue(page.startsWith("200 "), page);
            assertTrue(page.contains("Only partially, and at a fair value."), "the last good page");
            assertTrue(page.contains("id=\"preview-errors\""), "the error overlay");
            assertTrue(page.contains("content/en/qa/wages.md:3:12: error [frontmatter.yaml]"), page);
            assertFalse(page.contains("link.broken"), "links to the unreadable page are not reported on top of its own error");
        }
    }

    @Test
    void thePreviewRefusesAnAddressOtherThanLoopbackUnlessAskedExplicitly() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new PreviewServer(scratch, "0.0.0.0", 0, false, message -> { }));
        assertTrue(refused.getMessage().contains("-Dsite.allowRemote=true"));
    }

    @Test
    void missingPagesGetTheSitesNotFoundPage() throws Exception {
        try (PreviewServer server = new PreviewServer(site(), "127.0.0.1", 0, false, message -> { })) {
            server.start();
            String page = get(server, "/main/en/no-such-page/");
            assertTrue(page.startsWith("404 "), page);
            assertTrue(page.contains("Page not found"));
            assertFalse(get(server, "/").isEmpty());
            assertEquals("200", get(server, "/main/assets/site.css").substring(0, 3));
        }
    }
}
