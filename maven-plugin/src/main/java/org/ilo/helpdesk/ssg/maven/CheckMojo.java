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
import org.ilo.helpdesk.ssg.build.SiteBuilder;
import org.ilo.helpdesk.ssg.diagnostics.ContentException;

/**
 * Checks a site folder as a build would (front matter, Markdown, links, translations, generated
 * output) without writing anything: what an editor runs before committing.
 */
@Mojo(name = "check", aggregator = true, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** The site folder: {@code site.yaml} (optional), {@code content/}, {@code themes/} (optional). */
    @Parameter(property = "site.root", defaultValue = "${project.basedir}")
    private File root;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path siteRoot = root.toPath().toAbsolutePath().normalize();
        BuildReport report;
        try {
            report = new SiteBuilder().check(siteRoot);
        } catch (ContentException e) {
            Diagnostics.print(getLog(), e.diagnostics(), siteRoot);
            throw new MojoFailureException(e.diagnostics().size() + " content error(s) in " + siteRoot);
        } catch (IOException e) {
            throw new MojoExecutionException("could not read the site: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw Diagnostics.outOfMemory(e);
        }
        Diagnostics.printWarnings(getLog(), report.warnings(), siteRoot);
        int pages = report.languages().stream().mapToInt(BuildReport.LanguageSummary::pages).sum();
        getLog().info("Checked " + pages + " content pages in " + report.languages().size() + " languages and the site built from them: no error ("
                + report.warnings().size() + " warnings) in " + report.millis() + " ms");
    }
}
