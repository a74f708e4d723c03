package org.ilo.helpdesk.ssg.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fresh folder beside the output folder that a build writes into as its pages pass their checks,
 * then swaps in whole: readers and servers see the old site or the new one, never half of each. A
 * build that fails, or stops, closes it uncommitted and it is deleted; the previous site is untouched.
 * Safe to write to from several threads at once.
 */
public final class StagingFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private volatile boolean committed;

    private StagingFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** A new, empty staging folder for {@code outputDir}, created in the same parent folder. */
    public static StagingFolder beside(Path outputDir) throws IOException {
        Path target = outputDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        return new StagingFolder(target, Files.createTempDirectory(parent, "." + target.getFileName() + ".new-"));
    }

    /** Writes one file, given by its relative output path. */
    public void write(String path, byte[] content) throws IOException {
        Path file = staging.resolve(OutputTree.checked(path)).normalize();
        if (!file.startsWith(staging)) {
            throw new IOException("refusing to write outside the output folder: " + path);
        }
        Path folder = file.getParent();
        if (folders.add(folder)) {
            Files.createDirectories(folder);
        }
        Files.write(file, content);
    }

    /** Swaps the written files in as the output folder. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Deletes what was written unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
