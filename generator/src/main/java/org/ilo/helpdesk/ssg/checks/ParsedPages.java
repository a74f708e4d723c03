package org.ilo.helpdesk.ssg.checks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.ilo.helpdesk.ssg.checks.a11y.Attr;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The generated HTML pages, each parsed once, in parallel, and kept only as the facts the site-wide
 * checks need (ids, links, alternates, title). Checks that need the whole page run on its DOM while
 * it is parsed; the DOM is then dropped, so a large site is never held in memory as DOMs.
 */
public final class ParsedPages {

    /** A link or resource reference: its URL, and whether it leads to a page (not a file the page loads). */
    public record Link(String url, boolean pageLink) {
    }

    /** What the site-wide checks need of one page. */
    public record Facts(Set<String> ids, List<Link> links, String canonical, Map<String, String> alternates, String title,
                        String language, boolean redirectOrNoIndex) {
    }


    private final Map<String, Facts> facts;

    private ParsedPages(Map<String, Facts> facts) {
        this.facts = facts;
    }

    /** Parses every {@code .html} file of {@code files} (path → bytes). */
    public static ParsedPages of(Map<String, byte[]> files) {
        return of(files, (path, document) -> {
        });
    }

    /**
     * Parses every {@code .html} file and hands each DOM to {@code visitor} (in parallel, from several
     * threads) before keeping only its facts.
     */
    public static ParsedPages of(Map<String, byte[]> files, BiConsumer<String, Document> visitor) {
        Map<String, Facts> parsed = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().filter(f -> f.getKey().endsWith(".html")).forEach(f -> {
            Document document = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
            parsed.put(f.getKey(), facts(document));
            visitor.accept(f.getKey(), document);
        });
        return new ParsedPages(new TreeMap<>(parsed));
    }

    /** Pages already reduced to their facts, by path. */
    public static ParsedPages ofFacts(Map<String, Facts> facts) {
        return new ParsedPages(new TreeMap<>(facts));
    }

    /** What the site-wide checks need of a page, read in one walk of it. */
    public static Facts facts(Document document) {
        Set<String> ids = new java.util.HashSet<>();
        List<Link> links = new ArrayList<>();
        String canonical = null;
        Map<String, String> alternates = new LinkedHashMap<>();
        String language = null;
        boolean excluded = false;
        for (Element element : document.getAllElements()) {
            String id = element.id();
            if (!id.isEmpty()) {
                ids.add(id);
            }
            String tag = element.normalName();
            switch (tag) {
                case "a", "area" -> {
                    if (tag.equals("a") && Attr.has(element, "name")) {
                        ids.add(Attr.get(element, "name"));
                    }
                    if (Attr.has(element, "href")) {
                        links.add(new Link(Attr.get(element, "href"), true));
                    }
                }
                case "link" -> {
                    String rel = Attr.get(element, "rel").trim();
                    boolean alternate = rel.equalsIgnoreCase("alternate");
                    boolean isCanonical = rel.equalsIgnoreCase("canonical");
                    if (Attr.has(element, "href")) {
                        links.add(new Link(Attr.get(element, "href"), alternate || isCanonical));
                    }
                    if (isCanonical && canonical == null) {
                        canonical = Attr.get(element, "href");
                    }
                    if (alternate && Attr.has(element, "hreflang")) {
                        alternates.put(Attr.get(element, "hreflang"), Attr.get(element, "href"));
                    }
                }
                case "img", "script", "source", "iframe" -> {
                    if (Attr.has(element, "src")) {
                        links.add(new Link(Attr.get(element, "src"), false));
                    }
                }
                case "html" -> language = language == null ? Attr.get(element, "lang") : language;
                case "meta" -> excluded |= Attr.get(element, "http-equiv").trim().equalsIgnoreCase("refresh")
                        || Attr.get(element, "name").trim().equalsIgnoreCase("robots")
                        && Attr.get(element, "content").toLowerCase(java.util.Locale.ROOT).contains("noindex");
                default -> {
                }
            }
        }
        return new Facts(Set.copyOf(ids), List.copyOf(links), canonical, java.util.Collections.unmodifiableMap(alternates),
                document.title().trim(), language == null ? "" : language, excluded);
    }

    /** Every page's facts by path, in path order. */
    public Map<String, Facts> pages() {
        return facts;
    }
}
