package org.ilo.helpdesk.ssg.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.ilo.helpdesk.ssg.serve.PreviewServer;

/**
 * Previews every site and language on one port: {@code /main/en/...}, {@code /ja/...}. Rebuilds on
 * each change to {@code content/}, {@code data/}, {@code themes/} or {@code site.yaml}, reloads open
 * pages, and shows content errors over the last good page. Stops with Ctrl-C.
 */
@Mojo(name = "serve", aggregator = true, requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractMojo {

    /** The site folder: {@code site.yaml} (optional), {@code content/}, {@code themes/} (optional). */
    @Parameter(property = "site.root", defaultValue = "${project.basedir}")
    private File root;

    /** The port to listen on; 0 picks a free one. */
    @Parameter(property = "site.port", defaultValue = "1313")
    private int port;

    /** The address to listen on: a loopback address unless {@code allowRemote} is set. */
    @Parameter(property = "site.host", defaultValue = "127.0.0.1")
    private String host;

    /** Allows a non-loopback {@code host}: the preview shows unpublished, possibly confidential content. */
    @Parameter(property = "site.allowRemote", defaultValue = "false")
    private boolean allowRemote;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path siteRoot = root.toPath().toAbsolutePath().normalize();
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewServer server = new PreviewServer(siteRoot, host, port, allowRemote, message -> getLog().info(message))) {
            server.start();
            getLog().info("Preview of " + siteRoot + " at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                    + server.port() + "/ (Ctrl-C to stop)");
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("could not start the preview: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
