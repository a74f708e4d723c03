package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Rules decided from the CSS: text contrast (1.4.3), text spacing (1.4.12), focus visibility
 * (2.4.7), orientation (1.3.4), clipped and scrollable content (1.4.4, 2.1.1) and frames taken out
 * of the tab order (2.1.1).
 */
final class PresentationChecks implements A11yCheck {

    /** Selectors parsed once: jsoup parses a selector given as text on every call. */
    private static final org.jsoup.select.Evaluator SEL_INPUT_SELECT_TEXTAREA_BUTTON = org.jsoup.select.QueryParser.parse("input, select, textarea, button");
    private static final org.jsoup.select.Evaluator SEL_INERT = org.jsoup.select.QueryParser.parse("[inert]");

    private static final Pattern ROTATE = Pattern.compile("rotate[zZ]?\\(\\s*(-?[0-9.]+)\\s*(deg|turn|rad|grad)\\s*\\)");
    private static final Set<String> OUTLINE_REMOVED = Set.of("none", "0", "0px", "hidden");

    @Override
    public void check(AuditedPage page, List<A11yFinding> findings) {
        Styles styles = page.styles();
        for (Element e : page.elements()) {
            contrast(page, styles, e, findings);
            spacing(page, styles, e, findings);
            frameContent(page, e, findings);
            ScrollAndClip.scrollable(page, styles, e, findings);
            ScrollAndClip.clipped(page, styles, e, findings);
        }
        focusVisible(page, styles, findings);
        orientation(page, styles, findings);
    }

    // ---- 1.4.3 -----------------------------------------------------------------------------------

    private static void contrast(AuditedPage page, Styles styles, Element e, List<A11yFinding> findings) {
        if (!hasOwnLetters(e) || !page.isVisible(e) || !page.isExposed(e)) {
            return;
        }
        Optional<CssColor> foreground = styles.color(e);
        List<CssColor> backdrops = styles.backdrops(e);
        if (foreground.isEmpty() || backdrops.isEmpty()) {
            return;
        }
        String shadow = styles.get(e, "text-shadow");
        if (shadow != null && !shadow.trim().equalsIgnoreCase("none")) {
            // a shadow around the glyphs is what the text stands out against
            List<CssColor> shadows = Styles.gradientColors(shadow).stream().filter(c -> c.alpha() > 0).toList();
            if (shadows.isEmpty()) {
                return;
            }
            backdrops = shadows.stream().map(c -> c.over(CssColor.WHITE)).toList();
        }
        double opacity = styles.opacity(e);
        double best = 0;
        CssColor shownText = null;
        CssColor shownBackground = null;
        for (CssColor background : backdrops) {
            CssColor fg = foreground.get().withAlpha(foreground.get().alpha() * opacity).over(background);
            double ratio = CssColor.contrast(fg, background);
            if (ratio >= best) {
                best = ratio;
                shownText = fg;
                shownBackground = background;
            }
        }
        double size = styles.fontSize(e);
        boolean large = size >= 24 || (size >= 18.66 && styles.fontWeight(e) >= 700);
        double required = large ? 3.0 : 4.5;
        // the exemptions cost more to work out than the colours, so they are asked only of text that fails
        if (best + 1e-6 < required && !isDisabledWidget(page, e) && !isNamedOtherwise(page, e)) {
            String text = ownText(e);
            findings.add(new A11yFinding(A11yRule.COLOR_CONTRAST, e, String.format(Locale.ROOT,
                    "text '%s' has contrast %.2f:1 (%s on %s); %s text needs %.1f:1", abbreviate(text), best, shownText.hex(),
                    shownBackground.hex(), large ? "large" : "normal", required),
                    "use a darker text colour or a lighter background (the theme's --text on white gives 13.8:1)"));
        }
    }

    /** Text inside a control whose children are presentational and whose name is set apart from its text (an icon "X"). */
    private static boolean isNamedOtherwise(AuditedPage page, Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if ((Attr.has(a, "aria-label") || Attr.has(a, "aria-labelledby"))
                    && AriaSpec.role(page.role(a)).map(AriaSpec.Role::childrenPresentational).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDisabledWidget(AuditedPage page, Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (page.isDisabled(a) || Attr.get(a, "aria-disabled").trim().equalsIgnoreCase("true")) {
                return true;
            }
            if (page.labelsDisabledWidget(a)) {
                return true;
            }
            if (a.normalName().equals("label")) {
                String id = Attr.get(a, "for");
                if (!id.isEmpty() && page.byId(id).map(page::isDisabled).orElse(false)) {
                    return true;
                }
                for (Element control : a.select(SEL_INPUT_SELECT_TEXTAREA_BUTTON)) {
                    if (page.isDisabled(control)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasOwnLetters(Element e) {
        for (org.jsoup.nodes.Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    if (Character.isLetterOrDigit(text.charAt(i))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String ownText(Element e) {
        StringBuilder out = new StringBuilder();
        for (TextNode t : e.textNodes()) {
            out.append(t.getWholeText());
        }
        return AuditedPage.collapse(out.toString());
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String abbreviate(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    // ---- 1.4.12 ----------------------------------------------------------------------------------

    private static void spacing(AuditedPage page, Styles styles, Element e, List<A11yFinding> findings) {
        if (!Attr.has(e, "style") || !Attr.get(e, "style").contains("!")) {
            return;
        }
        for (Stylesheet.Declaration d : Stylesheet.declarations(Attr.get(e, "style"))) {
            if (!d.important()) {
                continue;
            }
            double minimum;
            switch (d.property()) {
                case "letter-spacing" -> minimum = 0.12;
                case "word-spacing" -> minimum = 0.16;
                case "line-height" -> minimum = 1.5;
                default -> {
                    continue;
                }
            }
            if (!d.value().equals(styles.declared(e, d.property()))) {
                continue; // another important declaration wins
            }
            String v = d.value().trim().toLowerCase(Locale.ROOT);
            boolean lineHeight = d.property().equals("line-height");
            if (v.equals("initial") || v.equals("revert")) {
                v = "normal";
            }
            if (v.equals("inherit") || v.equals("unset")) { // these spacing properties inherit: nothing is fixed here
                continue;
            }
            // a number (line-height only) scales with each text's font size; a length is fixed where it is declared
            double number = v.equals("normal") ? (lineHeight ? 1.2 : 0) : v.matches("-?[0-9]*\\.?[0-9]+") && lineHeight
                    ? Double.parseDouble(v) : Double.NaN;
            double pixels = Double.isNaN(number) ? styles.pixels(e, v) : Double.NaN;
            if (Double.isNaN(number) && Double.isNaN(pixels)) {
                continue;
            }
            Element text = firstShortText(page, styles, e, d.property(), number, pixels, minimum, lineHeight);
            if (text != null) {
                findings.add(new A11yFinding(A11yRule.TEXT_SPACING, e, String.format(Locale.ROOT,
                        "style sets %s: %s !important, which readers cannot widen to %s", d.property(), d.value(),
                        lineHeight ? "1.5 times the font size" : minimum + " times the font size"),
                        "remove !important from the " + d.property() + " declaration"));
            }
        }
    }

    /**
     * The first element showing text that inherits the declaration and gets less spacing than the
     * minimum at its own font size; line height only matters for text that wraps onto several lines.
     */
    private static Element firstShortText(AuditedPage page, Styles styles, Element e, String property, double number,
                                          double pixels, double minimum, boolean lineHeight) {
        if (!page.isVisible(e)) {
            return null;
        }
        if (e.textNodes().stream().anyMatch(t -> hasLetters(t.text()))) {
            double size = styles.fontSize(e);
            double ratio = Double.isNaN(number) ? pixels / size : number;
            if (ratio + 1e-6 < minimum && (!lineHeight || mayWrap(page, styles, e))) {
                return e;
            }
        }
        for (Element child : e.children()) {
            if (Attr.has(child, "style") && Stylesheet.declarations(Attr.get(child, "style")).stream().anyMatch(d -> d.property().equals(property))) {
                continue;
            }
            Element found = firstShortText(page, styles, child, property, number, pixels, minimum, lineHeight);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether the element's text is likely longer than one line of its box (about half an em per character). */
    private static boolean mayWrap(AuditedPage page, Styles styles, Element e) {
        double textWidth = page.visibleText(e).length() * 0.5 * styles.fontSize(e);
        double available = 1280;
        for (Element a = e; a != null; a = a.parent()) {
            for (String property : List.of("width", "max-width")) {
                double px = styles.pixels(a, styles.get(a, property));
                if (!Double.isNaN(px) && px > 0) {
                    available = Math.min(available, px);
                }
            }
        }
        return textWidth > available;
    }

    // ---- 2.4.7 -----------------------------------------------------------------------------------

    /** The focus rules of a page's sheets that take the outline away, and those that show focus some other way. */
    private record FocusRules(List<Stylesheet.Rule> removing, List<Stylesheet.Rule> indicating) {

        static FocusRules of(List<Stylesheet.Rule> rules) {
            List<Stylesheet.Rule> removing = new java.util.ArrayList<>();
            List<Stylesheet.Rule> indicating = new java.util.ArrayList<>();
            for (Stylesheet.Rule rule : rules) {
                if (!(rule.state().equals("focus") || rule.state().equals("focus-visible")) || !Styles.appliesToScreen(rule.media())) {
                    continue;
                }
                for (Stylesheet.Declaration d : rule.declarations()) {
                    String p = d.property();
                    String v = d.value().trim().toLowerCase(Locale.ROOT);
                    if ((p.equals("outline") || p.equals("outline-style")) && (OUTLINE_REMOVED.contains(v) || v.startsWith("none"))
                            || p.equals("outline-width") && v.matches("0[a-z]*")) {
                        removing.add(rule);
                    } else if (p.startsWith("outline") || p.startsWith("border") || p.startsWith("background") || p.equals("color")
                            || p.equals("box-shadow") && !v.equals("none") || p.startsWith("text-decoration")) {
                        indicating.add(rule);
                    }
                }
            }
            return new FocusRules(List.copyOf(removing), List.copyOf(indicating));
        }
    }

    private static void focusVisible(AuditedPage page, Styles styles, List<A11yFinding> findings) {
        FocusRules focus = styles.fromRules("focus", FocusRules::of);
        List<Stylesheet.Rule> removing = focus.removing();
        List<Stylesheet.Rule> indicating = focus.indicating();
        // only elements whose outline a rule removes need a look: do they get another indicator?
        java.util.Set<Element> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Stylesheet.Rule rule : removing) {
            for (Element e : styles.matchesIgnoringState(rule)) {
                if (!reported.add(e) || !page.isInTabOrder(e) || !page.isVisible(e) || hasIndicator(e, indicating)) {
                    continue;
                }
                findings.add(new A11yFinding(A11yRule.FOCUS_VISIBLE, e, "the style sheet removes the focus outline of <" + e.normalName()
                        + "> and shows no other focus indicator", "keep the outline, or give :focus-visible another visible style"));
            }
        }
    }

    private static boolean hasIndicator(Element e, List<Stylesheet.Rule> indicating) {
        for (Stylesheet.Rule rule : indicating) {
            String plain = rule.selector().replaceAll(":(focus-visible|focus-within|focus)(?![a-z-])", "");
            org.jsoup.select.Evaluator evaluator = Styles.evaluator(plain.isBlank() ? "*" : plain);
            if (evaluator != null && e.is(evaluator)) {
                return true;
            }
        }
        return false;
    }

    // ---- 1.3.4 -----------------------------------------------------------------------------------

    private static void orientation(AuditedPage page, Styles styles, List<A11yFinding> findings) {
        for (Stylesheet.Rule rule : styles.rules()) {
            String media = rule.media().toLowerCase(Locale.ROOT).replace(" ", "");
            if (!media.contains("orientation:portrait") && !media.contains("orientation:landscape")) {
                continue;
            }
            for (Stylesheet.Declaration d : rule.declarations()) {
                if (!d.property().equals("transform") && !d.property().equals("rotate")) {
                    continue;
                }
                double degrees = rotation(d.property().equals("rotate") ? "rotate(" + d.value() + ")" : d.value())
                        - restingRotation(styles, rule.selector());
                double normalized = ((degrees % 180) + 180) % 180;
                if (Math.abs(normalized - 90) > 1) {
                    continue;
                }
                Document document = page.document();
                org.jsoup.select.Evaluator evaluator = Styles.evaluator(rule.selector());
                if (evaluator == null) {
                    continue;
                }
                for (Element e : document.select(evaluator)) {
                    if (page.isRendered(e) && !page.visibleText(e).isEmpty()) {
                        findings.add(new A11yFinding(A11yRule.ORIENTATION_LOCK, e, "a @media (" + rule.media().replaceAll("[()]", "").trim()
                                + ") rule rotates this content by " + Math.round(degrees) + "°, locking it to one orientation",
                                "let the content reflow in both orientations instead of rotating it"));
                        break;
                    }
                }
            }
        }
    }

    /** The rotation the same selector has outside orientation queries. */
    private static double restingRotation(Styles styles, String selector) {
        double rotation = 0;
        for (Stylesheet.Rule rule : styles.rules()) {
            if (rule.selector().equals(selector) && !rule.media().toLowerCase(Locale.ROOT).contains("orientation")) {
                for (Stylesheet.Declaration d : rule.declarations()) {
                    if (d.property().equals("transform")) {
                        rotation = rotation(d.value());
                    } else if (d.property().equals("rotate")) {
                        rotation = rotation("rotate(" + d.value() + ")");
                    }
                }
            }
        }
        return rotation;
    }

    private static double rotation(String value) {
        Matcher m = ROTATE.matcher(value);
        double total = 0;
        boolean found = false;
        while (m.find()) {
            found = true;
            double n = Double.parseDouble(m.group(1));
            total += switch (m.group(2)) {
                case "turn" -> n * 360;
                case "rad" -> Math.toDegrees(n);
                case "grad" -> n * 0.9;
                default -> n;
            };
        }
        Matcher matrix = Pattern.compile("matrix(?:3d)?\\(\\s*(-?[0-9.e-]+)\\s*,\\s*(-?[0-9.e-]+)").matcher(value);
        if (!found && matrix.find()) {
            return Math.toDegrees(Math.atan2(Double.parseDouble(matrix.group(2)), Double.parseDouble(matrix.group(1))));
        }
        return found ? total : 0;
    }

    // ---- 2.1.1 -----------------------------------------------------------------------------------

    private static void frameContent(AuditedPage page, Element e, List<A11yFinding> findings) {
        if (!e.normalName().equals("iframe") || !Attr.get(e, "tabindex").trim().matches("-[0-9]+") || !Attr.has(e, "srcdoc")
                || !page.isRendered(e) || e.closest(SEL_INERT) != null || isTiny(e)) {
            return;
        }
        Document inner = Jsoup.parse(Attr.get(e, "srcdoc"));
        AuditedPage framed = new AuditedPage(inner, Stylesheet.EMPTY);
        for (Element candidate : inner.getAllElements()) {
            if (framed.isInTabOrder(candidate)) {
                findings.add(new A11yFinding(A11yRule.FRAME_FOCUSABLE_CONTENT, e, "the frame holds <" + candidate.normalName()
                        + ">, which takes focus, but tabindex=\"" + Attr.get(e, "tabindex") + "\" keeps keyboard users out",
                        "remove the negative tabindex from the iframe"));
                return;
            }
        }
    }

    /** A frame of at most one pixel each way, which nobody can see or use. */
    private static boolean isTiny(Element frame) {
        return Attr.get(frame, "width").trim().matches("[01]") || Attr.get(frame, "height").trim().matches("[01]");
    }
}
