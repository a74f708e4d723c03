package org.ilo.helpdesk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real site judged by tools outside the generator, in Debian's Chromium: axe-core on every page,
 * the Nu Html Checker on every page, and the layout of Q&A pages at 360 px. Each check runs when its
 * tool is installed (.ci/run installs them all) and is reported as skipped otherwise.
 */
class BrowserChecksTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path BROWSER_CHECKS = Path.of("src/test/browser").toAbsolutePath();

    private static PublishedSite site;
    private static Path output;

    @BeforeAll
    static void build() throws Exception {
        site = PublishedSite.get();
        output = site.output().resolve("site");
    }

    private record Run(int exit, List<String> lines) {
        String last() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
            reader.lines().forEach(line -> {
                lines.add(line);
                if (!line.startsWith("OK ")) {
                    System.out.println(line);
                }
            });
        }
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "finished in time: " + command);
        return new Run(process.exitValue(), lines);
    }

    @Test
    void axeCoreInChromiumFindsNoViolationOnAnyPage() throws Exception {
        String judge = System.getenv("AXE_JUDGE");
        assumeTrue(judge != null && Files.isRegularFile(Path.of(judge)) && Files.isExecutable(CHROMIUM),
                "set AXE_JUDGE to axe-check.mjs of an installed axe judge, and install chromium");
        Run run = run(List.of("node", judge, output.toString(), "--extra-rules", "heading-order,duplicate-id"));
        assertTrue(run.last().startsWith("TOTAL_VIOLATIONS=0 "), run.last());
        assertTrue(run.last().matches(".* pages=([1-9]\\d{2,}) .*"), "at least 100 pages judged: " + run.last());
        assertEquals(0, run.exit());
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorOnAnyPage() throws Exception {
        String vnu = System.getenv("VNU_JAR");
        assumeTrue(vnu != null && Files.isRegularFile(Path.of(vnu)), "set VNU_JAR to an installed vnu.jar");
        Run run = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", vnu,
                "--skip-non-html", "--errors-only", output.toString()));
        assertEquals(List.of(), run.lines());
        assertEquals(0, run.exit());
    }

    @Test
    void qaPagesDoNotScrollSidewaysOnA360PixelScreen() throws Exception {
        assumeTrue(Files.isDirectory(BROWSER_CHECKS.resolve("node_modules/playwright-core")) && Files.isExecutable(CHROMIUM),
                "run 'npm ci' in site/src/test/browser and install chromium");
        List<String> command = new ArrayList<>(List.of("node", BROWSER_CHECKS.resolve("layout-check.mjs").toString(), output.toString()));
        site.htmlPages().stream().filter(p -> p.contains("/qa/") || p.matches("[a-z]+/(index|404)\\.html|main/[a-z]{2}/index\\.html"))
                .forEach(command::add);
        Run run = run(command);
        assertTrue(run.last().startsWith("LAYOUT_FAILURES=0 "), run.last());
        assertEquals(0, run.exit());
    }
}
