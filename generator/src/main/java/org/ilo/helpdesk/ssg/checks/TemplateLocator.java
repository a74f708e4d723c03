package org.ilo.helpdesk.ssg.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.templates.Theme;
import org.jsoup.nodes.Element;

/**
 * Finds the theme template that wrote an element of a generated page: the layout, the base layout
 * it extends and the partials they include are searched for the element's start tag with its class
 * (or id, or ARIA attributes); the first match gives file, line and column. An element without them is
 * found by its start tag when the templates write that tag only once; else the layout file itself is named.
 */
public final class TemplateLocator {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*[<>]\\s*(/?[\\w./-]+)\\s*\\}\\}");

    private final Theme theme;
    private final Map<String, List<Map.Entry<String, String>>> templates = new ConcurrentHashMap<>();
    /** By layout and tag: a theme fault repeats on every page the layout writes, so the search is done once. */
    private final Map<String, SourcePosition> byTag = new ConcurrentHashMap<>();

    public TemplateLocator(Theme theme) {
        this.theme = theme;
    }

    public SourcePosition locate(String layout, Element element) {
        List<Map.Entry<String, String>> files = templates.computeIfAbsent(layout, this::load);
        String tag = element.normalName();
        List<Pattern> signatures = new ArrayList<>();
        for (String cls : element.classNames()) {
            signatures.add(Pattern.compile("<" + Pattern.quote(tag) + "\\b[^>]*class=\"[^\"]*\\b" + Pattern.quote(cls) + "\\b"));
        }
        if (!element.id().isEmpty()) {
            signatures.add(Pattern.compile("<" + Pattern.quote(tag) + "\\b[^>]*id=\"" + Pattern.quote(element.id()) + "\""));
        }
        for (Map.Entry<String, String> attribute : List.copyOf(element.attributes().asList().stream()
                .filter(a -> a.getKey().startsWith("aria-") || a.getKey().equals("role") || a.getKey().equals("rel"))
                .map(a -> Map.entry(a.getKey(), a.getValue())).toList())) {
            signatures.add(Pattern.compile("<" + Pattern.quote(tag) + "\\b[^>]*" + Pattern.quote(attribute.getKey()) + "=\""
                    + Pattern.quote(attribute.getValue()) + "\""));
        }
        for (Pattern signature : signatures) {
            for (Map.Entry<String, String> file : files) {
                Matcher m = signature.matcher(file.getValue());
                if (m.find()) {
                    return position(file.getKey(), file.getValue(), m.start());
                }
            }
        }
        // an element without class, id or ARIA attributes is found by its tag, if the templates write that tag once only
        return byTag.computeIfAbsent(layout + " " + tag, key -> onlyStartTag(files, tag)
                .orElseGet(() -> SourcePosition.of(Path.of(theme.describe("layouts/" + layout + ".mustache")))));
    }

    /** The position of the one start tag {@code <tag} in the files, if there is exactly one. */
    private static Optional<SourcePosition> onlyStartTag(List<Map.Entry<String, String>> files, String tag) {
        Pattern startTag = Pattern.compile("<" + Pattern.quote(tag) + "[\\s/>]");
        SourcePosition only = null;
        for (Map.Entry<String, String> file : files) {
            Matcher m = startTag.matcher(file.getValue());
            while (m.find()) {
                if (only != null) {
                    return Optional.empty();
                }
                only = position(file.getKey(), file.getValue(), m.start());
            }
        }
        return Optional.ofNullable(only);
    }

    private static SourcePosition position(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(Path.of(file), line, offset - lineStart + 1);
    }

    /** The layout, then what it includes and extends, breadth first: file description and text. */
    private List<Map.Entry<String, String>> load(String layout) {
        Map<String, String> found = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(List.of("layouts/" + layout + ".mustache"));
        try {
            while (!queue.isEmpty()) {
                String path = queue.remove(0);
                if (found.containsKey(path)) {
                    continue;
                }
                Optional<String> text = theme.readText(path);
                if (text.isEmpty()) {
                    continue;
                }
                found.put(path, text.get());
                Matcher m = REFERENCE.matcher(text.get());
                while (m.find()) {
                    String name = m.group(1);
                    queue.add(name.startsWith("/") ? name.substring(1) + ".mustache" : "layouts/" + name + ".mustache");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map.Entry<String, String>> out = new ArrayList<>();
        found.forEach((path, text) -> out.add(Map.entry(theme.describe(path), text)));
        return out;
    }
}
