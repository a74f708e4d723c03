package org.ilo.helpdesk.ssg.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Raw HTML in Markdown is allowed only from a safe list: editors may mark a passage's language or
 * build a table by hand, never run script or load from elsewhere.
 */
final class RawHtmlGuard {

    static final Set<String> ALLOWED_TAGS = Set.of("a", "abbr", "aside", "b", "bdi", "bdo", "blockquote", "br", "button", "caption",
            "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
            "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q",
            "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
            "th", "thead", "time", "tr", "u", "ul", "var", "wbr");
    private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("id", "class", "lang", "dir", "title", "style", "role",
            "hidden", "translate", "tabindex");
    private static final Set<String> TAG_ATTRIBUTES = Set.of("href", "hreflang", "rel", "src", "alt", "width", "height",
            "loading", "colspan", "rowspan", "headers", "scope", "start", "reversed", "type", "datetime", "open", "cite");
    private static final Pattern TAG_NAME = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)");
    private static final Pattern UNSAFE_URL = Pattern.compile("^\\s*(javascript|vbscript|data):", Pattern.CASE_INSENSITIVE);

    private RawHtmlGuard() {
    }

    static void check(String html, SourcePosition position, Diagnostics diagnostics) {
        Matcher names = TAG_NAME.matcher(html);
        while (names.find()) {
            String tag = names.group(1).toLowerCase(Locale.ROOT);
            if (!ALLOWED_TAGS.contains(tag)) {
                diagnostics.error("markdown.unsafe-html", position, "raw HTML element <" + tag + "> is not allowed",
                        "write it in Markdown; raw HTML may only use text-level and table elements such as span, abbr, table (see README)");
                return;
            }
        }
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    diagnostics.error("markdown.unsafe-html", position, "event handler attribute '" + name + "' is not allowed",
                            "remove it: pages run no script");
                } else if (!GLOBAL_ATTRIBUTES.contains(name) && !TAG_ATTRIBUTES.contains(name)
                        && !name.startsWith("aria-") && !name.startsWith("data-")) {
                    diagnostics.error("markdown.unsafe-html", position, "attribute '" + name + "' is not allowed on <"
                            + element.tagName() + ">", "remove the attribute");
                } else if ((name.equals("href") || name.equals("src") || name.equals("cite")) && isUnsafeUrl(attribute.getValue())) {
                    diagnostics.error("markdown.unsafe-html", position, "'" + name + "' may not use a " + scheme(attribute.getValue())
                            + ": URL", "link to a page or an https: address");
                }
            }
        }
    }

    static boolean isUnsafeUrl(String url) {
        return UNSAFE_URL.matcher(url).find();
    }

    private static String scheme(String url) {
        return url.strip().substring(0, url.strip().indexOf(':')).toLowerCase(Locale.ROOT);
    }
}
