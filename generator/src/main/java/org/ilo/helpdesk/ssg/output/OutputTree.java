package org.ilo.helpdesk.ssg.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The files of a build, in memory. A file may be given as a recipe that renders it when first needed:
 * a full build takes each page out as it renders and checks it (see {@link #takeText}), a preview renders
 * only those a reader asks for. Paths are relative, with '/', and may not climb out.
 */
public final class OutputTree {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Supplier<String>> recipes = new ConcurrentHashMap<>();

    public void put(String path, byte[] content) {
        files.put(checked(path), content);
    }

    public void put(String path, String content) {
        put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A file rendered by {@code recipe} when it is first read. */
    public void putLazily(String path, Supplier<String> recipe) {
        recipes.put(checked(path), recipe);
    }

    public boolean contains(String path) {
        return files.containsKey(path) || recipes.containsKey(path);
    }

    /** One file, rendered now if it was given as a recipe. */
    public Optional<byte[]> get(String path) {
        byte[] content = files.get(path);
        if (content != null) {
            return Optional.of(content);
        }
        Supplier<String> recipe = recipes.get(path);
        if (recipe == null) {
            return Optional.empty();
        }
        return Optional.of(files.computeIfAbsent(path, p -> recipe.get().getBytes(StandardCharsets.UTF_8)));
    }

    /** The path of every file, rendered or not, in order. */
    public java.util.SortedSet<String> paths() {
        java.util.SortedSet<String> paths = new java.util.TreeSet<>(files.keySet());
        paths.addAll(recipes.keySet());
        return paths;
    }

    /**
     * One file as text, rendered now if it was given as a recipe, and taken out of the tree: a build
     * that writes each page as soon as it is checked holds no more than the pages in hand, and a page
     * rendered here is never encoded until it is written.
     */
    public Optional<String> takeText(String path) {
        byte[] content = files.remove(path);
        if (content != null) {
            return Optional.of(new String(content, StandardCharsets.UTF_8));
        }
        Supplier<String> recipe = recipes.remove(path);
        return recipe == null ? Optional.empty() : Optional.of(recipe.get());
    }

    /** The files whose paths {@code which} accepts, by path in order; recipes among them are rendered first. */
    public SortedMap<String, byte[]> files(java.util.function.Predicate<String> which) {
        recipes.keySet().parallelStream().filter(which).forEach(this::get);
        SortedMap<String, byte[]> chosen = new TreeMap<>();
        files.forEach((path, content) -> {
            if (which.test(path)) {
                chosen.put(path, content);
            }
        });
        return Collections.unmodifiableSortedMap(chosen);
    }

    /** Every file, by path in order; recipes not yet run are rendered first, in parallel. */
    public SortedMap<String, byte[]> files() {
        recipes.keySet().parallelStream().forEach(this::get);
        return Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    static String checked(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
            throw new IllegalArgumentException("output path must be relative: " + path);
        }
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("output path may not contain empty, '.' or '..' segments: " + path);
            }
        }
        return path;
    }
}
