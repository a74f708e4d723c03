package org.ilo.helpdesk.ssg.checks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.ilo.helpdesk.ssg.checks.a11y.A11yFinding;
import org.ilo.helpdesk.ssg.checks.a11y.A11yRule;
import org.ilo.helpdesk.ssg.checks.a11y.Auditor;
import org.ilo.helpdesk.ssg.checks.a11y.Stylesheet;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.markdown.SourceMarks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Runs the WCAG checker over every generated page and points each finding at its source: the
 * Markdown line for content (from the pages' source marks), the theme template otherwise.
 */
public final class AccessibilityCheck {

    /** Where a generated page comes from: its content file, if any, and the layout that wrapped it. */
    public record Origin(Optional<Path> sourceFile, Optional<String> contentPath, String layout) {
    }

    /** One finding, located, and the waiver that accepts it if there is one. */
    public record Result(String page, A11yRule rule, SourcePosition position, String message, String hint,
                         Optional<AccessibilityWaivers.Waiver> waiver) {
    }

    private static final org.jsoup.select.Evaluator STYLESHEETS = org.jsoup.select.QueryParser.parse("link[rel=stylesheet][href]");

    /** A page nothing said the origin of: attributed to the theme's plain page layout. */
    private static final Origin UNKNOWN_ORIGIN = new Origin(Optional.empty(), Optional.empty(), "page");

    private final Auditor auditor = new Auditor(Auditor.Profile.SITE);
    private final TemplateLocator templates;
    private final AccessibilityWaivers waivers;
    private final Map<String, byte[]> files;
    private final Map<String, Origin> origins;
    private final Map<String, Stylesheet> sheets = new ConcurrentHashMap<>();
    private final Map<List<String>, Stylesheet> combined = new ConcurrentHashMap<>();

    /**
     * @param files   every output file by path, for the style sheets pages link to
     * @param origins where each page comes from; a page without an entry is attributed to the "page" layout
     */
    public AccessibilityCheck(TemplateLocator templates, AccessibilityWaivers waivers, Map<String, byte[]> files,
                              Map<String, Origin> origins) {
        this.templates = templates;
        this.waivers = waivers;
        this.files = files;
        this.origins = origins;
    }

    /** The findings on one page; safe to call from several threads at once. */
    public List<Result> checkPage(String path, Document document) {
        Origin origin = origins.getOrDefault(path, UNKNOWN_ORIGIN);
        List<String> targets = new ArrayList<>();
        for (Element link : document.select(STYLESHEETS)) {
            String target = resolve(path, link.attr("href"));
            if (target != null && files.containsKey(target)) {
                targets.add(target);
            }
        }
        // one sheet object for all pages that link the same files: the checker keeps its work on a sheet with it
        Stylesheet sheet = combined.computeIfAbsent(targets, list -> Stylesheet.concat(list.stream()
                .map(target -> sheets.computeIfAbsent(target, t -> Stylesheet.parse(new String(files.get(t), StandardCharsets.UTF_8))))
                .toList()));
        List<Result> results = new ArrayList<>();
        for (A11yFinding finding : auditor.audit(document, sheet)) {
            // the title's heading is the layout's to write, even when the first heading on the page came from content
            SourcePosition position = finding.rule() == A11yRule.PAGE_HEADING ? templates.locate(origin.layout(), finding.element())
                    : locate(finding.element(), origin);
            Optional<AccessibilityWaivers.Waiver> waiver = waivers.find(finding.rule(), origin.contentPath().orElse(null), path,
                    finding.element());
            results.add(new Result(path, finding.rule(), position, finding.message() + " on " + path, finding.hint(), waiver));
        }
        return results;
    }


    /** Every finding: those of the pages, and the site-wide ones (titles), in page and line order. */
    public List<Result> finish(ParsedPages pages, java.util.Collection<Result> pageResults) {
        List<Result> all = new ArrayList<>(pageResults);
        all.addAll(duplicateTitles(pages));
        all.sort(Comparator.comparing(Result::page).thenComparing(r -> r.position().line()).thenComparing(r -> r.position().column())
                .thenComparing(r -> r.rule().ordinal()));
        return all;
    }

    private SourcePosition locate(Element element, Origin origin) {
        if (origin.sourceFile().isPresent()) {
            for (Element e = element; e != null; e = e.parent()) {
                int[] mark = e.hasAttr(SourceMarks.ATTRIBUTE) ? SourceMarks.parse(e.attr(SourceMarks.ATTRIBUTE)) : null;
                if (mark != null) {
                    return new SourcePosition(origin.sourceFile().get(), mark[0], mark[1]);
                }
            }
        }
        return templates.locate(origin.layout(), element);
    }

    /** Pages of one site and language with the same title, which 2.4.2 asks to tell apart; redirect stubs are left out. */
    private List<Result> duplicateTitles(ParsedPages pages) {
        Map<String, String> firstByTitle = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, ParsedPages.Facts> entry : pages.pages().entrySet()) {
            ParsedPages.Facts facts = entry.getValue();
            Origin origin = origins.getOrDefault(entry.getKey(), UNKNOWN_ORIGIN);
            // the language chooser carries the site's name in every language on purpose
            if (facts.redirectOrNoIndex() || facts.title().isEmpty() || origin.layout().equals("languages")) {
                continue;
            }
            String site = entry.getKey().substring(0, entry.getKey().indexOf('/') + 1) + facts.language() + "|";
            String first = firstByTitle.putIfAbsent(site + facts.title(), entry.getKey());
            if (first != null) {
                Element titleElement = new Element("title");
                SourcePosition position = origin.sourceFile().map(SourcePosition::of).orElseGet(() -> templates.locate(origin.layout(), titleElement));
                Optional<AccessibilityWaivers.Waiver> waiver = waivers.find(A11yRule.DUPLICATE_TITLE, origin.contentPath().orElse(null),
                        entry.getKey(), titleElement);
                results.add(new Result(entry.getKey(), A11yRule.DUPLICATE_TITLE, position, "title '" + facts.title() + "' of "
                        + entry.getKey() + " is also the title of " + first, "give the page a title of its own", waiver));
            }
        }
        return results;
    }

    /** An href of a page resolved to an output path, or null when it leaves the site or is absolute. */
    static String resolve(String page, String href) {
        String h = Stylesheet.localHref(href);
        if (h == null) {
            return null;
        }
        String site = page.substring(0, page.indexOf('/'));
        String dir = h.startsWith("/") ? "" : page.substring(site.length() + 1, page.lastIndexOf('/') + 1);
        return LinkCrawler.resolve(dir, h).map(path -> site + "/" + path).orElse(null);
    }
}
