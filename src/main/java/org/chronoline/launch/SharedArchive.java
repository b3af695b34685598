package org.chronoline.launch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * Class data sharing for the jar. A Java started by {@code java -jar} cannot be given an archive of
 * its classes, so it loads and checks some 5,500 of them one by one from jars (about 0.6 s of a
 * 1.8 s start here, against 1.1 s with an archive). Once an archive has been made for this jar,
 * this Java and these JavaFX modules, the jar's start runs Chronoline in a second Java with the
 * archive (and JavaFX as modules on its module path, as the app image does) and waits for it,
 * passing on its options, its arguments, its input and output and, at the end, its exit code.
 *
 * <p>The archive is made by a training run ({@link ArchiveTraining}, a process of its own) some
 * seconds after a window has opened without one, so that it never slows the start it follows; it
 * lives in the modules' cache folder, named by a checksum of the jar and the Java, so an upgrade or
 * another Java never uses an archive made for something else. A start whose options a second Java
 * could not take as they are (a debugger's agent, an archive or class sharing of its own) runs as
 * before, in one process.
 */
final class SharedArchive {
    /**
     * How long after a window's start without an archive the training begins: after the start, not
     * during it (system property {@code chronoline.archiveDelayMillis}, for tests).
     */
    static final long TRAINING_DELAY_MILLIS = Long.getLong("chronoline.archiveDelayMillis", 10_000);
    /**
     * Options a second Java must not be given again: a debugger's or a monitor's port is taken, a
     * recording or log file is written by both, an archive or module setting is the user's own.
     */
    private static final List<String> ONE_PROCESS_ONLY = List.of("-agentlib:", "-agentpath:", "-javaagent:", "-Xdebug", "-Xrun",
            "-Xshare:", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:-UseSharedSpaces", "-XX:AOT", "--module-path", "--upgrade-module-path",
            "--patch-module", "--limit-modules", "-Dcom.sun.management", "-XX:StartFlightRecording", "-XX:FlightRecorderOptions");
    /**
     * Options of the user's own that change the module graph or the class loader the training start
     * had: Java 25 then turns its ahead-of-time cache away as a whole (it is made with the graph), and
     * silently (its log is off), so a second Java would only add its own start. Java 17's archive
     * still serves them.
     */
    private static final List<String> NOT_AS_CACHED = List.of("--add-modules", "--add-exports", "--add-opens", "--add-reads",
            "--enable-native-access", "-Djava.system.class.loader", "-Djdk.module.");
    /** Variables whose options the first Java has already taken in; the second is given them on its command line instead. */
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    /** The training start's settings (system property {@code chronoline.prefs}): its own, never the user's. */
    static final String TRAINING_SETTINGS = "training";
    /** How many training runs a jar and Java are given: one that cannot make an archive is not asked again and again. */
    private static final int MOST_TRAININGS = 2;
    /** An archive no start has used for this long (another Java's, an old jar's) is removed when a new one is made. */
    static final long UNUSED_MILLIS = 30L * 86_400_000L;

    /**
     * Whether the archive is Java's ahead-of-time cache (Java 25 and later: JEP 483, 514 and 515, the
     * classes loaded and linked, the module graph and the training start's method profiles) rather
     * than a dynamic class data sharing archive of the classes alone. Measured side by side on Java
     * 25, the jar's later start on the bundled timeline took 824 ms with the cache against 1,093 ms
     * with the dynamic archive (11 interleaved rounds, floor 425 ms; docs/speed.md).
     */
    private final boolean aheadOfTime;

    private final Path java;
    private final Supplier<List<String>> javaOptions;
    private final BooleanSupplier pointersAsTrained;
    private final Path jar;
    private final List<Path> modules;
    private final Path archive;

    /**
     * @param javaOptions the options this Java was started with
     * @param pointersAsTrained whether this Java points to objects and classes as the training Java did
     *     (see {@link JavaOptions#pointersAsByDefault(List)}), asked for only when a second Java starts
     */
    SharedArchive(Path java, Supplier<List<String>> javaOptions, BooleanSupplier pointersAsTrained, Path jar, List<Path> modules) {
        this(java, javaOptions, pointersAsTrained, jar, modules, aheadOfTimeCache(Runtime.version().feature()));
    }

    /** @param aheadOfTime whether the archive is an ahead-of-time cache: the Java running now's, or a test's */
    SharedArchive(Path java, Supplier<List<String>> javaOptions, BooleanSupplier pointersAsTrained, Path jar, List<Path> modules,
            boolean aheadOfTime) {
        this.aheadOfTime = aheadOfTime;
        this.java = java;
        this.javaOptions = javaOptions;
        this.pointersAsTrained = pointersAsTrained;
        this.jar = jar;
        this.modules = List.copyOf(modules);
        this.archive = modules.get(0).resolveSibling("chronoline-" + key(Path.of(System.getProperty("java.home")), jar, modules) + ".jsa");
    }

    /** For the Java running now, with the options it was started with (those from the environment included). */
    static SharedArchive forThisJava(Path jar, List<Path> modules) {
        List<String> options = JavaOptions.ofThisJava();
        return new SharedArchive(thisJava(), () -> options, () -> JavaOptions.pointersAsByDefault(options), jar, modules);
    }

    /** The java (or javaw) program running now, so that a window started without a console starts another without one. */
    static Path thisJava() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java"));
    }

    /**
     * A checksum of everything an archive is valid for: the jar and the JavaFX modules (where each
     * is, its size and time: Java turns an archive away when one of them changed), and the Java (its
     * home, version, processor, and its own base archive), the same for java and javaw.
     */
    static String key(Path javaHome, Path jar, List<Path> modules) {
        StringBuilder stamps = new StringBuilder();
        List<Path> files = new ArrayList<>(List.of(jar));
        files.addAll(modules);
        files.add(javaHome.resolve(Path.of("lib", "server", "classes.jsa")));
        for (Path file : files) {
            stamps.append(file.toAbsolutePath());
            try {
                stamps.append(':').append(Files.size(file)).append(':').append(Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                stamps.append(":none");
            }
            stamps.append('\n');
        }
        stamps.append(javaHome.toAbsolutePath()).append(':').append(System.getProperty("java.vm.version")).append(':')
                .append(System.getProperty("os.arch"));
        CRC32 crc = new CRC32();
        crc.update(stamps.toString().getBytes(StandardCharsets.UTF_8));
        return ModuleJars.eightHexDigits(crc.getValue());
    }

    Path archive() {
        return archive;
    }

    /** Whether a Java of this version keeps an ahead-of-time cache: from 25, where one command makes it. */
    static boolean aheadOfTimeCache(int javaFeature) {
        return javaFeature >= 25;
    }

    /** Whether an archive made by a finished training run is there to start with. */
    boolean ready() {
        try {
            return Files.isRegularFile(archive) && Files.size(archive) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this start's options can be handed to a second Java as they are, and it would use the archive. */
    boolean canStartAnotherJava() {
        return javaOptions.get().stream().noneMatch(option -> ONE_PROCESS_ONLY.stream().anyMatch(option::startsWith)
                || aheadOfTime && NOT_AS_CACHED.stream().anyMatch(option::startsWith)
                || option.startsWith("-Xlog") && option.contains("file=")) && pointersAsTrained.getAsBoolean();
    }

    /** The second Java's command: the compiler's thresholds and collector, this start's options, the archive, JavaFX as modules, Chronoline and the arguments. */
    List<String> startCommand(String main, String[] args, Path handshake) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        // Should Java turn the archive away after all, it says so quietly: nothing in the user's output.
        command.add("-Xlog:cds*=off");
        if (aheadOfTime) {
            command.add("-Xlog:aot*=off");
        }
        List<String> given = javaOptions.get();
        if (given.stream().noneMatch(option -> option.equals("-XX:-TieredCompilation") || option.startsWith("-XX:CompilationMode="))) {
            command.addAll(JarStart.COMPILER_OPTIONS);
        }
        if (given.stream().noneMatch(SharedArchive::choosesCollector)) {
            command.add(JarStart.COLLECTOR);
        }
        // Before the user's options, which win where they say otherwise (--sun-misc-unsafe-memory-access=warn).
        command.addAll(JarStart.javaFxAllowances(Runtime.version().feature()));
        command.addAll(given);
        if (aheadOfTime) {
            command.add("-XX:AOTCache=" + archive);
        } else {
            command.add("-Xshare:auto");
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.add("-D" + JarStart.HANDSHAKE + "=" + handshake);
        command.addAll(classesOptions(main));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Whether an option chooses Java's garbage collector ({@code -XX:+UseSerialGC} and the like), or
     * may, in a file of options: a second choice would stop Java.
     */
    static boolean choosesCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC") || option.startsWith("-XX:Flags=")
                || option.startsWith("-XX:VMOptionsFile=");
    }

    /**
     * The training run: opens the bundled timeline headless, paints it once and exits, archiving
     * the classes it loaded into {@code partial}, with the same module path and class path as the
     * starts that will use it (an archive made for other paths is turned away).
     */
    List<String> trainingCommand(Path partial) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        // Nothing shown, not even a Dock icon on macOS (AWT headless, as for the command line).
        command.addAll(List.of((aheadOfTime ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + partial, "-Dchronoline.exitAfterFirstFrame=true", "-Dchronoline.prefs=" + TRAINING_SETTINGS,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Dapple.awt.UIElement=true"));
        command.addAll(JarStart.javaFxAllowances(Runtime.version().feature()));
        command.addAll(classesOptions(JarStart.MAIN));
        return command;
    }

    /**
     * The command that makes the archive in a process of its own, which outlives this one if the
     * window closes first: the archive is written to {@code partial} and moved into place when whole.
     */
    List<String> trainerCommand(Path partial) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", jar.toString(), ArchiveTraining.class.getName(),
                archive.toString(), partial.toString()));
        command.addAll(trainingCommand(partial));
        return command;
    }

    private List<String> classesOptions(String main) {
        List<String> options = new ArrayList<>();
        options.add("--module-path");
        options.add(modules.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        options.add("--add-modules");
        options.add("javafx.controls");
        JarStart.EXPORTS.forEach(export -> options.add("--add-exports=" + export + "=ALL-UNNAMED"));
        JarStart.OPENS.forEach(open -> options.add("--add-opens=" + open + "=ALL-UNNAMED"));
        options.add("-cp");
        options.add(jar.toString());
        options.add(main);
        return options;
    }

    /**
     * Runs Chronoline in a second Java with the archive and returns its exit code; null when that
     * Java could not be started or ended before Chronoline began (it touches {@code handshake} first
     * thing): then the archive is set aside and the start goes on in this Java, which also repairs
     * damaged modules.
     */
    Integer start(String main, String[] args) {
        Path handshake = archive.resolveSibling(".started-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        ProcessBuilder builder = new ProcessBuilder(startCommand(main, args, handshake)).inheritIO();
        OPTION_VARIABLES.forEach(builder.environment()::remove);
        Process process;
        try {
            touch(archive); // in use: not swept as unused
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        // Asked to stop (kill, a logout), this process asks Chronoline to stop too and waits for it, where that is
        // a request (SIGTERM) and not, as on Windows, a kill: there Chronoline hears the console's or the session's end itself.
        Thread stop = new Thread(() -> {
            process.destroy();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "chronoline-stop");
        if (process.supportsNormalTermination()) {
            Runtime.getRuntime().addShutdownHook(stop);
        }
        int code = waitFor(process);
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException | IllegalArgumentException notThere) {
            // on the way out already, or never added
        }
        boolean began = Files.exists(handshake);
        try {
            Files.deleteIfExists(handshake);
        } catch (IOException e) {
            // a later training sweeps it
        }
        if (!began && code != 0) {
            setAside();
            return null;
        }
        return code;
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // waits on: Chronoline is running
            }
        }
    }

    /** An archive a second Java could not start with is not used again; a later window's start has another made. */
    private void setAside() {
        try {
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            // in use by another start (Windows): it stays, and this start goes on in one Java
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // read-only: it may be swept a month from now, and made again
        }
    }

    /**
     * Starts the training run, in {@link #TRAINING_DELAY_MILLIS}, unless one started within the hour
     * (another start's, or one that failed: a Java that cannot make archives is not asked every time).
     */
    void trainLater() {
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(TRAINING_DELAY_MILLIS);
                train();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "chronoline-archive");
        later.setDaemon(true);
        later.start();
    }

    /** Makes the archive now and waits for it; false when the training did not finish well. */
    boolean trainAndWait() throws IOException {
        Path partial = partial();
        return ArchiveTraining.made(archive, partial, trainingCommand(partial));
    }

    /** Where the training runs for {@code archive} are counted. */
    static Path markerOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".training");
    }

    private Path partial() {
        return archive.resolveSibling(".partial-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".jsa");
    }

    /**
     * Starts the trainer now, its output discarded; false when it was not started: an archive is
     * there, a training started within the hour, or {@link #MOST_TRAININGS} have been tried already.
     */
    boolean train() {
        Path marker = markerOf(archive);
        try {
            int tried = 0;
            if (Files.exists(marker)) {
                if (Files.getLastModifiedTime(marker).toMillis() > System.currentTimeMillis() - 3_600_000L) {
                    return false;
                }
                String count = Files.readString(marker, StandardCharsets.UTF_8).strip();
                tried = count.isEmpty() ? 1 : Integer.parseInt(count);
            }
            if (ready() || tried >= MOST_TRAININGS) {
                return false;
            }
            Files.writeString(marker, Integer.toString(tried + 1), StandardCharsets.UTF_8);
            Path partial = partial();
            ProcessBuilder trainer = new ProcessBuilder(trainerCommand(partial)).directory(archive.getParent().toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            OPTION_VARIABLES.forEach(trainer.environment()::remove); // a debugger's agent there is not for the training
            trainer.start();
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // no archive: starts stay as they are
        }
    }
}
