package org.ilo.helpdesk.ssg.markdown;

import java.nio.charset.StandardCharsets;
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
    private static final byte[] NEEDLE = (" " + ATTRIBUTE + "=\"").getBytes(StandardCharsets.US_ASCII);
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
     * The page without its marks, byte for byte what rendering without them gives. One pass over the
     * bytes: the marks are ASCII, so UTF-8 text around them is copied as it is, never decoded.
     */
    public static byte[] strip(byte[] html) {
        int at = indexOf(html, NEEDLE, 0);
        if (at < 0) {
            return html;
        }
        byte[] out = new byte[html.length];
        int written = 0;
        int copied = 0;
        while (at >= 0) {
            int end = markEnd(html, at + NEEDLE.length);
            if (end < 0) {
                at = indexOf(html, NEEDLE, at + 1); // not a mark: the text stays
                continue;
            }
            System.arraycopy(html, copied, out, written, at - copied);
            written += at - copied;
            copied = end;
            at = indexOf(html, NEEDLE, end);
        }
        System.arraycopy(html, copied, out, written, html.length - copied);
        written += html.length - copied;
        return java.util.Arrays.copyOf(out, written);
    }

    /** Where a mark's value {@code digits:digits"} that starts at {@code from} ends, or -1 when it is not one. */
    private static int markEnd(byte[] html, int from) {
        int i = from;
        int digits = 0;
        while (i < html.length && html[i] >= '0' && html[i] <= '9') {
            i++;
            digits++;
        }
        if (digits == 0 || i >= html.length || html[i] != ':') {
            return -1;
        }
        i++;
        digits = 0;
        while (i < html.length && html[i] >= '0' && html[i] <= '9') {
            i++;
            digits++;
        }
        if (digits == 0 || i >= html.length || html[i] != '"') {
            return -1;
        }
        return i + 1;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        byte first = needle[0];
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
