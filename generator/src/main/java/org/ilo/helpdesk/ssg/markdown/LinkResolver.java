package org.ilo.helpdesk.ssg.markdown;

import java.util.Map;

import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;

/**
 * Turns a destination written in Markdown ({@code ../qa/wages.md#living-wage}) into the href of the
 * rendered page, and reports destinations that lead nowhere. Supplied by the stage that knows every page.
 */
@FunctionalInterface
public interface LinkResolver {

    /**
     * The resolved link: its href, any attributes it needs (such as {@code hreflang}), and a visible
     * marker to show after it (such as "(in English)") when it leads to a page in another language.
     */
    record ResolvedLink(String href, Map<String, String> attributes, String marker) {
        public ResolvedLink {
            // Insertion order, not Map.copyOf: attribute order must be the same on every build.
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        }

        public static ResolvedLink of(String href) {
            return new ResolvedLink(href, Map.of(), "");
        }
    }

    ResolvedLink resolve(String destination, boolean image, SourcePosition position);
}
