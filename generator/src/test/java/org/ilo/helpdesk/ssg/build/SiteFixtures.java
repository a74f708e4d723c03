package org.ilo.helpdesk.ssg.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ilo.helpdesk.ssg.diagnostics.ContentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Whole-site fixtures under {@code src/test/resources/sites/<behaviour>/}. A fixture with an
 * {@code expected/} folder must build to exactly those files (HTML compared after normalising); one
 * with {@code expected-diagnostics.txt} must fail with exactly those lines (start a new invalid
 * fixture with an empty one). Run the tests with
 * {@code -Dgolden.update=true} to rewrite the expectations after an intended change, then review the diff.
 */
final class SiteFixtures {

    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private SiteFixtures() {
    }

    static Path sitesDir() {
        try {
            Path classes = Path.of(SiteFixtures.class.getResource("/sites").toURI());
            // Golden files are read from and written to the source tree, not the copy in target/.
            Path source = classes.resolve("../../../src/test/resources/sites").normalize();
            return Files.isDirectory(source) ? source : classes;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path fixture(String behaviour) {
        return sitesDir().resolve(behaviour);
    }

    static List<String> fixtures() throws IOException {
        try (Stream<Path> children = Files.list(sitesDir())) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Copies a fixture's input (not its expectations) to a scratch folder, so builds never touch the sources. */
    static Path copyInput(Path fixture, Path scratch) throws IOException {
        Path root = scratch.resolve(fixture.getFileName().toString());
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path path : walk.toList()) {
                Path relative = fixture.relativize(path);
                if (relative.toString().startsWith("expected")) {
                    continue;
                }
                Path target = root.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return root;
    }

    /** Every file under {@code dir}, by relative path. */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }

    /** Pages, sitemaps and robots files are compared with golden copies; assets and images are only listed. */
    static boolean hasGolden(String path) {
        return path.endsWith(".html") || path.endsWith(".xml") || path.endsWith(".txt");
    }

    static String normalize(String path, byte[] content) {
        return path.endsWith(".html") ? normalizeHtml(content) : new String(content, StandardCharsets.UTF_8);
    }

    /** HTML re-serialised by jsoup, one element per line, so golden diffs are readable and stable. */
    static String normalizeHtml(byte[] html) {
        Document document = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        document.outputSettings().prettyPrint(true).indentAmount(1).outline(true);
        return document.outerHtml() + "\n";
    }

    static List<String> diagnosticLines(ContentException e, Path root) {
        return e.diagnostics().stream().map(d -> d.format(root)).toList();
    }
}
