package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * WCAG 4.1.2, 2.5.3 and 1.3.5: controls have names, the visible label is part of the name, nothing
 * focusable hides under aria-hidden or inside an element whose children are presentational, and
 * autocomplete values are valid.
 */
final class NameChecks implements A11yCheck {

    private static final Set<String> FIELD_ROLES = Set.of("checkbox", "combobox", "listbox", "menuitemcheckbox", "menuitemradio",
            "radio", "searchbox", "slider", "spinbutton", "switch", "textbox");
    private static final Set<String> LABEL_IN_NAME_ROLES = Set.of("button", "checkbox", "gridcell", "link", "menuitem",
            "menuitemcheckbox", "menuitemradio", "option", "radio", "searchbox", "switch", "tab", "treeitem");

    @Override
    public void check(AuditedPage page, List<A11yFinding> findings) {
        for (Element e : page.elements()) {
            String tag = e.normalName();
            if (Attr.get(e, "aria-hidden").trim().equalsIgnoreCase("true") && page.isRendered(e)) {
                for (Element inside : e.getAllElements()) {
                    if (page.isInTabOrder(inside) && !ScriptText.movesFocusAway(page, inside)) {
                        findings.add(new A11yFinding(A11yRule.ARIA_HIDDEN_FOCUS, inside, "<" + inside.normalName()
                                + "> takes keyboard focus inside aria-hidden content", "remove aria-hidden, or take the element out of the tab order"));
                        break;
                    }
                }
            }
            if (!page.isExposed(e)) {
                continue;
            }
            String role = page.role(e);
            if (role.equals("button") && !(tag.equals("input") && Attr.get(e, "type").equalsIgnoreCase("image")) && !tag.equals("summary")) {
                if (page.name(e).isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.BUTTON_NAME, e, "button has no text or accessible name",
                            "write what the button does inside it, or give it aria-label"));
                }
            } else if (FIELD_ROLES.contains(role) || (tag.equals("input") && role.isEmpty() && isNamedField(e))) {
                if (page.name(e).isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.FORM_FIELD_NAME, e, "form field <" + tag + (tag.equals("input") ? " type=\""
                            + Attr.get(e, "type") + "\"" : "") + "> has no label", "give it a <label for=…>, or aria-label"));
                }
            } else if (tag.equals("iframe")) {
                String explicit = AuditedPage.explicitRole(e).orElse("");
                boolean outOfTabOrder = Attr.get(e, "tabindex").trim().matches("-[0-9]+");
                if (page.name(e).isEmpty() && !explicit.equals("none") && !explicit.equals("presentation") && !outOfTabOrder) {
                    findings.add(new A11yFinding(A11yRule.FRAME_TITLE, e, "<iframe> has no title", "give it a title that says what it shows"));
                }
            } else if (tag.equals("summary") && role.equals("button") && page.isFocusable(e)) {
                if (page.name(e).isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.SUMMARY_NAME, e, "<summary> has no text",
                            "write what the collapsed section holds inside <summary>"));
                }
            } else if (role.equals("menuitem")) {
                if (page.name(e).isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.MENUITEM_NAME, e, "menu item has no accessible name",
                            "write the menu item's text, or give it aria-label"));
                }
            }
            AriaSpec.role(role).filter(AriaSpec.Role::childrenPresentational).ifPresent(spec -> {
                for (Element inside : e.getAllElements()) {
                    if (inside != e && page.isFocusable(inside) && page.isRendered(inside)) {
                        findings.add(new A11yFinding(A11yRule.PRESENTATIONAL_CHILDREN_FOCUS, inside, "<" + inside.normalName()
                                + "> takes focus inside a " + role + ", whose children are presentational",
                                "move the focusable element out of the " + role));
                        break;
                    }
                }
            });
            if (LABEL_IN_NAME_ROLES.contains(role) && (Attr.has(e, "aria-label") || Attr.has(e, "aria-labelledby"))) {
                labelInName(page, e, findings);
            }
            autocomplete(page, e, findings);
        }
    }

    private static boolean isNamedField(Element e) {
        String type = Attr.get(e, "type").toLowerCase(Locale.ROOT);
        return Set.of("password", "date", "datetime-local", "month", "time", "week", "color", "file").contains(type);
    }

    private static void labelInName(AuditedPage page, Element e, List<A11yFinding> findings) {
        // text in parentheses is a supplement (a format, a count) that the name may leave out
        String shown = page.visibleText(e).replaceAll("\\([^)]*\\)", " ");
        List<String> visible = words(shown);
        String family = String.valueOf(page.styles().get(e, "font-family")).toLowerCase(Locale.ROOT);
        boolean iconFont = family.contains("icon") || family.contains("awesome") || family.contains("glyph");
        String joined = String.join("", visible);
        if (visible.isEmpty() || iconFont || (joined.codePointCount(0, joined.length()) < 2 && !Character.isDigit(joined.codePointAt(0)))) {
            return; // a single letter or sign, or an icon-font ligature, is a symbol, not a label
        }
        List<String> name = words(page.name(e));
        if (!containsInOrder(name, visible, abbreviations(shown))) {
            findings.add(new A11yFinding(A11yRule.LABEL_IN_NAME, e, "the visible label '" + page.visibleText(e)
                    + "' is not part of the accessible name '" + page.name(e) + "'",
                    "start the aria-label with the visible text, so that speech users can say what they see"));
        }
    }

    /** Visible words written with a final full stop (Ave., Dr.), which the name may spell out. */
    private static java.util.Set<String> abbreviations(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.length() > 1 && word.endsWith(".")) {
                out.add(word.replaceAll("[\\p{P}\\p{S}]", ""));
            }
        }
        return out;
    }

    private static boolean containsInOrder(List<String> name, List<String> visible, java.util.Set<String> abbreviations) {
        for (int start = 0; start + visible.size() <= name.size(); start++) {
            boolean all = true;
            for (int i = 0; i < visible.size() && all; i++) {
                String shown = visible.get(i);
                String named = name.get(start + i);
                all = named.equals(shown) || (abbreviations.contains(shown) && named.startsWith(shown));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        String normalized = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}]", "").replaceAll("\\s+", " ").trim();
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    private static void autocomplete(AuditedPage page, Element e, List<A11yFinding> findings) {
        if (!AutocompleteTokens.appliesTo(e) || !page.isRendered(e)) {
            return;
        }
        String value = Attr.get(e, "autocomplete");
        String type = e.normalName().equals("input") ? Attr.get(e, "type") : e.normalName();
        if (!AutocompleteTokens.isValid(value, type)) {
            findings.add(new A11yFinding(A11yRule.AUTOCOMPLETE_VALID, e, "autocomplete=\"" + value + "\" is not valid here"
                    + AutocompleteTokens.problem(value, type).map(p -> ": " + p).orElse(""),
                    "use an autofill field name from the HTML standard, such as name, email or tel"));
        }
    }
}
