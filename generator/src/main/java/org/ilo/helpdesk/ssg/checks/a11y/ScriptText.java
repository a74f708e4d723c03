package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.Locale;

import org.jsoup.nodes.Element;

/** What a page's own scripts visibly do to an element, read from their text. */
final class ScriptText {

    private ScriptText() {
    }

    /** All inline script text of the page, lower case. */
    static String of(AuditedPage page) {
        return page.scriptText();
    }

    /** Whether focusing the element runs a handler that sends focus elsewhere (a focus sentinel). */
    static boolean movesFocusAway(AuditedPage page, Element e) {
        if (Attr.get(e, "onfocus").contains("focus(")) {
            return true;
        }
        String id = e.id().toLowerCase(Locale.ROOT);
        if (id.isEmpty()) {
            return false;
        }
        String scripts = of(page);
        int at = scripts.indexOf("'" + id + "'");
        if (at < 0) {
            at = scripts.indexOf("\"" + id + "\"");
        }
        if (at < 0) {
            return false;
        }
        String after = scripts.substring(at, Math.min(scripts.length(), at + 200));
        return after.contains("'focus'") || after.contains("\"focus\"") || after.contains(".onfocus");
    }

    /** Whether the page's scripts attach a shadow root, whose content a static check cannot see. */
    static boolean usesShadowDom(AuditedPage page) {
        return of(page).contains("attachshadow");
    }
}
