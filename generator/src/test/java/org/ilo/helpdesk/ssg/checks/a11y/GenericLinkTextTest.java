package org.ilo.helpdesk.ssg.checks.a11y;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GenericLinkTextTest {

    @Test
    void genericTextIsRecognisedWhateverItsCaseSpacesPunctuationAndSymbolsAtItsEnds() {
        for (String text : new String[] {"here", "Click HERE", "  click \t\n here ", "« Read more »", "→ more…", "(link)",
                "Lire la suite ›", "¿Leer más?", "「こちら」", "詳細 ▶", "more 👉", "$ details %"}) {
            assertTrue(LinkChecks.isGeneric(text), text);
        }
    }

    @Test
    void textThatSaysWhereTheLinkGoesIsNotGenericEvenWithGenericWordsInside() {
        for (String text : new String[] {"Read more about C087", "click-here", "here and there", "more—info", "", "…",
                "the text of the Forced Labour Convention, 1930 (No. 29) and its Protocol"}) {
            assertFalse(LinkChecks.isGeneric(text), text);
        }
    }
}
