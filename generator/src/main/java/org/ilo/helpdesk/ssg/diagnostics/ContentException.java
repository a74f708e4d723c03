package org.ilo.helpdesk.ssg.diagnostics;

import java.util.List;

/** The content has mistakes that an editor must fix; nothing was written. */
public final class ContentException extends Exception {

    private final transient List<Diagnostic> diagnostics;

    public ContentException(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " content problem(s) found:\n" + String.join("\n",
                diagnostics.stream().map(d -> d.format(null)).toList()));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
