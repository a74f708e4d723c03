package org.ilo.helpdesk.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ilo.helpdesk.ssg.build.BuildReport;
import org.ilo.helpdesk.ssg.build.BuildRequest;
import org.ilo.helpdesk.ssg.build.SiteBuilder;
import org.ilo.helpdesk.ssg.config.SiteConfigLoader;
import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The Helpdesk's real site, built once per test run into a scratch folder and shared by the tests that read it. */
record PublishedSite(Path output, Map<String, byte[]> files, BuildReport report, List<SiteTarget> sites) {

    private static PublishedSite built;

    static synchronized PublishedSite get() throws Exception {
        if (built == null) {
            Path root = Path.of(System.getProperty("site.root", "..")).toAbsolutePath().normalize();
            Path output = Files.createTempDirectory("published-site");
            BuildReport report = new SiteBuilder().build(new BuildRequest(root, output.resolve("site")));
            List<SiteTarget> sites = new SiteConfigLoader().load(root, List.of(), new Diagnostics()).sites();
            built = new PublishedSite(output, read(output.resolve("site")), report, sites);
        }
        return built;
    }

    private static Map<String, byte[]> read(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }

    Document page(String path) {
        return Jsoup.parse(text(path));
    }

    String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    List<String> htmlPages() {
        return files.keySet().stream().filter(f -> f.endsWith(".html")).toList();
    }
}
