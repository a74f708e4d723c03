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

    private static final org.jsoup.select.Evaluator REDIRECT = org.jsoup.select.QueryParser.parse("meta[http-equiv=refresh]");
    private static final org.jsoup.select.Evaluator NO_INDEX = org.jsoup.select.QueryParser.parse("meta[name=robots][content*=noindex]");
    private static final org.jsoup.select.Evaluator STYLESHEETS = org.jsoup.select.QueryParser.parse("link[rel=stylesheet][href]");

    private final Auditor auditor = new Auditor(Auditor.Profile.SITE);
    private final TemplateLocator templates;
    private final AccessibilityWaivers waivers;

    public AccessibilityCheck(TemplateLocator templates, AccessibilityWaivers waivers) {
        this.templates = templates;
        this.waivers = waivers;
    }

    /**
     * @param files   every output file by path, for the style sheets pages link to
     * @param origins where each page comes from; pages without an entry are attributed to {@code fallbackLayout}
     */
    public List<Result> check(ParsedPages pages, Map<String, byte[]> files, Map<String, Origin> origins) {
        Map<String, Stylesheet> sheets = new ConcurrentHashMap<>();
        List<Result> results = pages.documents().entrySet().parallelStream()
                .flatMap(entry -> checkPage(entry.getKey(), entry.getValue(), files, origins, sheets).stream())
                .toList();
        List<Result> all = new ArrayList<>(results);
        all.addAll(duplicateTitles(pages, origins));
        all.sort(Comparator.comparing(Result::page).thenComparing(r -> r.position().line()).thenComparing(r -> r.rule().ordinal()));
        return all;
    }

    private List<Result> checkPage(String path, Document document, Map<String, byte[]> files, Map<String, Origin> origins,
                                   Map<String, Stylesheet> sheets) {
        Origin origin = origins.getOrDefault(path, new Origin(Optional.empty(), Optional.empty(), "page"));
        Stylesheet sheet = Stylesheet.EMPTY;
        for (Element link : document.select(STYLESHEETS)) {
            String target = resolve(path, link.attr("href"));
            if (target != null && files.containsKey(target)) {
                sheet = sheet.plus(sheets.computeIfAbsent(target, t -> Stylesheet.parse(new String(files.get(t), StandardCharsets.UTF_8))));
            }
        }
        List<Result> results = new ArrayList<>();
        for (A11yFinding finding : auditor.audit(document, sheet)) {
            SourcePosition position = locate(finding.element(), origin);
            Optional<AccessibilityWaivers.Waiver> waiver = waivers.find(finding.rule(), origin.contentPath().orElse(null), path,
                    finding.element());
            results.add(new Result(path, finding.rule(), position, finding.message() + " on " + path, finding.hint(), waiver));
        }
        return results;
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
    private List<Result> duplicateTitles(ParsedPages pages, Map<String, Origin> origins) {
        Map<String, String> firstByTitle = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Document> entry : pages.documents().entrySet()) {
            Document document = entry.getValue();
            if (document.selectFirst(REDIRECT) != null || document.selectFirst(NO_INDEX) != null) {
                continue;
            }
            Origin pageOrigin = origins.get(entry.getKey());
            if (pageOrigin != null && pageOrigin.layout().equals("languages")) {
                continue; // the language chooser carries the site's name in every language on purpose
            }
            Element html = document.selectFirst("html");
            String site = entry.getKey().substring(0, entry.getKey().indexOf('/') + 1) + (html == null ? "" : html.attr("lang")) + "|";
            String title = document.title().trim();
            if (title.isEmpty()) {
                continue;
            }
            String first = firstByTitle.putIfAbsent(site + title, entry.getKey());
            if (first != null) {
                Origin origin = origins.getOrDefault(entry.getKey(), new Origin(Optional.empty(), Optional.empty(), "page"));
                Element titleElement = document.selectFirst("title");
                SourcePosition position = origin.sourceFile().map(SourcePosition::of).orElseGet(() -> templates.locate(origin.layout(), titleElement));
                Optional<AccessibilityWaivers.Waiver> waiver = waivers.find(A11yRule.DUPLICATE_TITLE, origin.contentPath().orElse(null),
                        entry.getKey(), titleElement);
                results.add(new Result(entry.getKey(), A11yRule.DUPLICATE_TITLE, position, "title '" + title + "' of " + entry.getKey()
                        + " is also the title of " + first, "give the page a title of its own", waiver));
            }
        }
        return results;
    }

    /** An href of a page resolved to an output path, or null when it leaves the site or is absolute. */
    static String resolve(String page, String href) {
        String h = href.replaceFirst("[?#].*$", "");
        if (h.isEmpty() || h.contains("://") || h.startsWith("//")) {
            return null;
        }
        String site = page.substring(0, page.indexOf('/'));
        List<String> parts = new ArrayList<>();
        if (h.startsWith("/")) {
            parts.add(site);
        } else {
            String[] base = page.split("/");
            parts.addAll(List.of(base).subList(0, base.length - 1));
        }
        for (String segment : h.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.size() > 1) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }
}
