package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Whether an {@code autocomplete} attribute value is valid by the HTML Living Standard's autofill detail
 * tokens, as the W3C ACT rule "{@code autocomplete} attribute has valid value" (73f2c2) applies them, and
 * why not.
 *
 * <p>A valid value is the single token {@code on} or {@code off}, or, in this order: an optional
 * {@code section-*} token; an optional {@code shipping} or {@code billing}; exactly one autofill field
 * name, which for the contact fields ({@code tel}, {@code tel-*}, {@code email}, {@code impp}) may be
 * preceded by one of {@code home}, {@code work}, {@code mobile}, {@code fax} or {@code pager}; an optional
 * {@code webauthn}. Tokens are separated by ASCII whitespace and compared ASCII case-insensitively.
 *
 * <p>Validity does not depend on whether the field suits the control: the ACT rule passes
 * {@code autocomplete="bday-day"} on {@code type="tel"} (the purpose is still programmatically
 * determinable), although the HTML table allows {@code bday-day} only on text, search and number inputs,
 * textareas and selects. {@link #controlMismatch(String, String)} reports that HTML conformance problem
 * separately. The only way the control type enters {@link #isValid(String, String)} is the HTML rule that a
 * hidden input's {@code autocomplete} names a field: {@code on} and {@code off} are not allowed there.
 *
 * <p>The {@code inputType} arguments are the control's type as {@link #controlType(Element)} computes it:
 * an input's {@code type} attribute in lower case ({@code "text"} when it is missing or not a known type),
 * or {@code "textarea"} or {@code "select"} for those elements. {@code null} is read as {@code "text"}.
 *
 * <p>Whether the ACT rule applies to an element at all is the caller's decision; {@link #appliesTo(Element)}
 * covers what the DOM alone tells.
 */
public final class AutocompleteTokens {

    /** The HTML control groups: which controls each kind of autofill field is appropriate for. */
    private enum ControlGroup {
        TEXT("a text control (input type text or search, a textarea or a select)", "hidden", "text", "search", "textarea", "select"),
        MULTILINE("a multi-line control (a textarea or a select)", "hidden", "textarea", "select"),
        PASSWORD("a password or text control (input type password, text or search, a textarea or a select)",
                "hidden", "text", "search", "password", "textarea", "select"),
        URL("a URL or text control (input type url, text or search, a textarea or a select)",
                "hidden", "text", "search", "url", "textarea", "select"),
        USERNAME("an email or text control (input type email, text or search, a textarea or a select)",
                "hidden", "text", "search", "email", "textarea", "select"),
        TEL("a telephone or text control (input type tel, text or search, a textarea or a select)",
                "hidden", "text", "search", "tel", "textarea", "select"),
        NUMERIC("a number or text control (input type number, text or search, a textarea or a select)",
                "hidden", "text", "search", "number", "textarea", "select"),
        MONTH("a month or text control (input type month, text or search, a textarea or a select)",
                "hidden", "text", "search", "month", "textarea", "select"),
        DATE("a date or text control (input type date, text or search, a textarea or a select)",
                "hidden", "text", "search", "date", "textarea", "select");

        final String description;
        final Set<String> controls;

        ControlGroup(String description, String... controls) {
            this.description = description;
            this.controls = Set.of(controls);
        }
    }

    /** Every autofill field name with its control group, from the HTML Living Standard's table. */
    private static final Map<String, ControlGroup> FIELDS = Map.ofEntries(
            Map.entry("name", ControlGroup.TEXT),
            Map.entry("honorific-prefix", ControlGroup.TEXT),
            Map.entry("given-name", ControlGroup.TEXT),
            Map.entry("additional-name", ControlGroup.TEXT),
            Map.entry("family-name", ControlGroup.TEXT),
            Map.entry("honorific-suffix", ControlGroup.TEXT),
            Map.entry("nickname", ControlGroup.TEXT),
            Map.entry("username", ControlGroup.USERNAME),
            Map.entry("new-password", ControlGroup.PASSWORD),
            Map.entry("current-password", ControlGroup.PASSWORD),
            Map.entry("one-time-code", ControlGroup.PASSWORD),
            Map.entry("organization-title", ControlGroup.TEXT),
            Map.entry("organization", ControlGroup.TEXT),
            Map.entry("street-address", ControlGroup.MULTILINE),
            Map.entry("address-line1", ControlGroup.TEXT),
            Map.entry("address-line2", ControlGroup.TEXT),
            Map.entry("address-line3", ControlGroup.TEXT),
            Map.entry("address-level4", ControlGroup.TEXT),
            Map.entry("address-level3", ControlGroup.TEXT),
            Map.entry("address-level2", ControlGroup.TEXT),
            Map.entry("address-level1", ControlGroup.TEXT),
            Map.entry("country", ControlGroup.TEXT),
            Map.entry("country-name", ControlGroup.TEXT),
            Map.entry("postal-code", ControlGroup.TEXT),
            Map.entry("cc-name", ControlGroup.TEXT),
            Map.entry("cc-given-name", ControlGroup.TEXT),
            Map.entry("cc-additional-name", ControlGroup.TEXT),
            Map.entry("cc-family-name", ControlGroup.TEXT),
            Map.entry("cc-number", ControlGroup.TEXT),
            Map.entry("cc-exp", ControlGroup.MONTH),
            Map.entry("cc-exp-month", ControlGroup.NUMERIC),
            Map.entry("cc-exp-year", ControlGroup.NUMERIC),
            Map.entry("cc-csc", ControlGroup.TEXT),
            Map.entry("cc-type", ControlGroup.TEXT),
            Map.entry("transaction-currency", ControlGroup.TEXT),
            Map.entry("transaction-amount", ControlGroup.NUMERIC),
            Map.entry("language", ControlGroup.TEXT),
            Map.entry("bday", ControlGroup.DATE),
            Map.entry("bday-day", ControlGroup.NUMERIC),
            Map.entry("bday-month", ControlGroup.NUMERIC),
            Map.entry("bday-year", ControlGroup.NUMERIC),
            Map.entry("sex", ControlGroup.TEXT),
            Map.entry("url", ControlGroup.URL),
            Map.entry("photo", ControlGroup.URL),
            // The contact fields: only these may follow home, work, mobile, fax or pager.
            Map.entry("tel", ControlGroup.TEL),
            Map.entry("tel-country-code", ControlGroup.TEXT),
            Map.entry("tel-national", ControlGroup.TEXT),
            Map.entry("tel-area-code", ControlGroup.TEXT),
            Map.entry("tel-local", ControlGroup.TEXT),
            Map.entry("tel-local-prefix", ControlGroup.TEXT),
            Map.entry("tel-local-suffix", ControlGroup.TEXT),
            Map.entry("tel-extension", ControlGroup.TEXT),
            Map.entry("email", ControlGroup.USERNAME),
            Map.entry("impp", ControlGroup.URL));

    private static final Set<String> CONTACT_FIELDS = Set.of("tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local",
            "tel-local-prefix", "tel-local-suffix", "tel-extension", "email", "impp");

    private static final Set<String> CONTACT_TYPES = Set.of("home", "work", "mobile", "fax", "pager");

    private static final Set<String> ADDRESS_TYPES = Set.of("shipping", "billing");

    private static final String ORDER = "the order is section-*, then shipping or billing, then home, work, mobile, fax or pager"
            + " (contact fields only), then the field name, then webauthn";

    private static final Set<String> INPUT_TYPES = Set.of("hidden", "text", "search", "tel", "url", "email", "password", "date",
            "month", "week", "time", "datetime-local", "number", "range", "color", "checkbox", "radio", "file", "submit", "image",
            "reset", "button");

    /** Input types the {@code autocomplete} attribute does not apply to (HTML's input type summary table). */
    private static final Set<String> NO_AUTOCOMPLETE = Set.of("checkbox", "radio", "file", "submit", "image", "reset", "button");

    /** Input types the ACT rule leaves out ("fixed value"), with {@code image}, which is a submit button too. */
    private static final Set<String> FIXED_VALUE = Set.of("hidden", "button", "submit", "reset", "image");

    private static final Set<String> WIDGET_ROLES = Set.of("button", "checkbox", "gridcell", "link", "menuitem", "menuitemcheckbox",
            "menuitemradio", "option", "progressbar", "radio", "scrollbar", "searchbox", "separator", "slider", "spinbutton",
            "switch", "tab", "tabpanel", "textbox", "treeitem", "combobox", "grid", "listbox", "menu", "menubar", "radiogroup",
            "tablist", "tree", "treegrid");

    private AutocompleteTokens() {
    }

    /**
     * Whether {@code value} is a valid {@code autocomplete} value for a control of type {@code inputType}
     * (see the class comment for how the type is given and how little it matters).
     */
    public static boolean isValid(String value, String inputType) {
        return problem(value, inputType).isEmpty();
    }

    /** Why {@code value} is not {@linkplain #isValid(String, String) valid}; empty if it is. */
    public static Optional<String> problem(String value, String inputType) {
        if (value == null) {
            return Optional.of("no autocomplete value");
        }
        List<String> tokens = tokens(value);
        if (tokens.isEmpty()) {
            return Optional.of("the autocomplete value is empty");
        }
        if (tokens.size() == 1 && (tokens.get(0).equals("on") || tokens.get(0).equals("off"))) {
            return "hidden".equals(type(inputType))
                    ? Optional.of("'" + tokens.get(0) + "' is not allowed on a hidden input, whose autocomplete must name a field")
                    : Optional.empty();
        }
        int i = 0;
        if (tokens.get(i).startsWith("section-")) {
            i++;
        }
        if (i < tokens.size() && ADDRESS_TYPES.contains(tokens.get(i))) {
            i++;
        }
        String contactType = null;
        if (i < tokens.size() && CONTACT_TYPES.contains(tokens.get(i))) {
            contactType = tokens.get(i++);
        }
        if (i == tokens.size()) {
            return Optional.of(quote(value) + " names no autofill field" + (contactType == null ? "" : " after '" + contactType + "'")
                    + "; add one such as " + (contactType == null ? "'name' or 'email'" : "'tel' or 'email'"));
        }
        String field = tokens.get(i++);
        if (!FIELDS.containsKey(field)) {
            return Optional.of(unexpected(field, value, false));
        }
        if (contactType != null && !CONTACT_FIELDS.contains(field)) {
            return Optional.of("'" + contactType + "' may only precede a contact field (tel, tel-*, email or impp), not '" + field + "'");
        }
        if (i < tokens.size() && tokens.get(i).equals("webauthn")) {
            i++;
        }
        if (i < tokens.size()) {
            String extra = tokens.get(i);
            if (FIELDS.containsKey(extra)) {
                return Optional.of(quote(value) + " names more than one autofill field ('" + field + "' and '" + extra + "'); use one");
            }
            return Optional.of(unexpected(extra, value, true));
        }
        return Optional.empty();
    }

    /**
     * Why the field that a {@linkplain #isValid(String, String) valid} {@code value} names does not suit a
     * control of type {@code inputType} by the HTML table of autofill fields and control groups, such as
     * {@code bday-day} on {@code type="tel"} or {@code street-address} on a single-line input, or why the
     * attribute does not apply to that type of input at all; empty when it suits, and for invalid values,
     * which {@link #problem(String, String)} explains. Not part of the ACT rule: a conformance warning.
     */
    public static Optional<String> controlMismatch(String value, String inputType) {
        String type = type(inputType);
        if (NO_AUTOCOMPLETE.contains(type)) {
            return Optional.of("the autocomplete attribute does not apply to input type " + type);
        }
        if (value == null || !isValid(value, inputType)) {
            return Optional.empty();
        }
        List<String> tokens = tokens(value);
        String field = tokens.stream().filter(FIELDS::containsKey).findFirst().orElse(null);
        if (field == null) {
            return Optional.empty(); // on or off
        }
        ControlGroup group = FIELDS.get(field);
        if (group.controls.contains(type)) {
            return Optional.empty();
        }
        String control = type.equals("textarea") || type.equals("select") ? "a " + type : "input type " + type;
        return Optional.of("'" + field + "' is for " + group.description + ", not " + control);
    }

    /**
     * Whether the ACT rule 73f2c2 applies to {@code element} as far as its attributes and ancestors tell:
     * it is an {@code input}, {@code select} or {@code textarea} whose {@code autocomplete} value is
     * neither empty, only whitespace, nor the single token {@code on} or {@code off}; it is not an input of
     * type hidden, button, submit, reset or image; it is not disabled (its own {@code disabled}, a disabled
     * {@code fieldset} ancestor outside that fieldset's first {@code legend}, or {@code aria-disabled="true"}
     * on it or an ancestor); and it is not static (a negative {@code tabindex} together with an explicit role
     * that is not a widget role).
     *
     * <p>The caller must still leave out elements that are neither visible nor included in the
     * accessibility tree: {@code hidden} or {@code display: none} or {@code visibility: hidden} on the
     * element or an ancestor, and so on, which needs the styles.
     */
    public static boolean appliesTo(Element element) {
        String name = element.normalName();
        if (!name.equals("input") && !name.equals("select") && !name.equals("textarea")) {
            return false;
        }
        if (!Attr.has(element, "autocomplete")) {
            return false;
        }
        List<String> tokens = tokens(Attr.get(element, "autocomplete"));
        if (tokens.isEmpty() || (tokens.size() == 1 && (tokens.get(0).equals("on") || tokens.get(0).equals("off")))) {
            return false;
        }
        if (FIXED_VALUE.contains(controlType(element))) {
            return false;
        }
        return !isDisabled(element) && !isStatic(element);
    }

    /**
     * The control type of an {@code input}, {@code select} or {@code textarea} as the {@code inputType}
     * arguments take it: {@code "textarea"}, {@code "select"}, or the input's type attribute in lower case,
     * {@code "text"} when it is missing or unknown.
     */
    public static String controlType(Element element) {
        String name = element.normalName();
        if (name.equals("textarea") || name.equals("select")) {
            return name;
        }
        String type = asciiLower(Attr.get(element, "type").strip());
        return INPUT_TYPES.contains(type) ? type : "text";
    }

    private static String type(String inputType) {
        if (inputType == null) {
            return "text";
        }
        String type = asciiLower(inputType.strip());
        return INPUT_TYPES.contains(type) || type.equals("textarea") || type.equals("select") ? type : "text";
    }

    private static boolean isDisabled(Element element) {
        if (Attr.has(element, "disabled")) {
            return true;
        }
        Element child = element;
        for (Element ancestor = element.parent(); ancestor != null; child = ancestor, ancestor = ancestor.parent()) {
            if (ancestor.normalName().equals("fieldset") && Attr.has(ancestor, "disabled")) {
                Element legend = ancestor.children().stream().filter(c -> c.normalName().equals("legend")).findFirst().orElse(null);
                if (legend == null || child != legend) {
                    return true;
                }
            }
        }
        for (Element e = element; e != null; e = e.parent()) {
            if (asciiLower(Attr.get(e, "aria-disabled").strip()).equals("true")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStatic(Element element) {
        // only a negative tabindex takes the field out of the tab order; a missing or unreadable one does not
        if (Attr.integer(Attr.get(element, "tabindex")).orElse(0) >= 0) {
            return false;
        }
        String role = tokens(Attr.get(element, "role")).stream().findFirst().orElse(null);
        // No role, or none/presentation, which a focusable element ignores: its implicit role (textbox,
        // combobox, listbox...) is a widget role.
        return role != null && !role.equals("none") && !role.equals("presentation") && !WIDGET_ROLES.contains(role);
    }

    private static String unexpected(String token, String value, boolean afterField) {
        if (token.startsWith("section-") || ADDRESS_TYPES.contains(token) || CONTACT_TYPES.contains(token) || token.equals("webauthn")) {
            return "'" + token + "' is out of place in " + quote(value) + "; " + ORDER;
        }
        if (token.equals("on") || token.equals("off")) {
            return "'" + token + "' must be the only token, not part of " + quote(value);
        }
        if (token.indexOf(',') >= 0 || token.indexOf(';') >= 0) {
            return "'" + token + "' is not an autofill token; separate tokens with spaces";
        }
        return "'" + token + "' is not an autofill " + (afterField ? "token" : "field name");
    }

    /** The value's tokens, split on ASCII whitespace and lower-cased in ASCII. */
    private static List<String> tokens(String value) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
                if (token.length() > 0) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        return tokens.stream().map(AutocompleteTokens::asciiLower).toList();
    }

    private static String asciiLower(String s) {
        StringBuilder lower = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

    private static String quote(String value) {
        return "'" + value + "'";
    }
}
