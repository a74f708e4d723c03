package org.ilo.helpdesk.ssg.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.frontmatter.FrontMatterParser;
import org.ilo.helpdesk.ssg.load.SourceFile;
import org.junit.jupiter.api.Test;

class ConfidentialityGuardTest {

    private static final Path SITE = Path.of("/site");

    /** What the guard reports for a Q&A page, without a deny list, as {@code line:column code 'text'}. */
    private static List<String> reports(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        SourceFile file = new SourceFile(SITE.resolve("content/en/qa/page.md"), "en", "qa/page.md", markdown);
        new FrontMatterParser().parse(file, diagnostics)
                .ifPresent(page -> new ConfidentialityGuard(List.of(), List.of()).check(page, diagnostics));
        return diagnostics.sorted().stream()
                .filter(d -> d.code().startsWith("confidential."))
                .map(d -> d.position().line() + ":" + d.position().column() + " " + d.code() + " "
                        + d.message().substring(d.message().indexOf('\'')))
                .toList();
    }

    private static final String FRONT = "---\ntitle: Hiring\ntranslationKey: hiring\ndate: 2024-05-06\ntopics: [wages]\n---\n";

    @Test
    void anAddressOrANumberInTheBodyIsReportedAtItsLineAndColumn() {
        assertEquals(List.of("9:10 confidential.email 'jane.doe@example.com'", "10:9 confidential.phone '+44 20 7946 0958'"),
                reports(FRONT + "\n# Hiring\nWrite to jane.doe@example.com.\nCall us +44 20 7946 0958 today.\n"));
    }

    @Test
    void fullWidthAddressesAreReadAsTheirAsciiForms() {
        assertEquals(List.of("9:6 confidential.email 'taro@example.jp'"),
                reports(FRONT + "\n# Hiring\nメールは ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ まで。\n"));
    }

    @Test
    void fullWidthDigitsCountAsDigits() {
        assertEquals(List.of("9:5 confidential.phone '03-1234-5678'"),
                reports(FRONT + "\n# Hiring\n電話は ０３－１２３４－５６７８ まで。\n"));
    }

    @Test
    void digitsInLinkDestinationsAndDatesInFrontMatterAreNotNumbersToReport() {
        assertEquals(List.of(), reports(FRONT + "\n# Hiring\nSee [wages](../qa/wages-2019-1234567.md) and https://example.org/1234567890.\n"));
    }

    @Test
    void aPublishedFrontMatterValueIsChecked() {
        assertEquals(List.of("2:20 confidential.email 'ana@example.org'"),
                reports("---\ntitle: Hiring, ask ana@example.org\ntranslationKey: hiring\ndate: 2024-05-06\n---\n\n# Hiring\n"));
    }
}
