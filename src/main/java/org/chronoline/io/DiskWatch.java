package org.chronoline.io;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
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
            file.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
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
                for (WatchEvent<?> event : key.pollEvents()) {
                    Object context = event.context();
                    // An overflow, or an event for our file: a save elsewhere may replace the file under another name first.
                    ours |= context == null || file.getFileName().equals(context);
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
