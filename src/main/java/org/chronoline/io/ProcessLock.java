package org.chronoline.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lock on a small file that says a running Chronoline holds something (a place for unsaved
 * edits, an open timeline) for as long as it runs: the system lets go of it when the process ends,
 * however it ends, so that a crash never leaves a claim behind. The lock file itself stays, empty,
 * for the next one to lock: removing it could let two processes lock two different files of one name.
 */
final class ProcessLock {
    /**
     * The lock files this process holds. Closing any channel of a file lets go of every lock the
     * process holds on it, on most systems: a second look at one of them must not open it.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final FileChannel channel;
    private final Path file;

    private ProcessLock(FileChannel channel, Path file) {
        this.channel = channel;
        this.file = file;
    }

    /** Whether this process holds the lock of {@code lockFile}. */
    static boolean heldHere(Path lockFile) {
        return HELD_HERE.contains(lockFile.toAbsolutePath());
    }

    /**
     * The lock of {@code lockFile}, created if need be, or null when another process holds it or
     * this one does.
     *
     * @throws IOException when the file cannot be used for a lock (a folder, a link, another user's
     *     file, a folder that cannot be written, a file system without locks)
     */
    static ProcessLock tryHold(Path lockFile) throws IOException {
        Path file = lockFile.toAbsolutePath();
        if (!HELD_HERE.add(file)) {
            return null; // this process's own: opening and closing it again would let go of its lock
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new ProcessLock(channel, file);
            }
        } catch (OverlappingFileLockException e) {
            // Held by this Java on a channel of its own: not ours to take.
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            HELD_HERE.remove(file);
            throw e instanceof IOException io ? io : new IOException(e);
        }
        closeQuietly(channel);
        HELD_HERE.remove(file);
        return null;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing held.
            }
        }
    }

    /** Lets another process have the lock. */
    void release() throws IOException {
        try {
            channel.close();
        } finally {
            HELD_HERE.remove(file);
        }
    }
}
