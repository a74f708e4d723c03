package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Page-level rules: language (3.1.1, 3.1.2), title (2.4.2), refresh (2.2.1), zoom (1.4.4), a way
 * to bypass repeated blocks (2.4.1) and unique ids (4.1.1).
 */
final class DocumentChecks implements A11yCheck {

    /** Selectors parsed once: jsoup parses a selector given as text on every call. */
    private static final org.jsoup.select.Evaluator SEL_TEMPLATE_SVG = org.jsoup.select.QueryParser.parse("template, svg");
    private static final org.jsoup.select.Evaluator SEL_A_HREF_BUTTON = org.jsoup.select.QueryParser.parse("a[href], button");

    private static final Pattern REFRESH = Pattern.compile("^\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(?:$|[;,]\\s*(?:url\\s*=\\s*)?(.*)$)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void check(AuditedPage page, List<A11yFinding> findings) {
        Element html = null;
        List<Element> titles = new java.util.ArrayList<>();
        List<Element> metas = new java.util.ArrayList<>();
        // one walk finds what the page-level rules read, instead of one search of the page each
        for (Element e : page.elements()) {
            switch (e.normalName()) {
                case "html" -> html = html == null ? e : html;
                case "title" -> titles.add(e);
                case "meta" -> metas.add(e);
                default -> { }
            }
        }
        if (html == null) {
            return;
        }
        language(page, html, findings);
        // a page with neither content nor a title element is not a document to title (an empty shell)
        boolean headTitle = titles.stream().anyMatch(t -> t.parent() != null && t.parent().normalName().equals("head"));
        if (page.hasContent() || headTitle) {
            title(html, titles, findings);
        }
        refresh(metas, findings);
        viewport(metas, findings);
        bypass(page, findings);
        duplicateIds(page, findings);
        foreignScripts(page, html, findings);
    }

    private static void language(AuditedPage page, Element html, List<A11yFinding> findings) {
        // xml:lang alone does not set the language of an HTML document
        String lang = Attr.get(html, "lang");
        boolean hasLang = Attr.has(html, "lang");
        if (!hasLang || lang.isBlank()) {
            findings.add(new A11yFinding(A11yRule.HTML_HAS_LANG, html, "<html> has no lang attribute",
                    "the theme's base layout must write lang=\"{{language}}\" on <html>"));
        } else if (!LanguageTags.isValid(lang)) {
            findings.add(new A11yFinding(A11yRule.HTML_LANG_VALID, html, "<html lang=\"" + lang + "\"> is not a valid language tag"
                    + LanguageTags.problem(lang).map(p -> ": " + p).orElse(""), "use a BCP 47 tag such as en, fr, es, ja or zh"));
        }
        for (Element e : page.elements()) {
            if (e == html || !Attr.has(e, "lang")) {
                continue;
            }
            String value = Attr.get(e, "lang");
            // lang="" says the language is unknown, which is allowed
            if (value.isEmpty() || LanguageTags.isValid(value) || !hasText(page, e)) {
                continue;
            }
            findings.add(new A11yFinding(A11yRule.VALID_LANG, e, "lang=\"" + value + "\" is not a valid language tag"
                    + LanguageTags.problem(value).map(p -> ": " + p).orElse(""), "use a BCP 47 tag such as en, fr, es, ja or zh"));
        }
    }

    /** Whether the element holds text that is shown or exposed, and takes its language from this element. */
    private static boolean hasText(AuditedPage page, Element e) {
        for (TextNode text : e.textNodes()) {
            if (!text.isBlank() && (page.isExposed(e) || page.isVisible(e))) {
                return true;
            }
        }
        for (Element child : e.children()) {
            if (Attr.has(child, "lang") && LanguageTags.isValid(Attr.get(child, "lang"))) {
                continue;
            }
            if (hasText(page, child)) {
                return true;
            }
            for (String attr : List.of("alt", "aria-label", "title", "placeholder")) {
                if (!child.attr(attr).isBlank() && page.isExposed(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void title(Element html, List<Element> titles, List<A11yFinding> findings) {
        Element title = null;
        for (Element candidate : titles) {
            if (candidate.closest(SEL_TEMPLATE_SVG) == null) {
                title = candidate;
                break;
            }
        }
        if (title == null) {
            findings.add(new A11yFinding(A11yRule.DOCUMENT_TITLE, html, "the page has no <title>",
                    "the theme's base layout must write <title> in <head>"));
        } else if (title.text().isBlank()) {
            findings.add(new A11yFinding(A11yRule.DOCUMENT_TITLE, title, "the page's <title> is empty",
                    "give the page a title in its front matter"));
        }
    }

    private static void refresh(List<Element> metas, List<A11yFinding> findings) {
        for (Element meta : metas) {
            if (!Attr.has(meta, "http-equiv") || !Attr.get(meta, "http-equiv").trim().equalsIgnoreCase("refresh") || !Attr.has(meta, "content")) {
                continue;
            }
            Matcher m = REFRESH.matcher(Attr.get(meta, "content"));
            if (!m.matches()) {
                continue;
            }
            double delay = Double.parseDouble(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1));
            if (delay > 0 && delay <= 72_000) {
                findings.add(new A11yFinding(A11yRule.META_REFRESH, meta, "the page refreshes or redirects after " + m.group(1) + " s",
                        "redirect with a delay of 0, or let the reader follow a link"));
            }
            return; // only the first valid refresh counts
        }
    }

    private static void viewport(List<Element> metas, List<A11yFinding> findings) {
        for (Element meta : metas) {
            if (!Attr.get(meta, "name").equalsIgnoreCase("viewport")) {
                continue;
            }
            Map<String, String> properties = new HashMap<>();
            for (String part : Attr.get(meta, "content").toLowerCase(Locale.ROOT).split("[,;]")) {
                String[] kv = part.split("=", 2);
                if (kv.length == 2) {
                    properties.put(kv[0].trim(), kv[1].trim());
                }
            }
            String scalable = properties.getOrDefault("user-scalable", "");
            // per CSS Device Adaptation, any value other than yes, device-width/-height or a number >= 1 means no
            boolean blocksZoom = !scalable.isEmpty() && !scalable.equals("yes") && !scalable.startsWith("device-")
                    && !(scalable.matches("[0-9]*\\.?[0-9]+") && Double.parseDouble(scalable) >= 1);
            if (blocksZoom) {
                findings.add(new A11yFinding(A11yRule.META_VIEWPORT, meta, "meta viewport sets user-scalable=" + scalable + ", which blocks zoom",
                        "remove user-scalable from the viewport meta element"));
            } else if (properties.containsKey("maximum-scale")) {
                String value = properties.get("maximum-scale");
                try {
                    // keywords: yes is 1, no and unknown words are 0.1, device-width/-height are 10
                    double max = value.equals("yes") ? 1 : value.startsWith("device-") ? 10
                            : value.matches("-?[0-9]*\\.?[0-9]+.*") ? Double.parseDouble(value.replaceAll("[^0-9.\\-].*$", "")) : 0.1;
                    if (max >= 0 && max < 2) {
                        findings.add(new A11yFinding(A11yRule.META_VIEWPORT, meta, "meta viewport sets maximum-scale=" + value
                                + ", which blocks zoom past " + Math.round(max * 100) + "%", "remove maximum-scale, or set it to at least 2"));
                    }
                } catch (NumberFormatException e) {
                    // yes, device-width and other keywords leave zoom alone
                }
            }
        }
    }

    /**
     * 2.4.1 is met by a main landmark, a link to the main content, or headings: a page with focusable
     * repeated content and none of the three fails.
     */
    private static void bypass(AuditedPage page, List<A11yFinding> findings) {
        Element body = page.document().body();
        if (body == null) {
            return;
        }
        boolean hasMain = false;
        boolean hasHeading = false;
        boolean hasSkipLink = false;
        boolean textFirst = false;
        Element firstFocusable = null;
        for (Element e : page.elements()) {
            if (!page.isExposed(e)) {
                continue;
            }
            String role = page.role(e);
            hasMain |= role.equals("main");
            hasHeading |= role.equals("heading");
            if (firstFocusable == null && !textFirst && e.ownText().codePoints().anyMatch(Character::isLetterOrDigit)
                    && !page.isFocusable(e) && e.closest(SEL_A_HREF_BUTTON) == null) {
                textFirst = true;
            }
            if (page.isInTabOrder(e)) {
                if (firstFocusable == null) {
                    firstFocusable = e;
                }
                if (e.normalName().equals("a") && Attr.get(e, "href").startsWith("#") && Attr.get(e, "href").length() > 1) {
                    hasSkipLink |= page.byId(Attr.get(e, "href").substring(1)).isPresent();
                }
            }
            if (hasMain || hasHeading || hasSkipLink) {
                return; // any of the three is a way past repeated content
            }
        }
        // a first control that moves to or hides content by script is a way to bypass what follows
        boolean scriptedBypass = firstFocusable != null && Attr.has(firstFocusable, "onclick");
        if (!hasMain && !hasHeading && !hasSkipLink && !scriptedBypass && firstFocusable != null && !textFirst) {
            findings.add(new A11yFinding(A11yRule.BYPASS, body, "links or controls come before the page's content, and the page "
                    + "has no main landmark, no headings and no skip link",
                    "put the page's own content in <main>, and start it with a heading"));
        }
    }

    private static void duplicateIds(AuditedPage page, List<A11yFinding> findings) {
        Map<String, Element> seen = new HashMap<>();
        for (Element e : page.elements()) {
            String id = e.id();
            if (id.isEmpty()) {
                continue;
            }
            Element first = seen.putIfAbsent(id, e);
            if (first != null) {
                findings.add(new A11yFinding(A11yRule.DUPLICATE_ID, e, "id '" + id + "' is already used on this page",
                        "give each element its own id; for headings write {#another-id} after the heading text"));
            }
        }
    }

    /**
     * 3.1.2 for what can be told from the characters alone: kana, hangul, Han, Cyrillic, Greek,
     * Arabic, Hebrew, Thai or Devanagari text on a page (or in a passage) whose language does not use
     * that script needs a lang attribute.
     */
    private static void foreignScripts(AuditedPage page, Element html, List<A11yFinding> findings) {
        Element root = html;
        while (root.parent() != null) {
            root = root.parent();
        }
        foreignScripts(page, root, "", findings);
    }

    /** One walk down the page, each element's language carried from its parent instead of looked up. */
    private static void foreignScripts(AuditedPage page, Element e, String inherited, List<A11yFinding> findings) {
        String language = Attr.has(e, "lang") ? Attr.get(e, "lang").trim() : inherited;
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("style")) {
            return;
        }
        for (int i = 0; i < e.childNodeSize(); i++) {
            org.jsoup.nodes.Node child = e.childNode(i);
            if (child instanceof TextNode text) {
                String script = ForeignScript.dominantForeign(text.getWholeText(), language);
                if (script != null && page.isExposed(e)) {
                    findings.add(new A11yFinding(A11yRule.FOREIGN_TEXT_LANG, e, "text in " + script + " script ('"
                            + abbreviate(text.text()) + "') is inside lang=\"" + language + "\"",
                            "mark the passage with its language, for example <span lang=\"ja\">…</span>"));
                    break;
                }
            }
        }
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child) {
                foreignScripts(page, child, language, findings);
            }
        }
    }

    private static String abbreviate(String text) {
        String t = text.trim();
        return t.length() > 30 ? t.substring(0, 30) + "…" : t;
    }
}
