package org.chronoline.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * filled under a temporary name, forced to the disk and renamed when whole, so that a start cut
 * short never leaves a half-written jar to be used, and one start at a time fills or repairs it
 * (a lock file; another start waits, then finds it whole). Where the cache cannot be written,
 * a temporary folder is used for this run.
 */
public final class ModuleJars {
    static final String FOLDER = "javafx/";
    /**
     * The modules a window needs, by name, sorted (the cache folder's name is a checksum over them
     * in this order): looked up, not found by listing the jar's nearly 10,000 entries (that took a
     * start 15-25 ms). PlatformJarsIT checks that each system's jar carries exactly these.
     */
    public static final List<String> MODULES = List.of("javafx-base.jar", "javafx-controls.jar", "javafx-graphics.jar");

    private ModuleJars() {
    }

    /** The module jars inside {@code jar} (those of {@link #MODULES} it carries), as files; empty when it carries none. */
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
            List<ZipEntry> entries = new ArrayList<>();
            for (String module : MODULES) {
                ZipEntry entry = zip.getEntry(FOLDER + module);
                if (entry != null) {
                    entries.add(entry);
                }
            }
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
                // One start at a time repairs and fills (another waits here, then finds the folder whole).
                try (FileChannel lockFile = FileChannel.open(cacheRoot.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = lockOrNone(lockFile)) {
                    if (!afresh && whole(folder, entries)) {
                        return files(folder, entries);
                    }
                    sweep(cacheRoot, folder);
                    if (Files.exists(folder)) {
                        // Damaged (a jar cut short, missing, or unloadable): moved aside in one step rather than
                        // emptied in place, since a running Chronoline may still read from it.
                        Path stale = cacheRoot.resolve(".stale-" + Long.toHexString(System.nanoTime()));
                        try {
                            Files.move(folder, stale, StandardCopyOption.ATOMIC_MOVE);
                            discard(stale);
                        } catch (NoSuchFileException gone) {
                            // already moved away: fill it
                        }
                    }
                    return files(fill(zip, entries, cacheRoot, folder), entries);
                }
            } catch (IOException | UncheckedIOException | SecurityException cannotWrite) {
                // A read-only home, a full disk: this run takes them out into a temporary folder instead.
                // (Removed at exit in the reverse order of asking, the files and then the folder, where
                // the system lets a program delete files it still has open; Windows does not.)
                Path temporary = Files.createTempDirectory("chronoline-javafx-");
                temporary.toFile().deleteOnExit();
                for (ZipEntry entry : entries) {
                    Path file = temporary.resolve(fileName(entry));
                    file.toFile().deleteOnExit();
                    copy(zip, entry, file, false);
                }
                nativeLibrariesBeside(temporary, false);
                return files(temporary, entries);
            }
        }
    }

    /**
     * JavaFX's native libraries (the graphics module carries them, at its root) beside the module
     * jars, where JavaFX looks for them first on Linux and macOS. Left inside, every start had
     * JavaFX read each one out of the module and compare it, by MD5, with its copy in the user's
     * {@code ~/.openjfx/cache} (about 45 ms of processor time a start), and write that copy on the
     * first: where the home cannot be written, JavaFX warned. Best effort: without them (a module
     * that is not a zip, a full disk) JavaFX still takes them out itself. Not on Windows, where
     * JavaFX looks in a folder beside the jars' folder ({@code ../bin}), which other versions share.
     */
    private static void nativeLibrariesBeside(Path folder, boolean durable) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return;
        }
        Path graphics = folder.resolve("javafx-graphics.jar");
        if (!Files.isRegularFile(graphics)) {
            return;
        }
        List<Path> written = new ArrayList<>();
        try (ZipFile module = new ZipFile(graphics.toFile())) {
            for (ZipEntry entry : module.stream().toList()) {
                String name = entry.getName();
                if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dylib"))) {
                    Path file = folder.resolve(name);
                    if (!durable) {
                        file.toFile().deleteOnExit();
                    }
                    written.add(file);
                    copy(module, entry, file, durable);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // None rather than some, or one cut short: JavaFX takes them out of the module itself, as before.
            for (Path file : written) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException stays) {
                    // a library JavaFX finds whole or cannot load: then it takes its own from the module
                }
            }
        }
    }

    /** The cache's lock, or null where the file system has no locks (some network homes): then the rename alone guards. */
    private static FileLock lockOrNone(FileChannel lockFile) {
        try {
            return lockFile.lock();
        } catch (IOException e) {
            return null;
        }
    }

    /** Fills a new folder beside {@code folder} and renames it to {@code folder}; the folder in use is returned. */
    private static Path fill(ZipFile zip, List<ZipEntry> entries, Path cacheRoot, Path folder) throws IOException {
        Path filling = Files.createTempDirectory(cacheRoot, ".filling-");
        for (ZipEntry entry : entries) {
            copy(zip, entry, filling.resolve(fileName(entry)), true);
        }
        nativeLibrariesBeside(filling, true);
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
        return filling; // used as it is this time; the next start that fills the cache sweeps it away
    }

    /**
     * Removes folders that starts cut short, or beaten to the rename, left over a day ago, and the
     * modules of other versions of Chronoline not made in the last week (an upgrade leaves them;
     * should that version start again, it takes its own out anew). Best effort, and only while
     * holding the lock, so never a folder that is being filled.
     */
    private static void sweep(Path cacheRoot, Path current) {
        long dayAgo = System.currentTimeMillis() - 86_400_000L;
        long weekAgo = System.currentTimeMillis() - 7 * 86_400_000L;
        List<Path> candidates;
        try (Stream<Path> folders = Files.list(cacheRoot)) {
            candidates = folders.filter(p -> !p.equals(current)).toList();
        } catch (IOException e) {
            return;
        }
        for (Path candidate : candidates) {
            String name = candidate.getFileName().toString();
            try {
                long made = Files.getLastModifiedTime(candidate).toMillis();
                boolean leftover = (name.startsWith(".filling-") || name.startsWith(".stale-")) && made < dayAgo;
                boolean otherVersion = name.startsWith("javafx-") && made < weekAgo;
                if (Files.isDirectory(candidate) && (leftover || otherVersion)) {
                    discard(candidate);
                }
            } catch (IOException e) {
                // gone meanwhile, or not ours to remove
            }
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

    /**
     * Writes the jar; for the cache, waits until it is on the disk, so that a folder renamed into
     * place is whole after a power cut too.
     */
    private static void copy(ZipFile zip, ZipEntry entry, Path file, boolean durable) throws IOException {
        try (InputStream in = zip.getInputStream(entry);
             FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ReadableByteChannel from = Channels.newChannel(in);
            long at = 0;
            for (long n; (n = out.transferFrom(from, at, 1 << 20)) > 0; ) {
                at += n;
            }
            if (durable) {
                out.force(true);
            }
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
        return eightHexDigits(crc.getValue());
    }

    /**
     * A checksum as eight hexadecimal digits. (Not String.format: its first use costs a start
     * about 10 ms, for a parser of format strings.)
     */
    static String eightHexDigits(long crc) {
        return HexFormat.of().toHexDigits((int) crc);
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
