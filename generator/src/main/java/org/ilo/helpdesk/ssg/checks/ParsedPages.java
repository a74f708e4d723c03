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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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

    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator NAMED_ANCHORS = QueryParser.parse("a[name]");
    private static final Evaluator LINKS = QueryParser.parse("a[href], link[href], img[src], script[src], source[src], iframe[src], area[href]");
    private static final Evaluator PAGE_LINKS = QueryParser.parse("a, area, link[rel=alternate], link[rel=canonical]");
    private static final Evaluator ALTERNATES = QueryParser.parse("link[rel=alternate][hreflang]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator REDIRECT = QueryParser.parse("meta[http-equiv=refresh]");
    private static final Evaluator NO_INDEX = QueryParser.parse("meta[name=robots][content*=noindex]");

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

    private static Facts facts(Document document) {
        Set<String> ids = new java.util.HashSet<>();
        document.select(WITH_ID).forEach(e -> ids.add(e.id()));
        document.select(NAMED_ANCHORS).forEach(e -> ids.add(e.attr("name")));
        List<Link> links = new ArrayList<>();
        for (Element element : document.select(LINKS)) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            links.add(new Link(element.attr(attribute), element.is(PAGE_LINKS)));
        }
        Element canonical = document.selectFirst(CANONICAL);
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element link : document.select(ALTERNATES)) {
            alternates.put(link.attr("hreflang"), link.attr("href"));
        }
        Element html = document.selectFirst("html");
        boolean excluded = document.selectFirst(REDIRECT) != null || document.selectFirst(NO_INDEX) != null;
        return new Facts(Set.copyOf(ids), List.copyOf(links), canonical == null ? null : canonical.attr("href"),
                java.util.Collections.unmodifiableMap(alternates), document.title().trim(), html == null ? "" : html.attr("lang"), excluded);
    }

    /** Every page's facts by path, in path order. */
    public Map<String, Facts> pages() {
        return facts;
    }
}
