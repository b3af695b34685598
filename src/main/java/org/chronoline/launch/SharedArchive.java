package org.chronoline.launch;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** Options that a second Java must not be given again: a debugger's port is taken, an archive is the user's. */
    private static final List<String> ONE_PROCESS_ONLY = List.of("-agentlib:", "-agentpath:", "-javaagent:", "-Xdebug", "-Xrunjdwp",
            "-Xshare:", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:-UseSharedSpaces", "--module-path", "--upgrade-module-path",
            "--patch-module", "--limit-modules");

    private final Path java;
    private final Supplier<List<String>> javaOptions;
    private final Path jar;
    private final List<Path> modules;
    private final Path archive;

    /** @param javaOptions the options this Java was started with, asked for only when a second Java starts */
    SharedArchive(Path java, Supplier<List<String>> javaOptions, Path jar, List<Path> modules) {
        this.java = java;
        this.javaOptions = javaOptions;
        this.jar = jar;
        this.modules = List.copyOf(modules);
        this.archive = modules.get(0).resolveSibling("chronoline-" + key(java, jar) + ".jsa");
    }

    /** For the Java running now, with the options it was started with. */
    static SharedArchive forThisJava(Path jar, List<Path> modules) {
        return new SharedArchive(thisJava(), () -> givenOnTheCommandLine(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getenv()), jar, modules);
    }

    /**
     * The options less those that came from the environment (JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS):
     * the second Java finds those there itself, and would otherwise have them twice.
     */
    static List<String> givenOnTheCommandLine(List<String> options, Map<String, String> environment) {
        List<String> given = new ArrayList<>(options);
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            String value = environment.get(variable);
            if (value != null) {
                for (String option : value.trim().split("\\s+")) {
                    given.remove(option);
                }
            }
        }
        return given;
    }

    /** The java (or javaw) program running now, so that a window started without a console starts another without one. */
    static Path thisJava() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java"));
    }

    /** A checksum of the jar (where it is, its size and time) and of the Java (its program, version and system). */
    static String key(Path java, Path jar) {
        CRC32 crc = new CRC32();
        String jarStamp;
        try {
            jarStamp = jar.toAbsolutePath() + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            jarStamp = jar.toAbsolutePath().toString();
        }
        String javaStamp = java.toAbsolutePath() + ":" + System.getProperty("java.vm.version") + ":" + System.getProperty("os.arch");
        crc.update((jarStamp + "\n" + javaStamp).getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    Path archive() {
        return archive;
    }

    /** Whether an archive made by a finished training run is there to start with. */
    boolean ready() {
        try {
            return Files.isRegularFile(archive) && Files.size(archive) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this start's options can be handed to a second Java as they are. */
    boolean canStartAnotherJava() {
        return javaOptions.get().stream().noneMatch(option -> ONE_PROCESS_ONLY.stream().anyMatch(option::startsWith));
    }

    /** The second Java's command: this start's options, the archive, JavaFX as modules, Chronoline and the arguments. */
    List<String> startCommand(String main, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(javaOptions.get());
        command.add("-Xshare:auto");
        command.add("-XX:SharedArchiveFile=" + archive);
        command.addAll(classesOptions(main));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The training run: opens the bundled timeline headless, paints it once and exits, archiving
     * the classes it loaded into {@code partial}, with the same module path and class path as the
     * starts that will use it (an archive made for other paths is turned away).
     */
    List<String> trainingCommand(Path partial) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + partial, "-Dchronoline.exitAfterFirstFrame=true", "-Dchronoline.prefs=training",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
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

    /** Runs Chronoline in a second Java with the archive and returns its exit code; null when it could not be started. */
    Integer start(String main, String[] args) {
        Process process;
        try {
            process = new ProcessBuilder(startCommand(main, args)).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        // Asked to stop (kill, a logout), this process asks Chronoline to stop too, where that is a request
        // (SIGTERM) and not, as on Windows, a kill: there Chronoline hears the console's or the session's end itself.
        Thread stop = new Thread(process::destroy, "chronoline-stop");
        if (process.supportsNormalTermination()) {
            Runtime.getRuntime().addShutdownHook(stop);
        }
        while (true) {
            try {
                int code = process.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException | IllegalArgumentException notThere) {
                    // on the way out already, or never added
                }
                return code;
            } catch (InterruptedException e) {
                // waits on: Chronoline is running
            }
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

    private Path partial() {
        return archive.resolveSibling(".partial-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".jsa");
    }

    /** Starts the trainer now, its output discarded; false when it was not started. */
    boolean train() {
        Path marker = archive.resolveSibling(archive.getFileName() + ".training");
        try {
            if (ready() || (Files.exists(marker)
                    && Files.getLastModifiedTime(marker).toMillis() > System.currentTimeMillis() - 3_600_000L)) {
                return false;
            }
            Files.write(marker, new byte[0]);
            Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis()));
            Path partial = partial();
            new ProcessBuilder(trainerCommand(partial)).directory(archive.getParent().toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // no archive: starts stay as they are
        }
    }
}
