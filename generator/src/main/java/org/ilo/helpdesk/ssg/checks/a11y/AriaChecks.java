package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** WAI-ARIA used as the specification allows (4.1.2), with the structure roles require (1.3.1). */
final class AriaChecks implements A11yCheck {

    /** Selectors parsed once: jsoup parses a selector given as text on every call. */
    private static final org.jsoup.select.Evaluator SEL_ARIA_OWNS = org.jsoup.select.QueryParser.parse("[aria-owns]");

    @Override
    public void check(AuditedPage page, List<A11yFinding> findings) {
        for (Element e : page.elements()) {
            boolean exposed = page.isExposed(e);
            String roleAttr = Attr.get(e, "role").trim();
            if (!roleAttr.isEmpty() && exposed && AuditedPage.explicitRole(e).isEmpty()) {
                findings.add(new A11yFinding(A11yRule.ARIA_ROLES, e, "role=\"" + roleAttr + "\" is not a WAI-ARIA role",
                        "use a role from WAI-ARIA 1.2, or remove the attribute"));
            }
            String role = page.role(e);
            // elements with no ARIA role (iframe, embed…) take the global attributes only, which are always allowed
            Optional<AriaSpec.Role> spec = role.isEmpty() ? Optional.empty() : AriaSpec.role(role);
            for (Attribute attribute : e.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (!key.startsWith("aria-")) {
                    continue;
                }
                Optional<AriaSpec.Attribute> definition = AriaSpec.attribute(key);
                if (definition.isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.ARIA_VALID_ATTR, e, key + " is not a WAI-ARIA attribute",
                            "check the spelling; see the list of states and properties in WAI-ARIA 1.2"));
                    continue;
                }
                String value = attribute.getValue();
                if (!value.trim().isEmpty() && !AriaSpec.isValidValue(key, value)) {
                    findings.add(new A11yFinding(A11yRule.ARIA_VALID_VALUE, e, key + "=\"" + value + "\" is not a valid value"
                            + allowed(definition.get()), "use one of the values WAI-ARIA allows for " + key));
                }
                if (!exposed || spec.isEmpty()) {
                    continue;
                }
                boolean permitted = definition.get().global() || spec.get().supportedAttributes().contains(key)
                        || spec.get().requiredAttributes().contains(key);
                if (spec.get().prohibitedAttributes().contains(key)) {
                    findings.add(new A11yFinding(A11yRule.ARIA_ALLOWED_ATTR, e, key + " is not allowed on role " + role,
                            "name the element some other way, or give it a role that can be named"));
                } else if (!permitted && !value.trim().isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.ARIA_ALLOWED_ATTR, e, key + " is not supported by role " + role,
                            "remove " + key + ", or use a role that supports it"));
                }
            }
            if (!exposed || AuditedPage.explicitRole(e).isEmpty()) {
                continue;
            }
            String explicit = AuditedPage.explicitRole(e).get();
            if (!explicit.equals(role)) {
                continue;
            }
            Optional<AriaSpec.Role> explicitSpec = AriaSpec.role(explicit);
            if (explicitSpec.isEmpty()) {
                continue;
            }
            if (!explicit.equals(page.implicitRole(e))) {
                for (String required : new java.util.TreeSet<>(explicitSpec.get().requiredAttributes())) {
                    if (!e.hasAttr(required) && !nativelyProvides(e, required) && !hasFallback(e, explicit, required)) {
                        findings.add(new A11yFinding(A11yRule.ARIA_REQUIRED_ATTR, e, "role " + explicit + " requires " + required,
                                "add " + required + " with the element's current state"));
                    }
                }
            }
            requiredChildren(page, e, explicit, explicitSpec.get(), findings);
            requiredParent(page, e, explicit, explicitSpec.get(), findings);
        }
    }

    private static String allowed(AriaSpec.Attribute attribute) {
        return switch (attribute.type()) {
            case TRUE_FALSE -> " (true or false)";
            case TRUE_FALSE_UNDEFINED -> " (true, false or undefined)";
            case TRISTATE -> " (true, false or mixed)";
            case INTEGER -> " (an integer)";
            case NUMBER -> " (a number)";
            case TOKEN, TOKEN_LIST -> " (" + String.join(", ", attribute.tokens()) + ")";
            default -> "";
        };
    }

    /**
     * Whether assistive technology still gets the state when the attribute is missing: WAI-ARIA gives
     * these a fallback value (unchecked, collapsed, level 2, the range's midpoint…), and a collapsed
     * combobox needs no popup to control.
     */
    private static boolean hasFallback(Element e, String role, String attribute) {
        return switch (attribute) {
            case "aria-checked", "aria-expanded", "aria-level", "aria-selected", "aria-orientation", "aria-valuemin", "aria-valuemax",
                 "aria-valuenow" -> !(role.equals("heading") && attribute.equals("aria-level"));
            case "aria-controls" -> role.equals("combobox") && !Attr.get(e, "aria-expanded").trim().equalsIgnoreCase("true");
            default -> false;
        };
    }

    private static boolean nativelyProvides(Element e, String attribute) {
        String tag = e.normalName();
        String type = Attr.get(e, "type").toLowerCase(Locale.ROOT);
        return switch (attribute) {
            case "aria-checked" -> tag.equals("input") && (type.equals("checkbox") || type.equals("radio"));
            case "aria-valuenow", "aria-valuemin", "aria-valuemax" -> tag.equals("input") && (type.equals("range") || type.equals("number"))
                    || tag.equals("progress") || tag.equals("meter");
            case "aria-level" -> tag.matches("h[1-6]");
            case "aria-selected" -> tag.equals("option");
            case "aria-expanded" -> tag.equals("select") || tag.equals("details") || tag.equals("summary");
            case "aria-controls" -> false;
            default -> false;
        };
    }

    /** The elements a role owns: accessibility-tree children, seen through generic and presentational wrappers, plus aria-owns. */
    private static List<Element> owned(AuditedPage page, Element e) {
        List<Element> out = new ArrayList<>();
        collectOwned(page, e, out);
        for (String id : Attr.get(e, "aria-owns").trim().split("\\s+")) {
            if (!id.isEmpty()) {
                page.byId(id).filter(page::isExposed).ifPresent(out::add);
            }
        }
        return out;
    }

    /** What an intermediate role owns, looking into nested elements of the same role (a group in a group). */
    private static List<Element> ownedThroughNesting(AuditedPage page, Element e, String role) {
        List<Element> out = new ArrayList<>();
        for (Element child : owned(page, e)) {
            if (page.role(child).equals(role)) {
                out.addAll(ownedThroughNesting(page, child, role));
            } else {
                out.add(child);
            }
        }
        return out;
    }

    private static void collectOwned(AuditedPage page, Element parent, List<Element> out) {
        for (Element child : parent.children()) {
            if (!page.isExposed(child)) {
                continue;
            }
            if (isTransparent(page, child)) {
                collectOwned(page, child, out);
            } else {
                out.add(child);
            }
        }
    }

    /** A wrapper the accessibility tree leaves out: no role of its own, no ARIA property, no focus. */
    private static boolean isTransparent(AuditedPage page, Element e) {
        String role = page.role(e);
        if (!(role.isEmpty() || role.equals("generic") || role.equals("none") || role.equals("presentation"))) {
            return false;
        }
        if (page.isFocusable(e)) {
            return false;
        }
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            if (key.startsWith("aria-") && !key.equals("aria-hidden") && AriaSpec.isGlobal(key)) {
                return false;
            }
        }
        return true;
    }

    private static void requiredChildren(AuditedPage page, Element e, String role, AriaSpec.Role spec, List<A11yFinding> findings) {
        if (spec.requiredOwnedElements().isEmpty() || "true".equalsIgnoreCase(Attr.get(e, "aria-busy").trim())) {
            return;
        }
        if (e.children().isEmpty() && !Attr.has(e, "aria-owns") && ScriptText.usesShadowDom(page)) {
            return; // its children may be in a shadow root the scripts attach
        }
        List<String> allowedFirst = new ArrayList<>();
        for (List<String> path : spec.requiredOwnedElements()) {
            allowedFirst.add(path.get(0));
        }
        List<Element> owned = owned(page, e);
        if (owned.isEmpty()) {
            findings.add(new A11yFinding(A11yRule.ARIA_REQUIRED_CHILDREN, e, "role " + role + " owns no element with role "
                    + String.join(" or ", allowedFirst), "give it children with one of those roles"));
            return;
        }
        for (Element child : owned) {
            String childRole = page.role(child);
            if (!allowedFirst.contains(childRole)) {
                findings.add(new A11yFinding(A11yRule.ARIA_REQUIRED_CHILDREN, child, "role " + role + " may own only "
                        + String.join(", ", allowedFirst) + ", not " + (childRole.isEmpty() ? "<" + child.normalName() + ">" : childRole),
                        "give the child one of those roles, or move it out"));
                return;
            }
            // a path such as group > menuitem: what the intermediate role owns must come next in a path
            List<String> next = new ArrayList<>();
            boolean endsHere = false;
            for (List<String> path : spec.requiredOwnedElements()) {
                if (path.get(0).equals(childRole)) {
                    if (path.size() > 1) {
                        next.add(path.get(1));
                    } else {
                        endsHere = true;
                    }
                }
            }
            if (!endsHere && !next.isEmpty()) {
                for (Element grandchild : ownedThroughNesting(page, child, childRole)) {
                    String grandRole = page.role(grandchild);
                    if (!next.contains(grandRole)) {
                        findings.add(new A11yFinding(A11yRule.ARIA_REQUIRED_CHILDREN, grandchild, "a " + childRole + " in a " + role
                                + " may own only " + String.join(", ", next) + ", not " + (grandRole.isEmpty() ? "<" + grandchild.normalName()
                                + ">" : grandRole), "give the child one of those roles, or move it out"));
                        return;
                    }
                }
            }
        }
    }

    private static void requiredParent(AuditedPage page, Element e, String role, AriaSpec.Role spec, List<A11yFinding> findings) {
        if (spec.requiredContextRoles().isEmpty()) {
            return;
        }
        Element parent = e.parent();
        while (parent != null && (isTransparent(page, parent) || !page.isExposed(parent))) {
            parent = parent.parent();
        }
        for (Element owner : page.document().select(SEL_ARIA_OWNS)) {
            if (List.of(Attr.get(owner, "aria-owns").trim().split("\\s+")).contains(e.id()) && !e.id().isEmpty()) {
                parent = owner;
            }
        }
        String parentRole = parent == null ? "" : page.role(parent);
        if (!spec.requiredContextRoles().contains(parentRole)) {
            findings.add(new A11yFinding(A11yRule.ARIA_REQUIRED_PARENT, e, "role " + role + " must be inside "
                    + String.join(" or ", new java.util.TreeSet<>(spec.requiredContextRoles())) + (parentRole.isEmpty() ? "" : ", not " + parentRole),
                    "put it in an element with one of those roles"));
        }
    }
}
