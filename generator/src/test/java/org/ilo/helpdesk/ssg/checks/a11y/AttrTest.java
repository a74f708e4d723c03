package org.ilo.helpdesk.ssg.checks.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AttrTest {

    private final Document page = Jsoup.parse("<div ROLE=Button Aria-Label=Close><svg viewBox='0 0 1 1' Role=img>"
            + "<title>Logo</title></svg><math DefinitionURL=x></math><p>plain</p></div>");

    @Test
    void attributesOfHtmlElementsAreFoundByTheirLowerCaseNamesWhateverCaseTheAuthorWrote() {
        Element div = page.selectFirst("div");
        assertEquals("Button", Attr.get(div, "role"));
        assertEquals("Close", Attr.get(div, "aria-label"));
        assertTrue(Attr.has(div, "aria-label"));
    }

    @Test
    void attributesInsideSvgAndMathmlAreFoundThoughTheParserKeepsTheirCase() {
        Element svg = page.selectFirst("svg");
        assertEquals("img", Attr.get(svg, "role"));
        assertTrue(Attr.has(svg, "viewbox"));
        assertEquals("x", Attr.get(page.selectFirst("math"), "definitionurl"));
    }

    @Test
    void aMissingAttributeIsEmptyAndAbsentAsWithJsoupsOwnLookups() {
        Element p = page.selectFirst("p");
        assertEquals("", Attr.get(p, "role"));
        assertFalse(Attr.has(p, "role"));
        assertEquals(p.attr("role"), Attr.get(p, "role"));
    }

    @Test
    void wholeNumbersInAsciiDigitsAreReadAsIntegerParseIntReadsThemAndAnythingElseIsEmptyInsteadOfAnException() {
        for (String value : new String[] {"2", " 3 ", "+4", "-1", "0", "007", "2147483647", "-2147483648"}) {
            assertEquals(java.util.OptionalInt.of(Integer.parseInt(value.trim())), Attr.integer(value), value);
        }
        for (String value : new String[] {"", "  ", "-", "+", "2x", "1.5", "2147483648", "99999999999", "\u0662", "- 1"}) {
            assertTrue(Attr.integer(value).isEmpty(), value);
        }
    }
}
