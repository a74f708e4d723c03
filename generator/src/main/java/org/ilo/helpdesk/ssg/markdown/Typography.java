package org.ilo.helpdesk.ssg.markdown;

/**
 * Typographic quotes and spaces per language: curly quotes in English, « » with narrow no-break
 * spaces and the spaces before {@code ; : ! ?} in French, « » in Spanish, 「」 in Japanese.
 */
public record Typography(String open, String close, String openSingle, String closeSingle, boolean frenchSpacing) {

    private static final char NNBSP = '\u202F';
    private static final char NBSP = '\u00A0';

    public static Typography forLanguage(String language) {
        String primary = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
        return switch (primary) {
            case "fr" -> new Typography("«" + NNBSP, NNBSP + "»", "“", "”", true);
            case "es", "it", "pt", "ru" -> new Typography("«", "»", "“", "”", false);
            case "de" -> new Typography("„", "“", "‚", "‘", false);
            case "ja" -> new Typography("「", "」", "『", "』", false);
            default -> new Typography("“", "”", "‘", "’", false);
        };
    }

    /** Applies the rules to a run of prose; {@code previous} is the character before it, or 0. */
    public String apply(String text, char previous) {
        // most text nodes have no straight quote and, in French, no sign that takes a space: nothing to do
        boolean quotes = text.indexOf('"') >= 0 || text.indexOf('\'') >= 0;
        if (!quotes && !(frenchSpacing && needsFrenchSpaces(text))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        char before = previous;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                boolean opening = before == 0 || Character.isWhitespace(before) || "([{—–-/«“‘\u00A0\u202F".indexOf(before) >= 0;
                if (c == '"') {
                    out.append(opening ? open : close);
                } else {
                    out.append(opening ? openSingle : (Character.isLetterOrDigit(before) ? "’" : closeSingle));
                }
            } else {
                out.append(c);
            }
            before = c;
        }
        String result = out.toString();
        return frenchSpacing ? frenchSpaces(result) : result;
    }

    private static boolean needsFrenchSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '!' || c == '?' || c == ':' || c == '«' || c == '»') {
                return true;
            }
        }
        return false;
    }

    public String apply(String text) {
        return apply(text, (char) 0);
    }

    private static String frenchSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            char previous = out.length() > 0 ? out.charAt(out.length() - 1) : 0;
            if (c == ' ' && (next == ';' || next == '!' || next == '?' || next == '»')) {
                out.append(NNBSP);
            } else if (c == ' ' && next == ':') {
                out.append(NBSP);
            } else if (c == ' ' && previous == '«') {
                out.append(NNBSP);
            } else if (c == '«' && next != ' ' && next != NNBSP && next != NBSP && next != 0) {
                out.append(c).append(NNBSP);
            } else if (c == '»' && previous != NNBSP && previous != NBSP && previous != ' ' && previous != 0) {
                out.append(NNBSP).append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
