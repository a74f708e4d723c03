package org.ilo.helpdesk.ssg.checks.a11y;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Audits any folder of HTML files, not only a site this generator built: each page with its own
 * {@code <style>} elements and the local style sheets it links to. Positions are lines and columns
 * in the HTML files themselves.
 */
public final class FolderAudit {

    /** One finding, as written to the JSON report. */
    public record Entry(String file, int line, int col, String rule, String sc, String level, String message) {
    }

    private final Auditor auditor = new Auditor(Auditor.Profile.WCAG);

    /** Every finding in every {@code .html}/{@code .htm} file under {@code root}, by file, then position. */
    public List<Entry> audit(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(FolderAudit::isHtml).sorted().toList();
        }
        List<List<Entry>> perFile = files.parallelStream().map(file -> auditFile(root, file)).toList();
        List<Entry> all = new ArrayList<>();
        perFile.forEach(all::addAll);
        return all;
    }

    private static boolean isHtml(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    private List<Entry> auditFile(Path root, Path file) {
        try {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            Document document = Jsoup.parse(html, "", parser);
            Stylesheet sheet = linkedStyles(root, file, document);
            String relative = root.relativize(file).toString().replace('\\', '/');
            List<Entry> entries = new ArrayList<>();
            for (A11yFinding finding : auditor.audit(document, sheet)) {
                Range.Position start = position(finding.element());
                entries.add(new Entry(relative, start == null ? 1 : start.lineNumber(), start == null ? 1 : start.columnNumber(),
                        finding.rule().id(), finding.rule().criterion(), finding.rule().level(), finding.message()));
            }
            entries.sort(Comparator.comparingInt(Entry::line).thenComparingInt(Entry::col).thenComparing(Entry::rule));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Range.Position position(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            Range range = e.sourceRange();
            if (range != null && range.isTracked() && !range.isImplicit()) {
                return range.start();
            }
        }
        return null;
    }

    private final java.util.Map<Path, Stylesheet> parsedSheets = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<List<Path>, Stylesheet> combinedSheets = new java.util.concurrent.ConcurrentHashMap<>();

    private static Stylesheet readSheet(Path file) {
        try {
            return Stylesheet.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stylesheet linkedStyles(Path root, Path file, Document document) throws IOException {
        List<Path> targets = new java.util.ArrayList<>();
        for (Element link : document.select("link[rel~=(?i)stylesheet][href]")) {
            String href = Stylesheet.localHref(Attr.get(link, "href"));
            if (href == null) {
                continue;
            }
            Path target = href.startsWith("/") ? root.resolve(href.substring(1)) : file.getParent().resolve(href);
            target = target.normalize();
            if (target.startsWith(root) && Files.isRegularFile(target)) {
                String media = Attr.get(link, "media");
                if (media.isEmpty() || Styles.appliesToScreen(media)) {
                    targets.add(target);
                }
            }
        }
        // pages linking the same files share one sheet object, and with it the checker's work on it
        return combinedSheets.computeIfAbsent(targets, list -> Stylesheet.concat(list.stream()
                .map(target -> parsedSheets.computeIfAbsent(target, FolderAudit::readSheet)).toList()));
    }

    /** The report: a JSON array with one object per finding. */
    public static String json(List<Entry> entries) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(entries) + "\n";
    }
}
