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
 */
public final class ArchiveTraining {
    /** Longest a training run may take; a run that hangs is stopped and leaves nothing. */
    private static final long LONGEST_MINUTES = 3;

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path archive = Path.of(args[0]);
        Path partial = Path.of(args[1]);
        List<String> training = Arrays.asList(args).subList(2, args.length);
        System.exit(made(archive, partial, training) ? 0 : 1);
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
        try {
            // In the cache folder, where no data/events.json of the caller's can stand in for the bundled timeline.
            Process run = new ProcessBuilder(training).directory(archive.getParent().toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            run.getOutputStream().close();
            if (!run.waitFor(LONGEST_MINUTES, TimeUnit.MINUTES)) {
                run.destroyForcibly();
                return false;
            }
            if (run.exitValue() != 0 || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
                return false;
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
                return false;
            }
            sweep(archive);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            Files.deleteIfExists(partial);
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
