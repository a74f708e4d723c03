package org.ilo.helpdesk.ssg.maven;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.logging.Log;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostic;

/** Prints diagnostics as {@code path:line:col: error [code] message}, paths relative to the site folder. */
final class Diagnostics {

    private Diagnostics() {
    }

    static void print(Log log, List<Diagnostic> errors, Path siteRoot) {
        errors.forEach(d -> log.error(d.format(siteRoot)));
    }

    static void printWarnings(Log log, List<Diagnostic> warnings, Path siteRoot) {
        warnings.forEach(d -> log.warn(d.format(siteRoot)));
    }

    /** A build that outgrew the heap: where the limit is set, and that nothing was written. */
    static org.apache.maven.plugin.MojoExecutionException outOfMemory(OutOfMemoryError e) {
        long limit = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return new org.apache.maven.plugin.MojoExecutionException("the build ran out of memory with a heap limit of " + limit
                + " MB; nothing was written. Raise -Xmx in .mvn/jvm.config (or MAVEN_OPTS) for a site this large", e);
    }
}
