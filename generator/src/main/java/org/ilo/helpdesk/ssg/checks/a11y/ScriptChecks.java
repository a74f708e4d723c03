package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.List;

/** Behaviour written in the page's own scripts: keyboard traps, key shortcuts, motion, auto-updating text. */
final class ScriptChecks implements A11yCheck {

    @Override
    public void check(AuditedPage page, List<A11yFinding> findings) {
    }
}
