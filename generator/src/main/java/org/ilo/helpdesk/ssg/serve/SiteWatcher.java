package org.ilo.helpdesk.ssg.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.stream.Stream;

/**
 * Watches {@code content/}, {@code data/}, {@code themes/} and {@code site.yaml} of a site folder and
 * calls back once a burst of changes has settled (editors save several files at once).
 */
final class SiteWatcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 80;
    private static final List<String> WATCHED = List.of("content", "data", "themes");

    private final WatchService service;
    private final Thread thread;

    private SiteWatcher(WatchService service, Thread thread) {
        this.service = service;
        this.thread = thread;
    }

    static SiteWatcher start(Path root, Runnable onChange) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        root.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (String folder : WATCHED) {
            registerTree(root.resolve(folder), service);
        }
        Thread thread = new Thread(() -> loop(root, service, onChange), "preview-watch");
        thread.setDaemon(true);
        thread.start();
        return new SiteWatcher(service, thread);
    }

    private static void loop(Path root, WatchService service, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = handle(root, key, service);
                // Collect the rest of the burst before rebuilding once.
                Thread.sleep(SETTLE_MILLIS);
                for (WatchKey more = service.poll(); more != null; more = service.poll()) {
                    relevant |= handle(root, more, service);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean handle(Path root, WatchKey key, WatchService service) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve(name);
            if (dir.equals(root) && !name.toString().equals("site.yaml") && !WATCHED.contains(name.toString())) {
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed, service);
                } catch (IOException e) {
                    // the folder went away again; the next change is seen all the same
                }
            }
        }
        key.reset();
        return relevant;
    }

    private static void registerTree(Path folder, WatchService service) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service only fails if it is closed already
        }
        thread.interrupt();
    }
}
