package org.ilo.helpdesk.ssg.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.ilo.helpdesk.ssg.build.BuildReport;
import org.ilo.helpdesk.ssg.build.BuildRequest;
import org.ilo.helpdesk.ssg.build.SiteBuilder;
import org.ilo.helpdesk.ssg.diagnostics.ContentException;

/**
 * Generates every published site from a site folder into {@code <root>/target/site/<site>/}. Runs once
 * per invocation, also in a multi-module build, and needs no project: {@code -Dsite.root=DIR} builds
 * any folder holding {@code content/}.
 */
@Mojo(name = "generate", aggregator = true, requiresProject = false, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** The site folder: {@code site.yaml} (optional), {@code content/}, {@code themes/} (optional). */
    @Parameter(property = "site.root", defaultValue = "${project.basedir}")
    private File root;

    /** Where the sites are written; defaults to {@code <root>/target/site}. */
    @Parameter(property = "site.output")
    private File output;

    /** Skips generation. */
    @Parameter(property = "site.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Site generation skipped");
            return;
        }
        Path siteRoot = root.toPath().toAbsolutePath().normalize();
        Path outputDir = output != null ? output.toPath().toAbsolutePath().normalize() : siteRoot.resolve("target").resolve("site");
        BuildReport report;
        try {
            report = new SiteBuilder().build(new BuildRequest(siteRoot, outputDir));
        } catch (ContentException e) {
            Diagnostics.print(getLog(), e.diagnostics(), siteRoot);
            throw new MojoFailureException(e.diagnostics().size() + " content error(s) in " + siteRoot
                    + "; nothing was written, the previous site in " + outputDir + " is unchanged");
        } catch (IOException e) {
            throw new MojoExecutionException("could not read or write the site: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw Diagnostics.outOfMemory(e);
        }
        Diagnostics.printWarnings(getLog(), report.warnings(), siteRoot);
        for (BuildReport.LanguageSummary summary : report.languages()) {
            getLog().info(String.format("site %-6s %-3s %4d pages, %4d questions%s", summary.site(), summary.language(),
                    summary.pages(), summary.questions(),
                    summary.fallbackCopies() > 0 ? ", " + summary.fallbackCopies() + " shown untranslated" : ""));
        }
        for (BuildReport.TranslationSummary translation : report.translations()) {
            getLog().info(String.format("translations %-3s %4d current, %3d stale, %3d missing", translation.language(),
                    translation.current(), translation.stale(), translation.missing()));
        }
        StringBuilder stages = new StringBuilder();
        report.stageMillis().forEach((stage, ms) -> stages.append(stages.length() == 0 ? "" : ", ").append(stage).append(' ').append(ms).append(" ms"));
        getLog().info("Stages: " + stages);
        getLog().info("Site written to " + outputDir + " in " + report.millis() + " ms; translation status in "
                + new BuildRequest(siteRoot, outputDir).reportsDir().resolve("translations"));
    }
}
