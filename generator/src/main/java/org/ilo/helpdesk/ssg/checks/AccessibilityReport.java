package org.ilo.helpdesk.ssg.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import org.jsoup.nodes.Entities;

/**
 * The accessibility results for people and for CI: an HTML page, a JSON file and JUnit XML (one test
 * case per page, a failure per finding, so CI systems list them as test failures). Waived findings
 * are listed with their reasons and do not fail.
 */
public final class AccessibilityReport {

    private final List<AccessibilityCheck.Result> results;
    private final List<String> pages;
    private final Path base;

    /**
     * @param pages every page checked, in order
     * @param base  the site root, to print source paths relative to it
     */
    public AccessibilityReport(List<AccessibilityCheck.Result> results, List<String> pages, Path base) {
        this.results = List.copyOf(results);
        this.pages = List.copyOf(pages);
        this.base = base;
    }

    public long errors() {
        return results.stream().filter(r -> r.waiver().isEmpty()).count();
    }

    public long waived() {
        return results.stream().filter(r -> r.waiver().isPresent()).count();
    }

    private String where(AccessibilityCheck.Result r) {
        return r.position().format(base);
    }

    public String json() {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (AccessibilityCheck.Result r : results) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("page", r.page());
            entry.put("source", where(r));
            entry.put("rule", r.rule().code());
            entry.put("sc", r.rule().criterion());
            entry.put("level", r.rule().level());
            entry.put("message", r.message());
            entry.put("hint", r.hint());
            r.waiver().ifPresent(w -> entry.put("waived", w.reason()));
            findings.add(entry);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("pagesChecked", pages.size());
        report.put("errors", errors());
        report.put("waived", waived());
        report.put("findings", findings);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(report) + "\n";
    }

    public String junitXml() {
        Map<String, List<AccessibilityCheck.Result>> byPage = new TreeMap<>();
        results.forEach(r -> byPage.computeIfAbsent(r.page(), p -> new ArrayList<>()).add(r));
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuite name=\"accessibility (WCAG 2.1 AA)\" tests=\"").append(pages.size()).append("\" failures=\"")
                .append(byPage.values().stream().filter(l -> l.stream().anyMatch(r -> r.waiver().isEmpty())).count())
                .append("\" errors=\"0\" skipped=\"0\">\n");
        for (String page : pages) {
            out.append("  <testcase classname=\"accessibility\" name=\"").append(xml(page)).append("\"");
            List<AccessibilityCheck.Result> found = byPage.getOrDefault(page, List.of());
            if (found.isEmpty()) {
                out.append("/>\n");
                continue;
            }
            out.append(">\n");
            StringBuilder waivedText = new StringBuilder();
            for (AccessibilityCheck.Result r : found) {
                String line = where(r) + ": [" + r.rule().code() + "] (WCAG " + r.rule().criterion() + " " + r.rule().level() + ") "
                        + r.message();
                if (r.waiver().isPresent()) {
                    waivedText.append("waived: ").append(line).append(" (reason: ").append(r.waiver().get().reason()).append(")\n");
                } else {
                    out.append("    <failure type=\"").append(r.rule().code()).append("\" message=\"").append(xml(line)).append("\">")
                            .append(xml(line + "\nhint: " + r.hint())).append("</failure>\n");
                }
            }
            if (!waivedText.isEmpty()) {
                out.append("    <system-out>").append(xml(waivedText.toString())).append("</system-out>\n");
            }
            out.append("  </testcase>\n");
        }
        out.append("</testsuite>\n");
        return out.toString();
    }

    public String html() {
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Accessibility report</title>
                <style>body{font-family:system-ui,sans-serif;margin:1rem 2rem;color:#222}table{border-collapse:collapse}
                th,td{border:1px solid #888;padding:.3rem .5rem;text-align:start;vertical-align:top}th{background:#eef}</style>
                </head>
                <body>
                <main>
                <h1>Accessibility report (WCAG 2.1 AA)</h1>
                """);
        out.append("<p>").append(pages.size()).append(" pages checked: ").append(errors()).append(" errors, ").append(waived())
                .append(" waived.</p>\n");
        Map<String, Integer> perRule = new TreeMap<>();
        results.stream().filter(r -> r.waiver().isEmpty()).forEach(r -> perRule.merge(r.rule().code(), 1, Integer::sum));
        if (!perRule.isEmpty()) {
            out.append("<h2>Errors by rule</h2>\n<table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Errors</th></tr></thead><tbody>\n");
            perRule.forEach((rule, n) -> out.append("<tr><td>").append(rule).append("</td><td>").append(n).append("</td></tr>\n"));
            out.append("</tbody></table>\n");
        }
        section(out, "Errors", results.stream().filter(r -> r.waiver().isEmpty()).toList(), false);
        section(out, "Waived", results.stream().filter(r -> r.waiver().isPresent()).toList(), true);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void section(StringBuilder out, String title, List<AccessibilityCheck.Result> list, boolean waivedColumn) {
        out.append("<h2>").append(title).append("</h2>\n");
        if (list.isEmpty()) {
            out.append("<p>None.</p>\n");
            return;
        }
        out.append("<table><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Rule</th><th scope=\"col\">WCAG</th>")
                .append("<th scope=\"col\">Problem</th><th scope=\"col\">").append(waivedColumn ? "Reason" : "How to fix")
                .append("</th></tr></thead><tbody>\n");
        for (AccessibilityCheck.Result r : list) {
            out.append("<tr><td>").append(Entities.escape(where(r))).append("</td><td>").append(r.rule().code()).append("</td><td>")
                    .append(r.rule().criterion()).append(' ').append(r.rule().level()).append("</td><td>").append(Entities.escape(r.message()))
                    .append("</td><td>").append(Entities.escape(waivedColumn ? r.waiver().get().reason() : r.hint())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
