package org.ilo.helpdesk.ssg.checks;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The generated HTML pages parsed once, in parallel, for every check that reads them. */
public final class ParsedPages {

    private final Map<String, Document> documents;

    private ParsedPages(Map<String, Document> documents) {
        this.documents = documents;
    }

    /** Parses every {@code .html} file of {@code files} (path → bytes). */
    public static ParsedPages of(Map<String, byte[]> files) {
        Map<String, Document> parsed = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().filter(f -> f.getKey().endsWith(".html"))
                .forEach(f -> parsed.put(f.getKey(), Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8))));
        return new ParsedPages(new TreeMap<>(parsed));
    }

    /** Every page by path, in path order. */
    public Map<String, Document> documents() {
        return documents;
    }
}
