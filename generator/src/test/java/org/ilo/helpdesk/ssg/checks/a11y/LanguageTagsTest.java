package org.ilo.helpdesk.ssg.checks.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    private static void assertValid(String... tags) {
        for (String tag : tags) {
            assertTrue(LanguageTags.isValid(tag), tag + ": " + LanguageTags.problem(tag));
            assertEquals(Optional.empty(), LanguageTags.problem(tag), tag);
        }
    }

    private static void assertInvalid(String... tags) {
        for (String tag : tags) {
            assertFalse(LanguageTags.isValid(tag), tag);
            assertTrue(LanguageTags.problem(tag).isPresent(), tag);
        }
    }

    private static String problem(String tag) {
        return LanguageTags.problem(tag).orElseThrow();
    }

    @Test
    void registeredPrimarySubtagsAreValidWhateverTheirCase() {
        assertValid("en", "EN", "FR", "fr-CH", "lb", "es", "nl", "ja", "zh-Hant-TW", "yue", "de-CH-1901", "sr-Latn-RS");
    }

    @Test
    void onlyThePrimarySubtagIsJudgedSoRegistrationsOfLaterSubtagsDoNotMatter() {
        // The ACT rules pass en-US-GB (two regions); their definition also accepts de-hello.
        assertValid("en-US-GB", "de-hello", "en-abcdefghijkl");
    }

    @Test
    void registeredSubtagsThatCldrHasNoDisplayNamesForAreValid() {
        assertValid("lld", "tl", "art", "cmn", "ber", "aaa", "ase", "und", "mul", "mis", "zxx", "qaa", "qtz-x-local");
    }

    @Test
    void deprecatedSubtagsAreStillRegisteredAndValid() {
        assertValid("iw", "in", "ji", "mo", "sh");
    }

    @Test
    void unregisteredSubtagsAreInvalid() {
        assertInvalid("em-US", "em", "zzz", "xxx", "invalid", "hidden", "abcd");
        assertEquals("'em' is not a registered language subtag", problem("em-US"));
        assertEquals("'invalid' is not a registered language subtag", problem("invalid"));
    }

    @Test
    void threeLetterCodesOfLanguagesRegisteredWithTwoLettersAreInvalidAndPointToThem() {
        assertInvalid("eng", "fra", "deu", "ltz", "jpn", "ger", "fre", "dut", "chi");
        assertEquals("'eng' is not a registered language subtag; use the two-letter code 'en'", problem("eng"));
        assertEquals("'ltz' is not a registered language subtag; use the two-letter code 'lb'", problem("ltz"));
        assertEquals("'ger' is not a registered language subtag; use the two-letter code 'de-CH'", problem("ger-CH"));
        assertEquals("'FRE' is not a registered language subtag; use the two-letter code 'fr'", problem("FRE"));
    }

    @Test
    void languageNamesAreInvalidAndPointToTheirCode() {
        List<String> names = List.of("english", "English", "dutch", "french", "spanish", "japanese", "chinese", "german",
                "Luxembourgish", "Nederlands", "Deutsch", "Français", "español", "Swiss German");
        List<String> codes = List.of("en", "en", "nl", "fr", "es", "ja", "zh", "de", "lb", "nl", "de", "fr", "es", "gsw");
        for (int i = 0; i < names.size(); i++) {
            assertInvalid(names.get(i));
            assertEquals("'" + names.get(i) + "' is a language name, not a code; use '" + codes.get(i) + "'", problem(names.get(i)));
        }
        assertEquals("'english' is a language name, not a code; use 'en-GB'", problem("english-GB"));
    }

    @Test
    void irregularGrandfatheredTagsAreInvalidAndPointToTheirModernTag() {
        assertInvalid("i-lux", "i-klingon", "i-default");
        assertEquals("'i-lux' is an irregular grandfathered tag, which has no registered primary language subtag; use 'lb'",
                problem("i-lux"));
        assertEquals("'i-klingon' is an irregular grandfathered tag, which has no registered primary language subtag; use 'tlh'",
                problem("i-klingon"));
        assertEquals("'i-default' is an irregular grandfathered tag, which has no registered primary language subtag",
                problem("i-default"));
    }

    @Test
    void privateUseTagsNameNoLanguage() {
        assertInvalid("x-klingon");
        assertEquals("'x-klingon' is a private-use tag and names no language; put a language subtag first, such as 'en-x-klingon'",
                problem("x-klingon"));
    }

    @Test
    void valuesThatAreNotSubtagsSeparatedByHyphensAreInvalid() {
        assertInvalid("#!", "#1", "en-", "-en", "en--US", "en US", "en.US", "ën", "e\u200Bn");
        assertEquals("'#!' is not a language tag: it must be ASCII letters and digits in subtags separated by single hyphens,"
                + " such as 'en' or 'fr-CH'", problem("#!"));
    }

    @Test
    void emptyAndWhitespaceOnlyValuesAreInvalid() {
        assertInvalid("", " ", "  ", "\t\n", null);
        assertEquals("the language tag is empty", problem(""));
        assertEquals("the language tag is only whitespace", problem("  "));
        assertEquals("no language tag", problem(null));
    }

    @Test
    void whitespaceAroundATagIsInvalidAndTheProblemGivesTheTrimmedTag() {
        assertInvalid(" en", "en ", " en-GB\n");
        assertEquals("' en ' has whitespace around the tag; use 'en'", problem(" en "));
        assertEquals("' eng' has whitespace around the tag; without it: 'eng' is not a registered language subtag;"
                + " use the two-letter code 'en'", problem(" eng"));
    }

    @Test
    void underscoresAreInvalidAndTheProblemGivesTheHyphenatedTag() {
        assertInvalid("en_US", "zh_Hant_TW");
        assertEquals("'en_US' separates its subtags with '_'; language tags use '-': 'en-US'", problem("en_US"));
    }

    @Test
    void wellFormednessFollowsTheRfc5646Grammar() {
        Stream.of("en", "EN-us", "fr-CH", "zh-Hant-TW", "de-CH-1901", "sl-rozaj-biske", "sr-Latn-RS", "es-419", "zh-yue-HK",
                "en-a-bbb-x-a-ccc", "x-whatever", "qaa-Qaaa-QM-x-southern", "de-hello", "i-lux", "zh-min-nan", "art-lojban", "eng", "english")
                .forEach(tag -> assertTrue(LanguageTags.isWellFormed(tag), tag));
        Stream.of("en-US-GB", "de-DE-hi", "abcdefghi", "a-DE", "en-", "en_US", "", " en", "en-x", "ar-a-aaa-b-bbb-a", "1en")
                .forEach(tag -> assertFalse(LanguageTags.isWellFormed(tag), tag));
        assertFalse(LanguageTags.isWellFormed(null));
    }

    @Test
    void theLangValuesOfTheActCasesAreJudgedAsTheRulesExpect() {
        // bf051a and de46e4: the values of passed cases, then those that make the failed cases fail.
        assertValid("FR", "en-US-GB", "es", "en", "fr-CH", "EN", "lb", "nl", "da");
        Arrays.asList("em-US", "#1", "eng", "i-lux", "dutch", "#!", "  ", "english", "English", "invalid")
                .forEach(LanguageTagsTest::assertInvalid);
    }
}
