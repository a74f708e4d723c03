package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jsoup.nodes.Document;

/**
 * Runs every accessibility rule over a page. Stateless and shareable between threads: each call
 * works out the page's styles and accessibility tree afresh.
 */
public final class Auditor {

    /**
     * Which rules run. {@code WCAG} runs those whose failure is a WCAG 2.1 A/AA failure on any page;
     * {@code SITE} adds the site's own policies (every page has a level-one heading and a data table
     * has header cells), which hold for this generator's pages but not for every page on the web.
     */
    public enum Profile { WCAG, SITE }

    private static final java.util.Set<A11yRule> SITE_ONLY = java.util.EnumSet.of(A11yRule.PAGE_HEADING, A11yRule.TABLE_HEADERS,
            A11yRule.DUPLICATE_TITLE);

    private final Profile profile;

    public Auditor(Profile profile) {
        this.profile = profile;
    }

    private static final List<A11yCheck> CHECKS = List.of(
            new TextAlternativeChecks(), new StructureChecks(), new DocumentChecks(), new LinkChecks(),
            new NameChecks(), new AriaChecks(), new PresentationChecks(), new ScriptChecks());

    /** The findings on {@code document} in document order, styled by {@code stylesheet} and its own style elements. */
    public List<A11yFinding> audit(Document document, Stylesheet stylesheet) {
        AuditedPage page = new AuditedPage(document, stylesheet);
        List<A11yFinding> findings = new ArrayList<>();
        try {
            for (A11yCheck check : CHECKS) {
                check.check(page, findings);
            }
        } finally {
            page.styles().release();
        }
        if (profile == Profile.WCAG) {
            findings.removeIf(f -> SITE_ONLY.contains(f.rule()));
        }
        List<org.jsoup.nodes.Element> order = page.elements();
        java.util.Map<org.jsoup.nodes.Element, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        findings.sort(Comparator.comparingInt((A11yFinding f) -> index.getOrDefault(f.element(), 0))
                .thenComparing(f -> f.rule().ordinal()));
        return findings;
    }
}
