package org.ilo.helpdesk.ssg.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypographyTest {

    @Test
    void englishGetsCurlyQuotesAndApostrophes() {
        assertEquals("“Decent work” isn’t optional", Typography.forLanguage("en").apply("\"Decent work\" isn't optional"));
    }

    @Test
    void frenchGetsGuillemetsWithNarrowNoBreakSpacesAndSpaceBeforeHighPunctuation() {
        assertEquals("«\u202Fplancher\u202F» : est-ce suffisant\u202F?".replace(" :", "\u00A0:"),
                Typography.forLanguage("fr").apply("\"plancher\" : est-ce suffisant ?"));
    }

    @Test
    void frenchGuillemetsTypedWithOrdinarySpacesGetNarrowOnes() {
        assertEquals("un «\u202Fplancher\u202F»", Typography.forLanguage("fr").apply("un « plancher »"));
    }

    @Test
    void frenchGuillemetsTypedWithoutSpacesGetNarrowOnes() {
        assertEquals("un «\u202Fplancher\u202F»", Typography.forLanguage("fr").apply("un «plancher»"));
    }

    @Test
    void spanishGetsAngleQuotesWithoutSpaces() {
        assertEquals("el «salario vital»", Typography.forLanguage("es").apply("el \"salario vital\""));
    }

    @Test
    void japaneseGetsCornerBrackets() {
        assertEquals("「生活賃金」とは", Typography.forLanguage("ja").apply("\"生活賃金\"とは"));
    }

    @Test
    void aRegionalLanguageTagUsesItsLanguageRules() {
        assertEquals("«\u202Foui\u202F»", Typography.forLanguage("fr-CH").apply("\"oui\""));
    }
}
