package org.chronoline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which running Chronoline edits a timeline file. Two Chronolines with one file open (opened twice
 * from the file manager, say) each wrote their copy of unsaved edits to the one {@code NAME.recovery}
 * over the other's; the second offered at its start to restore, or delete, the edits the first was
 * still making; a save in either deleted the copy the other still needed. Now the first to open a
 * file holds it, by a lock in the user's data folder ({@code open/}, named after the file's real
 * path), until it closes the file or ends; the others see it read-only, and may take it once it is
 * let go. Where no lock can be made, every one may edit, as before.
 */
public final class OpenFiles {
    /** The lock files of this process's claims, with how many claims share each: windows of one process hold together. */
    private static final Map<Path, Shared> HELD = new ConcurrentHashMap<>();

    private final Path folder;

    /** @param folder where the lock files are kept */
    public OpenFiles(Path folder) {
        this.folder = folder;
    }

    /** The claims of the Chronoline whose unsaved edits of new timelines go to {@code untitledPlace}: beside them. */
    public static OpenFiles besideUntitled(Path untitledPlace) {
        Path data = untitledPlace.toAbsolutePath().getParent();
        return new OpenFiles(data == null ? Path.of("open").toAbsolutePath() : data.resolve("open"));
    }

    /** Claims {@code file} for this Chronoline; see {@link Claim#isHeldElsewhere()}. */
    public Claim claim(Path file) {
        Claim claim = new Claim(folder.resolve(lockName(file)));
        claim.tryAgain();
        return claim;
    }

    /**
     * The lock file's name: two hashes of the file's real path (so that a link and the file it names,
     * or two spellings of one path, are one file), never the path itself, which may not fit in a name.
     */
    static String lockName(Path file) {
        String path = realPath(file).toString();
        long fnv = 0xcbf29ce484222325L;
        for (int i = 0; i < path.length(); i++) {
            fnv = (fnv ^ path.charAt(i)) * 0x100000001b3L;
        }
        return Long.toHexString(fnv) + "-" + Integer.toHexString(path.hashCode()) + ".lock";
    }

    /** The file's real path; for one that is not there (removed, or a Save As target), its folder's real path and its name. */
    private static Path realPath(Path file) {
        try {
            // Not normalised first: "link/.." is the parent of the folder the link leads to; normalising took the link away.
            return file.toAbsolutePath().toRealPath();
        } catch (IOException gone) {
            Path absolute = file.toAbsolutePath().normalize();
            Path folder = absolute.getParent();
            try {
                return folder == null || absolute.getFileName() == null ? absolute : folder.toRealPath().resolve(absolute.getFileName());
            } catch (IOException noFolder) {
                return absolute;
            }
        }
    }

    /** One timeline file as this Chronoline holds it, or sees it held by another. */
    public static final class Claim {
        private final Path lockFile;
        private boolean held;
        private boolean elsewhere;

        private Claim(Path lockFile) {
            this.lockFile = lockFile.toAbsolutePath();
        }

        /** Whether this claim is on {@code file} (the same real file, however the path is spelt). */
        public boolean isOn(Path file) {
            return lockFile.getFileName().toString().equals(lockName(file));
        }

        /** Whether another running Chronoline holds the file: this one may only read it. */
        public boolean isHeldElsewhere() {
            return elsewhere;
        }

        /** Tries again to hold a file held elsewhere (it may have been closed there since); whether it is held elsewhere still. */
        public boolean tryAgain() {
            if (held) {
                return false;
            }
            Shared shared = HELD.compute(lockFile, (file, now) -> {
                if (now != null) {
                    now.claims++;
                    return now;
                }
                try {
                    Files.createDirectories(file.getParent());
                    ProcessLock lock = ProcessLock.tryHold(file);
                    return lock == null ? null : new Shared(lock);
                } catch (IOException e) {
                    return new Shared(null); // no lock can be made: as before locks, nobody knows of the others
                }
            });
            held = shared != null;
            elsewhere = !held;
            return elsewhere;
        }

        /** Lets another Chronoline have the file, once no window of this one has it open. */
        public void release() {
            if (!held) {
                return;
            }
            held = false;
            HELD.computeIfPresent(lockFile, (file, shared) -> {
                if (--shared.claims > 0) {
                    return shared;
                }
                if (shared.lock != null) {
                    try {
                        shared.lock.release();
                    } catch (IOException e) {
                        // Let go of as the process ends.
                    }
                }
                return null;
            });
        }
    }

    /** A lock this process holds (null: none could be made), and how many of its claims share it. */
    private static final class Shared {
        private final ProcessLock lock;
        private int claims = 1;

        private Shared(ProcessLock lock) {
            this.lock = lock;
        }
    }
}
