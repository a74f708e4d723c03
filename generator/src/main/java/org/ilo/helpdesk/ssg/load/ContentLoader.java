package org.ilo.helpdesk.ssg.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;

/**
 * Walks {@code content/<lang>/}, decodes Markdown strictly as UTF-8, and lists the other files. A
 * loader that loads again (the preview server's) reads only the files whose size or modification
 * time changed; the others keep the text read before.
 */
public final class ContentLoader {

    private record Read(java.nio.file.attribute.FileTime modified, long size, String text) {
    }

    private final java.util.Map<Path, Read> read = new java.util.concurrent.ConcurrentHashMap<>();

    /** The folders directly under {@code content/}, sorted: the languages the content is written in. */
    public List<String> languageFolders(Path contentDir) throws IOException {
        if (!Files.isDirectory(contentDir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(contentDir)) {
            return children.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    public ContentSet load(Path contentDir, Set<String> languages, Diagnostics diagnostics) throws IOException {
        List<SourceFile> pages = new ArrayList<>();
        List<StaticFile> files = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error("content.missing", SourcePosition.of(contentDir), "no content folder",
                    "create content/<language>/ with at least one Markdown file, such as content/en/index.md");
            return new ContentSet(pages, files);
        }
        java.util.Map<Path, java.nio.file.attribute.BasicFileAttributes> attributes = new java.util.HashMap<>();
        try (Stream<Path> walk = Files.find(contentDir, Integer.MAX_VALUE, (p, a) -> {
            if (a.isRegularFile() && !p.getFileName().toString().startsWith(".")) {
                attributes.put(p, a);
                return true;
            }
            return false;
        })) {
            walk.forEach(p -> { });
        }
        java.util.TreeMap<String, Path> byRelativePath = new java.util.TreeMap<>();
        attributes.keySet().forEach(p -> byRelativePath.put(contentDir.relativize(p).toString(), p));
        List<Path> all = List.copyOf(byRelativePath.values());
        read.keySet().retainAll(attributes.keySet());
        // classified in path order; the Markdown files not read before are then read on every core
        List<MarkdownFile> markdown = new ArrayList<>();
        for (Path path : all) {
            Path relative = contentDir.relativize(path);
            String language = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
            if (language == null || !languages.contains(language)) {
                diagnostics.error("content.outside-language", SourcePosition.of(path),
                        "file is not inside a language folder",
                        "move it under content/<language>/ with one of: " + String.join(", ", languages.stream().sorted().toList())
                                + (language == null ? "" : ", or declare '" + language + "' in site.yaml"));
                continue;
            }
            String inLanguage = relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
            if (inLanguage.endsWith(".md")) {
                java.nio.file.attribute.BasicFileAttributes a = attributes.get(path);
                Read known = read.get(path);
                boolean unchanged = known != null && known.modified().equals(a.lastModifiedTime()) && known.size() == a.size();
                markdown.add(new MarkdownFile(path, language, inLanguage, a, unchanged ? Optional.of(known.text()) : Optional.empty()));
            } else {
                files.add(new StaticFile(path, language, inLanguage));
            }
        }
        try {
            markdown.parallelStream().map(file -> read(file, diagnostics)).toList().forEach(page -> page.ifPresent(pages::add));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return new ContentSet(pages, files);
    }

    /** A Markdown file found by the walk, with its text if it was read before and has not changed since. */
    private record MarkdownFile(Path path, String language, String inLanguage, java.nio.file.attribute.BasicFileAttributes attributes,
                                Optional<String> readBefore) {
    }

    private Optional<SourceFile> read(MarkdownFile file, Diagnostics diagnostics) {
        if (file.readBefore().isPresent()) {
            return Optional.of(new SourceFile(file.path(), file.language(), file.inLanguage(), file.readBefore().get()));
        }
        try {
            return decode(file.path(), diagnostics).map(text -> {
                read.put(file.path(), new Read(file.attributes().lastModifiedTime(), file.attributes().size(), text));
                return new SourceFile(file.path(), file.language(), file.inLanguage(), text);
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<String> decode(Path path, Diagnostics diagnostics) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            // the JDK's decoder replaces malformed input with U+FFFD, so without one the bytes were valid UTF-8
            return Optional.of(normalised(fast));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            diagnostics.error("content.encoding", new SourcePosition(path, line, column),
                    String.format("invalid UTF-8 (byte 0x%02X at offset %d)", bytes[in.position()] & 0xff, in.position()),
                    "save the file as UTF-8 in your editor");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(normalised(out.toString()));
    }

    /** Without a byte order mark, with Unix line ends. */
    private static String normalised(String text) {
        String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return unmarked.indexOf('\r') < 0 ? unmarked : unmarked.replace("\r\n", "\n").replace('\r', '\n');
    }
}
