package org.chronoline.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.prefs.Preferences;
import org.chronoline.launch.ModuleJars;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The jar a user downloads for their computer: each carries JavaFX's modules for its system (their
 * native libraries built for its processor, none of another system's, and the headless platform
 * inside javafx.graphics), and starts Chronoline with them as modules, with nothing to warn about.
 */
class PlatformJarsIT {
    private static final Path TARGET = Path.of("target");
    /** The caches and data folders the jars' starts fill, removed after each test (they had piled up in /tmp, 7 MB to 30 MB a test). */
    @org.junit.jupiter.api.io.TempDir
    Path temporary;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "windows,             glass.dll,         win,  PE,    x86-64",
        "macos-intel,         libglass.dylib,    mac,  MACHO, x86-64",
        "macos-apple-silicon, libglass.dylib,    mac,  MACHO, arm64",
        "linux,               libglassgtk3.so,   gtk,  ELF,   x86-64",
        "linux-arm64,         libglassgtk3.so,   gtk,  ELF,   arm64"})
    void eachSystemsJarCarriesItsOwnNativesForItsProcessor(String system, String glass, String glassPackage, String format, String cpu)
            throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("chronoline-" + system + ".jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.chronoline.launch.JarStart");
            assertThat(jar.getEntry("org/chronoline/Main.class")).isNotNull();
            assertThat(jar.getEntry("org/chronoline/web/viewer.js")).as("the web viewer").isNotNull();
            assertThat(jar.getEntry("org/chronoline/data/events.json")).as("the bundled timeline").isNotNull();
            assertThat(jar.stream().filter(e -> e.getName().startsWith("javafx/") && e.getName().endsWith(".jar")).map(ZipEntry::getName))
                    .as("JavaFX travels as its modules, not as loose classes, and the launcher looks up each by name")
                    .containsExactlyInAnyOrderElementsOf(ModuleJars.MODULES.stream().map(m -> "javafx/" + m).toList());
            assertThat(jar.getEntry("javafx/scene/Node.class")).isNull();
            assertThat(jar.getEntry("com/sun/glass/ui/monocle/MonoclePlatformFactory.class")).as("Monocle lives in javafx.graphics").isNull();
            try (JarInputStream graphics = new JarInputStream(jar.getInputStream(jar.getEntry("javafx/javafx-graphics.jar")))) {
                List<String> natives = new ArrayList<>();
                boolean module = false;
                boolean monocle = false;
                boolean glassOfItsSystem = false;
                String processor = null;
                for (JarEntry entry = graphics.getNextJarEntry(); entry != null; entry = graphics.getNextJarEntry()) {
                    String name = entry.getName();
                    module |= name.equals("module-info.class");
                    monocle |= name.equals("com/sun/glass/ui/monocle/MonoclePlatformFactory.class");
                    glassOfItsSystem |= name.startsWith("com/sun/glass/ui/" + glassPackage + "/");
                    if (name.matches("[^/]+\\.(dll|so|dylib)")) {
                        natives.add(name);
                    }
                    if (name.equals(glass)) {
                        processor = processorOf(graphics.readNBytes(4096), format);
                    }
                }
                assertThat(module).as("javafx.graphics is a module").isTrue();
                assertThat(monocle).as("the headless platform the command line draws with").isTrue();
                assertThat(glassOfItsSystem).isTrue();
                assertThat(processor).as(glass).isEqualTo(cpu);
                String own = switch (format) {
                    case "PE" -> ".dll";
                    case "MACHO" -> ".dylib";
                    default -> ".so";
                };
                assertThat(natives).isNotEmpty().allSatisfy(n -> assertThat(n).endsWith(own));
            }
        }
    }

    @Test
    void thisSystemsJarStartsAndReadsTheBundledTimeline() throws Exception {
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dchronoline.cache=" + Files.createTempDirectory(temporary, "chronoline-cache"), "-jar", TARGET.resolve("chronoline.jar").toString(),
                "--check", "data/events.json").redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(said).isZero();
        assertThat(said).matches("(?s)data/events.json: ok, \\d+ events, 0 warnings\\R");
    }

    @Test
    void theJarStartsJavaFxAsModulesSoItHasNothingToWarnAbout() throws Exception {
        // Drawing a picture starts JavaFX (headless); from a plain class path it would warn "Unsupported JavaFX configuration".
        Path cache = Files.createTempDirectory(temporary, "chronoline-cache");
        Path picture = cache.resolve("out.png");
        for (int run = 0; run < 2; run++) { // the first run takes the modules out into the cache, the second finds them there
            Files.deleteIfExists(picture);
            Process export = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dchronoline.cache=" + cache,
                    "-jar", TARGET.resolve("chronoline.jar").toString(), "export-png", "data/events.json", "--out", picture.toString(),
                    "--width", "800").redirectErrorStream(true).start();
            String said = new String(export.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(export.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(export.exitValue()).as(said).isZero();
            assertThat(said).doesNotContain("Unsupported JavaFX configuration").doesNotContain("WARNING");
            assertThat(Files.size(picture)).isGreaterThan(10_000);
        }
        try (var inCache = Files.list(cache)) {
            assertThat(inCache.map(p -> p.getFileName().toString()).filter(n -> !n.equals("out.png") && !n.equals(".lock")).toList())
                    .as("one folder of modules, nothing half-filled").hasSize(1).allMatch(n -> n.matches("javafx-[0-9a-f]{8}"));
        }

        // --version names the JavaFX it runs on (read from javafx.base, a module of the layer).
        Process version = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dchronoline.cache=" + cache,
                "-jar", TARGET.resolve("chronoline.jar").toString(), "--version").redirectErrorStream(true).start();
        String said = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(said).contains("JavaFX 21.").doesNotContain("JavaFX unknown");
    }

    /**
     * After a window has opened, the jar has an archive of its classes made (a training run of its
     * own); later windows' starts run Chronoline in a second Java that maps them; commands stay in
     * one Java; a second Java that cannot start gives the start back to the first.
     */
    @Test
    void aWindowsStartHasAnArchiveMadeThatLaterStartsUse() throws Exception {
        Path cache = Files.createTempDirectory(temporary, "chronoline-cache");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process window = new ProcessBuilder(java, "-Dchronoline.cache=" + cache, "-Dchronoline.archiveDelayMillis=0", "-Dchronoline.prefs=test",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-jar", TARGET.resolve("chronoline.jar").toString(),
                "data/events.json").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        Path archive = null;
        try {
            for (int waited = 0; archive == null && waited < 240; waited++) {
                Thread.sleep(500);
                try (var files = Files.walk(cache)) {
                    archive = files.filter(p -> p.getFileName().toString().matches("chronoline-[0-9a-f]{8}\\.jsa")).findFirst().orElse(null);
                }
            }
        } finally {
            window.destroy();
            window.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(archive).as("the archive made after the window opened").isNotNull();
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);

        List<String> windowStart = List.of(java, "-Dchronoline.cache=" + cache, "-Dchronoline.exitAfterFirstFrame=true", "-Dchronoline.prefs=test",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-jar", TARGET.resolve("chronoline.jar").toString(),
                "data/events.json");
        Run withArchive = run(windowStart, "-Xlog:class+load=info");
        assertThat(withArchive.exitCode()).as(withArchive.said()).isZero();
        // (On Java 25 and later the test's own Java makes a cache, which holds Java's classes and the app's together.)
        boolean aheadOfTime = Runtime.version().feature() >= 25;
        assertThat(withArchive.said()).containsPattern("org\\.chronoline\\.Main source: shared objects file" + (aheadOfTime ? "\\R" : " \\(top\\)"))
                .contains("chronoline-first-frame-ms=").doesNotContain("[warning]", "WARNING", "Unsupported JavaFX configuration");
        assertThat(withArchive.said().split("Picked up JAVA_TOOL_OPTIONS", -1)).as("the options taken in once, not again by the second Java")
                .hasSize(2);
        // The first Java knows its options and pointers without Java's management interface (25-30 ms to load), and so does the
        // first frame's mark: neither Java loads it.
        assertThat(withArchive.said()).doesNotContain("java.lang.management.ManagementFactory source");

        // The second Java collects with the parallel collector, unless the user's options choose one (with two Java would not start).
        Run parallel = run(windowStart, "-XX:+PrintFlagsFinal");
        assertThat(parallel.said()).containsPattern("UseParallelGC\\s+= true\\s+\\{product\\} \\{command line\\}")
                .contains("chronoline-first-frame-ms=");
        Run serial = run(windowStart, "-XX:+UseSerialGC -XX:+PrintFlagsFinal");
        assertThat(serial.exitCode()).as(serial.said()).isZero();
        assertThat(serial.said()).as("the second Java, with the archive and the user's collector")
                .containsPattern((aheadOfTime ? "AOTCache" : "SharedArchiveFile") + "\\s+= \\S*chronoline-[0-9a-f]{8}\\.jsa").contains("chronoline-first-frame-ms=")
                .doesNotContainPattern("UseParallelGC\\s+= true");
        assertThat(serial.said().split("UseSerialGC\\s+= true", -1)).as("both Javas with the user's collector").hasSize(3);

        // A Java without compressed pointers would ignore the archive (made with them) without a word: it stays in one Java.
        Run uncompressed = run(windowStart, "-Xlog:class+load=info -XX:-UseCompressedOops");
        assertThat(uncompressed.exitCode()).as(uncompressed.said()).isZero();
        assertThat(uncompressed.said()).contains("chronoline-first-frame-ms=");
        assertThat(uncompressed.said().split("java\\.lang\\.Object source:", -1)).as("one Java started, not two").hasSize(2);
        Run aligned = run(windowStart, "-Xlog:class+load=info -XX:ObjectAlignmentInBytes=16");
        assertThat(aligned.exitCode()).as(aligned.said()).isZero();
        assertThat(aligned.said()).contains("chronoline-first-frame-ms=");
        assertThat(aligned.said().split("java\\.lang\\.Object source:", -1)).as("one Java started, not two").hasSize(2);

        // A command stays in one Java: its output is the same, with or without the archive.
        List<String> check = List.of(java, "-Dchronoline.cache=" + cache, "-jar", TARGET.resolve("chronoline.jar").toString(), "--check",
                "data/events.json");
        List<String> checkInOneJava = new ArrayList<>(check);
        checkInOneJava.add(1, "-Dchronoline.sharedArchive=false");
        assertThat(run(check, null)).isEqualTo(run(checkInOneJava, null));

        // Modules in the cache damaged at full length (same size and time): the second Java cannot start; the jar
        // starts in one Java instead, repairing them, and sets the archive aside.
        Path base = archive.resolveSibling("javafx-base.jar");
        FileTime stamp = Files.getLastModifiedTime(base);
        Files.write(base, new byte[(int) Files.size(base)]);
        Files.setLastModifiedTime(base, stamp);
        Run repaired = run(windowStart, null);
        assertThat(repaired.exitCode()).as(repaired.said()).isZero();
        assertThat(repaired.said()).contains("chronoline-first-frame-ms=");
        assertThat(archive).as("set aside").doesNotExist();
    }

    /** The language chosen in an earlier session is the window's from its first frame; --lang wins over it. */
    @Test
    void aWindowsStartSpeaksTheLanguageChosenInAnEarlierSession() throws Exception {
        String node = "it-language-" + ProcessHandle.current().pid();
        Preferences remembered = Preferences.userRoot().node("org/chronoline/" + node);
        remembered.put("language", "de");
        remembered.flush();
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // (In one Java: the language is Chronoline's main's to settle, whichever Java runs it.)
            List<String> windowStart = List.of(java, "-Dchronoline.exitAfterFirstFrame=true", "-Dchronoline.prefs=" + node,
                    "-Dchronoline.cache=" + Files.createTempDirectory(temporary, "chronoline-cache"),
                    "-Dchronoline.data=" + Files.createTempDirectory(temporary, "chronoline-data"),
                    "-Dchronoline.sharedArchive=false", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Duser.language=en", "-jar", TARGET.resolve("chronoline.jar").toString(), "data/events.json");
            Run german = run(windowStart, null);
            assertThat(german.exitCode()).as(german.said()).isZero();
            assertThat(german.said()).contains("chronoline-first-frame-status=77 Ereignisse");

            List<String> asked = new ArrayList<>(windowStart);
            asked.addAll(List.of("--lang", "fr"));
            Run french = run(asked, null);
            assertThat(french.exitCode()).as(french.said()).isZero();
            // (the é as whatever this system's console makes of it)
            assertThat(french.said()).containsPattern("chronoline-first-frame-status=77 .v.nements");
        } finally {
            remembered.removeNode();
            Preferences.userRoot().flush();
        }
    }

    /**
     * On Java 25 (where this machine has Temurin's, as pom.xml's java-25-here looks for it), the
     * jar's later starts map an ahead-of-time cache, and a window's start says nothing of its own, neither in the jar's first Java (before it has an
     * archive: JavaFX in the jar's own module layer) nor in the second (JavaFX a module of the boot
     * layer): Java 24 and later warn on the error stream when JavaFX loads its native libraries or
     * its renderer uses sun.misc.Unsafe, unless they are allowed.
     */
    @Test
    void onJava25AWindowsStartSaysNothingOfJavaFxsNativeLibrariesOrRenderer() throws Exception {
        Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        Assumptions.assumeTrue(Files.isExecutable(java25), "no Java 25 here");
        Path cache = Files.createTempDirectory(temporary, "chronoline-cache");
        List<String> windowStart = List.of(java25.toString(), "-Dchronoline.cache=" + cache, "-Dchronoline.exitAfterFirstFrame=true",
                "-Dchronoline.prefs=test", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-jar",
                TARGET.resolve("chronoline.jar").toString(), "data/events.json");

        Run first = run(windowStart, null);
        assertThat(first.exitCode()).as(first.said()).isZero();
        assertThat(first.said()).startsWith("chronoline-first-frame-ms=").doesNotContain("WARNING");

        Process training = new ProcessBuilder(java25.toString(), "-Dchronoline.cache=" + cache, "-Dchronoline.archiveDelayMillis=0",
                "-Dchronoline.prefs=test", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-jar",
                TARGET.resolve("chronoline.jar").toString(), "data/events.json").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(true).start();
        boolean archived = false;
        try {
            for (int waited = 0; !archived && waited < 240; waited++) {
                Thread.sleep(500);
                try (var files = Files.walk(cache)) {
                    archived = files.anyMatch(p -> p.getFileName().toString().matches("chronoline-[0-9a-f]{8}\\.jsa"));
                }
            }
        } finally {
            training.destroy();
            training.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(archived).as("an archive made for Java 25").isTrue();

        // Java 25's ahead-of-time cache, which holds Java's classes and the app's together (a dynamic archive lies on "top" of Java's).
        Run later = run(windowStart, "-Xlog:class+load=info");
        assertThat(later.exitCode()).as(later.said()).isZero();
        assertThat(later.said()).containsPattern("org\\.chronoline\\.Main source: shared objects file\\R")
                .contains("chronoline-first-frame-ms=").doesNotContain("WARNING", "[warning]");
    }

    private record Run(int exitCode, String said) {
    }

    private static Run run(List<String> command, String javaToolOptions) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (javaToolOptions != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), said);
    }

    /**
     * A jar's window loads JavaFX's native libraries from beside its modules in the cache: nothing
     * is written into the user's home (~/.openjfx, where JavaFX copied them out of its module and
     * compared them at every start), in the first Java and in the second.
     */
    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS) // (there JavaFX keeps its own copies)
    void aJarsWindowLoadsJavaFxsNativeLibrariesFromBesideItsModules() throws Exception {
        Path home = Files.createTempDirectory(temporary, "home");
        Path cache = Files.createTempDirectory(temporary, "chronoline-cache");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Run first = run(List.of(java, "-Duser.home=" + home, "-Dchronoline.cache=" + cache, "-Dchronoline.exitAfterFirstFrame=true",
                "-Dchronoline.sharedArchive=false", "-Dchronoline.prefs=test", "-Djavafx.verbose=true", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-jar", TARGET.resolve("chronoline.jar").toString(), "data/events.json"), null);

        assertThat(first.exitCode()).as(first.said()).isZero();
        assertThat(first.said()).contains("chronoline-first-frame-ms=").containsPattern("Loaded \\S*" + Pattern.quote(cache.getFileName().toString())
                + "\\S*libprism_sw\\.(so|dylib) from relative path");
        assertThat(home.resolve(".openjfx")).as("nothing written into the user's home").doesNotExist();
    }

    @Test
    void aJarThatCannotTakeOutItsModulesSaysSoWithItsOwnExitCode() throws Exception {
        // Neither the cache nor the temporary folder can be written (both lie under a file): the launcher says
        // what to do and exits with 70, not with 1 as for an invalid timeline.
        Path cache = Files.createTempDirectory(temporary, "chronoline-cache");
        Path root = Files.writeString(cache.resolve("not-a-folder"), "x");
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dchronoline.cache=" + root.resolve("sub"),
                "-Djava.io.tmpdir=" + root.resolve("tmp"), "-Duser.language=en", "-jar", TARGET.resolve("chronoline.jar").toString(), "--check",
                "data/events.json").redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(said).isEqualTo(70);
        assertThat(said).contains("Chronoline could not start JavaFX from its jar (").contains("Delete the folder");
    }

    /** The processor a native library is built for, from its header: PE, Mach-O 64 or ELF. */
    private static String processorOf(byte[] header, String format) {
        ByteBuffer bytes = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int machine = switch (format) {
            case "PE" -> bytes.getShort(bytes.getInt(0x3C) + 4) & 0xFFFF;
            case "MACHO" -> {
                assertThat(bytes.getInt(0)).as("64-bit Mach-O").isEqualTo(0xFEEDFACF);
                yield bytes.getInt(4);
            }
            default -> {
                assertThat(header[0] == 0x7F && header[1] == 'E' && header[2] == 'L' && header[3] == 'F').isTrue();
                yield bytes.getShort(18) & 0xFFFF;
            }
        };
        return switch (machine) {
            case 0x8664, 0x01000007, 62 -> "x86-64";
            case 0xAA64, 0x0100000C, 183 -> "arm64";
            default -> "unknown 0x" + Integer.toHexString(machine);
        };
    }
}
