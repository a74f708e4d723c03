package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/** WCAG 1.1.1: images, image buttons, SVG, objects and image-map areas have text alternatives. */
final class TextAlternativeChecks implements A11yCheck {

    /** Selectors parsed once: jsoup parses a selector given as text on every call. */
    private static final org.jsoup.select.Evaluator SEL_SVG = org.jsoup.select.QueryParser.parse("svg");
    private static final org.jsoup.select.Evaluator SEL_A_HREF_BUTTON = org.jsoup.select.QueryParser.parse("a[href], button");

    private static final Pattern NON_TEXT_OBJECT = Pattern.compile(
            ".*\\.(png|jpe?g|gif|webp|avif|bmp|ico|svg|mp3|wav|ogg|oga|m4a|aac|flac|mp4|webm|ogv|mov|avi|m4v|swf)([?#].*)?",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void check(AuditedPage page, List<A11yFinding> findings) {
        for (Element e : page.elements()) {
            String tag = e.normalName();
            hiddenButMeaningful(page, e, findings);
            if (!page.isExposed(e)) {
                continue;
            }
            String role = page.role(e);
            if (tag.equals("img") || (role.equals("img") && !tag.equals("svg"))) {
                if (role.equals("img") && page.name(e).isEmpty()) {
                    if (tag.equals("img") && !Attr.has(e, "alt")) {
                        findings.add(new A11yFinding(A11yRule.IMAGE_ALT, e, "image '" + shortSrc(e) + "' has no alt text",
                                "describe what the image shows (![description](file.png) in Markdown), or give alt=\"\" if it is only decoration"));
                    } else {
                        findings.add(new A11yFinding(A11yRule.IMAGE_ALT, e, "image has no accessible name",
                                "give it alt text, aria-label or aria-labelledby"));
                    }
                }
            } else if (tag.equals("svg") || e.closest(SEL_SVG) != null) {
                String explicit = AuditedPage.explicitRole(e).orElse("");
                boolean image = explicit.equals("img") || explicit.equals("graphics-document") || explicit.equals("graphics-symbol");
                if (image && page.name(e).isEmpty()) {
                        findings.add(new A11yFinding(A11yRule.SVG_IMG_NAME, e, "<" + tag + " role=\"" + explicit + "\"> has no accessible name",
                            "add a <title> as its first child, or aria-label"));
                }
            } else if (tag.equals("input") && Attr.get(e, "type").trim().equalsIgnoreCase("image") && role.equals("button")) {
                if (page.name(e).isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.INPUT_IMAGE_ALT, e, "image button has no accessible name",
                            "give the <input type=\"image\"> an alt that says what the button does"));
                }
            } else if (tag.equals("object") && rendersNonText(e) && AuditedPage.explicitRole(e).isEmpty()) {
                if (page.name(e).isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.OBJECT_ALT, e, "<object> showing '" + Attr.get(e, "data") + "' has no accessible name",
                            "give it aria-label, aria-labelledby or title"));
                }
            }
        }
    }

    /**
     * An image kept out of the accessibility tree that shows signs of carrying content: alt text
     * written and then hidden, a sentence ending in a colon that introduces it, or a canvas that a
     * script draws text on.
     */
    private static void hiddenButMeaningful(AuditedPage page, Element e, List<A11yFinding> findings) {
        String tag = e.normalName();
        boolean image = tag.equals("img") || tag.equals("svg") || tag.equals("canvas");
        if (!image || !page.isRendered(e) || page.styles().isVisuallyHidden(e)) {
            return;
        }
        String explicit = AuditedPage.explicitRole(e).orElse("");
        boolean hidden = !page.isExposed(e) || explicit.equals("none") || explicit.equals("presentation")
                || (tag.equals("img") && Attr.has(e, "alt") && Attr.get(e, "alt").isEmpty()) || (!tag.equals("img") && page.name(e).isEmpty());
        if (!hidden || (e.parent() != null && e.closest(SEL_A_HREF_BUTTON) != null && !page.name(e.closest(SEL_A_HREF_BUTTON)).isEmpty())) {
            return;
        }
        String reason = null;
        if (tag.equals("img") && !Attr.get(e, "alt").isBlank()) {
            reason = "has alt text '" + Attr.get(e, "alt") + "' but is hidden from assistive technology";
        } else if (tag.equals("canvas") && ScriptText.of(page).matches("(?s).*\\.(filltext|stroketext)\\(.*")) {
            reason = "is a canvas that a script writes text on, with no text alternative";
        } else if (introducedByColon(e)) {
            reason = "is introduced by the text before it, so it is content, not decoration";
        }
        if (reason != null) {
            findings.add(new A11yFinding(A11yRule.DECORATIVE_IMAGE, e, "an image marked as decorative " + reason,
                    "give the image a text alternative (alt text, or role=\"img\" with aria-label)"));
        }
    }

    private static boolean introducedByColon(Element e) {
        Element previous = e.previousElementSibling();
        String text = previous == null ? "" : previous.text().trim();
        return text.endsWith(":") || text.endsWith("：");
    }

    private static boolean rendersNonText(Element e) {
        String type = Attr.get(e, "type").toLowerCase(Locale.ROOT);
        if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")) {
            return true;
        }
        if (type.startsWith("text/") || type.equals("application/pdf")) {
            return false;
        }
        return NON_TEXT_OBJECT.matcher(Attr.get(e, "data").trim()).matches();
    }

    private static String shortSrc(Element e) {
        String src = Attr.get(e, "src");
        int slash = src.lastIndexOf('/');
        return slash >= 0 && slash < src.length() - 1 ? src.substring(slash + 1) : src;
    }
}
