package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/** WCAG 2.4.4 (and 4.1.2): every link has a name, and the name says where it goes. */
final class LinkChecks implements A11yCheck {

    /** Selectors parsed once: jsoup parses a selector given as text on every call. */
    private static final org.jsoup.select.Evaluator SEL_IMG = org.jsoup.select.QueryParser.parse("img");

    /** Link texts that say nothing of the target, in the site's languages and a few more. */
    static final Set<String> GENERIC = Set.of(
            "click here", "click", "here", "click this link", "this link", "link", "read more", "more", "learn more", "more info",
            "more information", "this page", "go", "details", "continue reading",
            "cliquez ici", "cliquer ici", "ici", "lire la suite", "en savoir plus", "plus", "lien", "ce lien", "suite", "cette page",
            "haga clic aquí", "haz clic aquí", "pulse aquí", "clic aquí", "aquí", "leer más", "más", "más información", "enlace",
            "este enlace", "esta página",
            "こちら", "ここ", "こちらをクリック", "ここをクリック", "詳しくはこちら", "こちらから", "続きを読む", "もっと見る", "詳細",
            "点击这里", "点击此处", "这里", "此处", "点此", "更多", "阅读更多", "了解更多", "详情", "點擊這裡", "這裡");

    @Override
    public void check(AuditedPage page, List<A11yFinding> findings) {
        for (Element e : page.elements()) {
            String role = page.role(e);
            boolean link = role.equals("link") || AriaSpec.role(role).map(r -> r.superclassRoles().contains("link")).orElse(false);
            if (!link || !page.isExposed(e)) {
                continue;
            }
            String name = page.name(e);
            if (name.isEmpty()) {
                Element img = e.normalName().equals("area") ? e : e.selectFirst(SEL_IMG);
                findings.add(new A11yFinding(A11yRule.LINK_NAME, e,
                        e.normalName().equals("area") ? "image-map area has no alt text, so the link has no name"
                                : img != null ? "link holds only an image without alt text, so it has no name" : "link has no text or accessible name",
                        img != null ? "give the image alt text that says where the link goes" : "write link text that says where the link goes"));
            } else if (isGeneric(name)) {
                findings.add(new A11yFinding(A11yRule.LINK_TEXT, e, "link text '" + name + "' does not say where the link goes",
                        "write what the reader will find as the link text, such as [the Convention's text](…) rather than [here](…)"));
            }
        }
    }

    static boolean isGeneric(String name) {
        if (name.length() > 40) {
            return false; // longer than any generic text
        }
        return GENERIC.contains(normalized(name.toLowerCase(Locale.ROOT)));
    }

    /** The text without punctuation, symbols and spaces at its ends, runs of spaces inside made one. */
    private static String normalized(String text) {
        int start = 0;
        while (start < text.length() && isEdge(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        int end = text.length();
        while (end > start && isEdge(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        StringBuilder out = new StringBuilder(end - start);
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                inSpace = true;
                continue;
            }
            if (inSpace) {
                out.append(' ');
                inSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** What a regular expression's \\s matches. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** What [\\p{P}\\p{S}\\s] matches. */
    private static boolean isEdge(int codePoint) {
        if (isSpace(codePoint)) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                 Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
