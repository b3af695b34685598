package org.chronoline.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * JavaFX's modular jars carried inside Chronoline's jar ({@code javafx/*.jar}), taken out into the
 * user's cache the first time, and found there afterwards. The folder's name is a checksum of what
 * the jar carries, so another version of Chronoline never uses them by mistake; a folder is
 * filled under a temporary name and renamed when whole, so a start that was cut short, or two
 * starting at once, never leave a half-written jar to be used. Where the cache cannot be written,
 * a temporary folder is used for this run.
 */
public final class ModuleJars {
    static final String FOLDER = "javafx/";

    private ModuleJars() {
    }

    /** The module jars inside {@code jar}, as files; empty when it carries none. */
    public static List<Path> extracted(Path jar) throws IOException {
        return extracted(jar, cacheRoot(), false);
    }

    /**
     * The same, taken out again even where the cache holds them whole to look at: for when they
     * would not load (their bytes damaged at full length, by a crash before they reached the disk).
     */
    static List<Path> extractedAfresh(Path jar) throws IOException {
        return extracted(jar, cacheRoot(), true);
    }

    static Path cacheRoot() {
        return cacheRoot(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static List<Path> extracted(Path jar, Path cacheRoot) throws IOException {
        return extracted(jar, cacheRoot, false);
    }

    static List<Path> extracted(Path jar, Path cacheRoot, boolean afresh) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = zip.stream().<ZipEntry>map(e -> e)
                    .filter(e -> e.getName().startsWith(FOLDER) && e.getName().endsWith(".jar") && e.getName().indexOf('/', FOLDER.length()) < 0)
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            if (entries.isEmpty()) {
                return List.of();
            }
            String name = "javafx-" + fingerprint(entries);
            Path folder = cacheRoot.resolve(name);
            if (!afresh && whole(folder, entries)) {
                return files(folder, entries);
            }
            try {
                Files.createDirectories(cacheRoot);
                sweep(cacheRoot);
                if (Files.exists(folder)) {
                    // Damaged (a jar cut short, missing, or unreadable): moved aside in one step, never
                    // emptied where it is, since another start may just have put a whole one there.
                    Path stale = cacheRoot.resolve(".stale-" + Long.toHexString(System.nanoTime()));
                    Files.move(folder, stale, StandardCopyOption.ATOMIC_MOVE);
                    discard(stale);
                }
                return files(fill(zip, entries, cacheRoot, folder), entries);
            } catch (IOException | UncheckedIOException | SecurityException cannotWrite) {
                // A read-only home, a full disk: this run takes them out into a temporary folder instead.
                // (Removed at exit in the reverse order of asking: the files, then the folder.)
                Path temporary = Files.createTempDirectory("chronoline-javafx-");
                temporary.toFile().deleteOnExit();
                for (ZipEntry entry : entries) {
                    Path file = temporary.resolve(fileName(entry));
                    file.toFile().deleteOnExit();
                    copy(zip, entry, file);
                }
                return files(temporary, entries);
            }
        }
    }

    /** Fills a new folder beside {@code folder} and renames it to {@code folder}; the folder in use is returned. */
    private static Path fill(ZipFile zip, List<ZipEntry> entries, Path cacheRoot, Path folder) throws IOException {
        Path filling = Files.createTempDirectory(cacheRoot, ".filling-");
        for (ZipEntry entry : entries) {
            copy(zip, entry, filling.resolve(fileName(entry)));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Files.move(filling, folder, StandardCopyOption.ATOMIC_MOVE);
                return folder;
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                break; // another start got there first, or this disk cannot rename atomically
            } catch (IOException e) {
                // On Windows a virus scanner may still hold the new files for a moment; some systems
                // also report a rename onto a folder another start just made as a plain failure.
                if (attempt == 3 || whole(folder, entries)) {
                    break;
                }
                pause(100L * attempt);
            }
        }
        if (whole(folder, entries)) {
            discard(filling);
            return folder;
        }
        return filling; // used as it is this time; a later start sweeps it away
    }

    /** Removes what starts cut short or beaten to the rename left over an hour ago (best effort). */
    private static void sweep(Path cacheRoot) {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (Stream<Path> folders = Files.list(cacheRoot)) {
            for (Path leftover : folders.toList()) {
                String name = leftover.getFileName().toString();
                if ((name.startsWith(".filling-") || name.startsWith(".stale-")) && Files.getLastModifiedTime(leftover).toMillis() < hourAgo) {
                    discard(leftover);
                }
            }
        } catch (IOException e) {
            // another time
        }
    }

    private static void discard(Path folder) {
        try {
            emptyAndRemove(folder);
        } catch (IOException e) {
            // left for a later start to sweep away: only folders with whole jars are ever used
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void emptyAndRemove(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    /** Writes the jar and waits until it is on the disk, so that a folder renamed into place is whole after a power cut too. */
    private static void copy(ZipFile zip, ZipEntry entry, Path file) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel written = FileChannel.open(file, StandardOpenOption.WRITE)) {
            written.force(true);
        }
    }

    /** Whether the folder holds every jar at its full size. */
    static boolean whole(Path folder, List<ZipEntry> entries) {
        for (ZipEntry entry : entries) {
            Path file = folder.resolve(fileName(entry));
            try {
                if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> files(Path folder, List<ZipEntry> entries) {
        List<Path> files = new ArrayList<>();
        for (ZipEntry entry : entries) {
            files.add(folder.resolve(fileName(entry)));
        }
        return files;
    }

    private static String fileName(ZipEntry entry) {
        return entry.getName().substring(FOLDER.length());
    }

    /** A checksum of the jars' names, sizes and checksums, as the jar's directory lists them (nothing is read). */
    static String fingerprint(List<ZipEntry> entries) {
        CRC32 crc = new CRC32();
        for (ZipEntry entry : entries) {
            crc.update((entry.getName() + ":" + entry.getSize() + ":" + entry.getCrc() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    /**
     * The user's cache folder for Chronoline: %LOCALAPPDATA%\Chronoline\Cache on Windows,
     * ~/Library/Caches/Chronoline on macOS, $XDG_CACHE_HOME/chronoline (~/.cache/chronoline)
     * elsewhere; the system property {@code chronoline.cache} names another.
     */
    static Path cacheRoot(String osName, String home, Map<String, String> environment) {
        String chosen = System.getProperty("chronoline.cache");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve(Path.of("Chronoline", "Cache"));
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Chronoline");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "chronoline") : Path.of(home, ".cache", "chronoline");
    }
}
