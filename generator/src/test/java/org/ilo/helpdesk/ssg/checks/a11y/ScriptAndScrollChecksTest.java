package org.ilo.helpdesk.ssg.checks.a11y;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ScriptAndScrollChecksTest {

    private static Set<A11yRule> rules(String body) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>" + body + "</body></html>";
        return new Auditor(Auditor.Profile.WCAG).audit(Jsoup.parse(html), Stylesheet.EMPTY).stream()
                .map(A11yFinding::rule).collect(Collectors.toSet());
    }

    // ---- keyboard trap ---------------------------------------------------------------------------

    @Test
    void aFieldThatRefocusesItselfOnBlurIsATrap() {
        assertTrue(rules("<input id=q onblur=\"this.focus()\"><a href=/next>next</a>").contains(A11yRule.KEYBOARD_TRAP));
    }

    @Test
    void twoControlsHandingFocusToEachOtherWithoutAnExitKeyAreATrap() {
        String body = "<button id=a onblur=\"document.getElementById('b').focus()\">A</button>"
                + "<button id=b onblur=\"document.getElementById('a').focus()\">B</button><p>Press Escape to exit.</p>";
        assertTrue(rules(body).contains(A11yRule.KEYBOARD_TRAP));
    }

    @Test
    void aFocusRingWithAnExitKeyThatThePageExplainsIsNoTrap() {
        String body = "<div onkeydown=\"if (event.key === 'Escape') document.getElementById('out').focus()\">"
                + "<button id=a onblur=\"document.getElementById('b').focus()\">A</button>"
                + "<button id=b onblur=\"document.getElementById('a').focus()\">B</button></div>"
                + "<p>Press Escape to leave the editor.</p><a id=out href=/>out</a>";
        assertFalse(rules(body).contains(A11yRule.KEYBOARD_TRAP));
    }

    @Test
    void aBlurHandlerThatOnlyRestylesDoesNotTrap() {
        assertFalse(rules("<a href=/ onblur=\"this.classList.remove('lit')\">home</a>").contains(A11yRule.KEYBOARD_TRAP));
    }

    // ---- character key shortcut ------------------------------------------------------------------

    @Test
    void aPageWideListenerOnOneLetterIsAShortcutFailure() {
        String body = "<p>Inbox</p><script>document.addEventListener('keydown', e => { if (e.key === 'd') archive(); });</script>";
        assertTrue(rules(body).contains(A11yRule.CHARACTER_SHORTCUT));
    }

    @Test
    void aLetterShortcutThatChecksForCtrlIsFine() {
        String body = "<p>Inbox</p><script>document.addEventListener('keydown', function (e) {"
                + " if (e.ctrlKey && e.key === 'd') { archive(); } });</script>";
        assertFalse(rules(body).contains(A11yRule.CHARACTER_SHORTCUT));
    }

    @Test
    void aLetterShortcutWithASettingToTurnItOffIsFine() {
        String body = "<p>Inbox</p><label><input type=checkbox onchange=\"shortcutsEnabled = this.checked\" checked>"
                + " Single-key shortcuts</label>"
                + "<script>document.addEventListener('keydown', e => { if (e.key === 'd') archive(); });</script>";
        assertFalse(rules(body).contains(A11yRule.CHARACTER_SHORTCUT));
    }

    // ---- motion actuation ------------------------------------------------------------------------

    @Test
    void shakingToUndoWithNoButtonFails() {
        String body = "<p id=msg>Draft</p><script>window.addEventListener('devicemotion', function (e) {"
                + " document.getElementById('msg').textContent = ''; });</script>";
        assertTrue(rules(body).contains(A11yRule.MOTION_ACTUATION));
    }

    @Test
    void shakingToUndoWithAnUndoButtonPasses() {
        String body = "<p id=msg>Draft</p><button onclick=\"undo()\">Undo</button>"
                + "<script>window.addEventListener('devicemotion', function (e) { undo(); });</script>";
        assertFalse(rules(body).contains(A11yRule.MOTION_ACTUATION));
    }

    @Test
    void aMotionListenerThatOnlyCountsChangesNothing() {
        String body = "<p>Hello</p><script>let n = 0; window.addEventListener('deviceorientation', () => { n++ });</script>";
        assertFalse(rules(body).contains(A11yRule.MOTION_ACTUATION));
    }

    // ---- auto update -----------------------------------------------------------------------------

    @Test
    void aTickerRewrittenEverySecondWithoutPauseFails() {
        String body = "<h1>Markets</h1><p>Price: <span id=p>10</span></p><script>"
                + "setInterval(function () { document.getElementById('p').textContent = String(Math.random()); }, 1000);</script>";
        assertTrue(rules(body).contains(A11yRule.AUTO_UPDATE));
    }

    @Test
    void aTickerWithAPauseButtonPasses() {
        String body = "<h1>Markets</h1><p>Price: <span id=p>10</span></p><button onclick=\"clearInterval(t)\">Pause prices</button>"
                + "<script>const t = setInterval(function () { document.getElementById('p').textContent = '11'; }, 1000);</script>";
        assertFalse(rules(body).contains(A11yRule.AUTO_UPDATE));
    }

    @Test
    void aTimerThatOnlyChangesColourIsNotAnUpdateOfText() {
        String body = "<h1>Status</h1><p id=s>online</p>"
                + "<script>setInterval(() => { document.getElementById('s').style.color = 'green'; }, 500);</script>";
        assertFalse(rules(body).contains(A11yRule.AUTO_UPDATE));
    }

    @Test
    void aMarqueeNextToOtherTextFails() {
        assertTrue(rules("<h1>News</h1><marquee>Breaking: all quiet</marquee>").contains(A11yRule.AUTO_UPDATE));
    }

    // ---- scrollable regions ----------------------------------------------------------------------

    private static final String LONG = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ".repeat(12);

    @Test
    void aScrollingBoxWithOnlyTextAndNoTabStopFails() {
        assertTrue(rules("<div style=\"height: 60px; width: 300px; overflow-y: auto\"><p>" + LONG + "</p></div>")
                .contains(A11yRule.SCROLLABLE_REGION));
    }

    @Test
    void aScrollingBoxWithTabindexZeroPasses() {
        assertFalse(rules("<div tabindex=0 aria-label=Terms style=\"height: 60px; width: 300px; overflow-y: auto\"><p>" + LONG
                + "</p></div>").contains(A11yRule.SCROLLABLE_REGION));
    }

    @Test
    void aScrollingBoxHoldingALinkPasses() {
        assertFalse(rules("<div style=\"height: 60px; width: 300px; overflow: scroll\"><p>" + LONG + "<a href=/t>terms</a></p></div>")
                .contains(A11yRule.SCROLLABLE_REGION));
    }

    @Test
    void aScrollableBoxWhoseContentFitsIsNotARegion() {
        assertFalse(rules("<div style=\"height: 200px; width: 600px; overflow: auto\"><p>Short note.</p></div>")
                .contains(A11yRule.SCROLLABLE_REGION));
    }

    // ---- clipped text ----------------------------------------------------------------------------

    @Test
    void textInAFixedHeightHiddenBoxIsClippedWhenZoomed() {
        assertTrue(rules("<div style=\"overflow: hidden; height: 2em\">" + LONG + "</div>").contains(A11yRule.TEXT_CLIPPED));
    }

    @Test
    void unwrappedTextCutWithoutEllipsisIsClipped() {
        assertTrue(rules("<div style=\"overflow: hidden; white-space: nowrap; width: 120px\">" + LONG + "</div>")
                .contains(A11yRule.TEXT_CLIPPED));
    }

    @Test
    void unwrappedTextEndingInAnEllipsisIsAccepted() {
        assertFalse(rules("<div style=\"overflow: hidden; white-space: nowrap; text-overflow: ellipsis; width: 120px\">" + LONG + "</div>")
                .contains(A11yRule.TEXT_CLIPPED));
    }

    @Test
    void aBoxExactlyOneDeclaredLineHighClipsCleanly() {
        assertFalse(rules("<div style=\"overflow: hidden; height: 20px; line-height: 20px\">" + LONG + "</div>")
                .contains(A11yRule.TEXT_CLIPPED));
    }

    @Test
    void aHiddenOverflowBoxWithRoomToGrowDoesNotClip() {
        assertFalse(rules("<div style=\"overflow: hidden\">" + LONG + "</div>").contains(A11yRule.TEXT_CLIPPED));
    }

    @Test
    void visuallyHiddenTextIsNotReportedAsClipped() {
        assertFalse(rules("<a href=/>Next<span style=\"position: absolute; width: 1px; height: 1px; overflow: hidden\">: chapter 2</span></a>")
                .contains(A11yRule.TEXT_CLIPPED));
    }
}
