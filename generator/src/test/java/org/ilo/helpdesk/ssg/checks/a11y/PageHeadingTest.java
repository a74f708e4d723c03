package org.ilo.helpdesk.ssg.checks.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageHeadingTest {

    private static List<A11yFinding> findings(Auditor.Profile profile, String body) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Working time</title></head><body>" + body + "</body></html>";
        return new Auditor(profile).audit(Jsoup.parse(html), Stylesheet.EMPTY).stream()
                .filter(f -> f.rule() == A11yRule.PAGE_HEADING).toList();
    }

    private static boolean lacksHeading(String body) {
        return !findings(Auditor.Profile.SITE, body).isEmpty();
    }

    @Test
    void aPageWhoseHeadingsStartAtLevelTwoBreaksTheSitePolicyOnItsFirstHeading() {
        List<A11yFinding> found = findings(Auditor.Profile.SITE,
                "<main><p>Hours of work.</p><h2>Working time</h2><h3>Night work</h3><h2>Rest</h2></main>");
        assertEquals(1, found.size());
        assertEquals("Working time", found.get(0).element().text());
        assertEquals("the page has no level-one heading; its first heading is level 2", found.get(0).message());
    }

    @Test
    void aPageWithoutAnyHeadingBreaksTheSitePolicyOnItsBody() {
        List<A11yFinding> found = findings(Auditor.Profile.SITE, "<main><p>Hours of work.</p></main>");
        assertEquals(1, found.size());
        assertEquals("body", found.get(0).element().normalName());
        assertEquals("the page has no level-one heading", found.get(0).message());
    }

    @Test
    void theWcagProfileLeavesTheLevelOneHeadingToTheSitesPolicy() {
        assertTrue(findings(Auditor.Profile.WCAG, "<main><h2>Working time</h2></main>").isEmpty());
    }

    @Test
    void anH1OrAnAriaHeadingAtLevelOneHeadsThePage() {
        assertFalse(lacksHeading("<main><h1>Working time</h1></main>"));
        assertFalse(lacksHeading("<main><div role=\"heading\" aria-level=\"1\">Working time</div></main>"));
    }

    @Test
    void aLevelOneHeadingThatIsHiddenOrEmptyDoesNotCount() {
        assertTrue(lacksHeading("<main><h1 aria-hidden=\"true\">Working time</h1><p>Hours.</p></main>"));
        assertTrue(lacksHeading("<main><h1 hidden>Working time</h1><p>Hours.</p></main>"));
        assertTrue(lacksHeading("<main><h1></h1><p>Hours.</p></main>"));
        assertTrue(lacksHeading("<main><h2 aria-level=\"1x\">Working time</h2></main>"));
    }

    @Test
    void anEmptyBodyIsNoPageToHead() {
        assertFalse(lacksHeading(""));
    }
}
