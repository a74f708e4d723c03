package org.ilo.helpdesk.ssg.build;

import java.nio.file.Path;

/**
 * What to build: a site folder ({@code site.yaml}, {@code content/}, optional {@code themes/}) and
 * the folder that receives one sub-folder per published site.
 */
public record BuildRequest(Path siteRoot, Path outputDir) {

    public static BuildRequest of(Path siteRoot) {
        return new BuildRequest(siteRoot, siteRoot.resolve("target").resolve("site"));
    }

    /** Reports for editors (translation status), beside the sites and never published: {@code target/site-reports/}. */
    public Path reportsDir() {
        return outputDir.resolveSibling(outputDir.getFileName() + "-reports");
    }
}
