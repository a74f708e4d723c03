package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.List;

/** A group of related rules run over one page. */
@FunctionalInterface
public interface A11yCheck {
    void check(AuditedPage page, List<A11yFinding> findings);
}
