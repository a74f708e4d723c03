package org.ilo.helpdesk.ssg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.ilo.helpdesk.ssg.build.SiteBuilder;
import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostic;
import org.ilo.helpdesk.ssg.output.OutputTree;
import org.jsoup.nodes.Entities;

/**
 * Serves every site of a build from memory on one port, each under {@code /<site>/}, rebuilds when the
 * site folder changes, and tells open pages to reload through server-sent events. A build that fails
 * leaves the last good pages served, with an overlay listing the errors at {@code path:line:col}.
 * Only for editors' machines: it listens on a loopback address unless told otherwise.
 */
public final class PreviewServer implements AutoCloseable {

    static final String RELOAD_PATH = "/__reload";
    private static final String RELOAD_SCRIPT = "<script>new EventSource('" + RELOAD_PATH
            + "').onmessage = function () { location.reload(); };</script>";

    private final Path siteRoot;
    private final SiteBuilder builder = new SiteBuilder();
    private final HttpServer server;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<String> log;
    private volatile OutputTree files = new OutputTree();
    private volatile List<Diagnostic> errors = List.of();
    private volatile List<SiteTarget> sites = List.of();
    private SiteWatcher watcher;

    /**
     * @param allowRemote without it, only a loopback host (127.0.0.1, ::1, localhost) is accepted:
     *                    the preview shows unpublished, possibly confidential content
     */
    public PreviewServer(Path siteRoot, String host, int port, boolean allowRemote, Consumer<String> log) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        if (!address.isLoopbackAddress() && !allowRemote) {
            throw new IllegalArgumentException("the preview listens on " + host + ", which is not a loopback address; "
                    + "use -Dsite.host=127.0.0.1, or add -Dsite.allowRemote=true to share unpublished content on purpose");
        }
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
    }

    /** Builds once, starts serving and watching. */
    public void start() throws IOException {
        rebuild();
        server.start();
        watcher = SiteWatcher.start(siteRoot, this::rebuildQuietly);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Rebuilds in memory; on success the new pages replace the old ones, on failure the old ones stay. */
    public synchronized void rebuild() throws IOException {
        long start = System.nanoTime();
        SiteBuilder.Preview preview = builder.preview(siteRoot);
        if (preview.errors().isEmpty()) {
            files = preview.files();
            sites = preview.sites();
        }
        errors = preview.errors();
        log.accept(errors.isEmpty()
                ? "rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms " + preview.stageMillis()
                : errors.size() + " error(s); the last good pages are still served:\n"
                + String.join("\n", errors.stream().map(d -> d.format(siteRoot)).toList()));
        notifyPages();
    }

    private void rebuildQuietly() {
        try {
            rebuild();
        } catch (IOException | RuntimeException e) {
            log.accept("rebuild failed: " + e.getMessage());
        }
    }

    private void notifyPages() {
        for (OutputStream listener : listeners) {
            try {
                listener.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(RELOAD_PATH)) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
            listeners.add(body);
            return;
        }
        String file = path.substring(1);
        OutputTree current = files;
        if (file.isEmpty()) {
            respond(exchange, 200, "text/html; charset=utf-8", page(siteList()));
            return;
        }
        if (file.endsWith("/") || !file.contains(".")) {
            if (!file.endsWith("/") && current.contains(file + "/index.html")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                respond(exchange, 301, "text/plain", new byte[0]);
                return;
            }
            file = file.endsWith("/") ? file + "index.html" : file;
        }
        byte[] content = current.get(file).orElse(null);
        int status = 200;
        if (content == null) {
            status = 404;
            String site = file.contains("/") ? file.substring(0, file.indexOf('/')) : file;
            content = current.get(site + "/404.html").orElse("<!DOCTYPE html><title>Not found</title><p>Not found</p>"
                    .getBytes(StandardCharsets.UTF_8));
            file = "404.html";
        }
        if (file.endsWith(".html")) {
            respond(exchange, status, "text/html; charset=utf-8", page(new String(content, StandardCharsets.UTF_8)));
        } else {
            respond(exchange, status, contentType(file), content);
        }
    }

    /** Rewrites links to the sites' public addresses to the preview, and adds the reload script and any error overlay. */
    private byte[] page(String html) {
        for (SiteTarget site : sites) {
            if (site.baseUrl().startsWith("http")) {
                html = html.replace("\"" + site.baseUrl(), "\"/" + site.name() + "/");
            }
        }
        StringBuilder extra = new StringBuilder(RELOAD_SCRIPT);
        List<Diagnostic> current = errors;
        if (!current.isEmpty()) {
            extra.append("<div id=\"preview-errors\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:50vh;")
                    .append("overflow:auto;background:#230050;color:#fff;padding:1rem;font:14px/1.4 monospace;z-index:1000\">")
                    .append("<strong>The last change does not build; this page is the last good version.</strong><ul>");
            for (Diagnostic diagnostic : current) {
                extra.append("<li>").append(Entities.escape(diagnostic.format(siteRoot))).append("</li>");
            }
            extra.append("</ul></div>");
        }
        int end = html.lastIndexOf("</body>");
        String result = end < 0 ? html + extra : html.substring(0, end) + extra + html.substring(end);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private String siteList() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Preview</title>"
                + "</head><body><main><h1>Preview</h1><ul>");
        for (SiteTarget site : sites) {
            html.append("<li><a href=\"/").append(site.name()).append("/\">").append(site.name()).append("</a> (")
                    .append(Entities.escape(String.join(", ", site.languages()))).append(")</li>");
        }
        return html.append("</ul></main></body></html>").toString();
    }

    private static String contentType(String file) {
        if (file.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (file.endsWith(".xml")) {
            return "application/xml; charset=utf-8";
        }
        if (file.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        if (file.endsWith(".png")) {
            return "image/png";
        }
        if (file.endsWith(".jpg") || file.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (file.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } else {
            exchange.close();
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                // the page went away already
            }
        }
        server.stop(0);
    }
}
