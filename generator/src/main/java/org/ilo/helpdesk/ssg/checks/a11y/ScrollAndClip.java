package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.List;

import org.jsoup.nodes.Element;

/** Scrollable regions reachable by keyboard (2.1.1) and text not clipped when zoomed (1.4.4). */
final class ScrollAndClip {

    private ScrollAndClip() {
    }

    static void scrollable(AuditedPage page, Styles styles, Element e, List<A11yFinding> findings) {
    }

    static void clipped(AuditedPage page, Styles styles, Element e, List<A11yFinding> findings) {
    }
}
