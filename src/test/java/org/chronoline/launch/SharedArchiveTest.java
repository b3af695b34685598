package org.chronoline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's start with an archive of its classes: the second Java's command, when a start may hand
 * over to one, which arguments open a window, and the training run that makes the archive.
 */
class SharedArchiveTest {
    private static final Path JAVA = SharedArchive.thisJava();

    @TempDir
    Path folder;

    private List<Path> modules() throws IOException {
        Path cache = Files.createDirectories(folder.resolve("cache").resolve("javafx-0123abcd"));
        return List.of(Files.writeString(cache.resolve("javafx-base.jar"), "base"), Files.writeString(cache.resolve("javafx-controls.jar"), "c"),
                Files.writeString(cache.resolve("javafx-graphics.jar"), "graphics"));
    }

    private Path jar() throws IOException {
        return Files.writeString(folder.resolve("my chronoline.jar"), "a jar");
    }

    private SharedArchive archive(List<String> options) throws IOException {
        return new SharedArchive(JAVA, () -> options, () -> true, jar(), modules());
    }

    @Test
    void theSecondJavaKeepsTheStartsOptionsAndArgumentsAndAddsTheArchiveAndJavaFxAsModules() throws IOException {
        SharedArchive shared = archive(List.of("-Xmx3g", "-Dchronoline.lang=de"));
        Path handshake = folder.resolve("began");

        List<String> command = shared.startCommand(JarStart.MAIN, new String[] {"my events.json", "--lang", "fr"}, handshake);

        // (What the Java running the test asks for: on Java 25 and later an ahead-of-time cache, and JavaFX's allowances from 24.)
        int feature = Runtime.version().feature();
        List<String> quiet = SharedArchive.aheadOfTimeCache(feature) ? List.of("-Xlog:cds*=off", "-Xlog:aot*=off") : List.of("-Xlog:cds*=off");
        List<String> archive = SharedArchive.aheadOfTimeCache(feature) ? List.of("-XX:AOTCache=" + shared.archive())
                : List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + shared.archive());
        assertThat(command.get(0)).isEqualTo(JAVA.toString());
        assertThat(command.subList(1, 1 + quiet.size())).isEqualTo(quiet);
        int options = 1 + quiet.size() + JarStart.COMPILER_OPTIONS.size();
        assertThat(command.subList(1 + quiet.size(), options)).as("the compiler's thresholds, before the user's options")
                .isEqualTo(JarStart.COMPILER_OPTIONS);
        assertThat(command.get(options)).as("the collector, before the user's options").isEqualTo(JarStart.COLLECTOR);
        options++;
        List<String> allowances = JarStart.javaFxAllowances(feature);
        assertThat(command.subList(options, options + allowances.size())).as("before the user's options, which win").isEqualTo(allowances);
        options += allowances.size();
        List<String> rest = new java.util.ArrayList<>(List.of("-Xmx3g", "-Dchronoline.lang=de"));
        rest.addAll(archive);
        rest.add("-Dchronoline.handshake=" + handshake);
        assertThat(command.subList(options, options + rest.size())).isEqualTo(rest);
        assertThat(shared.archive().getParent()).as("beside the modules it was made with").isEqualTo(modules().get(0).getParent());
        assertThat(shared.archive().getFileName().toString()).matches("chronoline-[0-9a-f]{8}\\.jsa");
        String modulePath = String.join(java.io.File.pathSeparator, modules().stream().map(Path::toString).toList());
        assertThat(command).containsSubsequence("--module-path", modulePath, "--add-modules", "javafx.controls");
        assertThat(command).contains("--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED");
        assertThat(command.stream().filter(o -> o.startsWith("--add-exports=") || o.startsWith("--add-opens=")))
                .hasSize(JarStart.EXPORTS.size() + JarStart.OPENS.size());
        assertThat(command.subList(command.size() - 6, command.size())).containsExactly("-cp", jar().toString(), JarStart.MAIN,
                "my events.json", "--lang", "fr");
    }

    @Test
    void withTieredCompilationTurnedOffTheSecondJavaKeepsTheOptimisingCompilersOwnThresholds() throws IOException {
        for (String off : List.of("-XX:-TieredCompilation", "-XX:CompilationMode=high-only")) {
            List<String> command = archive(List.of(off)).startCommand(JarStart.MAIN, new String[0], folder.resolve("began"));

            assertThat(command).as(off).contains(off).doesNotContainAnyElementsOf(JarStart.COMPILER_OPTIONS);
        }
    }

    @Test
    void whenTheUsersOptionsChooseACollectorTheSecondJavaIsGivenNoOther() throws IOException {
        for (String own : List.of("-XX:+UseSerialGC", "-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseZGC", "-XX:+UseShenandoahGC")) {
            List<String> command = archive(List.of("-Xmx1g", own)).startCommand(JarStart.MAIN, new String[0], folder.resolve("began"));

            assertThat(command).as(own).containsOnlyOnce(own);
            assertThat(command.stream().filter(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))).as(own).containsExactly(own);
        }
        for (String file : List.of("-XX:Flags=/home/me/.hotspotrc", "-XX:VMOptionsFile=/home/me/java.options")) {
            assertThat(archive(List.of(file)).startCommand(JarStart.MAIN, new String[0], folder.resolve("began")))
                    .as("options in a file may choose one").doesNotContain(JarStart.COLLECTOR);
        }
        List<String> turnedOff = archive(List.of("-XX:-UseParallelGC")).startCommand(JarStart.MAIN, new String[0], folder.resolve("began"));
        assertThat(turnedOff).as("an option that turns a collector off chooses none; the user's comes later and wins")
                .containsSubsequence(JarStart.COLLECTOR, "-XX:-UseParallelGC");
    }

    /** A second Java that ends before Chronoline began (here: no Chronoline in the jar) gives the start back, and its archive goes. */
    @Test
    void aSecondJavaThatFailsBeforeChronolineBeginsGivesTheStartBackAndItsArchiveGoes() throws IOException {
        SharedArchive shared = archive(List.of());
        Files.writeString(shared.archive(), "an archive");
        assertThat(shared.ready()).isTrue();

        Integer code = shared.start(JarStart.MAIN, new String[0]);

        assertThat(code).as("started here instead").isNull();
        assertThat(shared.archive()).doesNotExist();
        try (var left = Files.list(shared.archive().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".started-"));
        }
    }

    @Test
    void aStartADebuggerOrItsOwnArchiveIsAttachedToStaysInOneJava() throws IOException {
        assertThat(archive(List.of("-Xmx1g", "-Dx=y", "-Xlog:class+load=info")).canStartAnotherJava()).isTrue();
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/tmp/agent.jar",
                "-Xshare:off", "-XX:SharedArchiveFile=/tmp/mine.jsa", "-XX:ArchiveClassesAtExit=/tmp/x.jsa", "--module-path=/opt/mods",
                "--patch-module=java.base=/tmp/p", "-Dcom.sun.management.jmxremote.port=9010", "-XX:StartFlightRecording=filename=a.jfr",
                "-Xlog:gc:file=gc.log", "-XX:AOTCache=/tmp/mine.aot", "-XX:AOTCacheOutput=/tmp/x.aot", "-XX:AOTMode=record")) {
            assertThat(archive(List.of("-Xmx1g", option)).canStartAnotherJava()).as(option).isFalse();
        }
    }

    /** Java 25 turns its cache away as a whole where the user's options change the module graph: such a start stays in one Java. */
    @Test
    void optionsThatChangeTheModuleGraphKeepJava25sStartInOneJava() throws IOException {
        for (String option : List.of("--add-modules=jdk.jfr", "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED", "-Djava.system.class.loader=my.Loader", "-Djdk.module.validation=false")) {
            assertThat(new SharedArchive(JAVA, () -> List.of("-Xmx1g", option), () -> true, jar(), modules(), true).canStartAnotherJava())
                    .as(option).isFalse();
            assertThat(new SharedArchive(JAVA, () -> List.of("-Xmx1g", option), () -> true, jar(), modules(), false).canStartAnotherJava())
                    .as("Java 17's archive serves: " + option).isTrue();
        }
    }

    @Test
    void javaTwentyFiveKeepsAnAheadOfTimeCache() {
        assertThat(SharedArchive.aheadOfTimeCache(17)).isFalse();
        assertThat(SharedArchive.aheadOfTimeCache(24)).as("Java 24 makes one in two steps; its dynamic archive serves").isFalse();
        assertThat(SharedArchive.aheadOfTimeCache(25)).isTrue();
        assertThat(SharedArchive.aheadOfTimeCache(26)).isTrue();
    }

    @Test
    void aJavaThatWouldIgnoreTheArchiveStaysInOne() throws IOException {
        SharedArchive uncompressed = new SharedArchive(JAVA, () -> List.of("-Xmx40g"), () -> false, jar(), modules());
        assertThat(uncompressed.canStartAnotherJava()).isFalse();
        assertThat(JavaOptions.pointersAsByDefault()).as("this test's Java, started with Java's defaults").isTrue();
        List<String> options = JavaOptions.ofThisJava();
        assertThat(JavaOptions.pointersAsByDefault(options)).as("told without the management interface").isTrue();
        // An option that may change them sends the question to the management interface, which knows this Java's defaults.
        assertThat(JavaOptions.pointersAsByDefault(List.of("-XX:ObjectAlignmentInBytes=8"))).isTrue();
    }

    /** Read without the management interface (this Java is given the jar's export), they are the ones it gives. */
    @Test
    void theOptionsHandedOnAreThisJavasOwn() {
        List<String> fromTheVm = JavaOptions.fromTheVm();
        assertThat(fromTheVm).as("read as the jar's first Java reads them").isNotNull().isNotEmpty();
        assertThat(fromTheVm).isEqualTo(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    @Test
    void anotherJarOtherModulesOrAnotherJavaHaveArchivesOfTheirOwn() throws IOException {
        Path jar = jar();
        List<Path> modules = modules();
        Path home = Path.of(System.getProperty("java.home"));
        String before = SharedArchive.key(home, jar, modules);
        assertThat(SharedArchive.key(home, jar, modules)).isEqualTo(before);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        String upgraded = SharedArchive.key(home, jar, modules);
        assertThat(upgraded).as("the jar replaced by an upgrade").isNotEqualTo(before);

        Files.setLastModifiedTime(modules.get(1), FileTime.fromMillis(Files.getLastModifiedTime(modules.get(1)).toMillis() - 60_000));
        assertThat(SharedArchive.key(home, jar, modules)).as("a module of the cache restored from a backup").isNotEqualTo(upgraded);
        assertThat(SharedArchive.key(Path.of("/opt/other-java"), jar, modules)).isNotEqualTo(SharedArchive.key(home, jar, modules));
    }

    @Test
    void onlyAStartThatOpensAWindowHasTheArchiveMade() throws IOException {
        Path file = Files.writeString(folder.resolve("events.json"), "{}");

        assertThat(JarStart.opensAWindow(new String[0])).isTrue();
        assertThat(JarStart.opensAWindow(new String[] {file.toString()})).isTrue();
        assertThat(JarStart.opensAWindow(new String[] {"--lang", "de", file.toString()})).isTrue();
        assertThat(JarStart.opensAWindow(new String[] {"--lang=pl"})).isTrue();
        assertThat(JarStart.opensAWindow(new String[] {"--version"})).isFalse();
        assertThat(JarStart.opensAWindow(new String[] {"--lang"})).as("a language not given: as Chronoline's main reads it, a command").isFalse();
        assertThat(JarStart.opensAWindow(new String[] {"--check", file.toString()})).isFalse();
        assertThat(JarStart.opensAWindow(new String[] {"export-png", file.toString()})).isFalse();
        assertThat(JarStart.opensAWindow(new String[] {folder.resolve("missing.json").toString()})).isFalse();
        assertThat(JarStart.opensAWindow(new String[] {"bad\u0000name"})).isFalse();
    }

    /** A real Java makes a small archive; an archive unused for a month and the training marker go, nothing partial stays. */
    @Test
    void aTrainingRunThatFinishesWellPutsItsArchiveInPlaceAndSweepsTheOldOne() throws IOException {
        SharedArchive shared = archive(List.of());
        Path old = Files.writeString(shared.archive().resolveSibling("chronoline-00000000.jsa"), "an earlier jar's, unused for 31 days");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 31L * 86_400_000L));
        Path recent = Files.writeString(shared.archive().resolveSibling("chronoline-11111111.jsa"), "another Java's, used today");
        Path marker = Files.writeString(shared.archive().resolveSibling(shared.archive().getFileName() + ".training"), "");
        Path partial = shared.archive().resolveSibling(".partial-test.jsa");
        assertThat(shared.ready()).isFalse();

        boolean made = ArchiveTraining.made(shared.archive(), partial, List.of(JAVA.toString(), "-XX:ArchiveClassesAtExit=" + partial, "-version"));

        assertThat(made).isTrue();
        assertThat(shared.ready()).isTrue();
        assertThat(Files.isWritable(shared.archive())).as("deletable later, on Windows too").isTrue();
        assertThat(partial).doesNotExist();
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(marker).doesNotExist();
    }

    /** A Java that cannot make an archive is not asked again within the hour, nor more than twice for the same jar. */
    @Test
    void trainingIsNotStartedAgainAndAgain() throws IOException {
        SharedArchive shared = archive(List.of());
        Path marker = shared.archive().resolveSibling(shared.archive().getFileName() + ".training");

        Files.writeString(marker, "1");
        assertThat(shared.train()).as("one started within the hour").isFalse();

        Files.writeString(marker, "2");
        Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000L));
        assertThat(shared.train()).as("two tried already").isFalse();
        assertThat(marker).hasContent("2");
    }

    @Test
    void aTrainingRunThatFailsLeavesNoArchive() throws IOException {
        SharedArchive shared = archive(List.of());
        Path partial = shared.archive().resolveSibling(".partial-test.jsa");

        boolean made = ArchiveTraining.made(shared.archive(), partial,
                List.of(JAVA.toString(), "-XX:ArchiveClassesAtExit=" + partial, "-cp", folder.toString(), "NoSuchClass"));

        assertThat(made).isFalse();
        assertThat(shared.ready()).isFalse();
        assertThat(partial).doesNotExist();
    }
}
