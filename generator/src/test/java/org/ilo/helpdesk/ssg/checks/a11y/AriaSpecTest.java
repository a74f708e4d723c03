package org.ilo.helpdesk.ssg.checks.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ilo.helpdesk.ssg.checks.a11y.AriaSpec.NameFrom;
import org.ilo.helpdesk.ssg.checks.a11y.AriaSpec.Role;
import org.ilo.helpdesk.ssg.checks.a11y.AriaSpec.ValueType;
import org.junit.jupiter.api.Test;

class AriaSpecTest {

    private static Role role(String name) {
        return AriaSpec.role(name).orElseThrow(() -> new AssertionError("no role " + name));
    }

    @Test
    void checkboxRequiresAriaChecked() {
        assertEquals(Set.of("aria-checked"), role("checkbox").requiredAttributes());
        assertEquals(Set.of("aria-checked"), role("switch").requiredAttributes());
    }

    @Test
    void comboboxRequiresItsPopupReferenceAndExpandedState() {
        assertEquals(Set.of("aria-controls", "aria-expanded"), role("combobox").requiredAttributes());
        assertEquals(Set.of("aria-level"), role("heading").requiredAttributes());
        assertEquals(Set.of("aria-controls", "aria-valuenow"), role("scrollbar").requiredAttributes());
    }

    @Test
    void optionAndSpinbuttonRequireNothingSinceAria12() {
        assertEquals(Set.of(), role("option").requiredAttributes());
        assertEquals(Set.of(), role("spinbutton").requiredAttributes());
        assertEquals(Optional.of("false"), AriaSpec.implicitValue("option", "aria-selected"));
    }

    @Test
    void onlyAFocusableSeparatorRequiresAriaValuenow() {
        assertEquals(Set.of(), AriaSpec.requiredAttributes("separator", false));
        assertEquals(Set.of("aria-valuenow"), AriaSpec.requiredAttributes("separator", true));
        assertEquals(Set.of("aria-checked"), AriaSpec.requiredAttributes("radio", true));
    }

    @Test
    void listOwnsListitemsButNotGroupsOfThem() {
        assertEquals(List.of(List.of("listitem")), role("list").requiredOwnedElements());
    }

    @Test
    void menuOwnsMenuitemsDirectlyOrThroughAGroup() {
        assertEquals(List.of(
                List.of("group", "menuitem"), List.of("group", "menuitemradio"), List.of("group", "menuitemcheckbox"),
                List.of("menuitem"), List.of("menuitemcheckbox"), List.of("menuitemradio")),
                role("menu").requiredOwnedElements());
    }

    @Test
    void tablesAndGridsOwnRowsDirectlyOrThroughRowgroups() {
        List<List<String>> rows = List.of(List.of("row"), List.of("rowgroup", "row"));
        assertEquals(rows, role("table").requiredOwnedElements());
        assertEquals(rows, role("grid").requiredOwnedElements());
        assertEquals(rows, role("treegrid").requiredOwnedElements());
        assertEquals(List.of(List.of("cell"), List.of("columnheader"), List.of("gridcell"), List.of("rowheader")),
                role("row").requiredOwnedElements());
    }

    @Test
    void itemsNeedTheirContainerAsContext() {
        assertEquals(Set.of("directory", "list"), role("listitem").requiredContextRoles());
        assertEquals(Set.of("grid", "rowgroup", "table", "treegrid"), role("row").requiredContextRoles());
        assertEquals(Set.of("group", "listbox"), role("option").requiredContextRoles());
        assertEquals(Set.of("tablist"), role("tab").requiredContextRoles());
        assertEquals(Set.of(), role("doc-biblioentry").requiredContextRoles());
    }

    @Test
    void buttonChildrenArePresentationalButTreeitemChildrenAreNot() {
        assertTrue(role("button").childrenPresentational());
        assertTrue(role("graphics-symbol").childrenPresentational());
        assertFalse(role("treeitem").childrenPresentational());
        assertFalse(role("link").childrenPresentational());
    }

    @Test
    void namingIsProhibitedOnGenericAndParagraph() {
        assertEquals(NameFrom.PROHIBITED, role("generic").nameFrom());
        assertEquals(Set.of("aria-braillelabel", "aria-brailleroledescription", "aria-label", "aria-labelledby",
                "aria-roledescription"), role("generic").prohibitedAttributes());
        assertFalse(AriaSpec.isPermitted("paragraph", "aria-label"));
        assertFalse(AriaSpec.isPermitted("paragraph", "aria-braillelabel"));
        assertTrue(AriaSpec.isPermitted("heading", "aria-braillelabel"));
        assertEquals(NameFrom.CONTENTS, role("button").nameFrom());
    }

    @Test
    void permittedAttributesAreGlobalsOrInheritedFromSuperclasses() {
        assertTrue(AriaSpec.isPermitted("switch", "aria-required"));
        assertTrue(AriaSpec.isPermitted("button", "aria-pressed"));
        assertTrue(AriaSpec.isPermitted("generic", "aria-busy"));
        assertFalse(AriaSpec.isPermitted("button", "aria-sort"));
        assertFalse(AriaSpec.isPermitted("region", "aria-orientation"));
        assertFalse(role("button").supportedAttributes().contains("aria-label"));
        assertTrue(role("treeitem").supportedAttributes().containsAll(Set.of("aria-level", "aria-selected")));
    }

    @Test
    void superclassRolesAreTransitive() {
        assertEquals(Set.of("checkbox", "input", "roletype", "widget"), role("switch").superclassRoles());
        assertEquals(Set.of("command", "link", "roletype", "widget"), role("doc-noteref").superclassRoles());
    }

    @Test
    void abstractRolesAreDefinedButNotValid() {
        for (String name : List.of("command", "composite", "input", "landmark", "range", "roletype", "section",
                "sectionhead", "select", "structure", "widget", "window")) {
            assertTrue(role(name).isAbstract(), name);
            assertFalse(AriaSpec.isValidRole(name), name);
        }
        assertTrue(AriaSpec.isValidRole(" Doc-Biblioref "));
        assertFalse(AriaSpec.isValidRole("lnik"));
        assertTrue(AriaSpec.isDeprecatedRole("directory"));
    }

    @Test
    void deprecatedAndDraftAttributesAreKnown() {
        assertTrue(AriaSpec.attribute("aria-grabbed").orElseThrow().deprecated());
        assertTrue(AriaSpec.attribute("aria-dropeffect").orElseThrow().deprecated());
        assertTrue(AriaSpec.isGlobal("aria-description"));
        assertTrue(AriaSpec.isGlobal("aria-brailleroledescription"));
        assertTrue(AriaSpec.isGlobalUseDeprecated("aria-disabled"));
        assertFalse(AriaSpec.attribute("aria-not-checked").isPresent());
        assertEquals(ValueType.TRISTATE, AriaSpec.attribute("aria-pressed").orElseThrow().type());
    }

    @Test
    void valuesAreValidatedByTheirType() {
        assertTrue(AriaSpec.isValidValue("aria-required", "TRUE"));
        assertFalse(AriaSpec.isValidValue("aria-required", "undefined"));
        assertTrue(AriaSpec.isValidValue("aria-expanded", "undefined"));
        assertFalse(AriaSpec.isValidValue("aria-expanded", "collapsed"));
        assertTrue(AriaSpec.isValidValue("aria-pressed", "mixed"));
        assertFalse(AriaSpec.isValidValue("aria-pressed", "horizontal"));
        assertTrue(AriaSpec.isValidValue("aria-rowindex", "+2"));
        assertFalse(AriaSpec.isValidValue("aria-rowindex", "2.5"));
        assertTrue(AriaSpec.isValidValue("aria-valuenow", "-1.5e3"));
        assertFalse(AriaSpec.isValidValue("aria-valuenow", "two"));
        assertTrue(AriaSpec.isValidValue("aria-current", " page "));
        assertFalse(AriaSpec.isValidValue("aria-live", "page"));
        assertTrue(AriaSpec.isValidValue("aria-relevant", "text\tremovals"));
        assertFalse(AriaSpec.isValidValue("aria-relevant", "text always"));
        assertTrue(AriaSpec.isValidValue("aria-errormessage", "no-such-id"));
        assertFalse(AriaSpec.isValidValue("aria-labelled", "label"));
    }

    @Test
    void anEmptyValueIsNotJudged() {
        assertTrue(AriaSpec.isValidValue("aria-live", ""));
        assertTrue(AriaSpec.isValidValue("aria-checked", "  "));
        assertTrue(AriaSpec.isValidValue("aria-valuenow", null));
    }

    @Test
    void rolesIterateInAFixedOrder() {
        List<String> names = List.copyOf(AriaSpec.roleNames());
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(names.containsAll(List.of("doc-pagefooter", "graphics-document", "generic", "time")));
    }
}
