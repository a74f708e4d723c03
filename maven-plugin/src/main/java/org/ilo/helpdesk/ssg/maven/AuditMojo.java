package org.ilo.helpdesk.ssg.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.ilo.helpdesk.ssg.checks.a11y.FolderAudit;

/**
 * Audits any folder of HTML pages with the built-in WCAG 2.1 AA checker and writes the findings as a
 * JSON array ({@code file}, {@code line}, {@code col}, {@code rule}, {@code sc}, {@code level},
 * {@code message}). It reports; it does not fail: only the build goals fail on findings.
 */
@Mojo(name = "audit", aggregator = true, requiresProject = false, threadSafe = true)
public class AuditMojo extends AbstractMojo {

    /** The folder to audit; every {@code .html} file under it is checked. */
    @Parameter(property = "site.auditDir", required = true)
    private File auditDir;

    /** Where to write the JSON report. */
    @Parameter(property = "site.auditReport", defaultValue = "${project.build.directory}/a11y-audit.json")
    private File auditReport;

    @Override
    public void execute() throws MojoExecutionException {
        Path dir = auditDir.toPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new MojoExecutionException("site.auditDir " + dir + " is not a folder: give the folder of HTML pages to audit");
        }
        List<FolderAudit.Entry> entries;
        try {
            entries = new FolderAudit().audit(dir);
            Path report = auditReport.toPath().toAbsolutePath().normalize();
            if (report.getParent() != null) {
                Files.createDirectories(report.getParent());
            }
            Files.writeString(report, FolderAudit.json(entries), StandardCharsets.UTF_8);
            Map<String, Integer> perRule = new TreeMap<>();
            entries.forEach(e -> perRule.merge(e.rule() + " (WCAG " + e.sc() + " " + e.level() + ")", 1, Integer::sum));
            perRule.forEach((rule, n) -> getLog().info(String.format("%5d  %s", n, rule)));
            long files = entries.stream().map(FolderAudit.Entry::file).distinct().count();
            getLog().info(entries.size() + " accessibility findings in " + files + " files under " + dir + "; report: " + report);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new MojoExecutionException("could not audit " + dir + ": " + e.getMessage(), e);
        }
    }
}
