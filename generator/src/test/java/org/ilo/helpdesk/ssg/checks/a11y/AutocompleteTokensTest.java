package org.ilo.helpdesk.ssg.checks.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AutocompleteTokensTest {

    private static final List<String> FIELDS = List.of("name", "honorific-prefix", "given-name", "additional-name", "family-name",
            "honorific-suffix", "nickname", "username", "new-password", "current-password", "one-time-code", "organization-title",
            "organization", "street-address", "address-line1", "address-line2", "address-line3", "address-level1", "address-level2",
            "address-level3", "address-level4", "country", "country-name", "postal-code", "cc-name", "cc-given-name",
            "cc-additional-name", "cc-family-name", "cc-number", "cc-exp", "cc-exp-month", "cc-exp-year", "cc-csc", "cc-type",
            "transaction-currency", "transaction-amount", "language", "bday", "bday-day", "bday-month", "bday-year", "sex", "url",
            "photo", "tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local", "tel-local-prefix", "tel-local-suffix",
            "tel-extension", "email", "impp");

    private static final List<String> CONTACT_FIELDS = List.of("tel", "tel-country-code", "tel-national", "tel-area-code",
            "tel-local", "tel-local-prefix", "tel-local-suffix", "tel-extension", "email", "impp");

    private static void assertValid(String type, String... values) {
        for (String value : values) {
            assertEquals(Optional.empty(), AutocompleteTokens.problem(value, type), value);
            assertTrue(AutocompleteTokens.isValid(value, type), value);
        }
    }

    private static void assertInvalid(String type, String... values) {
        for (String value : values) {
            assertFalse(AutocompleteTokens.isValid(value, type), value);
            assertTrue(AutocompleteTokens.problem(value, type).isPresent(), value);
        }
    }

    private static String problem(String value) {
        return AutocompleteTokens.problem(value, "text").orElseThrow();
    }

    private static Element element(String html) {
        return Jsoup.parse(html).selectFirst("[data-target]");
    }

    @Test
    void everyAutofillFieldNameIsValidOnItsOwnAndWithSectionAndAddressType() {
        for (String field : FIELDS) {
            assertValid("text", field, "section-a " + field, "shipping " + field, "section-a billing " + field, field + " webauthn");
        }
    }

    @Test
    void contactTypesMayPrecedeContactFieldsOnly() {
        for (String contactType : List.of("home", "work", "mobile", "fax", "pager")) {
            for (String field : FIELDS) {
                if (CONTACT_FIELDS.contains(field)) {
                    assertValid("text", contactType + " " + field, "section-x shipping " + contactType + " " + field + " webauthn");
                } else {
                    assertInvalid("text", contactType + " " + field);
                }
            }
        }
        assertEquals("'work' may only precede a contact field (tel, tel-*, email or impp), not 'photo'", problem("work photo"));
    }

    @Test
    void theSingleTokensOnAndOffAreValidButNotCombinedWithOthers() {
        assertValid("text", "on", "off", "OFF", " on ");
        assertInvalid("text", "on email", "email off", "on off", "section-a off");
        assertEquals("'on' must be the only token, not part of 'email on'", problem("email on"));
    }

    @Test
    void aHiddenInputMustNameAFieldRatherThanOnOrOff() {
        assertInvalid("hidden", "on", "off");
        assertValid("hidden", "transaction-amount", "section-a email");
        assertEquals("'off' is not allowed on a hidden input, whose autocomplete must name a field",
                AutocompleteTokens.problem("off", "hidden").orElseThrow());
    }

    @Test
    void tokensAreComparedAsciiCaseInsensitively() {
        assertValid("text", "Street-Address", "SECTION-Primary BILLING Work EMAIL WebAuthn");
        // The Kelvin sign lower-cases to 'k' outside ASCII; it must not pass for a field name.
        assertInvalid("text", "\u212Aey", "nic\u212Aname");
    }

    @Test
    void tokensAreSeparatedByAnyAsciiWhitespace() {
        assertValid("text", "  section-a\tbilling\nwork\r\femail  ");
        assertInvalid("text", "work\u00A0email");
    }

    @Test
    void theOrderIsSectionAddressTypeContactTypeFieldWebauthn() {
        assertValid("password", "section-login current-password webauthn", "username webauthn");
        assertInvalid("text", "billing section-a email", "work shipping email", "tel section-a", "webauthn email", "email webauthn webauthn",
                "section-a section-b email", "billing shipping email", "home work tel");
        assertEquals("'shipping' is out of place in 'work shipping email'; the order is section-*, then shipping or billing, then home,"
                + " work, mobile, fax or pager (contact fields only), then the field name, then webauthn", problem("work shipping email"));
    }

    @Test
    void exactlyOneFieldIsRequired() {
        assertInvalid("text", "shipping", "work", "section-a", "webauthn", "section-a billing home", "address-line1 address-line2");
        assertEquals("'shipping' names no autofill field; add one such as 'name' or 'email'", problem("shipping"));
        assertEquals("'work' names no autofill field after 'work'; add one such as 'tel' or 'email'", problem("work"));
        assertEquals("'address-line1 address-line2' names more than one autofill field ('address-line1' and 'address-line2'); use one",
                problem("address-line1 address-line2"));
    }

    @Test
    void unknownTokensAreInvalid() {
        assertInvalid("text", "badname", "banner", "work,email", "email invalid", "current-password webauthn invalid", "e-mail",
                "section", "phone", "given_name");
        assertEquals("'badname' is not an autofill field name", problem("badname"));
        assertEquals("'invalid' is not an autofill token", problem("email invalid"));
        assertEquals("'work,email' is not an autofill token; separate tokens with spaces", problem("work,email"));
    }

    @Test
    void theValuesOfTheActPassedAndFailedCasesAreJudgedAsTheRuleExpects() {
        assertValid("text", "username", "work email", "section-partner email", "section-primary billing address-line1",
                "section-primary shipping work email");
        assertValid("select", "bday-month");
        assertValid("textarea", "Street-Address");
        assertValid("tel", "bday-day");
        assertValid("password", "current-password webauthn");
        assertInvalid("text", "badname", "work photo", "work shipping email", "work,email", "banner", "shipping",
                "address-line1 address-line2", "work", "email invalid");
        assertInvalid("password", "current-password webauthn invalid");
    }

    @Test
    void theControlTypeDoesNotChangeValidityButAMismatchIsReportedSeparately() {
        assertValid("tel", "bday-day");
        assertValid("number", "email");
        assertEquals(Optional.of("'bday-day' is for a number or text control (input type number, text or search, a textarea or a"
                + " select), not input type tel"), AutocompleteTokens.controlMismatch("bday-day", "tel"));
        assertEquals(Optional.of("'street-address' is for a multi-line control (a textarea or a select), not input type text"),
                AutocompleteTokens.controlMismatch("shipping street-address", null));
        assertEquals(Optional.of("'email' is for an email or text control (input type email, text or search, a textarea or a select),"
                + " not input type number"), AutocompleteTokens.controlMismatch("work email", "number"));
        assertEquals(Optional.of("the autocomplete attribute does not apply to input type checkbox"),
                AutocompleteTokens.controlMismatch("off", "checkbox"));
    }

    @Test
    void fieldsSuitTheControlsOfTheirHtmlControlGroup() {
        String[][] suits = {
                {"street-address", "textarea"}, {"street-address", "select"}, {"street-address", "hidden"},
                {"username", "email"}, {"username", "text"}, {"email", "email"}, {"email", "search"},
                {"current-password", "password"}, {"new-password", "text"}, {"one-time-code", "password"},
                {"url", "url"}, {"photo", "url"}, {"impp", "url"}, {"tel", "tel"}, {"tel-national", "text"},
                {"cc-exp", "month"}, {"cc-exp-month", "number"}, {"transaction-amount", "number"}, {"bday", "date"},
                {"bday-year", "number"}, {"name", "text"}, {"name", "TEXT"}, {"country", "select"}, {"name", "bogus"}};
        for (String[] fieldAndType : suits) {
            assertEquals(Optional.empty(), AutocompleteTokens.controlMismatch(fieldAndType[0], fieldAndType[1]),
                    fieldAndType[0] + " on " + fieldAndType[1]);
        }
        String[][] mismatches = {
                {"name", "email"}, {"email", "tel"}, {"tel-national", "tel"}, {"bday", "month"}, {"cc-exp", "date"},
                {"current-password", "email"}, {"username", "password"}, {"url", "email"}, {"sex", "week"}, {"name", "color"}};
        for (String[] fieldAndType : mismatches) {
            assertTrue(AutocompleteTokens.controlMismatch(fieldAndType[0], fieldAndType[1]).isPresent(),
                    fieldAndType[0] + " on " + fieldAndType[1]);
        }
        assertEquals(Optional.empty(), AutocompleteTokens.controlMismatch("badname", "tel"));
        assertEquals(Optional.empty(), AutocompleteTokens.controlMismatch("off", "week"));
    }

    @Test
    void theControlTypeComesFromTheElementAndItsTypeAttribute() {
        assertEquals("text", AutocompleteTokens.controlType(element("<input data-target>")));
        assertEquals("email", AutocompleteTokens.controlType(element("<input data-target type=' EMAIL '>")));
        assertEquals("text", AutocompleteTokens.controlType(element("<input data-target type=bogus>")));
        assertEquals("text", AutocompleteTokens.controlType(element("<input data-target type=textarea>")));
        assertEquals("textarea", AutocompleteTokens.controlType(element("<textarea data-target></textarea>")));
        assertEquals("select", AutocompleteTokens.controlType(element("<select data-target></select>")));
    }

    @Test
    void theRuleAppliesToFormControlsWithANamedAutocompleteValue() {
        assertTrue(AutocompleteTokens.appliesTo(element("<input data-target autocomplete=username>")));
        assertTrue(AutocompleteTokens.appliesTo(element("<select data-target autocomplete=bday-month></select>")));
        assertTrue(AutocompleteTokens.appliesTo(element("<textarea data-target autocomplete=badname></textarea>")));
        assertTrue(AutocompleteTokens.appliesTo(element("<input data-target type=checkbox autocomplete=email>")));
        assertFalse(AutocompleteTokens.appliesTo(element("<div data-target autocomplete=email></div>")));
        assertFalse(AutocompleteTokens.appliesTo(element("<input data-target>")));
    }

    @Test
    void theRuleDoesNotApplyToEmptyWhitespaceOnOrOffValues() {
        for (String value : List.of("", " ", "\t", "off", "ON", " off ")) {
            assertFalse(AutocompleteTokens.appliesTo(element("<input data-target autocomplete='" + value + "'>")), value);
        }
    }

    @Test
    void theRuleDoesNotApplyToInputsWithAFixedValue() {
        for (String type : List.of("hidden", "button", "submit", "reset", "image", "SUBMIT")) {
            assertFalse(AutocompleteTokens.appliesTo(element("<input data-target type=" + type + " autocomplete=email>")), type);
        }
    }

    @Test
    void theRuleDoesNotApplyToDisabledControls() {
        assertFalse(AutocompleteTokens.appliesTo(element("<input data-target autocomplete=badname disabled>")));
        assertFalse(AutocompleteTokens.appliesTo(element("<input data-target autocomplete=badname aria-disabled=true>")));
        assertFalse(AutocompleteTokens.appliesTo(element("<input data-target autocomplete=badname aria-disabled=TRUE>")));
        assertFalse(AutocompleteTokens.appliesTo(element("<div aria-disabled=true><input data-target autocomplete=badname></div>")));
        assertFalse(AutocompleteTokens.appliesTo(element("<fieldset disabled><p><input data-target autocomplete=badname></fieldset>")));
        assertTrue(AutocompleteTokens.appliesTo(element("<input data-target autocomplete=badname aria-disabled=false>")));
        assertTrue(AutocompleteTokens.appliesTo(element(
                "<fieldset disabled><legend><input data-target autocomplete=badname></legend></fieldset>")));
        assertFalse(AutocompleteTokens.appliesTo(element(
                "<fieldset disabled><legend>L</legend><legend><input data-target autocomplete=badname></legend></fieldset>")));
        assertFalse(AutocompleteTokens.appliesTo(element(
                "<fieldset disabled><fieldset><legend><input data-target autocomplete=badname></legend></fieldset></fieldset>")));
    }

    @Test
    void theRuleDoesNotApplyToStaticControlsOutOfTheFocusOrderWithANonWidgetRole() {
        assertFalse(AutocompleteTokens.appliesTo(element("<input data-target autocomplete=badname tabindex=-1 role=banner>")));
        assertTrue(AutocompleteTokens.appliesTo(element("<input data-target autocomplete=badname tabindex=0 role=banner>")));
        assertTrue(AutocompleteTokens.appliesTo(element("<input data-target autocomplete=badname tabindex=-1>")));
        assertTrue(AutocompleteTokens.appliesTo(element("<input data-target autocomplete=badname tabindex=-1 role=combobox>")));
        assertTrue(AutocompleteTokens.appliesTo(element("<input data-target autocomplete=badname tabindex=-1 role=none>")));
    }
}
