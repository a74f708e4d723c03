package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Scrollable regions reachable by keyboard (2.1.1) and text not clipped when zoomed (1.4.4).
 *
 * <p>Without a layout engine both rules estimate how much room the content needs: text takes about
 * 0.45em per character and 1.15em per line (a little under what browsers use), elements take the width
 * and height their style gives them. The estimates lean low and a box is only reported when its content
 * clearly does not fit, so a finding means the overflow is real.
 */
final class ScrollAndClip {

    /** Selectors parsed once: jsoup parses a selector given as text on every call. */
    private static final org.jsoup.select.Evaluator SEL_IMG_SVG_VIDEO_CANVAS_PICTURE = org.jsoup.select.QueryParser.parse("img, svg, video, canvas, picture");

    /** The desktop viewport {@link Styles} assumes, and the same screen zoomed to 200%. */
    private static final Viewport DESKTOP = new Viewport(1280, 800, false);
    private static final Viewport ZOOMED = new Viewport(640, 512, true);

    /** Average advance of a character of running text, in em; low, so text is never thought longer than it is. */
    private static final double CHAR_WIDTH = 0.45;
    /** The height of a line when line-height is normal, in em; low for the same reason. */
    private static final double NORMAL_LINE = 1.15;
    /** How much more room estimated content must need than the box has before it counts as overflowing. */
    private static final double SLACK = 1.15;

    private static final Set<String> SCROLLING = Set.of("auto", "scroll");
    private static final Set<String> CLIPPING = Set.of("hidden", "clip");
    /** Elements that scroll by their nature and take focus anyway, or whose scrolling is the page's own. */
    private static final Set<String> NOT_REGIONS = Set.of("html", "body", "iframe", "textarea", "select", "frame", "object", "embed");

    private ScrollAndClip() {
    }

    private record Viewport(double width, double height, boolean zoomed) {
    }

    /** Estimated room the content needs: its widest line and its total height, in CSS pixels. */
    private record Extent(double width, double height) {
    }

    // ---- 2.1.1 -----------------------------------------------------------------------------------

    static void scrollable(AuditedPage page, Styles styles, Element e, List<A11yFinding> findings) {
        if (NOT_REGIONS.contains(e.normalName())) {
            return;
        }
        String[] overflow = overflow(styles, e, DESKTOP);
        boolean scrollsX = SCROLLING.contains(overflow[0]);
        boolean scrollsY = SCROLLING.contains(overflow[1]);
        if (!scrollsX && !scrollsY || !page.isVisible(e) || !hasContent(page, e) || reachable(page, e)) {
            return;
        }
        double width = width(styles, e, DESKTOP);
        double height = length(styles, e, value(styles, e, "height", DESKTOP), DESKTOP, false);
        Extent content = extent(page, styles, e, width);
        boolean overflowsX = scrollsX && content.width() > width * SLACK;
        boolean overflowsY = scrollsY && !Double.isNaN(height) && content.height() > height * SLACK;
        if (overflowsX || overflowsY) {
            findings.add(new A11yFinding(A11yRule.SCROLLABLE_REGION, e, "<" + e.normalName() + "> scrolls its content "
                    + (overflowsY ? "vertically" : "horizontally") + " (overflow: " + (overflowsY ? overflow[1] : overflow[0])
                    + ") but neither it nor anything in it takes keyboard focus, so keyboard users cannot scroll it",
                    "add tabindex=\"0\" and an accessible name (aria-label) to the scrolling element, or let the content take its full size"));
        }
    }

    /** Whether Tab reaches the region or something inside it, from where the arrow keys scroll it. */
    private static boolean reachable(AuditedPage page, Element e) {
        for (Element d : e.getAllElements()) {
            if (page.isInTabOrder(d)) {
                return true;
            }
        }
        return false;
    }

    /** Whether anything perceivable would scroll: text, or an image, a video or a drawing. */
    private static boolean hasContent(AuditedPage page, Element e) {
        return !page.visibleText(e).isEmpty() || e.selectFirst(SEL_IMG_SVG_VIDEO_CANVAS_PICTURE) != null;
    }

    // ---- 1.4.4 -----------------------------------------------------------------------------------

    static void clipped(AuditedPage page, Styles styles, Element e, List<A11yFinding> findings) {
        String[] overflow = overflow(styles, e, ZOOMED);
        boolean clipsX = CLIPPING.contains(overflow[0]);
        boolean clipsY = CLIPPING.contains(overflow[1]);
        if (!clipsX && !clipsY || !page.isVisible(e) || !page.isExposed(e) || page.visibleText(e).isEmpty()
                || hasScrollingDescendant(styles, e)) {
            return;
        }
        double width = width(styles, e, ZOOMED);
        double height = length(styles, e, value(styles, e, "height", ZOOMED), ZOOMED, false);
        if (width <= 1 || height <= 1) {
            return; // the visually hidden pattern: a 1px box that hides text on purpose
        }
        boolean nowrap = noWrap(styles, e);
        Extent content = extent(page, styles, e, width);
        if (clipsX && nowrap && content.width() > width * SLACK && !truncationShown(styles, e)) {
            findings.add(new A11yFinding(A11yRule.TEXT_CLIPPED, e, String.format(Locale.ROOT,
                    "at 200%% zoom the unwrapped text of <%s> needs about %.0fpx but its %.0fpx wide box cuts it off (overflow-x: %s)",
                    e.normalName(), content.width(), width, overflow[0]),
                    "let the text wrap, or show that it is cut with text-overflow: ellipsis and give the full text elsewhere"));
            return;
        }
        if (clipsY && !Double.isNaN(height) && clipsVertically(styles, e, height, content)) {
            findings.add(new A11yFinding(A11yRule.TEXT_CLIPPED, e, String.format(Locale.ROOT,
                    "at 200%% zoom the text of <%s> needs about %.0fpx of height but its box is fixed at %.0fpx (overflow: %s), so lines are cut off",
                    e.normalName(), content.height(), height, overflow[1]),
                    "use min-height instead of height, or let the box scroll (overflow: auto)"));
        }
    }

    /**
     * Whether a box of fixed height hides part of its text. A box exactly as high as a whole number of
     * its declared lines clips cleanly between lines, which ACT accepts; a box lower than one line cuts
     * through the letters.
     */
    private static boolean clipsVertically(Styles styles, Element e, double height, Extent content) {
        double line = lineHeight(styles, e);
        if (height < line * 0.9) {
            return true;
        }
        String declared = value(styles, e, "line-height", ZOOMED);
        if (declared != null && !declared.trim().equalsIgnoreCase("normal")) {
            double lines = height / line;
            if (Math.abs(lines - Math.rint(lines)) < 0.05) {
                return false;
            }
        }
        return content.height() > height * SLACK;
    }

    /** A scrolling box inside keeps its own text reachable, whatever the outer box clips. */
    private static boolean hasScrollingDescendant(Styles styles, Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e) {
                String[] overflow = overflow(styles, d, ZOOMED);
                if (SCROLLING.contains(overflow[0]) || SCROLLING.contains(overflow[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** text-overflow other than clip (an ellipsis) shows readers the line goes on. */
    private static boolean truncationShown(Styles styles, Element e) {
        String value = value(styles, e, "text-overflow", ZOOMED);
        return value != null && !value.trim().equalsIgnoreCase("clip");
    }

    private static boolean noWrap(Styles styles, Element e) {
        String value = styles.get(e, "white-space");
        return value != null && (value.trim().startsWith("nowrap") || value.trim().equals("pre"));
    }

    // ---- style and size ------------------------------------------------------------------------

    /**
     * The computed overflow-x and overflow-y. A {@code visible} beside a value that scrolls or hides
     * computes to {@code auto}, as CSS says.
     */
    private static String[] overflow(Styles styles, Element e, Viewport viewport) {
        String shorthand = value(styles, e, "overflow", viewport);
        String[] parts = shorthand == null ? new String[0] : shorthand.trim().toLowerCase(Locale.ROOT).split("\\s+");
        String x = first(value(styles, e, "overflow-x", viewport), parts.length > 0 ? parts[0] : "visible");
        String y = first(value(styles, e, "overflow-y", viewport), parts.length > 1 ? parts[1] : parts.length > 0 ? parts[0] : "visible");
        if (x.equals("visible") && !y.equals("visible") && !y.equals("clip")) {
            x = "auto";
        } else if (y.equals("visible") && !x.equals("visible") && !x.equals("clip")) {
            y = "auto";
        }
        return new String[] {x, y};
    }

    private static String first(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A property's value in the viewport. {@link Styles} computes the desktop; when zoomed, rules under
     * media queries that only match the narrow viewport (such as max-width: 640px) override it, as they
     * usually come later in the sheet, unless the element's style attribute sets the property.
     */
    private static String value(Styles styles, Element e, String property, Viewport viewport) {
        String value = styles.get(e, property);
        if (!viewport.zoomed() || !styles.declaredOnlyAt(viewport.width(), viewport.height(), property)) {
            return value;
        }
        boolean inline = Attr.has(e, "style") && Stylesheet.declarations(Attr.get(e, "style")).stream().anyMatch(d -> d.property().equals(property));
        if (inline) {
            return value;
        }
        for (Stylesheet.Rule rule : styles.rulesOnlyAt(viewport.width(), viewport.height())) {
            org.jsoup.select.Evaluator evaluator = Styles.evaluator(rule.selector());
            if (evaluator == null || !e.is(evaluator)) {
                continue;
            }
            for (Stylesheet.Declaration d : rule.declarations()) {
                if (d.property().equals(property)) {
                    value = d.value();
                }
            }
        }
        return value;
    }

    /** The width of the element's content box: its own width, else what its parent leaves it. */
    private static double width(Styles styles, Element e, Viewport viewport) {
        if (e.parent() == null) {
            return viewport.width();
        }
        double parent = width(styles, e.parent(), viewport);
        double own = length(styles, e, value(styles, e, "width", viewport), viewport, true, parent);
        if (!Double.isNaN(own)) {
            return own;
        }
        // the body's default 8px margins
        return e.normalName().equals("body") ? parent - 16 : parent;
    }

    private static double length(Styles styles, Element e, String value, Viewport viewport, boolean horizontal) {
        return length(styles, e, value, viewport, horizontal, Double.NaN);
    }

    /** A length in pixels: viewport units for this viewport, % of {@code percentOf}; NaN for auto or unknown. */
    private static double length(Styles styles, Element e, String value, Viewport viewport, boolean horizontal, double percentOf) {
        if (value == null) {
            return Double.NaN;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("vh")) {
                return Double.parseDouble(v.substring(0, v.length() - 2)) * viewport.height() / 100;
            }
            if (v.endsWith("vw")) {
                return Double.parseDouble(v.substring(0, v.length() - 2)) * viewport.width() / 100;
            }
            if (v.endsWith("%")) {
                return horizontal ? Double.parseDouble(v.substring(0, v.length() - 1)) * percentOf / 100 : Double.NaN;
            }
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
        return styles.pixels(e, v);
    }

    private static double lineHeight(Styles styles, Element e) {
        double size = styles.fontSize(e);
        String value = styles.get(e, "line-height");
        if (value == null || value.trim().equalsIgnoreCase("normal")) {
            return size * NORMAL_LINE;
        }
        String v = value.trim();
        if (v.matches("[0-9]*\\.?[0-9]+")) {
            return Double.parseDouble(v) * size;
        }
        double px = styles.pixels(e, v);
        return Double.isNaN(px) ? size * NORMAL_LINE : px;
    }

    // ---- content estimate ----------------------------------------------------------------------

    /**
     * How much room the element's content needs in a box {@code width} wide: inline content flows into
     * lines (one per {@code <br>} when it may not wrap), block children stack.
     */
    private static Extent extent(AuditedPage page, Styles styles, Element e, double width) {
        Line line = new Line(noWrap(styles, e), width, lineHeight(styles, e));
        double widest = 0;
        double height = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode text) {
                line.add(textWidth(styles, e, text), !text.isBlank());
                continue;
            }
            if (!(child instanceof Element el) || !page.isRendered(el)) {
                continue;
            }
            boolean block = isBlock(styles, el);
            if (el.normalName().equals("br") || block) {
                widest = Math.max(widest, line.width());
                height += line.height();
                line.clear();
            }
            if (block) {
                double ownWidth = length(styles, el, styles.get(el, "width"), DESKTOP, true, width);
                double inner = Double.isNaN(ownWidth) ? width : ownWidth;
                Extent sub = extent(page, styles, el, inner);
                double ownHeight = length(styles, el, styles.get(el, "height"), DESKTOP, false);
                height += Double.isNaN(ownHeight) ? sub.height() : ownHeight;
                widest = Math.max(widest, Double.isNaN(ownWidth) ? sub.width() : ownWidth);
            } else if (!el.normalName().equals("br")) {
                line.add(inlineWidth(page, styles, el, width), true);
            }
        }
        return new Extent(Math.max(widest, line.width()), height + line.height());
    }

    /** Inline content since the last break; white space alone between blocks makes no line. */
    private static final class Line {
        private final boolean nowrap;
        private final double box;
        private final double lineHeight;
        private double width;
        private boolean content;

        Line(boolean nowrap, double box, double lineHeight) {
            this.nowrap = nowrap;
            this.box = box;
            this.lineHeight = lineHeight;
        }

        void add(double advance, boolean visible) {
            width += advance;
            content |= visible;
        }

        void clear() {
            width = 0;
            content = false;
        }

        double width() {
            return !content ? 0 : nowrap ? width : Math.min(width, box);
        }

        double height() {
            return content ? lines(width, box, nowrap) * lineHeight : 0;
        }
    }

    private static int lines(double runWidth, double width, boolean nowrap) {
        if (runWidth <= 0) {
            return 0;
        }
        return nowrap || width <= 0 ? 1 : (int) Math.ceil(runWidth / width);
    }

    /** The width an inline element adds to its line: its own width if set (images, inline blocks), else its text. */
    private static double inlineWidth(AuditedPage page, Styles styles, Element el, double width) {
        double own = length(styles, el, styles.get(el, "width"), DESKTOP, true, width);
        if (Double.isNaN(own) && Attr.has(el, "width")) {
            own = styles.pixels(el, Attr.get(el, "width").trim() + "px");
        }
        if (!Double.isNaN(own) && (el.normalName().equals("img") || styles.display(el).startsWith("inline-"))) {
            return own;
        }
        return extent(page, styles, el, Double.MAX_VALUE).width();
    }

    private static double textWidth(Styles styles, Element parent, TextNode text) {
        String collapsed = text.getWholeText().replaceAll("\\s+", " ");
        if (collapsed.isBlank()) {
            return collapsed.isEmpty() ? 0 : CHAR_WIDTH * styles.fontSize(parent); // the single space between inline items
        }
        return collapsed.trim().length() * CHAR_WIDTH * styles.fontSize(parent);
    }

    private static boolean isBlock(Styles styles, Element el) {
        String display = styles.display(el);
        return !display.startsWith("inline") && !display.equals("contents");
    }
}
