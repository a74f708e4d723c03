package org.ilo.helpdesk.ssg.diagnostics;

import java.nio.file.Path;

/**
 * Where something is in a source file: 1-based line and column. A position with line 0 names the
 * file as a whole (for example a file that cannot be decoded at all).
 */
public record SourcePosition(Path file, int line, int column) {

    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public SourcePosition shiftLines(int lines) {
        return new SourcePosition(file, line + lines, column);
    }

    /** Renders as {@code path:line:col}, with the path relative to {@code base} when it lies under it. */
    public String format(Path base) {
        Path shown = file;
        if (base != null && file.isAbsolute() && file.startsWith(base)) {
            shown = base.relativize(file);
        }
        String path = shown.toString().replace('\\', '/');
        int l = Math.max(line, 1);
        int c = Math.max(column, 1);
        return path + ":" + l + ":" + c;
    }
}
