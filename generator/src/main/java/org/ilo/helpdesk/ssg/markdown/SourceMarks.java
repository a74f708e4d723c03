package org.ilo.helpdesk.ssg.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;

/**
 * Marks on the HTML rendered from Markdown that tell the output checks which source line each
 * element came from: an attribute {@code data-ssg-src="line:column"}, present only while the
 * build checks its pages and removed before a file is written or served.
 */
public final class SourceMarks {

    public static final String ATTRIBUTE = "data-ssg-src";
    private static final String NEEDLE = " " + ATTRIBUTE + "=\"";
    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)(?=[\\s/>])");

    private SourceMarks() {
    }

    static String value(SourcePosition position) {
        return Math.max(position.line(), 1) + ":" + Math.max(position.column(), 1);
    }

    /** Reads a mark's value back: {@code [line, column]}, or null when it is not a mark. */
    public static int[] parse(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(value.substring(0, colon)), Integer.parseInt(value.substring(colon + 1))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Raw HTML from Markdown with a mark on each start tag, at the line and column where the tag is written. */
    static String markRawHtml(String literal, SourcePosition start) {
        Matcher m = START_TAG.matcher(literal);
        StringBuilder out = new StringBuilder(literal.length() + 32);
        int line = start.line();
        int lineStart = 0;
        int scanned = 0;
        while (m.find()) {
            for (int i = scanned; i < m.start(); i++) {
                if (literal.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            scanned = m.start();
            int column = line == start.line() ? start.column() + (m.start() - lineStart) : m.start() - lineStart + 1;
            m.appendReplacement(out, "<$1 " + ATTRIBUTE + "=\"" + line + ":" + column + "\"");
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The page without its marks, character for character what rendering without them gives. The search
     * is {@link String#indexOf(String, int)}, which the JVM runs as a vectorised intrinsic.
     */
    public static String strip(String html) {
        int at = html.indexOf(NEEDLE);
        if (at < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        while (at >= 0) {
            int end = markEnd(html, at + NEEDLE.length());
            if (end < 0) {
                at = html.indexOf(NEEDLE, at + 1); // not a mark: the text stays
                continue;
            }
            out.append(html, copied, at);
            copied = end;
            at = html.indexOf(NEEDLE, end);
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** Where a mark's value {@code digits:digits"} that starts at {@code from} ends, or -1 when it is not one. */
    private static int markEnd(String html, int from) {
        int i = digitsEnd(html, from);
        if (i == from || i >= html.length() || html.charAt(i) != ':') {
            return -1;
        }
        int j = digitsEnd(html, i + 1);
        if (j == i + 1 || j >= html.length() || html.charAt(j) != '"') {
            return -1;
        }
        return j + 1;
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
