package org.ilo.helpdesk.ssg.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.ilo.helpdesk.ssg.config.SiteConfig;
import org.ilo.helpdesk.ssg.config.SiteConfigLoader;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.scaffold.Scaffolder;

/**
 * Creates a content file: a new page from the theme's archetype of its type, or, with
 * {@code -Dsite.translate=fr}, the translation of an existing page, ready to be translated.
 */
@Mojo(name = "new", aggregator = true, requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {

    /** The site folder. */
    @Parameter(property = "site.root", defaultValue = "${project.basedir}")
    private File root;

    /** The page's path under {@code content/<lang>/}, such as {@code qa/paid-leave.md}. */
    @Parameter(property = "site.path", required = true)
    private String path;

    /** The page type: {@code qa}, {@code topic} or {@code page}. */
    @Parameter(property = "site.type", defaultValue = "page")
    private String type;

    /** The page's language; defaults to the site's default language. */
    @Parameter(property = "site.lang")
    private String lang;

    /** Creates the translation of the existing {@code site.lang} page into this language instead. */
    @Parameter(property = "site.translate")
    private String translate;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path siteRoot = root.toPath().toAbsolutePath().normalize();
        try {
            Diagnostics ignored = new Diagnostics();
            SiteConfig config = new SiteConfigLoader().load(siteRoot, List.of(), ignored);
            String language = lang != null ? lang : config.defaultLanguage();
            Scaffolder scaffolder = new Scaffolder(siteRoot, config.theme());
            Path written = translate == null
                    ? scaffolder.create(type, language, path, LocalDate.now())
                    : scaffolder.translate(language, translate, path, LocalDate.now());
            getLog().info("Created " + siteRoot.relativize(written)
                    + (translate == null ? "" : ": translate each block marked " + Scaffolder.MARKER + ", then delete the marker"));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoFailureException("nothing was written: " + e.getMessage());
        }
    }
}
