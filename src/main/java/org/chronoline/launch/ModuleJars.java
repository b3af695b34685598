package org.chronoline.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        return extracted(jar, cacheRoot(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv()));
    }

    static List<Path> extracted(Path jar, Path cacheRoot) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = zip.stream().<ZipEntry>map(e -> e)
                    .filter(e -> e.getName().startsWith(FOLDER) && e.getName().endsWith(".jar") && e.getName().indexOf('/', FOLDER.length()) < 0)
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            if (entries.isEmpty()) {
                return List.of();
            }
            String name = "javafx-" + fingerprint(entries);
            Path folder = cacheRoot.resolve(name);
            if (whole(folder, entries)) {
                return files(folder, entries);
            }
            try {
                Files.createDirectories(cacheRoot);
                if (Files.exists(folder)) {
                    emptyAndRemove(folder); // damaged (a jar cut short, or missing): made again
                }
                return files(fill(zip, entries, cacheRoot, folder), entries);
            } catch (IOException | UncheckedIOException | SecurityException cannotWrite) {
                // A read-only home, a full disk: this run takes them out into a temporary folder instead.
                Path temporary = Files.createTempDirectory("chronoline-javafx-");
                for (ZipEntry entry : entries) {
                    Path file = temporary.resolve(fileName(entry));
                    copy(zip, entry, file);
                    file.toFile().deleteOnExit();
                }
                temporary.toFile().deleteOnExit();
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
        try {
            Files.move(filling, folder, StandardCopyOption.ATOMIC_MOVE);
            return folder;
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            // Another start got there first (then its folder is used), or the rename cannot be atomic (ours is).
            return whole(folder, entries) ? discard(filling, folder) : filling;
        } catch (IOException e) {
            // Some systems report a rename onto a folder another start just made as a plain failure.
            return whole(folder, entries) ? discard(filling, folder) : filling;
        }
    }

    private static Path discard(Path filling, Path folder) {
        try {
            emptyAndRemove(filling);
        } catch (IOException e) {
            // left for the next start to ignore: it only ever uses folders with whole jars
        }
        return folder;
    }

    private static void emptyAndRemove(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    private static void copy(ZipFile zip, ZipEntry entry, Path file) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
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
