package org.chronoline.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image {@code mvn -Pdist package} makes (target/dist/Chronoline): it runs with nothing
 * but itself (no Java on PATH, no JAVA_HOME), JavaFX is a module there (so no "Unsupported JavaFX
 * configuration"), its start maps Chronoline's classes from the class data sharing archive, and
 * the Linux package installs a menu entry that opens files and makes its own archive. Run by
 * {@code .ci/run}; skipped in a build without {@code -Pdist}.
 */
class AppImageIT {
    private static final Path IMAGE = Path.of("target", "dist", "Chronoline");
    private static final Path LAUNCHER = IMAGE.resolve("bin").resolve("Chronoline");
    /** The image's Java, from its release file: the building Java's, or Java 25 where the building machine has it (pom.xml). */
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTheImage() {
        if (!Files.isExecutable(LAUNCHER)) {
            if (Boolean.getBoolean("chronoline.dist")) {
                fail("-Pdist did not make " + LAUNCHER);
            }
            Assumptions.abort("no app image: build it with mvn -B -Pdist package");
        }
    }

    /** What the launcher says, run with an empty environment but for HOME, and JAVA_TOOL_OPTIONS when given. */
    private static String run(Map<String, String> extra, String... args) throws IOException, InterruptedException {
        return run(LAUNCHER.toAbsolutePath().toString(), Map.of("PATH", "/nonexistent"), extra, args);
    }

    private static String run(String launcher, Map<String, String> environment, Map<String, String> extra, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
        builder.environment().putAll(extra);
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(said).isZero();
        return said;
    }

    /** The version of the Java the image carries. */
    private static String imageJava() throws IOException {
        var release = JAVA_VERSION.matcher(Files.readString(IMAGE.resolve("lib/runtime/release")));
        assertThat(release.find()).isTrue();
        return release.group(1);
    }

    /** Whether the image's Java keeps an ahead-of-time cache (Java 25 and later, as pom.xml makes it) rather than a class data sharing archive. */
    private static boolean aheadOfTimeCache() throws IOException {
        return Runtime.Version.parse(imageJava()).feature() >= 25;
    }

    /** Where the building machine has Temurin's Java 25, the image carries it (pom.xml's java-25-here): the profile took effect. */
    @Test
    void carriesJava25WhereTheBuildingMachineHasIt() throws IOException {
        boolean here = Files.isExecutable(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/jlink"));
        assertThat(Runtime.Version.parse(imageJava()).feature() >= 25).as("Java " + imageJava()).isEqualTo(here || Runtime.version().feature() >= 25);
    }

    /**
     * What Java's class loading log says of Chronoline's main class when it comes from the image's
     * archive: Java 17's archive of the app's classes lies on top of Java's own; Java 25's cache holds both.
     */
    private static String archivedMain() throws IOException {
        return "org\\.chronoline\\.Main source: shared objects file" + (aheadOfTimeCache() ? "\\R" : " \\(top\\)");
    }

    @Test
    void runsWithNoJavaOnThePathAndSaysWhichBuildItIs() throws Exception {
        assertThat(run(Map.of(), "--version"))
                .matches("Chronoline \\S+\\Rbuilt .+; running on Java " + Pattern.quote(imageJava()) + ", JavaFX 21[.0-9]*\\R");
        assertThat(run(Map.of(), "--check", Path.of("data/events.json").toAbsolutePath().toString()))
                .matches("(?s).*data/events.json: ok, \\d+ events, 0 warnings\\R");
    }

    /** The help names the catalogue of messages beside the app, in the reader's language: it had named the project's docs/errors.md. */
    @Test
    void theHelpNamesTheCatalogueOfMessagesBesideTheApp() throws Exception {
        for (String language : List.of("en", "de")) {
            Path catalogue = IMAGE.resolve("lib/app/docs").resolve(language.equals("en") ? "errors.md" : "errors." + language + ".md");
            // (A path longer than the help's 80 columns, in a deep build folder, is wrapped onto the next line.)
            String help = run(Map.of(), "--lang", language, "--help").replaceAll("\\R", "");

            assertThat(catalogue).isRegularFile();
            assertThat(List.of(catalogue.toAbsolutePath().toString(), catalogue.toRealPath().toString())).as(help).anyMatch(help::contains);
        }
    }

    @Test
    void drawsWithJavaFxAsAModuleAndSaysNothingAboutItsConfiguration() throws Exception {
        Path png = dir.resolve("timeline.png");
        String said = run(Map.of(), "--export-png", Path.of("data/events.json").toAbsolutePath().toString(), "--out", png.toString());

        assertThat(said).startsWith(png + ": 1600 x ").doesNotContain("Unsupported JavaFX configuration", "WARNING", "Exception");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void startsItsJavaWithTheCompilerThresholdsOfTheJar() throws Exception {
        String flags = run(Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal"), "--version");

        assertThat(flags).containsPattern("Tier4InvocationThreshold\\s+= 15000\\s+\\{product\\} \\{command line\\}")
                .containsPattern("Tier4BackEdgeThreshold\\s+= 120000\\s")
                .containsPattern("UseParallelGC\\s+= true\\s+\\{product\\} \\{command line\\}");
    }

    @Test
    void startsWithTheUsersOwnCollectorWhenTheirOptionsChooseOne() throws Exception {
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            String flags = run(Map.of(variable, "-XX:+UseSerialGC -XX:+PrintFlagsFinal"), "--version");

            assertThat(flags).as(variable).containsPattern("UseSerialGC\\s+= true\\s").containsPattern("UseParallelGC\\s+= false\\s")
                    .contains("Chronoline ");
        }
    }

    @Test
    void startsFromItsClassDataSharingArchive() throws Exception {
        assertThat(IMAGE.resolve("lib/app/chronoline.jsa")).exists();

        String loading = run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"), "--version");

        assertThat(loading).as("Chronoline's classes come from the archive, mapped, not read from the jar").containsPattern(archivedMain());

        // A window's start reads the user's settings; on Linux from an XML file, whose reader is in the archive too.
        // (The settings written as Java keeps them, in a folder of this test's own.)
        Path node = Files.createDirectories(dir.resolve("prefs/.java/.userPrefs/org/chronoline/it"));
        Files.writeString(node.resolve("prefs.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <map MAP_XML_VERSION="1.0">
                  <entry key="theme" value="light"/>
                </map>
                """);
        String window = run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info -Dchronoline.exitAfterFirstFrame=true -Dchronoline.prefs=it"
                + " -Djava.util.prefs.userRoot=" + dir.resolve("prefs") + " -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"));
        assertThat(window).contains("chronoline-first-frame-ms=").contains("java.util.prefs.XmlSupport source: shared objects file",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderImpl source: shared objects file");
    }

    /**
     * A window's start says nothing of its own: Java 25 warns on the error stream when JavaFX loads its
     * native libraries or its renderer uses sun.misc.Unsafe, unless the launcher allows them.
     */
    @Test
    void startsAWindowWithoutWarnings() throws Exception {
        String said = run(Map.of("JAVA_TOOL_OPTIONS", "-Dchronoline.exitAfterFirstFrame=true -Dchronoline.prefs=it"
                + " -Djava.util.prefs.userRoot=" + dir.resolve("prefs") + " -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"));

        assertThat(said.lines().filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS") && !line.startsWith("chronoline-first-frame")))
                .as(said).isEmpty();
    }

    /**
     * jpackage's own Linux launcher runs {@code rpm -qf} and {@code dpkg -S} on itself, twice, before
     * Java starts (0.15 s here, most of a second on a desktop with thousands of packages); the
     * image's launcher asks no package manager. Here an rpm and a dpkg that only leave a mark stand
     * on the PATH.
     */
    @Test
    void startsWithoutAskingThePackageManagerWhoOwnsIt() throws Exception {
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Path asked = dir.resolve("asked");
        for (String tool : List.of("rpm", "dpkg", "dpkg-query")) {
            Path script = tools.resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho \"" + tool + " $*\" >> '" + asked + "'\nexit 1\n");
            assertThat(script.toFile().setExecutable(true)).isTrue();
        }

        String said = run(LAUNCHER.toAbsolutePath().toString(), Map.of("PATH", tools + ":/usr/bin:/bin"), Map.of(), "--version");

        assertThat(said).startsWith("Chronoline ");
        assertThat(asked).as("commands the launcher ran").doesNotExist();
    }

    /**
     * Started through a link (someone's ~/bin/chronoline) and by a relative path, the launcher
     * still finds the image and its archive, and hands over a file name with spaces, quotes and a
     * dollar sign unchanged.
     */
    @Test
    void startsThroughALinkAndPassesAwkwardFileNamesUnchanged() throws Exception {
        Path awkward = dir.resolve("my \"events\" $HOME 'v2'.json");
        Files.copy(Path.of("data/events.json"), awkward);
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("bin")).resolve("chronoline"), LAUNCHER.toAbsolutePath());

        String throughLink = run(link.toString(), Map.of("PATH", "/nonexistent", "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"), Map.of(),
                "--check", awkward.toString());
        // (With a CDPATH that would make cd print where it went, and a developer's JDK_JAVA_OPTIONS naming an agent this Java lacks.)
        String relative = run(Path.of("").toAbsolutePath().relativize(LAUNCHER.toAbsolutePath()).toString(), Map.of("PATH", "/nonexistent",
                "CDPATH", ".:" + dir, "JDK_JAVA_OPTIONS", "-javaagent:/nonexistent/agent.jar"), Map.of(), "--check", awkward.toString());

        assertThat(throughLink).contains(awkward + ": ok, ").containsPattern(archivedMain());
        assertThat(relative).matches(Pattern.quote(awkward.toString()) + ": ok, \\d+ events, 0 warnings\\R");
    }

    /**
     * JavaFX's native libraries are in the image's Java, loaded from there: left inside its modules, each user's first
     * start copied them into ~/.openjfx/cache and loaded them from there, and where homes are mounted noexec (school
     * computers) the app could not start at all, "No toolkit found" (an installing walk-through).
     */
    @Test
    void loadsJavaFxsNativeLibrariesFromItsOwnJavaNotTheUsersHome() throws Exception {
        assertThat(IMAGE.resolve("lib/runtime/lib/libglass.so")).exists();
        assertThat(IMAGE.resolve("lib/runtime/lib/libprism_sw.so")).exists();
        Path home = Files.createDirectories(dir.resolve("home"));

        String said = run(Map.of("JAVA_TOOL_OPTIONS", "-Duser.home=" + home + " -Djavafx.verbose=true -Dchronoline.exitAfterFirstFrame=true"
                + " -Djava.util.prefs.userRoot=" + home + " -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"));

        assertThat(said).contains("chronoline-first-frame-ms=").doesNotContain("from resource");
        assertThat(home.resolve(".openjfx")).as("nothing copied into the user's home").doesNotExist();
    }

    /**
     * In the C locale (no language set: a service, ssh, env -i), a file named with letters outside ASCII opens, and the
     * image copied to a folder named with one starts; copied, Java 17's archive no longer fits and is passed over in
     * silence, while Java 25's cache still serves. Java had said "Malformed input or input contains unmappable characters", failed to start at all from the folder
     * ("Error loading java.security file"), and put its archive's warning on standard output, before a CSV written there.
     */
    @Test
    void startsInTheCLocaleFromAFolderNamedWithAnAccentAndOpensSuchFiles() throws Exception {
        Path copy = dir.resolve("Chronoline Kopie \u00e4");
        Process copying = new ProcessBuilder("cp", "-a", IMAGE.toString(), copy.toString()).inheritIO().start();
        assertThat(copying.waitFor()).isZero();
        Path file = Files.createDirectories(dir.resolve("Klasse 10b")).resolve("Ereignisse \u00e4 \u00fc \u0436.json");
        Files.copy(Path.of("data/events.json"), file);
        String launcher = copy.resolve("bin/Chronoline").toString();

        String version = run(launcher, Map.of("PATH", "/usr/bin:/bin"), Map.of(), "--version");
        String checked = run(launcher, Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C"), Map.of(), "--check", file.toString());

        assertThat(version).as("nothing but the version on standard output").matches("Chronoline \\S+\\Rbuilt [^\\[]+\\R");
        assertThat(checked).isEqualTo(file + ": ok, 77 events, 0 warnings\n");
        if (aheadOfTimeCache()) {
            assertThat(run(launcher, Map.of("PATH", "/usr/bin:/bin"), Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"), "--version"))
                    .as("the copy still starts from its cache").containsPattern(archivedMain());
        }
    }

    @Test
    void theLinuxPackageOpensTimelinesFromTheMenuAndMakesItsOwnArchive() throws Exception {
        Path deb;
        try (var debs = Files.list(IMAGE.getParent())) {
            deb = debs.filter(p -> p.toString().endsWith(".deb")).findFirst().orElse(null);
        }
        assertThat(deb).as("the .deb beside the image").isNotNull();
        // Installed into a root of the test's own (DPKG_ROOT, as dpkg gives scripts that install elsewhere): the package's
        // files where dpkg would put them, and the scripts run as they are.
        Path root = dir.resolve("root");
        Process extract = new ProcessBuilder("dpkg-deb", "-R", deb.toString(), root.toString()).inheritIO().start();
        assertThat(extract.waitFor()).isZero();
        Path lib = root.resolve("opt/chronoline/lib");

        String desktop = Files.readString(lib.resolve("chronoline-Chronoline.desktop"));
        // No MimeType: naming application/json made Chronoline every .json file's default application under GIO (a walk-through).
        assertThat(desktop).doesNotContainPattern("(?m)^MimeType=").doesNotContain("DESKTOP_MIMES");
        assertThat(lib.resolve("chronoline-Chronoline-MimeInfo.xml")).as("no MIME type of its own").doesNotExist();
        assertThat(desktop).contains("Exec=/opt/chronoline/bin/Chronoline %f", "Categories=Education",
                "Icon=/opt/chronoline/lib/Chronoline.png", "StartupWMClass=" + org.chronoline.app.ChronolineApp.class.getName() + "\n");
        assertThat(Files.readAllBytes(lib.resolve("Chronoline.png"))).as("the menu's icon Chronoline's, not Java's Duke")
                .isEqualTo(Files.readAllBytes(Path.of("icons/chronoline-256.png")));
        assertThat(Files.readString(root.resolve("DEBIAN/control"))).contains("libgtk-3-0");
        assertThat(Files.readString(root.resolve("DEBIAN/postinst")))
                .contains((aheadOfTimeCache() ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + "\"$lib/app/chronoline.jsa.new\"")
                .doesNotContain("@MODULE_OPTIONS@", "@ARCHIVE_MAKE@", "@RUNTIME_OPTIONS@").contains("--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED");
        assertThat(lib.resolve("app/chronoline.jsa")).as("made where it is installed, not shipped").doesNotExist();
        // An earlier install's line in the defaults, in a file that is a link (Ubuntu's is one, to /etc/gnome), with another's.
        Path gnome = Files.createDirectories(root.resolve("etc/gnome")).resolve("defaults.list");
        Files.writeString(gnome, "[Default Applications]\napplication/json=chronoline-Chronoline.desktop\ntext/plain=gedit.desktop\n");
        Path applications = Files.createDirectories(root.resolve("usr/share/applications"));
        Files.createSymbolicLink(applications.resolve("defaults.list"), Path.of("../../../etc/gnome/defaults.list"));
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("mktemp", "rm", "mkdir", "cp", "ln", "sed", "readlink", "grep")) {
            Files.createSymbolicLink(tools.resolve(tool), Path.of("/bin", tool));
        }

        maintainerScript(root, "postinst", "configure", tools);
        assertThat(lib.resolve("app/chronoline.jsa")).as("made by postinst").exists();
        assertThat(Files.size(lib.resolve("app/chronoline.jsa"))).isGreaterThan(1_000_000);
        assertThat(lib.resolve("app/chronoline.jsa.new")).doesNotExist();
        assertThat(applications.resolve("chronoline-Chronoline.desktop")).as("the menu entry").hasContent(desktop);
        assertThat(Files.readSymbolicLink(root.resolve("usr/bin/chronoline"))).as("the command the help names")
                .isEqualTo(Path.of("/opt/chronoline/bin/Chronoline"));
        assertThat(Files.isSymbolicLink(applications.resolve("defaults.list"))).as("the defaults still a link").isTrue();
        assertThat(gnome).as("not every .json file's default application; the others' defaults kept")
                .hasContent("[Default Applications]\ntext/plain=gedit.desktop");

        maintainerScript(root, "prerm", "upgrade", tools);
        maintainerScript(root, "postinst", "abort-upgrade", tools);
        assertThat(applications.resolve("chronoline-Chronoline.desktop")).as("back after an upgrade given up").exists();
        assertThat(root.resolve("usr/bin/chronoline")).isSymbolicLink();

        maintainerScript(root, "prerm", "remove", tools);
        assertThat(applications.resolve("chronoline-Chronoline.desktop")).doesNotExist();
        assertThat(root.resolve("usr/bin/chronoline")).doesNotExist();
        assertThat(lib.resolve("app/chronoline.jsa")).doesNotExist();
    }

    /** Runs one of the package's maintainer scripts as dpkg would, with {@code root} as DPKG_ROOT. */
    private static void maintainerScript(Path root, String name, String argument, Path tools) throws Exception {
        ProcessBuilder running = new ProcessBuilder("/bin/sh", root.resolve("DEBIAN").resolve(name).toString(), argument).redirectErrorStream(true);
        running.environment().put("PATH", tools.toString());
        running.environment().put("DPKG_ROOT", root.toString());
        Process process = running.start();
        process.getOutputStream().close();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(said).isZero();
    }
}
