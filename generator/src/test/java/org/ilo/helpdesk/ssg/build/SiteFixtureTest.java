package org.ilo.helpdesk.ssg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ilo.helpdesk.ssg.diagnostics.ContentException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Builds every fixture site and compares it with its golden output or its expected diagnostics. */
class SiteFixtureTest {

    @TempDir
    Path scratch;

    static List<String> fixtures() throws IOException {
        return SiteFixtures.fixtures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureSiteBuildsToItsGoldenOutputOrFailsWithItsExpectedDiagnostics(String behaviour) throws Exception {
        Path fixture = SiteFixtures.fixture(behaviour);
        Path root = SiteFixtures.copyInput(fixture, scratch);
        Path expectedDiagnostics = fixture.resolve("expected-diagnostics.txt");
        if (Files.exists(expectedDiagnostics)) {
            ContentException failure = assertThrows(ContentException.class,
                    () -> new SiteBuilder().build(BuildRequest.of(root)), behaviour + " should fail");
            String actual = String.join("\n", SiteFixtures.diagnosticLines(failure, root)) + "\n";
            if (SiteFixtures.UPDATE) {
                Files.writeString(expectedDiagnostics, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expectedDiagnostics, StandardCharsets.UTF_8), actual);
            assertTrue(Files.notExists(root.resolve("target/site")), "a failed build writes nothing");
            return;
        }
        BuildReport report = new SiteBuilder().build(BuildRequest.of(root));
        Map<String, byte[]> actual = SiteFixtures.files(root.resolve("target/site"));
        Path expectedDir = fixture.resolve("expected");
        if (SiteFixtures.UPDATE) {
            writeGolden(expectedDir, actual);
        }
        List<String> expectedList = Files.readAllLines(expectedDir.resolve("files.txt"), StandardCharsets.UTF_8);
        assertEquals(expectedList, new ArrayList<>(actual.keySet()), "the files written");
        for (Map.Entry<String, byte[]> file : actual.entrySet()) {
            if (SiteFixtures.hasGolden(file.getKey())) {
                String expected = Files.readString(expectedDir.resolve(file.getKey()), StandardCharsets.UTF_8);
                assertEquals(expected, SiteFixtures.normalize(file.getKey(), file.getValue()), file.getKey());
            }
        }
        Path expectedWarnings = fixture.resolve("expected-warnings.txt");
        String warnings = report.warnings().stream().map(d -> d.format(root) + "\n").collect(java.util.stream.Collectors.joining());
        if (SiteFixtures.UPDATE && (Files.exists(expectedWarnings) || !warnings.isEmpty())) {
            Files.writeString(expectedWarnings, warnings, StandardCharsets.UTF_8);
        }
        assertEquals(Files.exists(expectedWarnings) ? Files.readString(expectedWarnings, StandardCharsets.UTF_8) : "", warnings,
                "warnings");
    }

    private static void writeGolden(Path expectedDir, Map<String, byte[]> actual) throws IOException {
        if (Files.isDirectory(expectedDir)) {
            try (var walk = Files.walk(expectedDir)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(expectedDir);
        Files.write(expectedDir.resolve("files.txt"), actual.keySet(), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> file : actual.entrySet()) {
            if (SiteFixtures.hasGolden(file.getKey())) {
                Path target = expectedDir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, SiteFixtures.normalize(file.getKey(), file.getValue()), StandardCharsets.UTF_8);
            }
        }
    }
}
