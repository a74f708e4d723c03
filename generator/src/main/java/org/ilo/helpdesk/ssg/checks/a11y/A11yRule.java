package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.Locale;

/**
 * The accessibility rules, each tied to the WCAG 2.1 success criterion it tests and that criterion's
 * level. Diagnostics use the code {@code a11y.<id>}; waivers name rules the same way.
 */
public enum A11yRule {
    IMAGE_ALT("image-alt", "1.1.1", "A", "images have a text alternative"),
    DECORATIVE_IMAGE("decorative-image", "1.1.1", "A", "images hidden as decoration are not the content"),
    INPUT_IMAGE_ALT("input-image-alt", "1.1.1", "A", "image buttons have a text alternative"),
    SVG_IMG_NAME("svg-img-name", "1.1.1", "A", "SVG images with a role have a name"),
    OBJECT_ALT("object-alt", "1.1.1", "A", "objects have a text alternative"),
    HEADING_ORDER("heading-order", "1.3.1", "A", "heading levels go down one at a time"),
    PAGE_HEADING("page-heading", "1.3.1", "A", "a page has a level-one heading"),
    LIST("list", "1.3.1", "A", "lists contain only list items"),
    LIST_ITEM("listitem", "1.3.1", "A", "list items are inside a list"),
    DEFINITION_LIST("definition-list", "1.3.1", "A", "definition lists contain only terms and definitions"),
    TABLE_HEADERS("table-headers", "1.3.1", "A", "data tables have header cells"),
    TD_HEADERS_ATTR("td-headers-attr", "1.3.1", "A", "headers attributes point to header cells of the same table"),
    TH_HAS_DATA_CELLS("th-has-data-cells", "1.3.1", "A", "table header cells have data cells"),
    ARIA_REQUIRED_CHILDREN("aria-required-children", "1.3.1", "A", "ARIA roles own the elements they require"),
    ARIA_REQUIRED_PARENT("aria-required-parent", "1.3.1", "A", "ARIA roles sit in the context they require"),
    ORIENTATION_LOCK("css-orientation-lock", "1.3.4", "AA", "content is not locked to one orientation"),
    AUTOCOMPLETE_VALID("autocomplete-valid", "1.3.5", "AA", "autocomplete values are valid for their field"),
    COLOR_CONTRAST("color-contrast", "1.4.3", "AA", "text has a contrast ratio of at least 4.5:1 (3:1 when large)"),
    META_VIEWPORT("meta-viewport", "1.4.4", "AA", "zoom is not blocked"),
    TEXT_CLIPPED("text-clipped", "1.4.4", "AA", "text is not clipped when zoomed"),
    TEXT_SPACING("text-spacing", "1.4.12", "AA", "important text spacing in style attributes can be overridden"),
    SCROLLABLE_REGION("scrollable-region-focusable", "2.1.1", "A", "scrollable regions can be reached by keyboard"),
    FRAME_FOCUSABLE_CONTENT("frame-focusable-content", "2.1.1", "A", "frames with interactive content are in the tab order"),
    KEYBOARD_TRAP("keyboard-trap", "2.1.2", "A", "keyboard focus is not trapped"),
    CHARACTER_SHORTCUT("character-key-shortcut", "2.1.4", "A", "single-key shortcuts can be turned off or remapped"),
    META_REFRESH("meta-refresh", "2.2.1", "A", "pages do not refresh or redirect after a delay"),
    AUTO_UPDATE("auto-update", "2.2.2", "A", "text that changes by itself can be paused"),
    BYPASS("bypass", "2.4.1", "A", "a page has a main landmark, a skip link or headings to bypass repeated blocks"),
    DOCUMENT_TITLE("document-title", "2.4.2", "A", "a page has a non-empty title"),
    DUPLICATE_TITLE("duplicate-title", "2.4.2", "A", "page titles are unique within a site"),
    LINK_NAME("link-name", "2.4.4", "A", "links have an accessible name"),
    LINK_TEXT("link-text", "2.4.4", "A", "link text says where the link goes"),
    EMPTY_HEADING("empty-heading", "2.4.6", "AA", "headings have text"),
    FOCUS_VISIBLE("focus-visible", "2.4.7", "AA", "keyboard focus is visible"),
    LABEL_IN_NAME("label-in-name", "2.5.3", "A", "the visible label is part of the accessible name"),
    MOTION_ACTUATION("motion-actuation", "2.5.4", "A", "motion-triggered functions can be operated otherwise and turned off"),
    HTML_HAS_LANG("html-has-lang", "3.1.1", "A", "the page declares its language"),
    HTML_LANG_VALID("html-lang-valid", "3.1.1", "A", "the page's language is a valid language tag"),
    VALID_LANG("valid-lang", "3.1.2", "AA", "lang attributes hold valid language tags"),
    FOREIGN_TEXT_LANG("foreign-text-lang", "3.1.2", "AA", "text in another script is marked with its language"),
    DUPLICATE_ID("duplicate-id", "4.1.1", "A", "ids are unique"),
    BUTTON_NAME("button-name", "4.1.2", "A", "buttons have an accessible name"),
    FORM_FIELD_NAME("form-field-name", "4.1.2", "A", "form fields have an accessible name"),
    FRAME_TITLE("frame-title", "4.1.2", "A", "frames have an accessible name"),
    SUMMARY_NAME("summary-name", "4.1.2", "A", "summary elements have an accessible name"),
    MENUITEM_NAME("menuitem-name", "4.1.2", "A", "menu items have an accessible name"),
    ARIA_HIDDEN_FOCUS("aria-hidden-focus", "4.1.2", "A", "aria-hidden content holds nothing that takes focus"),
    PRESENTATIONAL_CHILDREN_FOCUS("nested-interactive", "4.1.2", "A", "elements with presentational children hold nothing that takes focus"),
    ARIA_ROLES("aria-roles", "4.1.2", "A", "role attributes hold valid roles"),
    ARIA_VALID_ATTR("aria-valid-attr", "4.1.2", "A", "ARIA attributes exist"),
    ARIA_VALID_VALUE("aria-valid-attr-value", "4.1.2", "A", "ARIA attributes hold valid values"),
    ARIA_ALLOWED_ATTR("aria-allowed-attr", "4.1.2", "A", "ARIA attributes are allowed on the element's role"),
    ARIA_REQUIRED_ATTR("aria-required-attr", "4.1.2", "A", "ARIA roles have their required states and properties");

    private final String id;
    private final String criterion;
    private final String level;
    private final String summary;

    A11yRule(String id, String criterion, String level, String summary) {
        this.id = id;
        this.criterion = criterion;
        this.level = level;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    /** The WCAG 2.1 success criterion, such as {@code 1.1.1}. */
    public String criterion() {
        return criterion;
    }

    /** {@code A} or {@code AA}. */
    public String level() {
        return level;
    }

    public String summary() {
        return summary;
    }

    /** The diagnostic code, {@code a11y.<id>}. */
    public String code() {
        return "a11y." + id;
    }

    public static java.util.Optional<A11yRule> byId(String text) {
        String id = text.trim().toLowerCase(Locale.ROOT).replaceFirst("^a11y\\.", "");
        for (A11yRule rule : values()) {
            if (rule.id.equals(id)) {
                return java.util.Optional.of(rule);
            }
        }
        return java.util.Optional.empty();
    }
}
