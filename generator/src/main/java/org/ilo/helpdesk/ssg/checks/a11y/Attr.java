package org.ilo.helpdesk.ssg.checks.a11y;

import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Attribute lookups by exact name on HTML elements. jsoup's {@code attr} and {@code hasAttr} compare
 * names ignoring case, which HTML elements do not need: jsoup's parser writes their attribute names in
 * lower case, and the checks ask for lower-case names. Inside SVG and MathML jsoup keeps the case the
 * author wrote ({@code Role="img"}), which a browser would lower, so there case is still ignored.
 * Checking a page asks for attributes thousands of times.
 */
public final class Attr {

    private Attr() {
    }

    /** The attribute's value, or "" when the element does not have it. */
    public static String get(Element element, String lowerCaseName) {
        if (element.attributesSize() == 0) {
            return "";
        }
        return isHtml(element) ? element.attributes().get(lowerCaseName) : element.attributes().getIgnoreCase(lowerCaseName);
    }

    public static boolean has(Element element, String lowerCaseName) {
        if (element.attributesSize() == 0) {
            return false;
        }
        return isHtml(element) ? element.attributes().hasKey(lowerCaseName) : element.attributes().hasKeyIgnoreCase(lowerCaseName);
    }

    /**
     * The whole number {@code value} writes, trimmed, in ASCII digits with an optional sign, as
     * {@link Integer#parseInt} reads it (which also reads other scripts' digits, not numbers in HTML);
     * empty where that would throw: most cells have no {@code rowspan}, and an exception for each of
     * them cost more than checking the table.
     */
    public static java.util.OptionalInt integer(String value) {
        String v = value.trim();
        int start = !v.isEmpty() && (v.charAt(0) == '-' || v.charAt(0) == '+') ? 1 : 0;
        if (v.length() == start || v.length() - start > 10) {
            return java.util.OptionalInt.empty();
        }
        for (int i = start; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return java.util.OptionalInt.empty();
            }
        }
        long n = Long.parseLong(v);
        return n < Integer.MIN_VALUE || n > Integer.MAX_VALUE ? java.util.OptionalInt.empty() : java.util.OptionalInt.of((int) n);
    }

    private static boolean isHtml(Element element) {
        return Parser.NamespaceHtml.equals(element.tag().namespace());
    }
}
