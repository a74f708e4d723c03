package org.ilo.helpdesk.ssg.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a build, held in memory until every page has rendered and passed its checks: nothing
 * reaches the disk from a build that fails. Paths are relative, with '/', and may not climb out.
 */
public final class OutputTree {

    private final SortedMap<String, byte[]> files = new TreeMap<>();

    public synchronized void put(String path, byte[] content) {
        files.put(checked(path), content);
    }

    public void put(String path, String content) {
        put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public synchronized boolean contains(String path) {
        return files.containsKey(path);
    }

    public synchronized Map<String, byte[]> files() {
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
