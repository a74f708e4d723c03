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

    private static boolean isHtml(Element element) {
        return Parser.NamespaceHtml.equals(element.tag().namespace());
    }
}
