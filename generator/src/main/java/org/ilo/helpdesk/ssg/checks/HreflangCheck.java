package org.ilo.helpdesk.ssg.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Checks the {@code hreflang} alternates of generated pages as a search engine reads them: every
 * alternate leads to a generated page, that page lists the same set back (reciprocity), the set
 * includes the page itself, and {@code x-default} is present whenever there are alternates.
 */
public final class HreflangCheck {

    /** A page whose alternates a search engine would ignore or misread. */
    public record Problem(String file, String reason) {
    }


    private final List<SiteTarget> sites;

    public HreflangCheck(List<SiteTarget> sites) {
        this.sites = List.copyOf(sites);
    }

    public List<Problem> check(Map<String, byte[]> files) {
        return check(ParsedPages.of(files));
    }

    public List<Problem> check(ParsedPages pages) {
        Map<String, Map<String, String>> alternatesByUrl = new HashMap<>();
        Map<String, String> fileByUrl = new HashMap<>();
        for (Map.Entry<String, ParsedPages.Facts> file : pages.pages().entrySet()) {
            if (!file.getKey().endsWith("index.html")) {
                continue;
            }
            String canonical = file.getValue().canonical();
            String url = url(file.getKey());
            if (url == null || canonical == null || !canonical.equals(url)) {
                continue;
            }
            alternatesByUrl.put(url, new HashMap<>(file.getValue().alternates()));
            fileByUrl.put(url, file.getKey());
        }
        // pages are compared side by side; the problems come back in URL order all the same
        return new java.util.TreeMap<>(alternatesByUrl).entrySet().parallelStream().flatMap(page -> {
            Map<String, String> alternates = page.getValue();
            String file = fileByUrl.get(page.getKey());
            List<Problem> problems = new ArrayList<>();
            if (alternates.isEmpty()) {
                return problems.stream();
            }
            if (!alternates.containsKey("x-default")) {
                problems.add(new Problem(file, "alternates without x-default"));
            }
            if (!alternates.containsValue(page.getKey())) {
                problems.add(new Problem(file, "alternates do not include the page itself"));
            }
            for (Map.Entry<String, String> alternate : alternates.entrySet()) {
                Map<String, String> theirs = alternatesByUrl.get(alternate.getValue());
                if (theirs == null) {
                    problems.add(new Problem(file, "alternate " + alternate.getKey() + " leads to no generated page: " + alternate.getValue()));
                } else if (!theirs.equals(alternates)) {
                    problems.add(new Problem(file, "alternate " + alternate.getKey() + " does not list the same alternates back"));
                }
            }
            return problems.stream();
        }).toList();
    }

    /** The published URL of a generated file, or null when its site has no absolute base URL. */
    private String url(String file) {
        String siteName = file.substring(0, file.indexOf('/'));
        return sites.stream().filter(s -> s.name().equals(siteName)).findFirst()
                .map(s -> s.baseUrl() + withoutIndex(file.substring(siteName.length() + 1)))
                .orElse(null);
    }

    private static String withoutIndex(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }
}
