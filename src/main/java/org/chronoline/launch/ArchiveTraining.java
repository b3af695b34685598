package org.chronoline.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

/**
 * Keeps a training run ({@link SharedArchive}): a process of its own, started by the jar, that runs
 * the training Java, waits for it, and when it finished well moves the archive it wrote into place
 * in one step, so that a start never finds half an archive (a cut-short archive could make the Java
 * mapping it fail). Archives beside it that no start has used for a month are removed.
 *
 * <pre>
 *   java -cp chronoline.jar org.chronoline.launch.ArchiveTraining ARCHIVE PARTIAL TRAINING-COMMAND...
 * </pre>
 *
 * <p>The app image's archive is made by the same, when it is packaged (pom.xml, profile dist).
 */
public final class ArchiveTraining {
    /** The one setting of the training start's own. */
    private static final String TRAINED = "training";
    /** Longest a training run may take; a run that hangs is stopped and leaves nothing. */
    private static final long LONGEST_MINUTES = 3;

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path archive = Path.of(args[0]);
        Path partial = Path.of(args[1]);
        List<String> training = Arrays.asList(args).subList(2, args.length);
        String failed = failure(archive, partial, training);
        if (failed != null) {
            // (Said where the training was asked for from a build or an installer; the jar's own trainer is not heard.)
            System.err.println("No class data sharing archive was made: " + failed + ". Training command: " + String.join(" ", training));
        }
        System.exit(failed == null ? 0 : 1);
    }

    /**
     * Makes the archive for {@code jar} and the Java running now, and waits for it (the startup
     * benchmark measures starts with it); false when the jar carries no modules or the training failed.
     */
    public static boolean makeFor(Path jar) throws IOException {
        List<Path> modules = ModuleJars.extracted(jar);
        return !modules.isEmpty() && SharedArchive.forThisJava(jar.toAbsolutePath(), modules).trainAndWait();
    }

    /** Runs the training and moves its archive into place; false (and nothing left behind) when it did not finish well. */
    static boolean made(Path archive, Path partial, List<String> training) throws IOException {
        return failure(archive, partial, training) == null;
    }

    /** The same; null when it was made, else why not. */
    private static String failure(Path archive, Path partial, List<String> training) throws IOException {
        settingsToRead();
        try {
            // In the cache folder, where no data/events.json of the caller's can stand in for the bundled timeline.
            Process run = new ProcessBuilder(training).directory(archive.getParent().toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            run.getOutputStream().close();
            if (!run.waitFor(LONGEST_MINUTES, TimeUnit.MINUTES)) {
                // With the Java it starts to write an ahead-of-time cache (Java 25), which would write on after it.
                run.descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly();
                return "the training run took longer than " + LONGEST_MINUTES + " minutes";
            }
            if (run.exitValue() != 0) {
                return "the training run ended with exit code " + run.exitValue();
            }
            if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
                return "the training run wrote no archive";
            }
            // Java writes it read-only, which Windows would not let a later sweep delete; and it reaches the disk
            // before it is renamed into place, so that a power cut never leaves a whole-looking archive of zeros.
            partial.toFile().setWritable(true);
            try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            try {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                return "it could not be moved into place in one step";
            }
            sweep(archive);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } finally {
            Files.deleteIfExists(partial);
            // The training's settings for an ahead-of-time cache, which Java 25 keeps where making the cache failed.
            Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + ".config"));
        }
    }

    /**
     * Gives the training start's settings (its own, {@link SharedArchive#TRAINING_SETTINGS}) a value,
     * so that it reads them from the store as a user's start reads theirs. On Linux the store is an
     * XML file whose reader (some 180 classes) was otherwise left out of the archive and loaded one by
     * one at every start: measured side by side, 26 ms off the jar's start (median of 15) and 39 ms
     * of processor time. Elsewhere (the registry, a property list) it costs nothing.
     */
    static void settingsToRead() {
        try {
            Preferences settings = UserPreferences.root().node("org/chronoline/" + SharedArchive.TRAINING_SETTINGS);
            if (settings.get(TRAINED, null) == null) {
                settings.put(TRAINED, "a start that reads its settings, as a user's does");
                settings.flush();
            }
        } catch (BackingStoreException | RuntimeException e) {
            // trained without: the start reads its settings' classes one by one, as before
        }
    }

    /**
     * Archives beside this one that no start has used for a month (an earlier jar's, another
     * Java's), this archive's training marker, and other markers, partial archives and start
     * handshakes left over. Best effort: a file in use on Windows stays for later.
     */
    private static void sweep(Path archive) {
        long now = System.currentTimeMillis();
        Path marker = SharedArchive.markerOf(archive);
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                try {
                    long age = now - Files.getLastModifiedTime(file).toMillis();
                    boolean unused = name.startsWith("chronoline-") && (name.endsWith(".jsa") || name.endsWith(".jsa.training"))
                            && !file.equals(archive) && age > SharedArchive.UNUSED_MILLIS;
                    boolean leftover = (name.startsWith(".partial-") || name.startsWith(".started-")) && age > 86_400_000L;
                    if (file.equals(marker) || unused || leftover) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    // in use, or gone meanwhile
                }
            }
        } catch (IOException e) {
            // the folder cannot be listed: nothing swept
        }
    }
}
