package org.ilo.helpdesk.ssg.templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A theme: the default one shipped in the generator's jar, overridden file by file by the site's own
 * {@code themes/<name>/} folder. {@code theme.yaml} lists the default theme's assets, since a jar
 * cannot be listed like a folder.
 */
public final class Theme {

    private static final String BUILT_IN = "org/ilo/helpdesk/ssg/themes/";

    private final String name;
    private final Path siteThemeDir;

    public Theme(String name, Path siteThemesDir) {
        this.name = name;
        this.siteThemeDir = siteThemesDir.resolve(name);
    }

    public String name() {
        return name;
    }

    /** Where a theme file comes from, for error messages: the site's file or the built-in one. */
    public String describe(String relativePath) {
        Path own = siteThemeDir.resolve(relativePath);
        return Files.isRegularFile(own) ? own.toString() : "themes/" + name + "/" + relativePath + " (built-in)";
    }

    public Optional<byte[]> read(String relativePath) throws IOException {
        Path own = siteThemeDir.resolve(relativePath).normalize();
        if (own.startsWith(siteThemeDir) && Files.isRegularFile(own)) {
            return Optional.of(Files.readAllBytes(own));
        }
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + name + "/" + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    /**
     * Both layers of a file, built-in first and the site's own second, for files that merge key by key
     * (string tables) rather than replace each other. Each entry is the file's description and text.
     */
    public List<Map.Entry<String, String>> layers(String relativePath) throws IOException {
        List<Map.Entry<String, String>> layers = new ArrayList<>();
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + name + "/" + relativePath)) {
            if (in != null) {
                layers.add(Map.entry("themes/" + name + "/" + relativePath + " (built-in)",
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        Path own = siteThemeDir.resolve(relativePath).normalize();
        if (own.startsWith(siteThemeDir) && Files.isRegularFile(own)) {
            layers.add(Map.entry(own.toString(), Files.readString(own, StandardCharsets.UTF_8)));
        }
        return layers;
    }

    public Optional<String> readText(String relativePath) throws IOException {
        return read(relativePath).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** Asset paths relative to the theme's {@code assets/} folder: the built-in list plus the site's own files. */
    public List<String> assets(List<String> builtInAssets) throws IOException {
        TreeSet<String> all = new TreeSet<>(builtInAssets);
        Path assets = siteThemeDir.resolve("assets");
        if (Files.isDirectory(assets)) {
            try (Stream<Path> walk = Files.walk(assets)) {
                walk.filter(Files::isRegularFile)
                        .forEach(p -> all.add(assets.relativize(p).toString().replace('\\', '/')));
            }
        }
        return new ArrayList<>(all);
    }
}
