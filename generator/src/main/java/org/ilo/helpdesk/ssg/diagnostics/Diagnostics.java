package org.ilo.helpdesk.ssg.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of one build so that editors see all of them in one run. Safe to share
 * between the threads that render pages in parallel.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(String code, SourcePosition position, String message, String hint) {
        add(Diagnostic.error(code, position, message, hint));
    }

    public void warning(String code, SourcePosition position, String message, String hint) {
        add(Diagnostic.warning(code, position, message, hint));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** Sorted by file, line and column, so that output is the same from run to run. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.position().file().toString())
                .thenComparingInt(d -> d.position().line())
                .thenComparingInt(d -> d.position().column())
                .thenComparing(Diagnostic::code));
        return List.copyOf(copy);
    }
}
