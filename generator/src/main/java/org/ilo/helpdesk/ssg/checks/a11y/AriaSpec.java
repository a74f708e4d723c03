package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The WAI-ARIA 1.2 role taxonomy and state/property definitions, plus the DPUB-ARIA 1.1 and
 * Graphics-ARIA roles, as static tables.
 *
 * <p>The accessibility checker validates generated pages from their HTML alone, without a browser and
 * therefore without a browser's accessibility tree, so the facts a browser would apply (which roles
 * exist, what each requires, permits, prohibits, owns and must be owned by) have to be written down
 * here. The tables follow the characteristics tables of the specifications, and where the ACT rules
 * (W3C ACT test cases 5f99a7, 6a7281, 5c01ea, 4e8ab6, 674b10, bc4a75, ff89c9, kb1m8s, 307n5z) read
 * the specification in a particular way, they follow the ACT reading so that the checker agrees with
 * other conforming tools.
 *
 * <p>Three ARIA 1.3 draft attributes ({@code aria-description}, {@code aria-braillelabel},
 * {@code aria-brailleroledescription}) are included because browsers already support them and
 * reporting them as undefined would be a false positive. Everything here is immutable and iterates
 * in a fixed order, so reports built from it are reproducible.
 */
public final class AriaSpec {

    /** The value types of section 6.3 of WAI-ARIA 1.2. */
    public enum ValueType {
        TRUE_FALSE, TRUE_FALSE_UNDEFINED, TRISTATE, IDREF, IDREF_LIST, INTEGER, NUMBER, STRING, TOKEN, TOKEN_LIST
    }

    /** Where a role's accessible name may come from; {@code CONTENTS} implies author naming too. */
    public enum NameFrom {
        CONTENTS, AUTHOR, PROHIBITED
    }

    /**
     * A state or property.
     *
     * @param tokens the allowed values of a {@code TOKEN} or {@code TOKEN_LIST} attribute, else empty
     * @param global whether WAI-ARIA lets it appear on any role (unless the role prohibits it)
     * @param deprecated whether the attribute itself is deprecated (not merely its global use)
     */
    public record Attribute(String name, ValueType type, List<String> tokens, boolean global, boolean deprecated) {
        public Attribute {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * A role with its characteristics.
     *
     * @param requiredAttributes states and properties an author must set (a separator's depend on its
     *        focusability, see {@link AriaSpec#requiredAttributes(String, boolean)})
     * @param supportedAttributes every non-global state or property the role allows, its own and its
     *        superclasses', required ones included; the four globals whose global use ARIA 1.2
     *        deprecates are listed where the role supports them explicitly
     * @param prohibitedAttributes states and properties an author must not set on the role
     * @param requiredOwnedElements each entry a path of roles, e.g. {@code [group, menuitem]} means a
     *        group owning a menuitem; the role must own at least one element matching one of them
     * @param requiredContextRoles roles one of which must own an element with this role; a
     *        {@code group} only counts when it is itself owned by one of the other context roles
     * @param superclassRoles every ancestor in the taxonomy, not only the direct superclasses
     */
    public record Role(String name, boolean isAbstract,
            Set<String> requiredAttributes,
            Set<String> supportedAttributes,
            Set<String> prohibitedAttributes,
            List<List<String>> requiredOwnedElements,
            Set<String> requiredContextRoles,
            NameFrom nameFrom,
            boolean childrenPresentational,
            Set<String> superclassRoles) {
        public Role {
            requiredAttributes = frozen(requiredAttributes);
            supportedAttributes = frozen(supportedAttributes);
            prohibitedAttributes = frozen(prohibitedAttributes);
            requiredOwnedElements = requiredOwnedElements.stream().map(List::copyOf).toList();
            requiredContextRoles = frozen(requiredContextRoles);
            superclassRoles = frozen(superclassRoles);
        }
    }

    private static final Map<String, Attribute> ATTRIBUTES;
    private static final Map<String, Role> ROLES;

    /**
     * Globals that ARIA 1.2 keeps global but deprecates outside the roles that list them, so a
     * checker can warn about e.g. {@code aria-disabled} on a region without calling it invalid.
     */
    private static final Set<String> GLOBAL_USE_DEPRECATED =
            frozen(List.of("aria-disabled", "aria-errormessage", "aria-haspopup", "aria-invalid"));

    private static final Set<String> DEPRECATED_ROLES = frozen(List.of("directory", "doc-biblioentry", "doc-endnote"));

    /**
     * A focusable separator is a widget (a splitter) and then needs a value; an unfocusable one is a
     * plain divider. The record cannot say "required if focusable", so it is kept apart.
     */
    private static final Map<String, Set<String>> REQUIRED_WHEN_FOCUSABLE =
            Collections.unmodifiableMap(new LinkedHashMap<>(Map.of("separator", frozen(List.of("aria-valuenow")))));

    private static final Map<String, Map<String, String>> IMPLICIT_VALUES;

    /** Naming by the author; ARIA 1.3 prohibits aria-braillelabel wherever aria-label is (w3c/aria#1991). */
    private static final List<String> NAMING = List.of("aria-braillelabel", "aria-label", "aria-labelledby");

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern ASCII_WHITESPACE = Pattern.compile("[ \\t\\n\\f\\r]+");

    static {
        Map<String, Attribute> a = new LinkedHashMap<>();
        ValueType tf = ValueType.TRUE_FALSE;
        ValueType tfu = ValueType.TRUE_FALSE_UNDEFINED;
        attr(a, "aria-activedescendant", ValueType.IDREF, false);
        attr(a, "aria-atomic", tf, true);
        attr(a, "aria-autocomplete", ValueType.TOKEN, false, "inline", "list", "both", "none");
        attr(a, "aria-braillelabel", ValueType.STRING, true);
        attr(a, "aria-brailleroledescription", ValueType.STRING, true);
        attr(a, "aria-busy", tf, true);
        attr(a, "aria-checked", ValueType.TRISTATE, false);
        attr(a, "aria-colcount", ValueType.INTEGER, false);
        attr(a, "aria-colindex", ValueType.INTEGER, false);
        attr(a, "aria-colspan", ValueType.INTEGER, false);
        attr(a, "aria-controls", ValueType.IDREF_LIST, true);
        attr(a, "aria-current", ValueType.TOKEN, true, "page", "step", "location", "date", "time", "true", "false");
        attr(a, "aria-describedby", ValueType.IDREF_LIST, true);
        attr(a, "aria-description", ValueType.STRING, true);
        attr(a, "aria-details", ValueType.IDREF, true);
        attr(a, "aria-disabled", tf, true);
        a.put("aria-dropeffect", new Attribute("aria-dropeffect", ValueType.TOKEN_LIST,
                List.of("copy", "execute", "link", "move", "none", "popup"), true, true));
        attr(a, "aria-errormessage", ValueType.IDREF, true);
        attr(a, "aria-expanded", tfu, false);
        attr(a, "aria-flowto", ValueType.IDREF_LIST, true);
        a.put("aria-grabbed", new Attribute("aria-grabbed", tfu, List.of(), true, true));
        attr(a, "aria-haspopup", ValueType.TOKEN, true, "false", "true", "menu", "listbox", "tree", "grid", "dialog");
        attr(a, "aria-hidden", tfu, true);
        attr(a, "aria-invalid", ValueType.TOKEN, true, "grammar", "false", "spelling", "true");
        attr(a, "aria-keyshortcuts", ValueType.STRING, true);
        attr(a, "aria-label", ValueType.STRING, true);
        attr(a, "aria-labelledby", ValueType.IDREF_LIST, true);
        attr(a, "aria-level", ValueType.INTEGER, false);
        attr(a, "aria-live", ValueType.TOKEN, true, "assertive", "off", "polite");
        attr(a, "aria-modal", tf, false);
        attr(a, "aria-multiline", tf, false);
        attr(a, "aria-multiselectable", tf, false);
        attr(a, "aria-orientation", ValueType.TOKEN, false, "horizontal", "undefined", "vertical");
        attr(a, "aria-owns", ValueType.IDREF_LIST, true);
        attr(a, "aria-placeholder", ValueType.STRING, false);
        attr(a, "aria-posinset", ValueType.INTEGER, false);
        attr(a, "aria-pressed", ValueType.TRISTATE, false);
        attr(a, "aria-readonly", tf, false);
        attr(a, "aria-relevant", ValueType.TOKEN_LIST, true, "additions", "all", "removals", "text");
        attr(a, "aria-required", tf, false);
        attr(a, "aria-roledescription", ValueType.STRING, true);
        attr(a, "aria-rowcount", ValueType.INTEGER, false);
        attr(a, "aria-rowindex", ValueType.INTEGER, false);
        attr(a, "aria-rowspan", ValueType.INTEGER, false);
        attr(a, "aria-selected", tfu, false);
        attr(a, "aria-setsize", ValueType.INTEGER, false);
        attr(a, "aria-sort", ValueType.TOKEN, false, "ascending", "descending", "none", "other");
        attr(a, "aria-valuemax", ValueType.NUMBER, false);
        attr(a, "aria-valuemin", ValueType.NUMBER, false);
        attr(a, "aria-valuenow", ValueType.NUMBER, false);
        attr(a, "aria-valuetext", ValueType.STRING, false);
        ATTRIBUTES = Collections.unmodifiableMap(a);

        Taxonomy t = new Taxonomy();
        NameFrom contents = NameFrom.CONTENTS;
        NameFrom prohibited = NameFrom.PROHIBITED;

        // Abstract roles: never valid in content, but they carry what their subclasses inherit.
        t.abstractRole("command", "widget");
        t.abstractRole("composite", "widget").sup("aria-activedescendant", "aria-disabled");
        t.abstractRole("input", "widget").sup("aria-disabled");
        t.abstractRole("landmark", "section");
        // ARIA 1.2 moved range under structure, as meters and progress bars are not interactive.
        t.abstractRole("range", "structure").sup("aria-valuemax", "aria-valuemin", "aria-valuenow", "aria-valuetext");
        t.abstractRole("roletype");
        t.abstractRole("section", "structure");
        t.abstractRole("sectionhead", "structure").name(contents);
        t.abstractRole("select", "composite", "group").sup("aria-orientation");
        t.abstractRole("structure", "roletype");
        t.abstractRole("widget", "roletype");
        t.abstractRole("window", "roletype").sup("aria-modal");

        t.role("alert", "section");
        t.role("alertdialog", "alert", "dialog");
        t.role("application", "structure").sup("aria-activedescendant", "aria-disabled", "aria-errormessage",
                "aria-expanded", "aria-haspopup", "aria-invalid");
        t.role("article", "document").sup("aria-posinset", "aria-setsize");
        t.role("banner", "landmark");
        t.role("blockquote", "section");
        t.role("button", "command").name(contents).presentational()
                .sup("aria-disabled", "aria-expanded", "aria-haspopup", "aria-pressed");
        t.role("caption", "section").name(prohibited).context("figure", "grid", "table", "treegrid");
        t.role("cell", "section").name(contents).context("row")
                .sup("aria-colindex", "aria-colspan", "aria-rowindex", "aria-rowspan");
        t.role("checkbox", "input").name(contents).presentational().req("aria-checked")
                .sup("aria-errormessage", "aria-expanded", "aria-invalid", "aria-readonly", "aria-required");
        t.role("code", "section").name(prohibited);
        t.role("columnheader", "cell", "gridcell", "sectionhead").name(contents).context("row").sup("aria-sort");
        // ARIA 1.2 re-based combobox on input and requires the popup reference even when collapsed.
        t.role("combobox", "input").req("aria-controls", "aria-expanded")
                .sup("aria-activedescendant", "aria-autocomplete", "aria-errormessage", "aria-haspopup",
                        "aria-invalid", "aria-readonly", "aria-required");
        t.role("complementary", "landmark");
        t.role("contentinfo", "landmark");
        t.role("definition", "section");
        t.role("deletion", "section").name(prohibited);
        t.role("dialog", "window");
        t.role("directory", "list");
        t.role("document", "structure");
        t.role("emphasis", "section").name(prohibited);
        t.role("feed", "list").owns("article");
        t.role("figure", "section");
        t.role("form", "landmark");
        // Prohibiting role descriptions on generic is ARIA 1.2; its braille twin is the 1.3 draft's.
        t.role("generic", "structure").name(prohibited)
                .prohibit("aria-brailleroledescription", "aria-roledescription");
        t.role("grid", "composite", "table").owns("row", "rowgroup>row").sup("aria-multiselectable", "aria-readonly");
        t.role("gridcell", "cell", "widget").name(contents).context("row")
                .sup("aria-disabled", "aria-errormessage", "aria-expanded", "aria-haspopup", "aria-invalid",
                        "aria-readonly", "aria-required", "aria-selected");
        t.role("group", "section").sup("aria-activedescendant", "aria-disabled");
        // ARIA 1.2 has no implicit aria-level for heading (2 is only the error fallback), so ACT fails it.
        t.role("heading", "sectionhead").name(contents).req("aria-level");
        t.role("img", "section").presentational();
        t.role("insertion", "section").name(prohibited);
        t.role("link", "command").name(contents).sup("aria-disabled", "aria-expanded", "aria-haspopup");
        // Since ARIA 1.2 a group of listitems inside a list no longer counts (ACT bc4a75 failed example 7).
        t.role("list", "section").owns("listitem");
        t.role("listbox", "select").owns("group>option", "option")
                .sup("aria-errormessage", "aria-expanded", "aria-invalid", "aria-multiselectable", "aria-readonly",
                        "aria-required");
        t.role("listitem", "section").context("directory", "list").sup("aria-level", "aria-posinset", "aria-setsize");
        t.role("log", "section");
        t.role("main", "landmark");
        t.role("marquee", "section");
        t.role("math", "section").presentational();
        t.role("menu", "select").owns("group>menuitem", "group>menuitemradio", "group>menuitemcheckbox",
                "menuitem", "menuitemcheckbox", "menuitemradio");
        t.role("menubar", "menu").owns("group>menuitem", "group>menuitemradio", "group>menuitemcheckbox",
                "menuitem", "menuitemcheckbox", "menuitemradio");
        t.role("menuitem", "command").name(contents).context("group", "menu", "menubar")
                .sup("aria-disabled", "aria-expanded", "aria-haspopup", "aria-posinset", "aria-setsize");
        // ARIA 1.2 dropped checkbox and radio as superclasses here, so their form states are not inherited.
        t.role("menuitemcheckbox", "menuitem").name(contents).presentational().context("group", "menu", "menubar")
                .req("aria-checked");
        t.role("menuitemradio", "menuitem").name(contents).presentational().context("group", "menu", "menubar")
                .req("aria-checked");
        t.role("meter", "range").presentational().req("aria-valuenow");
        t.role("navigation", "landmark");
        // The 1.3 draft and ACT kb1m8s (failed example 5) also treat a braille role description as
        // meaningless on an element whose role has been removed.
        t.role("none", "structure").name(prohibited).prohibit("aria-brailleroledescription");
        t.role("note", "section");
        // aria-selected became optional in ARIA 1.2 (w3c/aria#1340); it defaults to false.
        t.role("option", "input").name(contents).presentational().context("group", "listbox")
                .sup("aria-checked", "aria-posinset", "aria-selected", "aria-setsize");
        t.role("paragraph", "section").name(prohibited);
        t.role("presentation", "structure").name(prohibited).prohibit("aria-brailleroledescription");
        t.role("progressbar", "range", "widget").presentational();
        t.role("radio", "input").name(contents).presentational().req("aria-checked")
                .sup("aria-posinset", "aria-setsize");
        t.role("radiogroup", "select").owns("radio")
                .sup("aria-errormessage", "aria-invalid", "aria-readonly", "aria-required");
        t.role("region", "landmark");
        t.role("row", "group", "widget").name(contents).context("grid", "rowgroup", "table", "treegrid")
                .owns("cell", "columnheader", "gridcell", "rowheader")
                .sup("aria-colindex", "aria-expanded", "aria-level", "aria-posinset", "aria-rowindex",
                        "aria-selected", "aria-setsize");
        t.role("rowgroup", "structure").name(contents).context("grid", "table", "treegrid").owns("row");
        t.role("rowheader", "cell", "gridcell", "sectionhead").name(contents).context("row")
                .sup("aria-expanded", "aria-sort");
        t.role("scrollbar", "range", "widget").presentational().req("aria-controls", "aria-valuenow")
                .sup("aria-disabled", "aria-orientation", "aria-valuemax", "aria-valuemin", "aria-valuetext");
        t.role("search", "landmark");
        t.role("searchbox", "textbox");
        // The value states apply only when the separator is focusable; see REQUIRED_WHEN_FOCUSABLE.
        t.role("separator", "structure", "widget").presentational()
                .sup("aria-disabled", "aria-orientation", "aria-valuemax", "aria-valuemin", "aria-valuenow",
                        "aria-valuetext");
        t.role("slider", "input", "range").presentational().req("aria-valuenow")
                .sup("aria-errormessage", "aria-haspopup", "aria-invalid", "aria-orientation", "aria-readonly",
                        "aria-valuemax", "aria-valuemin", "aria-valuetext");
        // A spin button may be empty, so ARIA 1.2 made aria-valuenow optional (w3c/aria#813).
        t.role("spinbutton", "composite", "input", "range")
                .sup("aria-errormessage", "aria-invalid", "aria-readonly", "aria-required", "aria-valuemax",
                        "aria-valuemin", "aria-valuenow", "aria-valuetext");
        t.role("status", "section");
        t.role("strong", "section").name(prohibited);
        t.role("subscript", "section").name(prohibited);
        t.role("superscript", "section").name(prohibited);
        t.role("switch", "checkbox").name(contents).presentational().req("aria-checked");
        t.role("tab", "sectionhead", "widget").name(contents).presentational().context("tablist")
                .sup("aria-disabled", "aria-expanded", "aria-haspopup", "aria-posinset", "aria-selected",
                        "aria-setsize");
        t.role("table", "section").owns("row", "rowgroup>row").sup("aria-colcount", "aria-rowcount");
        t.role("tablist", "composite").owns("tab").sup("aria-multiselectable", "aria-orientation");
        t.role("tabpanel", "section");
        t.role("term", "section");
        t.role("textbox", "input")
                .sup("aria-activedescendant", "aria-autocomplete", "aria-errormessage", "aria-haspopup",
                        "aria-invalid", "aria-multiline", "aria-placeholder", "aria-readonly", "aria-required");
        t.role("time", "section");
        t.role("timer", "status");
        t.role("toolbar", "group").sup("aria-orientation");
        t.role("tooltip", "section").name(contents);
        t.role("tree", "select").owns("group>treeitem", "treeitem")
                .sup("aria-errormessage", "aria-invalid", "aria-multiselectable", "aria-required");
        t.role("treegrid", "grid", "tree").owns("row", "rowgroup>row");
        // Not presentational although option is: tree items contain nested groups.
        t.role("treeitem", "listitem", "option").name(contents).context("group", "tree")
                .sup("aria-expanded", "aria-haspopup");

        // DPUB-ARIA 1.1 (Recommendation 2025). It removed the list-entry context of doc-biblioentry and
        // doc-endnote, and the owned entries of doc-bibliography, doc-endnotes and doc-glossary.
        for (String landmark : List.of("acknowledgments", "afterword", "appendix", "bibliography", "chapter",
                "conclusion", "credits", "endnotes", "epilogue", "errata", "foreword", "glossary", "introduction",
                "part", "preface", "prologue")) {
            t.role("doc-" + landmark, "landmark");
        }
        for (String section : List.of("abstract", "colophon", "credit", "dedication", "epigraph", "footnote",
                "pullquote", "qna")) {
            t.role("doc-" + section, "section");
        }
        for (String link : List.of("backlink", "biblioref", "glossref", "noteref")) {
            t.role("doc-" + link, "link").name(contents);
        }
        for (String navigation : List.of("index", "pagelist", "toc")) {
            t.role("doc-" + navigation, "navigation");
        }
        t.role("doc-biblioentry", "listitem");
        // An image's parts are not separately meaningful; the DPUB table leaves this to inheritance.
        t.role("doc-cover", "img").presentational();
        t.role("doc-endnote", "listitem");
        t.role("doc-example", "figure");
        t.role("doc-notice", "note");
        t.role("doc-pagebreak", "separator").name(contents).presentational();
        t.role("doc-pagefooter", "section").name(prohibited);
        t.role("doc-pageheader", "section").name(prohibited);
        t.role("doc-subtitle", "sectionhead").name(contents);
        t.role("doc-tip", "note");

        // WAI-ARIA Graphics Module 1.0: SVG charts and diagrams are named like images and documents.
        t.role("graphics-document", "document");
        t.role("graphics-object", "group").name(contents);
        t.role("graphics-symbol", "img").presentational();

        ROLES = t.build(ATTRIBUTES);

        // "Implicit Value for Role" entries: what a missing attribute means for the role, so a checker
        // need not demand it. The fallbacks of section 9 (e.g. aria-checked=false) are error handling,
        // not implicit values, and are deliberately absent.
        Map<String, Map<String, String>> implicit = new LinkedHashMap<>();
        implicit(implicit, "alert", "aria-atomic", "true", "aria-live", "assertive");
        implicit(implicit, "combobox", "aria-haspopup", "listbox");
        implicit(implicit, "listbox", "aria-orientation", "vertical");
        implicit(implicit, "log", "aria-live", "polite");
        implicit(implicit, "marquee", "aria-live", "off");
        implicit(implicit, "menu", "aria-orientation", "vertical");
        implicit(implicit, "menubar", "aria-orientation", "horizontal");
        implicit(implicit, "meter", "aria-valuemax", "100", "aria-valuemin", "0");
        implicit(implicit, "option", "aria-selected", "false");
        implicit(implicit, "progressbar", "aria-valuemax", "100", "aria-valuemin", "0");
        implicit(implicit, "scrollbar", "aria-orientation", "vertical", "aria-valuemax", "100", "aria-valuemin", "0");
        implicit(implicit, "separator", "aria-orientation", "horizontal", "aria-valuemax", "100",
                "aria-valuemin", "0");
        implicit(implicit, "slider", "aria-orientation", "horizontal", "aria-valuemax", "100", "aria-valuemin", "0");
        implicit(implicit, "spinbutton", "aria-valuenow", "0");
        implicit(implicit, "status", "aria-atomic", "true", "aria-live", "polite");
        implicit(implicit, "tab", "aria-selected", "false");
        implicit(implicit, "tablist", "aria-orientation", "horizontal");
        implicit(implicit, "timer", "aria-live", "off");
        implicit(implicit, "toolbar", "aria-orientation", "horizontal");
        implicit(implicit, "tree", "aria-orientation", "vertical");
        IMPLICIT_VALUES = Collections.unmodifiableMap(implicit);
    }

    private AriaSpec() {
    }

    /** The role named {@code name} (trimmed, ASCII case-insensitive), abstract ones included. */
    public static Optional<Role> role(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(ROLES.get(normalize(name)));
    }

    /** Whether {@code name} is a role an author may use: defined and not abstract. */
    public static boolean isValidRole(String name) {
        return role(name).map(r -> !r.isAbstract()).orElse(false);
    }

    /** Whether the role is defined but deprecated ({@code directory}, {@code doc-biblioentry}, {@code doc-endnote}). */
    public static boolean isDeprecatedRole(String name) {
        return name != null && DEPRECATED_ROLES.contains(normalize(name));
    }

    /** The state or property named {@code name} (trimmed, ASCII case-insensitive). */
    public static Optional<Attribute> attribute(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(ATTRIBUTES.get(normalize(name)));
    }

    /** Whether the attribute is a global state or property. */
    public static boolean isGlobal(String attributeName) {
        return attribute(attributeName).map(Attribute::global).orElse(false);
    }

    /**
     * Whether the attribute is one of the globals whose use ARIA 1.2 deprecates on roles that do not
     * list it ({@code aria-disabled}, {@code aria-errormessage}, {@code aria-haspopup},
     * {@code aria-invalid}).
     */
    public static boolean isGlobalUseDeprecated(String attributeName) {
        return attributeName != null && GLOBAL_USE_DEPRECATED.contains(normalize(attributeName));
    }

    /** Every role name, abstract ones included, in a fixed order. */
    public static Set<String> roleNames() {
        return ROLES.keySet();
    }

    /** Every state and property name, alphabetically. */
    public static Set<String> attributeNames() {
        return ATTRIBUTES.keySet();
    }

    /**
     * Whether an author may set the attribute on an element with the role: it is defined, not
     * prohibited for the role, and either global or supported by the role (ACT 5c01ea, kb1m8s).
     */
    public static boolean isPermitted(String roleName, String attributeName) {
        Optional<Role> r = role(roleName);
        Optional<Attribute> a = attribute(attributeName);
        if (r.isEmpty() || a.isEmpty()) {
            return false;
        }
        String name = a.get().name();
        return !r.get().prohibitedAttributes().contains(name)
                && (a.get().global() || r.get().supportedAttributes().contains(name));
    }

    /**
     * The required states and properties of the role given whether its element is focusable: only a
     * focusable separator needs {@code aria-valuenow} (ACT 4e8ab6).
     */
    public static Set<String> requiredAttributes(String roleName, boolean focusable) {
        Optional<Role> r = role(roleName);
        if (r.isEmpty()) {
            return Set.of();
        }
        Set<String> extra = focusable ? REQUIRED_WHEN_FOCUSABLE.get(r.get().name()) : null;
        if (extra == null) {
            return r.get().requiredAttributes();
        }
        List<String> all = new ArrayList<>(r.get().requiredAttributes());
        all.addAll(extra);
        return frozen(all);
    }

    /** The value the role implies for the attribute when the author sets none, if the spec gives one. */
    public static Optional<String> implicitValue(String roleName, String attributeName) {
        if (roleName == null || attributeName == null) {
            return Optional.empty();
        }
        Map<String, String> values = IMPLICIT_VALUES.get(normalize(roleName));
        return values == null ? Optional.empty() : Optional.ofNullable(values.get(normalize(attributeName)));
    }

    /**
     * Whether {@code value} is valid for the attribute's type, the way ACT rule 6a7281 ("ARIA state or
     * property has valid value") judges it. An empty or whitespace-only value is valid for every type:
     * the rule does not apply to it, since such an attribute is treated as not set. Otherwise, after
     * trimming ASCII whitespace: true/false and token values are ASCII case-insensitive;
     * {@code TRISTATE} accepts true, false, mixed and the default undefined, as the spec's value
     * table lists it; {@code INTEGER} is an optional sign and digits; {@code NUMBER} a decimal with
     * optional sign, fraction and exponent; {@code TOKEN_LIST} whitespace-separated allowed tokens;
     * {@code STRING}, {@code IDREF} and {@code IDREF_LIST} accept anything, as unresolved references
     * are checked elsewhere. An undefined attribute has no valid value.
     */
    public static boolean isValidValue(String attributeName, String value) {
        Optional<Attribute> found = attribute(attributeName);
        if (found.isEmpty()) {
            return false;
        }
        String v = value == null ? "" : trimAsciiWhitespace(value);
        if (v.isEmpty()) {
            return true;
        }
        Attribute a = found.get();
        String lower = v.toLowerCase(Locale.ROOT);
        return switch (a.type()) {
            case TRUE_FALSE -> lower.equals("true") || lower.equals("false");
            case TRUE_FALSE_UNDEFINED -> lower.equals("true") || lower.equals("false") || lower.equals("undefined");
            case TRISTATE -> lower.equals("true") || lower.equals("false") || lower.equals("mixed")
                    || lower.equals("undefined");
            case INTEGER -> INTEGER.matcher(v).matches();
            case NUMBER -> NUMBER.matcher(v).matches();
            case TOKEN -> a.tokens().contains(lower);
            case TOKEN_LIST -> ASCII_WHITESPACE.splitAsStream(lower).allMatch(a.tokens()::contains);
            case STRING, IDREF, IDREF_LIST -> true;
        };
    }

    private static void attr(Map<String, Attribute> into, String name, ValueType type, boolean global,
            String... tokens) {
        into.put(name, new Attribute(name, type, List.of(tokens), global, false));
    }

    private static void implicit(Map<String, Map<String, String>> into, String role, String... attributeValuePairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < attributeValuePairs.length; i += 2) {
            values.put(attributeValuePairs[i], attributeValuePairs[i + 1]);
        }
        into.put(role, Collections.unmodifiableMap(values));
    }

    private static String normalize(String name) {
        return trimAsciiWhitespace(name).toLowerCase(Locale.ROOT);
    }

    /** HTML trims only ASCII whitespace; {@link String#strip()} would also eat other Unicode spaces. */
    private static String trimAsciiWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isAsciiWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isAsciiWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** Sorted and unmodifiable, so iteration never depends on hashing. */
    private static Set<String> frozen(Collection<String> values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(values)));
    }

    /** The roles as written in the specifications: direct superclasses and own characteristics only. */
    private static final class Taxonomy {

        private final Map<String, Definition> definitions = new LinkedHashMap<>();

        Definition abstractRole(String name, String... superclasses) {
            return add(new Definition(name, true, superclasses));
        }

        Definition role(String name, String... superclasses) {
            return add(new Definition(name, false, superclasses));
        }

        private Definition add(Definition d) {
            if (definitions.put(d.name, d) != null) {
                throw new IllegalStateException("role defined twice: " + d.name);
            }
            return d;
        }

        /** Resolves inheritance: ancestors are transitive, and so are supported states and properties. */
        Map<String, Role> build(Map<String, Attribute> attributes) {
            Map<String, Role> roles = new LinkedHashMap<>();
            for (String name : new TreeSet<>(definitions.keySet())) {
                Definition d = definitions.get(name);
                Set<String> ancestors = new TreeSet<>();
                collectAncestors(d, ancestors);
                Set<String> supported = new TreeSet<>();
                for (Definition from : lineage(d, ancestors)) {
                    supported.addAll(from.supported);
                    supported.addAll(from.required);
                }
                supported.removeIf(attribute -> {
                    Attribute a = attributes.get(attribute);
                    if (a == null) {
                        throw new IllegalStateException(d.name + " refers to undefined " + attribute);
                    }
                    return a.global() && !GLOBAL_USE_DEPRECATED.contains(attribute);
                });
                for (String other : d.context) {
                    requireDefined(d, other);
                }
                d.owned.forEach(path -> path.forEach(other -> requireDefined(d, other)));
                roles.put(name, new Role(name, d.isAbstract, d.required, supported, d.prohibited, d.owned, d.context,
                        d.nameFrom, d.childrenPresentational, ancestors));
            }
            return Collections.unmodifiableMap(roles);
        }

        private List<Definition> lineage(Definition d, Set<String> ancestors) {
            List<Definition> lineage = new ArrayList<>();
            lineage.add(d);
            ancestors.forEach(name -> lineage.add(definitions.get(name)));
            return lineage;
        }

        private void collectAncestors(Definition d, Set<String> into) {
            for (String parent : d.superclasses) {
                Definition p = definitions.get(parent);
                if (p == null) {
                    throw new IllegalStateException(d.name + " has undefined superclass " + parent);
                }
                if (into.add(parent)) {
                    collectAncestors(p, into);
                }
            }
        }

        private void requireDefined(Definition d, String other) {
            if (!definitions.containsKey(other)) {
                throw new IllegalStateException(d.name + " refers to undefined role " + other);
            }
        }
    }

    private static final class Definition {
        final String name;
        final boolean isAbstract;
        final List<String> superclasses;
        final Set<String> required = new TreeSet<>();
        final Set<String> supported = new TreeSet<>();
        final Set<String> prohibited = new TreeSet<>();
        final List<List<String>> owned = new ArrayList<>();
        final Set<String> context = new TreeSet<>();
        NameFrom nameFrom = NameFrom.AUTHOR;
        boolean childrenPresentational;

        Definition(String name, boolean isAbstract, String... superclasses) {
            this.name = name;
            this.isAbstract = isAbstract;
            this.superclasses = List.of(superclasses);
        }

        Definition req(String... attributes) {
            required.addAll(List.of(attributes));
            return this;
        }

        Definition sup(String... attributes) {
            supported.addAll(List.of(attributes));
            return this;
        }

        Definition prohibit(String... attributes) {
            prohibited.addAll(List.of(attributes));
            return this;
        }

        /** Each argument is a path of roles separated by {@code >}, e.g. {@code group>menuitem}. */
        Definition owns(String... paths) {
            for (String path : paths) {
                owned.add(List.of(path.split(">")));
            }
            return this;
        }

        Definition context(String... roles) {
            context.addAll(List.of(roles));
            return this;
        }

        /** Where naming is prohibited, ARIA also prohibits the attributes that would name it. */
        Definition name(NameFrom from) {
            nameFrom = from;
            if (from == NameFrom.PROHIBITED) {
                prohibited.addAll(NAMING);
            }
            return this;
        }

        Definition presentational() {
            childrenPresentational = true;
            return this;
        }
    }
}
