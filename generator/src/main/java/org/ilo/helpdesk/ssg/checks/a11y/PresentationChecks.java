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

    private static final Pattern ROTATE = Pattern.compile("rotate[zZ]?\\(\\s*(-?[0-9.]+)\\s*(deg|turn|rad|grad)\\s*\\)");
    private static final Set<String> OUTLINE_REMOVED = Set.of("none", "0", "0px", "hidden");

    @Override
    public void check(AuditedPage page, List<A11yFinding> findings) {
        Styles styles = page.styles();
        for (Element e : page.elements()) {
            contrast(page, styles, e, findings);
            spacing(page, styles, e, findings);
            frameContent(page, e, findings);
            scrollable(page, styles, e, findings);
            clipped(page, styles, e, findings);
        }
        focusVisible(page, styles, findings);
        orientation(page, styles, findings);
    }

    // ---- 1.4.3 -----------------------------------------------------------------------------------

    private static void contrast(AuditedPage page, Styles styles, Element e, List<A11yFinding> findings) {
        String text = ownText(e);
        if (text.isEmpty() || !page.isVisible(e) || isDisabledWidget(page, e) || !hasLetters(text)) {
            return;
        }
        if (styles.get(e, "text-shadow") != null && !styles.get(e, "text-shadow").trim().equalsIgnoreCase("none")) {
            return;
        }
        Optional<CssColor> foreground = styles.color(e);
        Optional<CssColor> background = styles.background(e);
        if (foreground.isEmpty() || background.isEmpty()) {
            return;
        }
        double opacity = styles.opacity(e);
        CssColor fg = foreground.get();
        fg = fg.withAlpha(fg.alpha() * opacity).over(background.get());
        double ratio = CssColor.contrast(fg, background.get());
        double size = styles.fontSize(e);
        boolean large = size >= 24 || (size >= 18.66 && styles.fontWeight(e) >= 700);
        double required = large ? 3.0 : 4.5;
        if (ratio + 1e-6 < required) {
            findings.add(new A11yFinding(A11yRule.COLOR_CONTRAST, e, String.format(Locale.ROOT,
                    "text '%s' has contrast %.2f:1 (%s on %s); %s text needs %.1f:1", abbreviate(text), ratio, fg.hex(),
                    background.get().hex(), large ? "large" : "normal", required),
                    "use a darker text colour or a lighter background (the theme's --text on white gives 13.8:1)"));
        }
    }

    private static boolean isDisabledWidget(AuditedPage page, Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (page.isDisabled(a) || a.attr("aria-disabled").trim().equalsIgnoreCase("true")) {
                return true;
            }
            if (a.normalName().equals("label")) {
                String id = a.attr("for");
                if (!id.isEmpty() && page.byId(id).map(page::isDisabled).orElse(false)) {
                    return true;
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
        if (!e.hasAttr("style") || !e.attr("style").contains("!")) {
            return;
        }
        for (Stylesheet.Declaration d : Stylesheet.declarations(e.attr("style"))) {
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
            if (!d.value().equals(styles.get(e, d.property())) || !hasVisibleText(page, e, d.property())) {
                continue;
            }
            double size = styles.fontSize(e);
            String v = d.value().trim().toLowerCase(Locale.ROOT);
            double ratio;
            if (v.equals("normal")) {
                ratio = d.property().equals("line-height") ? 1.2 : 0;
            } else if (v.matches("-?[0-9]*\\.?[0-9]+")) {
                ratio = d.property().equals("line-height") ? Double.parseDouble(v) : Double.NaN;
            } else {
                ratio = styles.pixels(e, v) / size;
            }
            if (Double.isNaN(ratio) || ratio + 1e-6 >= minimum) {
                continue;
            }
            findings.add(new A11yFinding(A11yRule.TEXT_SPACING, e, String.format(Locale.ROOT,
                    "style sets %s: %s !important, which readers cannot widen to %s", d.property(), d.value(),
                    d.property().equals("line-height") ? "1.5" : minimum + "em"),
                    "remove !important from the " + d.property() + " declaration"));
        }
    }

    /** Whether the element shows text whose {@code property} comes from this element. */
    private static boolean hasVisibleText(AuditedPage page, Element e, String property) {
        if (!page.isVisible(e)) {
            return false;
        }
        for (TextNode t : e.textNodes()) {
            if (hasLetters(t.text())) {
                return true;
            }
        }
        for (Element child : e.children()) {
            if (child.hasAttr("style") && Stylesheet.declarations(child.attr("style")).stream()
                    .anyMatch(d -> d.property().equals(property) && d.important())) {
                continue;
            }
            if (hasVisibleText(page, child, property)) {
                return true;
            }
        }
        return false;
    }

    // ---- 2.4.7 -----------------------------------------------------------------------------------

    private static void focusVisible(AuditedPage page, Styles styles, List<A11yFinding> findings) {
        java.util.Map<Element, boolean[]> state = new java.util.IdentityHashMap<>();
        for (Stylesheet.Rule rule : styles.rules()) {
            if (!(rule.state().equals("focus") || rule.state().equals("focus-visible")) || !Styles.appliesToScreen(rule.media())) {
                continue;
            }
            boolean removes = false;
            boolean indicates = false;
            for (Stylesheet.Declaration d : rule.declarations()) {
                String p = d.property();
                String v = d.value().trim().toLowerCase(Locale.ROOT);
                if ((p.equals("outline") || p.equals("outline-style")) && (OUTLINE_REMOVED.contains(v) || v.startsWith("none"))
                        || p.equals("outline-width") && v.matches("0[a-z]*")) {
                    removes = true;
                } else if (p.startsWith("outline") || p.startsWith("border") || p.startsWith("background") || p.equals("color")
                        || p.equals("box-shadow") && !v.equals("none") || p.startsWith("text-decoration")) {
                    indicates = true;
                }
            }
            for (Element e : styles.matchesIgnoringState(rule)) {
                boolean[] s = state.computeIfAbsent(e, k -> new boolean[2]);
                s[0] |= removes;
                s[1] |= indicates;
            }
        }
        for (var entry : state.entrySet()) {
            Element e = entry.getKey();
            if (entry.getValue()[0] && !entry.getValue()[1] && page.isInTabOrder(e) && page.isVisible(e)) {
                findings.add(new A11yFinding(A11yRule.FOCUS_VISIBLE, e, "the style sheet removes the focus outline of <" + e.normalName()
                        + "> and shows no other focus indicator", "keep the outline, or give :focus-visible another visible style"));
            }
        }
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
                double degrees = rotation(d.property().equals("rotate") ? "rotate(" + d.value() + ")" : d.value());
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
        Matcher matrix = Pattern.compile("matrix\\(\\s*(-?[0-9.e-]+)\\s*,\\s*(-?[0-9.e-]+)").matcher(value);
        if (!found && matrix.find()) {
            return Math.toDegrees(Math.atan2(Double.parseDouble(matrix.group(2)), Double.parseDouble(matrix.group(1))));
        }
        return found ? total : 0;
    }

    // ---- 2.1.1 -----------------------------------------------------------------------------------

    private static void frameContent(AuditedPage page, Element e, List<A11yFinding> findings) {
        if (!e.normalName().equals("iframe") || !e.attr("tabindex").trim().matches("-[0-9]+") || !e.hasAttr("srcdoc")
                || !page.isRendered(e)) {
            return;
        }
        Document inner = Jsoup.parse(e.attr("srcdoc"));
        AuditedPage framed = new AuditedPage(inner, Stylesheet.EMPTY);
        for (Element candidate : inner.getAllElements()) {
            if (framed.isInTabOrder(candidate)) {
                findings.add(new A11yFinding(A11yRule.FRAME_FOCUSABLE_CONTENT, e, "the frame holds <" + candidate.normalName()
                        + ">, which takes focus, but tabindex=\"" + e.attr("tabindex") + "\" keeps keyboard users out",
                        "remove the negative tabindex from the iframe"));
                return;
            }
        }
    }

    private static void scrollable(AuditedPage page, Styles styles, Element e, List<A11yFinding> findings) {
        // decided with the ACT cases in view; see ScrollAndClip
        ScrollAndClip.scrollable(page, styles, e, findings);
    }

    private static void clipped(AuditedPage page, Styles styles, Element e, List<A11yFinding> findings) {
        ScrollAndClip.clipped(page, styles, e, findings);
    }
}
