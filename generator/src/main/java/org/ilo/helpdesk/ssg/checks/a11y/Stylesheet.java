package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSS style sheet read well enough to decide what a browser would show: style rules with their
 * selectors, specificity and declarations, the {@code @media} blocks a desktop screen applies, and
 * the state rules ({@code :focus}, {@code :focus-visible}) kept apart for the focus-visibility check.
 * Anything the checker cannot use ({@code @font-face}, {@code @keyframes}, unknown at-rules) is skipped.
 */
public final class Stylesheet {

    /** One declaration: {@code color: #333 !important}. Property names are lower case. */
    public record Declaration(String property, String value, boolean important) {
    }

    /**
     * A style rule for one selector of a selector list. {@code state} is the dynamic pseudo-class the
     * selector needs ({@code focus}, {@code hover}…), empty for rules that apply at rest;
     * {@code media} is the media condition the rule sits in, empty when none.
     */
    public record Rule(String selector, int specificity, List<Declaration> declarations, String state, String media) {
    }

    public static final Stylesheet EMPTY = new Stylesheet(List.of());

    private final List<Rule> rules;
    /** The rules filed for matching, worked out once however many pages the sheet styles. */
    private volatile Object index;

    public Stylesheet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The value {@code build} makes of this sheet, made on first use and kept: sheets are immutable. */
    @SuppressWarnings("unchecked")
    <T> T index(java.util.function.Function<Stylesheet, T> build) {
        Object known = index;
        if (known == null) {
            known = build.apply(this);
            index = known;
        }
        return (T) known;
    }

    public Stylesheet plus(Stylesheet other) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new Stylesheet(all);
    }

    /** The sheets' rules in order, as one sheet: the sheets a page links, in the order it links them. */
    public static Stylesheet concat(List<Stylesheet> sheets) {
        List<Rule> all = new ArrayList<>();
        sheets.forEach(sheet -> all.addAll(sheet.rules));
        return new Stylesheet(all);
    }

    /**
     * The path a linked sheet's href names on the same site, without its query or fragment; null when
     * the href is empty or leads to another host, whose sheets are not checked.
     */
    public static String localHref(String href) {
        int cut = href.length();
        for (int i = 0; i < href.length() && cut == href.length(); i++) {
            if (href.charAt(i) == '?' || href.charAt(i) == '#') {
                cut = i;
            }
        }
        String path = href.substring(0, cut);
        return path.isEmpty() || path.contains("://") || path.startsWith("//") ? null : path;
    }

    public static Stylesheet parse(String css) {
        List<Rule> out = new ArrayList<>();
        parseBlock(stripComments(css), "", out);
        return new Stylesheet(out);
    }

    private static void parseBlock(String css, String media, List<Rule> out) {
        int i = 0;
        int n = css.length();
        while (i < n) {
            int brace = css.indexOf('{', i);
            int semicolon = css.indexOf(';', i);
            if (brace < 0) {
                return;
            }
            String prelude = css.substring(i, brace).trim();
            if (prelude.startsWith("@") && semicolon >= 0 && semicolon < brace) {
                i = semicolon + 1; // @import, @charset: nothing to apply
                continue;
            }
            int end = matchingBrace(css, brace);
            String body = css.substring(brace + 1, end);
            i = end + 1;
            if (prelude.startsWith("@")) {
                String lower = prelude.toLowerCase(Locale.ROOT);
                if (lower.startsWith("@media")) {
                    String condition = prelude.substring(6).trim();
                    parseBlock(body, media.isEmpty() ? condition : media + " and " + condition, out);
                } else if (lower.startsWith("@supports") || lower.startsWith("@layer") || lower.startsWith("@container")) {
                    parseBlock(body, media, out);
                }
                continue;
            }
            List<Declaration> declarations = declarations(body);
            if (declarations.isEmpty()) {
                continue;
            }
            for (String selector : splitTopLevel(prelude, ',')) {
                selector = selector.trim();
                if (!selector.isEmpty()) {
                    out.add(new Rule(selector, specificity(selector), declarations, state(selector), media));
                }
            }
        }
    }

    /** The declarations of a block or a {@code style} attribute, in order. */
    public static List<Declaration> declarations(String block) {
        List<Declaration> out = new ArrayList<>();
        for (String part : splitTopLevel(stripComments(block), ';')) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String property = part.substring(0, colon).trim();
            String value = part.substring(colon + 1).trim();
            boolean important = false;
            int bang = value.lastIndexOf('!');
            if (bang >= 0 && value.substring(bang + 1).trim().equalsIgnoreCase("important")) {
                important = true;
                value = value.substring(0, bang).trim();
            }
            if (!property.startsWith("--")) {
                property = property.toLowerCase(Locale.ROOT);
            }
            if (!property.isEmpty() && !value.isEmpty()) {
                out.add(new Declaration(property, value, important));
            }
        }
        return out;
    }

    private static int matchingBrace(String css, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < css.length(); i++) {
            char c = css.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return css.length();
    }

    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String stripComments(String css) {
        if (!css.contains("/*")) {
            return css;
        }
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            int start = css.indexOf("/*", i);
            if (start < 0) {
                out.append(css, i, css.length());
                break;
            }
            out.append(css, i, start);
            int end = css.indexOf("*/", start + 2);
            i = end < 0 ? css.length() : end + 2;
        }
        return out.toString();
    }

    /** The dynamic pseudo-class a selector depends on, or "" for one that matches at rest. */
    private static final java.util.regex.Pattern STATE =
            java.util.regex.Pattern.compile(":(focus-visible|focus-within|focus|hover|active|visited|target|checked)(?![a-z-])");

    private static String state(String selector) {
        if (selector.indexOf(':') < 0) {
            return "";
        }
        java.util.regex.Matcher m = STATE.matcher(selector.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : "";
    }

    /** Specificity packed as a*10000 + b*100 + c (ids, classes/attributes/pseudo-classes, types). */
    static int specificity(String selector) {
        int ids = 0;
        int classes = 0;
        int types = 0;
        String s = selector.replaceAll("\"[^\"]*\"|'[^']*'", "\"\"");
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '#') {
                ids++;
                i = skipName(s, i + 1);
            } else if (c == '.') {
                classes++;
                i = skipName(s, i + 1);
            } else if (c == '[') {
                classes++;
                int close = s.indexOf(']', i);
                i = close < 0 ? s.length() : close + 1;
            } else if (c == ':') {
                if (i + 1 < s.length() && s.charAt(i + 1) == ':') {
                    types++;
                    i = skipName(s, i + 2);
                } else {
                    int end = skipName(s, i + 1);
                    String name = s.substring(i + 1, end).toLowerCase(Locale.ROOT);
                    if (end < s.length() && s.charAt(end) == '(') {
                        int close = closingParen(s, end);
                        String inner = s.substring(end + 1, Math.max(end + 1, close));
                        if (name.equals("not") || name.equals("is") || name.equals("has")) {
                            int best = 0;
                            for (String part : splitTopLevel(inner, ',')) {
                                best = Math.max(best, specificity(part.trim()));
                            }
                            ids += best / 10000;
                            classes += (best / 100) % 100;
                            types += best % 100;
                        } else if (!name.equals("where")) {
                            classes++;
                        }
                        i = close + 1;
                    } else {
                        if (name.equals("before") || name.equals("after") || name.equals("first-line") || name.equals("first-letter")) {
                            types++;
                        } else {
                            classes++;
                        }
                        i = end;
                    }
                }
            } else if (Character.isLetter(c)) {
                types++;
                i = skipName(s, i);
            } else {
                i++;
            }
        }
        return ids * 10000 + Math.min(classes, 99) * 100 + Math.min(types, 99);
    }

    private static int skipName(String s, int i) {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_'
                || s.charAt(i) == '\\')) {
            i++;
        }
        return i;
    }

    private static int closingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }
}
