package org.ilo.helpdesk.ssg.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.ilo.helpdesk.ssg.build.SiteBuilder;

/**
 * For benchmarks: measures, in one process as {@code site:serve} does it, the rebuild after a one-file
 * edit. Builds the site in memory, then five times appends a sentence to {@code site.page}, rebuilds
 * and renders that page, restores the file, and prints {@code first_build_ms=… rebuild_ms=… page_ms=…
 * rebuilds_ms=…}: the median rebuild, the page's render time after it, and every rebuild in order
 * (the first pays for warming up the code that an editing session runs from then on).
 */
@Mojo(name = "rebuild-timing", aggregator = true, requiresProject = false)
public class RebuildTimingMojo extends AbstractMojo {

    private static final int EDITS = 5;

    @Parameter(property = "site.root", defaultValue = "${project.basedir}")
    private File root;

    /** The content file to edit, relative to the site folder, such as {@code content/en/qa/wages.md}. */
    @Parameter(property = "site.page", required = true)
    private String page;

    /** The output file that shows the page, relative to the output, such as {@code main/en/qa/wages/index.html}. */
    @Parameter(property = "site.pageOutput", required = true)
    private String pageOutput;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path siteRoot = root.toPath().toAbsolutePath().normalize();
        Path file = siteRoot.resolve(page);
        try {
            String original = Files.readString(file, StandardCharsets.UTF_8);
            SiteBuilder builder = new SiteBuilder();
            long start = System.nanoTime();
            SiteBuilder.Preview first = builder.preview(siteRoot);
            long firstMillis = (System.nanoTime() - start) / 1_000_000;
            if (!first.errors().isEmpty()) {
                throw new MojoFailureException(first.errors().size() + " content error(s): " + first.errors().get(0).format(siteRoot));
            }
            try {
                List<Long> rebuilds = new ArrayList<>();
                long pageMillis = 0;
                for (int edit = 1; edit <= EDITS; edit++) {
                    String sentence = "One more sentence, added to time rebuild " + edit + ".";
                    Files.writeString(file, original + "\n" + sentence + "\n", StandardCharsets.UTF_8);
                    start = System.nanoTime();
                    SiteBuilder.Preview second = builder.preview(siteRoot);
                    rebuilds.add((System.nanoTime() - start) / 1_000_000);
                    start = System.nanoTime();
                    boolean shown = second.files().get(pageOutput).map(b -> new String(b, StandardCharsets.UTF_8))
                            .filter(html -> html.contains(sentence)).isPresent();
                    pageMillis = (System.nanoTime() - start) / 1_000_000;
                    if (!shown) {
                        throw new MojoFailureException(pageOutput + " does not show the edit of " + page);
                    }
                }
                List<Long> sorted = new ArrayList<>(rebuilds);
                sorted.sort(null);
                getLog().info("first_build_ms=" + firstMillis + " rebuild_ms=" + sorted.get(sorted.size() / 2) + " page_ms=" + pageMillis
                        + " rebuilds_ms=" + rebuilds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
            } finally {
                Files.writeString(file, original, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("could not time the rebuild: " + e.getMessage(), e);
        }
    }
}
