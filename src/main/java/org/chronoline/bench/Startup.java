package org.chronoline.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chronoline.launch.ArchiveTraining;
import org.chronoline.launch.ModuleJars;

/**
 * Startup, from process start to the first painted frame, of the floor ({@link StartupFloor}: a
 * bare JavaFX window with a canvas, JavaFX on the module path), of the floor with the least a
 * window with controls has ("controls"), of {@code java -jar target/chronoline.jar} and of the app
 * image ({@code target/dist/Chronoline}, when built with {@code -Pdist}) started as a user starts
 * them: no file named, in a folder of their own (no project {@code data/} beside them), so they open
 * the bundled timeline inside Chronoline.
 * Runs are interleaved, round after round, because this machine's speed changes from hour to hour;
 * each is reported as a median and as a ratio to the floor of the same rounds. All run headless
 * (Monocle, software rendering), with the same JavaFX. Given a large timeline too, the jar's and the
 * image's starts on it ("jar-large", "image-large") are measured in the same rounds: a cold start
 * that reads, checks and indexes the whole file before its first frame.
 */
final class Startup {
    private static final String MARK = "chronoline-first-frame-ms=";
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
            "-Dchronoline.prefs=bench");

    /** One program's startups: wall-clock milliseconds from starting the process to the first frame. */
    record Runs(String name, List<Long> millis) {
        long median() {
            List<Long> sorted = millis.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    private Startup() {
    }

    /**
     * {@code rounds} interleaved rounds; programs that cannot run here (no jar, no image) are left out.
     * With {@code large} (may be null), also the jar's and the image's starts on that file.
     */
    static List<Runs> measure(int rounds, Path large) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of("target", "chronoline.jar").toAbsolutePath();
        Path image = Path.of("target", "dist", "Chronoline", "bin", "Chronoline").toAbsolutePath();
        Map<String, List<String>> programs = new LinkedHashMap<>();
        if (!Files.exists(jar)) {
            return List.of();
        }
        List<String> floor = new ArrayList<>(List.of(java));
        floor.addAll(HEADLESS);
        // JavaFX as modules, as the jar starts it (the modules it carries, as it takes them out).
        List<Path> javafx = ModuleJars.extracted(jar);
        if (!javafx.isEmpty()) {
            floor.addAll(List.of("--module-path", javafx.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                    "--add-modules", "javafx.controls"));
        }
        floor.addAll(List.of("-cp", jar.toString(), StartupFloor.class.getName()));
        programs.put("floor", floor);
        List<String> withControls = new ArrayList<>(floor);
        withControls.add(1, "-Dfloor.controls=true");
        programs.put("controls", withControls);
        // The jar's first start, before it has an archive of its classes, and every start after (see launch.SharedArchive).
        List<String> first = new ArrayList<>(List.of(java, "-Dchronoline.exitAfterFirstFrame=true", "-Dchronoline.sharedArchive=false"));
        first.addAll(HEADLESS);
        first.addAll(List.of("-jar", jar.toString()));
        programs.put("jar-first", first);
        if (ArchiveTraining.makeFor(jar)) {
            List<String> app = new ArrayList<>(List.of(java, "-Dchronoline.exitAfterFirstFrame=true"));
            app.addAll(HEADLESS);
            app.addAll(List.of("-jar", jar.toString()));
            programs.put("jar", app);
            if (large != null) {
                List<String> onLarge = new ArrayList<>(app);
                onLarge.add(large.toAbsolutePath().toString());
                programs.put("jar-large", onLarge);
            }
        }
        if (Files.isExecutable(image)) {
            programs.put("image", List.of(image.toString()));
            if (large != null) {
                programs.put("image-large", List.of(image.toString(), large.toAbsolutePath().toString()));
            }
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        programs.keySet().forEach(name -> times.put(name, new ArrayList<>()));
        // Where a user's double-click starts them: not the project folder, whose data/events.json a start would open instead.
        Path away = Files.createTempDirectory("chronoline-start");
        try {
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, List<String>> program : programs.entrySet()) {
                    Long millis = firstFrame(program.getValue(), program.getKey().startsWith("image"), away);
                    if (millis != null) {
                        times.get(program.getKey()).add(millis);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(away);
        }
        List<Runs> runs = new ArrayList<>();
        times.forEach((name, millis) -> {
            if (!millis.isEmpty()) {
                runs.add(new Runs(name, millis));
            }
        });
        return runs;
    }

    /** Starts the program and waits for its first frame; null when it never says so. */
    private static Long firstFrame(List<String> command, boolean launcher, Path folder) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        if (launcher) {
            // The app image's launcher takes its own options; these come through the environment.
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Dchronoline.exitAfterFirstFrame=true " + String.join(" ", HEADLESS));
        }
        long start = System.nanoTime();
        Process process = builder.start();
        Long millis = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(MARK) && millis == null) {
                    millis = (System.nanoTime() - start) / 1_000_000;
                }
            }
        }
        process.waitFor();
        return millis;
    }

    /**
     * {@code Startup [ROUNDS [LARGE_FILE]]}: prints each program's median and its ratio to the floor.
     * A large file can be made with {@link SyntheticTimeline}.
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<Runs> runs = measure(rounds, args.length > 1 ? Path.of(args[1]) : null);
        long floor = runs.isEmpty() ? 0 : runs.get(0).median();
        for (Runs r : runs) {
            System.out.printf("%-11s median %5d ms  (%.2fx the floor)  runs %s%n", r.name(), r.median(), r.median() / (double) floor, r.millis());
        }
    }
}
