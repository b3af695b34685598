package org.chronoline.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a running Chronoline keeps the unsaved edits of a timeline that has no file yet (new,
 * imported, or the bundled timeline edited): a place in the data folder that no other running
 * Chronoline uses, held by a lock on a file beside it for as long as this one runs
 * ({@code untitled.json}, then {@code untitled-2.json}, ...). Two Chronolines running at once
 * shared one place: each wrote its copy over the other's every 30 seconds, so a crash of either
 * could leave the other's work in its place, and the second offered at its start to restore, or
 * to delete, the edits the first was still making.
 */
public final class UntitledPlaces {
    private static final Pattern LEFT_COPY = Pattern.compile("untitled(?:-([0-9]{1,3}))?\\.json\\.recovery");
    private static final int MOST = 100;
    /** A lock belongs to the process that holds it, so the place is this process's: every window of it has the same. */
    private static final Map<Path, Claim> OF_THIS_PROCESS = new ConcurrentHashMap<>();

    private UntitledPlaces() {
    }

    /** This process's place in the user's data folder, claimed the first time it is asked for and held until it ends. */
    public static Path ofThisProcess() {
        return OF_THIS_PROCESS.computeIfAbsent(UserFolders.data().toAbsolutePath(), UntitledPlaces::claim).place();
    }

    /**
     * Claims a place in {@code folder} that no running Chronoline holds, and holds it until the claim
     * is released. One whose kept edits a Chronoline that stopped left behind comes first, so that
     * they are offered by the next to start; then the lowest free number. Where no lock can be made
     * (a folder that cannot be written, where no copy can be kept either), the first place, unheld.
     */
    static Claim claim(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return new Claim(folder.resolve(name(1)), null); // no copy can be kept there either
        }
        List<Integer> left = leftCopies(folder);
        for (int n : left) {
            Claim claim = tryClaim(folder, n);
            if (claim != null) {
                return claim;
            }
        }
        for (int n = 1; n <= MOST; n++) {
            Claim claim = left.contains(n) ? null : tryClaim(folder, n);
            if (claim != null) {
                return claim;
            }
        }
        return new Claim(folder.resolve(name(1)), null); // a hundred held or refused: the first place, as before locks
    }

    /** The numbers of the places that have kept edits in them, lowest first (none, when the folder cannot be listed). */
    private static List<Integer> leftCopies(Path folder) {
        List<Integer> numbers = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "untitled*.json.recovery")) {
            for (Path file : files) {
                Matcher m = LEFT_COPY.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    int n = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
                    if (n >= 1 && n <= MOST) {
                        numbers.add(n);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        numbers.sort(null);
        return numbers;
    }

    /**
     * The place numbered {@code n}, locked for this claim, or null when a running Chronoline holds it
     * or its lock file cannot be used (one left by another user, a link, a file system without locks):
     * then the next number is tried, not the first place given up to unheld.
     */
    private static Claim tryClaim(Path folder, int n) {
        try {
            ProcessLock lock = ProcessLock.tryHold(folder.resolve(name(n) + ".lock"));
            return lock == null ? null : new Claim(folder.resolve(name(n)), lock);
        } catch (IOException e) {
            return null; // passed over: the next number
        }
    }

    private static String name(int n) {
        return n == 1 ? "untitled.json" : "untitled-" + n + ".json";
    }

    /** A place held by a lock, until released (null lock: held by nothing). */
    record Claim(Path place, ProcessLock lock) {
        /** Lets another Chronoline have the place; its lock file stays, for it to lock. */
        void release() throws IOException {
            if (lock != null) {
                lock.release();
            }
        }
    }
}
