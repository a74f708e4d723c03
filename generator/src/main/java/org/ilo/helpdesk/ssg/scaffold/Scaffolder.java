package org.ilo.helpdesk.ssg.scaffold;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.frontmatter.FrontMatterParser;
import org.ilo.helpdesk.ssg.frontmatter.ParsedSource;
import org.ilo.helpdesk.ssg.load.SourceFile;
import org.ilo.helpdesk.ssg.markdown.MarkdownParser;
import org.ilo.helpdesk.ssg.templates.Theme;

/**
 * Creates content files: a new page from an archetype of the theme ({@code archetypes/<type>.md}), or
 * the translation of an existing page with its translation key, question ids and {@code translationOf}
 * filled in and its text left in the source language under {@code <!-- translate -->} markers, which
 * every build reports until they are gone.
 */
public final class Scaffolder {

    public static final Set<String> TYPES = Set.of("qa", "topic", "page");
    public static final String MARKER = MarkdownParser.TRANSLATE_MARKER;

    private final Path siteRoot;
    private final Theme theme;

    public Scaffolder(Path siteRoot, String themeName) {
        this.siteRoot = siteRoot;
        this.theme = new Theme(themeName, siteRoot.resolve("themes"));
    }

    /** Writes {@code content/<language>/<path>} from the archetype of {@code type}; returns the file. */
    public Path create(String type, String language, String path, LocalDate today) throws IOException {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown page type '" + type + "': use one of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        Path target = contentFile(language, path);
        String archetype = theme.readText("archetypes/" + type + ".md")
                .orElseThrow(() -> new NoSuchFileException("themes/" + theme.name() + "/archetypes/" + type + ".md"));
        Mustache mustache = new DefaultMustacheFactory().compile(new StringReader(archetype), type);
        StringWriter text = new StringWriter();
        mustache.execute(text, Map.of("title", titleFrom(path), "date", today.toString(), "lang", language));
        return write(target, text.toString());
    }

    /**
     * Writes {@code content/<to>/<path>} from {@code content/<from>/<path>}: the same front matter (with
     * {@code translationOf} set to the source's {@code updated} date) and body, every block marked for
     * translation. Question ids and footnote labels stay as they are, as translations require.
     */
    public Path translate(String from, String to, String path, LocalDate today) throws IOException {
        Path source = contentFile(from, path);
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(siteRoot.relativize(source).toString(), null, "there is no source page to translate");
        }
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        Optional<ParsedSource> parsed = new FrontMatterParser().parse(new SourceFile(source, from, path, text), diagnostics);
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException(siteRoot.relativize(source) + " does not build; fix it before translating it");
        }
        LocalDate version = parsed.get().frontMatter().updated().or(() -> parsed.get().frontMatter().date()).orElse(today);
        int close = text.indexOf("\n---", 3);
        String frontMatter = text.substring(0, close).replaceAll("(?m)^translationOf:.*\\n?", "") + "\ntranslationOf: " + version;
        String body = parsed.get().body();
        StringBuilder marked = new StringBuilder(MARKER).append("\n\n");
        boolean previousBlank = true;
        for (String line : body.split("\n", -1)) {
            boolean blank = line.isBlank();
            if (previousBlank && !blank && line.startsWith("#")) {
                marked.append(MARKER).append("\n\n");
            }
            marked.append(line).append('\n');
            previousBlank = blank;
        }
        return write(contentFile(to, path), frontMatter + "\n---\n" + marked.toString().stripTrailing() + "\n");
    }

    private Path contentFile(String language, String path) {
        if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") || !path.endsWith(".md")) {
            throw new IllegalArgumentException("give a language code and a path ending in .md, such as -Dsite.lang=en -Dsite.path=qa/paid-leave.md");
        }
        Path folder = siteRoot.resolve("content").resolve(language).normalize();
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalArgumentException("the path " + path + " leaves content/" + language + "/");
        }
        return file;
    }

    private static Path write(Path target, String text) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "it exists already; nothing was written");
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
        return target;
    }

    /** "qa/paid-leave.md" → "Paid leave". */
    static String titleFrom(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.md$", "").replace('-', ' ');
        return name.isEmpty() ? "New page" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
