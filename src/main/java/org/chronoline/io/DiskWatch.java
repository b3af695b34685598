package org.chronoline.io;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Notices when another program changes, replaces or removes a file: the system's file watcher
 * ({@link WatchService}) on the file's folder, on a thread of its own, and where the system has no
 * watcher for that folder (some network shares), a look at the file every two seconds on that
 * thread, never on the window's. It only says that the file may have changed; whoever listens
 * compares the file with what they last read or wrote ({@link FileStamp}).
 */
public final class DiskWatch implements AutoCloseable {
    private static final long POLL_MILLIS = 2_000;

    private final Path file;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean closed;
    private WatchService watcher;
    /** The names each watched folder's events are ours for. */
    private final Map<WatchKey, Set<Path>> names = new HashMap<>();

    private DiskWatch(Path file, Runnable onChange) {
        this.file = file.toAbsolutePath();
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.thread = new Thread(this::run, "chronoline-disk-watch");
        thread.setDaemon(true);
    }

    /** Starts watching {@code file}; {@code onChange} is called on the watching thread, perhaps more than once per change. */
    public static DiskWatch start(Path file, Runnable onChange) {
        DiskWatch watch = new DiskWatch(file, onChange);
        watch.thread.start();
        return watch;
    }

    private void run() {
        try {
            watcher = FileSystems.getDefault().newWatchService();
            // The file's folder, and where a symbolic link leads: its target changes without any event beside the link.
            for (Path watched : watchedFiles()) {
                WatchKey key = watched.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                names.computeIfAbsent(key, k -> new HashSet<>()).add(watched.getFileName());
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            poll();
            return;
        }
        try {
            while (!closed) {
                WatchKey key = watcher.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                boolean ours = false;
                Set<Path> ourNames = names.getOrDefault(key, Set.of());
                for (WatchEvent<?> event : key.pollEvents()) {
                    Object context = event.context();
                    // An overflow, or an event for our file: a save elsewhere may replace the file under another name first.
                    ours |= context == null || ourNames.contains(context);
                }
                key.reset();
                if (ours && !closed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** The file, and the file its chain of symbolic links ends at, when it is one. */
    private List<Path> watchedFiles() {
        List<Path> files = new ArrayList<>(List.of(file));
        try {
            Path real = file.toRealPath();
            if (!real.equals(file)) {
                files.add(real);
            }
        } catch (IOException e) {
            // A missing or broken link: its folder is watched for it to come back.
        }
        return files;
    }

    /** Where the system cannot watch: a look every two seconds, which the listener compares itself. */
    private void poll() {
        while (!closed) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (!closed) {
                onChange.run();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // nothing more to watch
        }
    }
}
