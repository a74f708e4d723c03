package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One page as assistive technology would meet it, worked out without a browser: computed styles,
 * what is hidden from whom, each element's role (explicit or from HTML), whether it takes keyboard
 * focus, and its accessible name (after W3C's accname algorithm, in the parts HTML pages use).
 */
public final class AuditedPage {

    /** Selectors parsed once: jsoup parses a selector given as text on every call. */
    private static final org.jsoup.select.Evaluator DISABLED_WIDGETS_WITH_LABELS = org.jsoup.select.QueryParser.parse(
            "[aria-disabled=true][aria-labelledby], [disabled][aria-labelledby]");
    private static final org.jsoup.select.Evaluator SEL_OPTION_SELECTED = org.jsoup.select.QueryParser.parse("option[selected]");
    private static final org.jsoup.select.Evaluator SEL_OPTION = org.jsoup.select.QueryParser.parse("option");

    private final Document document;
    private final Styles styles;
    private final Map<String, Element> ids = new HashMap<>();
    private final Map<Element, String> roles;
    private final Map<Element, String> names;

    public AuditedPage(Document document, Stylesheet author) {
        this.document = document;
        this.styles = new Styles(document, author);
        int size = styles.elements().size();
        roles = new IdentityHashMap<>(size);
        names = new IdentityHashMap<>(size);
        ariaHidden = new IdentityHashMap<>(size);
        visibleTexts = new IdentityHashMap<>(size);
        for (Element e : styles.elements()) {
            String id = e.id();
            if (!id.isEmpty()) {
                ids.putIfAbsent(id, e);
            }
        }
    }

    public Document document() {
        return document;
    }

    public Styles styles() {
        return styles;
    }

    /** Whether the body holds any element: a page without one is an empty shell, with nothing to title or head. */
    public boolean hasContent() {
        Element body = document.body();
        return body != null && body.childrenSize() > 0;
    }

    public Optional<Element> byId(String id) {
        return Optional.ofNullable(ids.get(id));
    }

    // ---- hidden content ------------------------------------------------------------------------

    /** Whether the element is drawn on screen (it may still be moved off screen). */
    public boolean isRendered(Element e) {
        return styles.isRendered(e);
    }

    /** Whether a sighted reader can see it: rendered, on screen, not clipped away. */
    public boolean isVisible(Element e) {
        return styles.isRendered(e) && !styles.isVisuallyHidden(e);
    }

    /** Whether the element is in the accessibility tree: rendered and not under {@code aria-hidden="true"}. */
    public boolean isExposed(Element e) {
        return styles.isRendered(e) && !isAriaHidden(e);
    }

    private final Map<Element, Boolean> ariaHidden;

    private boolean isAriaHidden(Element e) {
        Boolean known = ariaHidden.get(e);
        if (known != null) {
            return known;
        }
        boolean hidden = Attr.get(e, "aria-hidden").trim().equalsIgnoreCase("true") || (e.parent() != null && isAriaHidden(e.parent()));
        ariaHidden.put(e, hidden);
        return hidden;
    }

    private java.util.Set<String> disabledLabels;

    /** Ids named by aria-labelledby of disabled widgets: their labels are exempt from contrast. */
    public boolean labelsDisabledWidget(Element e) {
        if (disabledLabels == null) {
            disabledLabels = new java.util.HashSet<>();
            for (Element widget : document.select(DISABLED_WIDGETS_WITH_LABELS)) {
                disabledLabels.addAll(List.of(Attr.get(widget, "aria-labelledby").trim().split("\\s+")));
            }
        }
        return !e.id().isEmpty() && disabledLabels.contains(e.id());
    }

    // ---- roles ---------------------------------------------------------------------------------

    /** The element's role: the first valid token of {@code role}, else its implicit HTML role; "" for none. */
    public String role(Element e) {
        String cached = roles.get(e);
        if (cached != null) {
            return cached;
        }
        String role = explicitRole(e).orElseGet(() -> implicitRole(e));
        if ((role.equals("presentation") || role.equals("none")) && (isFocusable(e) || hasGlobalAria(e))) {
            role = implicitRole(e); // presentational role conflict resolution: the native role stays
        }
        roles.put(e, role);
        return role;
    }

    public static Optional<String> explicitRole(Element e) {
        String attr = Attr.get(e, "role").trim().toLowerCase(Locale.ROOT);
        if (attr.isEmpty()) {
            return Optional.empty();
        }
        for (String token : attr.split("\\s+")) {
            if (AriaSpec.isValidRole(token)) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    private static boolean hasGlobalAria(Element e) {
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            if (key.startsWith("aria-") && AriaSpec.isGlobal(key) && !key.equals("aria-hidden")) {
                return true;
            }
        }
        return false;
    }

    public boolean isPresentational(Element e) {
        String role = role(e);
        return role.equals("presentation") || role.equals("none");
    }

    public String implicitRole(Element e) {
        String tag = e.normalName();
        switch (tag) {
            case "a", "area":
                return Attr.has(e, "href") ? "link" : (tag.equals("a") ? "generic" : "");
            case "article": return "article";
            case "aside": return "complementary";
            case "button": return "button";
            case "datalist": return "listbox";
            case "dd": return "definition";
            case "details": return "group";
            case "dialog": return "dialog";
            case "dfn": return "term";
            case "dt": return "term";
            case "fieldset": return "group";
            case "figure": return "figure";
            case "footer": return inSectioning(e) ? "generic" : "contentinfo";
            case "header": return inSectioning(e) ? "generic" : "banner";
            case "form": return hasAuthorName(e) ? "form" : "";
            case "h1", "h2", "h3", "h4", "h5", "h6": return "heading";
            case "hr": return "separator";
            case "html": return "document";
            case "img":
                if (Attr.has(e, "alt") && Attr.get(e, "alt").isEmpty() && !Attr.has(e, "aria-label") && !Attr.has(e, "aria-labelledby")
                        && !Attr.has(e, "title")) {
                    return "presentation";
                }
                return "img";
            case "input": return inputRole(e);
            case "li": return "listitem";
            case "main": return "main";
            case "math": return "math";
            case "menu", "ol", "ul": return "list";
            case "meter": return "meter";
            case "nav": return "navigation";
            case "optgroup": return "group";
            case "option": return "option";
            case "output": return "status";
            case "p": return "paragraph";
            case "progress": return "progressbar";
            case "search": return "search";
            case "section": return hasAuthorName(e) ? "region" : "";
            case "select": return Attr.has(e, "multiple") || Attr.get(e, "size").matches("[2-9]|[1-9][0-9]+") ? "listbox" : "combobox";
            case "summary": return "button";
            case "svg": return "graphics-document";
            case "table": return "table";
            case "tbody", "thead", "tfoot": return "rowgroup";
            case "td": return ancestorRole(e, "table").equals("grid") || ancestorRole(e, "table").equals("treegrid") ? "gridcell" : "cell";
            case "textarea": return "textbox";
            case "th": return headerCellRole(e);
            case "tr": return "row";
            case "b", "i", "u", "s", "span", "div", "bdi", "bdo", "data", "pre", "q", "samp", "small", "body", "address", "hgroup":
                return "generic";
            case "blockquote": return "blockquote";
            case "caption": return "caption";
            case "code": return "code";
            case "del": return "deletion";
            case "em": return "emphasis";
            case "ins": return "insertion";
            case "strong": return "strong";
            case "sub": return "subscript";
            case "sup": return "superscript";
            case "time": return "time";
            case "iframe", "object", "embed": return "";
            default: return "";
        }
    }

    /** A {@code th} heads its row when it says so, or when it comes before data cells in its row. */
    private static String headerCellRole(Element th) {
        String scope = Attr.get(th, "scope").trim().toLowerCase(Locale.ROOT);
        if (scope.startsWith("row")) {
            return "rowheader";
        }
        if (scope.startsWith("col")) {
            return "columnheader";
        }
        Element row = th.parent();
        if (row != null && th.elementSiblingIndex() == 0) {
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td")) {
                    return "rowheader";
                }
            }
        }
        return "columnheader";
    }

    private String ancestorRole(Element e, String tag) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals(tag)) {
                return explicitRole(a).orElse("table");
            }
        }
        return "";
    }

    private static boolean inSectioning(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (Set.of("article", "aside", "main", "nav", "section").contains(a.normalName())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAuthorName(Element e) {
        return !Attr.get(e, "aria-label").isBlank() || !Attr.get(e, "aria-labelledby").isBlank() || !Attr.get(e, "title").isBlank();
    }

    private static String inputRole(Element e) {
        String type = Attr.get(e, "type").trim().toLowerCase(Locale.ROOT);
        boolean list = Attr.has(e, "list");
        return switch (type) {
            case "button", "image", "reset", "submit" -> "button";
            case "checkbox" -> "checkbox";
            case "radio" -> "radio";
            case "range" -> "slider";
            case "number" -> "spinbutton";
            case "search" -> list ? "combobox" : "searchbox";
            case "hidden", "file", "color", "date", "datetime-local", "month", "time", "week", "password" -> "";
            case "email", "tel", "url", "text", "" -> list ? "combobox" : "textbox";
            default -> list ? "combobox" : "textbox";
        };
    }

    // ---- focus ---------------------------------------------------------------------------------

    public boolean isDisabled(Element e) {
        if (Attr.has(e, "disabled") && Set.of("button", "input", "select", "textarea", "optgroup", "option", "fieldset").contains(e.normalName())) {
            return true;
        }
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("fieldset") && Attr.has(a, "disabled")
                    && Set.of("button", "input", "select", "textarea").contains(e.normalName())) {
                Element legend = a.selectFirst("> legend");
                return legend == null || !legend.is(":has(*)") || !isDescendant(e, legend);
            }
        }
        return false;
    }

    private static boolean isDescendant(Element e, Element ancestor) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element can take focus (by script or keyboard). */
    public boolean isFocusable(Element e) {
        if (isDisabled(e)) {
            return false;
        }
        if (Attr.has(e, "tabindex") && Attr.get(e, "tabindex").trim().matches("-?[0-9]+")) {
            return true;
        }
        String tag = e.normalName();
        return switch (tag) {
            case "a", "area" -> Attr.has(e, "href");
            case "button", "select", "textarea", "iframe" -> true;
            case "input" -> !Attr.get(e, "type").equalsIgnoreCase("hidden");
            case "summary" -> e.parent() != null && e.parent().normalName().equals("details")
                    && e.parent().selectFirst("> summary") == e;
            case "audio", "video" -> Attr.has(e, "controls");
            case "object", "embed" -> false;
            default -> Attr.has(e, "contenteditable") && !Attr.get(e, "contenteditable").equalsIgnoreCase("false");
        };
    }

    /** Whether Tab reaches the element: focusable, rendered, and not {@code tabindex="-1"}. */
    public boolean isInTabOrder(Element e) {
        if (!isFocusable(e) || !isRendered(e)) {
            return false;
        }
        String tabindex = Attr.get(e, "tabindex").trim();
        return !(tabindex.matches("-[0-9]+"));
    }

    // ---- accessible names ----------------------------------------------------------------------

    /** The accessible name, whitespace collapsed and trimmed; "" when it has none. */
    public String name(Element e) {
        String cached = names.get(e);
        if (cached != null) {
            return cached;
        }
        String name = collapse(computeName(e, false, false, new java.util.HashSet<>()));
        names.put(e, name);
        return name;
    }

    private String computeName(Element e, boolean inReference, boolean inContent, Set<Element> visited) {
        if (!visited.add(e)) {
            return "";
        }
        if (!inReference && !isExposed(e)) {
            return "";
        }
        // 2B: aria-labelledby
        String labelledby = Attr.get(e, "aria-labelledby").trim();
        if (!labelledby.isEmpty() && !inReference) {
            StringBuilder out = new StringBuilder();
            for (String id : labelledby.split("\\s+")) {
                Element target = ids.get(id);
                if (target != null) {
                    out.append(' ').append(computeName(target, true, false, new java.util.HashSet<>(visited)));
                }
            }
            if (!out.toString().isBlank()) {
                return out.toString();
            }
        }
        String role = role(e);
        // 2C: embedded control inside a label or name from content
        if (inContent && isEmbeddedControl(e)) {
            String tag = e.normalName();
            if (tag.equals("input") && Set.of("", "text", "email", "tel", "url", "search").contains(Attr.get(e, "type").toLowerCase(Locale.ROOT))) {
                return Attr.get(e, "value");
            }
            if (tag.equals("textarea")) {
                return e.text();
            }
            if (tag.equals("select")) {
                Element selected = e.selectFirst(SEL_OPTION_SELECTED);
                if (selected == null) {
                    selected = e.selectFirst(SEL_OPTION);
                }
                return selected == null ? "" : selected.text();
            }
            if (role.equals("slider") || role.equals("spinbutton") || role.equals("progressbar") || role.equals("meter")) {
                String text = Attr.get(e, "aria-valuetext");
                return text.isEmpty() ? Attr.get(e, "aria-valuenow").isEmpty() ? Attr.get(e, "value") : Attr.get(e, "aria-valuenow") : text;
            }
        }
        // 2D: aria-label
        String label = Attr.get(e, "aria-label");
        if (!label.isBlank() && !(inContent && isEmbeddedControl(e))) {
            return label;
        }
        // 2E: native host language label
        if (!isPresentational(e) || inContent) {
            String nativeName = nativeName(e, visited);
            if (!nativeName.isBlank()) {
                return nativeName;
            }
        }
        // 2F: name from content
        if (inReference || inContent || allowsNameFromContent(e, role)) {
            String content = nameFromContent(e, inReference, visited);
            if (!content.isBlank()) {
                return content;
            }
        }
        // 2I: tooltip
        String title = Attr.get(e, "title");
        if (!title.isBlank()) {
            return title;
        }
        if (e.normalName().equals("input") && Set.of("", "text", "email", "tel", "url", "search", "password", "number")
                .contains(Attr.get(e, "type").toLowerCase(Locale.ROOT))) {
            return Attr.get(e, "placeholder");
        }
        if (e.normalName().equals("textarea")) {
            return Attr.get(e, "placeholder");
        }
        return "";
    }

    private static boolean isEmbeddedControl(Element e) {
        return Set.of("input", "select", "textarea").contains(e.normalName())
                || Set.of("textbox", "combobox", "listbox", "slider", "spinbutton").contains(explicitRole(e).orElse(""));
    }

    private String nativeName(Element e, Set<Element> visited) {
        String tag = e.normalName();
        switch (tag) {
            case "img", "area":
                return Attr.get(e, "alt");
            case "input": {
                String type = Attr.get(e, "type").trim().toLowerCase(Locale.ROOT);
                if (type.equals("image")) {
                    String alt = Attr.get(e, "alt");
                    if (!alt.isBlank()) {
                        return alt;
                    }
                    String labels = labelText(e, visited);
                    if (!labels.isBlank()) {
                        return labels;
                    }
                    return Attr.get(e, "title");
                }
                if (Set.of("button", "submit", "reset").contains(type)) {
                    String labels = labelText(e, visited);
                    if (!labels.isBlank()) {
                        return labels;
                    }
                    if (Attr.has(e, "value")) {
                        return Attr.get(e, "value");
                    }
                    return type.equals("submit") ? "Submit" : type.equals("reset") ? "Reset" : "";
                }
                return labelText(e, visited);
            }
            case "select", "textarea", "meter", "progress", "output":
                return labelText(e, visited);
            case "button":
                return labelText(e, visited);
            case "fieldset": {
                Element legend = e.selectFirst("> legend");
                return legend == null ? "" : nameFromContent(legend, false, visited);
            }
            case "figure": {
                Element caption = e.selectFirst("> figcaption");
                return caption == null ? "" : nameFromContent(caption, false, visited);
            }
            case "table": {
                Element caption = e.selectFirst("> caption");
                return caption == null ? "" : nameFromContent(caption, false, visited);
            }
            case "svg": {
                Element titleEl = e.selectFirst("> title");
                return titleEl == null ? "" : titleEl.text();
            }
            case "object": {
                return "";
            }
            default:
                return "";
        }
    }

    private String labelText(Element e, Set<Element> visited) {
        StringBuilder out = new StringBuilder();
        String id = e.id();
        if (!id.isEmpty()) {
            for (Element label : document.getElementsByTag("label")) {
                if (Attr.get(label, "for").equals(id)) {
                    out.append(' ').append(nameFromContent(label, false, visited));
                }
            }
        }
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("label") && (Attr.get(a, "for").isEmpty() || Attr.get(a, "for").equals(id))) {
                out.append(' ').append(nameFromContent(a, false, visited));
                break;
            }
        }
        return out.toString();
    }

    /** Roles whose name comes from their content (ARIA "name from: contents"). */
    private boolean allowsNameFromContent(Element e, String role) {
        Optional<AriaSpec.Role> spec = AriaSpec.role(role);
        if (spec.isPresent()) {
            return spec.get().nameFrom() == AriaSpec.NameFrom.CONTENTS;
        }
        return false;
    }

    private String nameFromContent(Element e, boolean inReference, Set<Element> visited) {
        StringBuilder out = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (child instanceof Element el) {
                if (!inReference && !isExposed(el)) {
                    continue;
                }
                if (inReference && !isRendered(el) && isRendered(e)) {
                    continue;
                }
                String display = styles.display(el);
                boolean block = !display.startsWith("inline") && !display.equals("contents");
                String before = pseudoContent(el, "before");
                if (block) {
                    out.append(' ');
                }
                out.append(before);
                out.append(computeName(el, inReference, true, visited));
                out.append(pseudoContent(el, "after"));
                if (block) {
                    out.append(' ');
                }
            }
        }
        return out.toString();
    }

    /** Text generated by {@code ::before}/{@code ::after} rules with a literal {@code content} string. */
    private List<Stylesheet.Rule> generatedContentRules;

    private String pseudoContent(Element e, String which) {
        if (generatedContentRules == null) {
            generatedContentRules = styles.rules().stream()
                    .filter(r -> r.selector().endsWith(":before") || r.selector().endsWith(":after"))
                    .filter(r -> r.declarations().stream().anyMatch(d -> d.property().equals("content")))
                    .toList();
        }
        StringBuilder out = new StringBuilder();
        for (Stylesheet.Rule rule : generatedContentRules) {
            String selector = rule.selector();
            if (!selector.endsWith("::" + which) && !selector.endsWith(":" + which)) {
                continue;
            }
            String base = selector.substring(0, selector.lastIndexOf(':' + which) - (selector.endsWith("::" + which) ? 1 : 0));
            org.jsoup.select.Evaluator evaluator = Styles.evaluator(base.isBlank() ? "*" : base);
            if (evaluator == null || !e.is(evaluator)) {
                continue;
            }
            for (Stylesheet.Declaration d : rule.declarations()) {
                if (d.property().equals("content")) {
                    String v = d.value().trim();
                    if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'"))) {
                        out.setLength(0);
                        out.append(v, 1, v.length() - 1);
                    }
                }
            }
        }
        return out.toString();
    }

    public static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private final Map<Element, String> visibleTexts;

    /** Text a sighted reader sees inside the element (rendered, on screen). */
    public String visibleText(Element e) {
        String cached = visibleTexts.get(e);
        if (cached == null) {
            StringBuilder out = new StringBuilder();
            collectVisible(e, out);
            cached = collapse(out.toString());
            visibleTexts.put(e, cached);
        }
        return cached;
    }

    private void collectVisible(Element e, StringBuilder out) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode text) {
                if (isVisible(e)) {
                    out.append(text.getWholeText());
                }
            } else if (child instanceof Element el && isRendered(el)) {
                String display = styles.display(el);
                boolean block = !display.startsWith("inline");
                if (block) {
                    out.append(' ');
                }
                collectVisible(el, out);
                if (block) {
                    out.append(' ');
                }
            }
        }
    }

    private String scriptText;

    /** All inline script text of the page, lower case, read once. */
    String scriptText() {
        if (scriptText == null) {
            StringBuilder out = new StringBuilder();
            for (Element script : document.getElementsByTag("script")) {
                out.append(script.data()).append('\n');
            }
            scriptText = out.toString().toLowerCase(Locale.ROOT);
        }
        return scriptText;
    }

    private List<Element> elements;

    /** Every element of the page in document order. */
    public List<Element> elements() {
        if (elements == null) {
            elements = List.copyOf(styles.elements());
        }
        return elements;
    }
}
