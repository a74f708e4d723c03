package org.ilo.helpdesk.ssg.checks.a11y;

import org.jsoup.nodes.Element;

/**
 * One accessibility problem on a page: the rule it breaks, the element it is on (to locate it in the
 * source), what is wrong and how to fix it.
 */
public record A11yFinding(A11yRule rule, Element element, String message, String hint) {
}
