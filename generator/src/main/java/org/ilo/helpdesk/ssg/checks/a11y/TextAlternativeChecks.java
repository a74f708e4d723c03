package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/** WCAG 1.1.1: images, image buttons, SVG, objects and image-map areas have text alternatives. */
final class TextAlternativeChecks implements A11yCheck {

    private static final Pattern NON_TEXT_OBJECT = Pattern.compile(
            ".*\\.(png|jpe?g|gif|webp|avif|bmp|ico|svg|mp3|wav|ogg|oga|m4a|aac|flac|mp4|webm|ogv|mov|avi|m4v|swf)([?#].*)?",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void check(AuditedPage page, List<A11yFinding> findings) {
        for (Element e : page.elements()) {
            String tag = e.normalName();
            if (!page.isExposed(e)) {
                continue;
            }
            String role = page.role(e);
            if (tag.equals("img") || (role.equals("img") && !tag.equals("svg"))) {
                if (role.equals("img") && page.name(e).isEmpty()) {
                    if (tag.equals("img") && !e.hasAttr("alt")) {
                        findings.add(new A11yFinding(A11yRule.IMAGE_ALT, e, "image '" + shortSrc(e) + "' has no alt text",
                                "describe what the image shows (![description](file.png) in Markdown), or give alt=\"\" if it is only decoration"));
                    } else {
                        findings.add(new A11yFinding(A11yRule.IMAGE_ALT, e, "image has no accessible name",
                                "give it alt text, aria-label or aria-labelledby"));
                    }
                }
            } else if (tag.equals("svg")) {
                String explicit = AuditedPage.explicitRole(e).orElse("");
                if ((explicit.equals("img") || explicit.startsWith("graphics-")) && page.name(e).isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.SVG_IMG_NAME, e, "<svg role=\"" + explicit + "\"> has no accessible name",
                            "add a <title> as its first child, or aria-label"));
                }
            } else if (tag.equals("input") && e.attr("type").trim().equalsIgnoreCase("image") && role.equals("button")) {
                if (page.name(e).isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.INPUT_IMAGE_ALT, e, "image button has no accessible name",
                            "give the <input type=\"image\"> an alt that says what the button does"));
                }
            } else if (tag.equals("object") && rendersNonText(e) && AuditedPage.explicitRole(e).isEmpty()) {
                if (AuditedPage.collapse(e.attr("aria-label") + e.attr("title")).isEmpty() && labelledName(page, e).isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.OBJECT_ALT, e, "<object> showing '" + e.attr("data") + "' has no accessible name",
                            "give it aria-label, aria-labelledby or title"));
                }
            } else if (tag.equals("area") && e.hasAttr("href")) {
                if (page.name(e).isEmpty()) {
                    findings.add(new A11yFinding(A11yRule.AREA_ALT, e, "image-map area has no alt text",
                            "give the <area> an alt that says where it links"));
                }
            }
        }
    }

    private static String labelledName(AuditedPage page, Element e) {
        StringBuilder out = new StringBuilder();
        for (String id : e.attr("aria-labelledby").trim().split("\\s+")) {
            page.byId(id).ifPresent(target -> out.append(target.text()));
        }
        return out.toString().trim();
    }

    private static boolean rendersNonText(Element e) {
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")) {
            return true;
        }
        if (type.startsWith("text/") || type.equals("application/pdf")) {
            return false;
        }
        return NON_TEXT_OBJECT.matcher(e.attr("data").trim()).matches();
    }

    private static String shortSrc(Element e) {
        String src = e.attr("src");
        int slash = src.lastIndexOf('/');
        return slash >= 0 && slash < src.length() - 1 ? src.substring(slash + 1) : src;
    }
}
