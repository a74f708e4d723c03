package org.ilo.helpdesk.ssg.diagnostics;

import java.nio.file.Path;

/**
 * One problem found in the input, with a stable code (such as {@code frontmatter.unknown-key}) that
 * editors can search for, a message saying what is wrong, and a hint saying how to fix it.
 */
public record Diagnostic(Severity severity, String code, SourcePosition position, String message, String hint) {

    public static Diagnostic error(String code, SourcePosition position, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, position, message, hint);
    }

    public static Diagnostic warning(String code, SourcePosition position, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, position, message, hint);
    }

    /** {@code path:line:col: error [code] message (hint: ...)}, paths relative to {@code base}. */
    public String format(Path base) {
        StringBuilder out = new StringBuilder()
                .append(position.format(base)).append(": ")
                .append(severity.label()).append(" [").append(code).append("] ")
                .append(message);
        if (hint != null && !hint.isBlank()) {
            out.append(" (hint: ").append(hint).append(')');
        }
        return out.toString();
    }
}
