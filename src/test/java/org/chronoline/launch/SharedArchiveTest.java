package org.chronoline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
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
        return new SharedArchive(JAVA, () -> options, jar(), modules());
    }

    @Test
    void theSecondJavaKeepsTheStartsOptionsAndArgumentsAndAddsTheArchiveAndJavaFxAsModules() throws IOException {
        SharedArchive shared = archive(List.of("-Xmx3g", "-Dchronoline.lang=de"));

        List<String> command = shared.startCommand(JarStart.MAIN, new String[] {"my events.json", "--lang", "fr"});

        assertThat(command.get(0)).isEqualTo(JAVA.toString());
        assertThat(command.subList(1, 5)).containsExactly("-Xmx3g", "-Dchronoline.lang=de", "-Xshare:auto",
                "-XX:SharedArchiveFile=" + shared.archive());
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
    void aStartADebuggerOrItsOwnArchiveIsAttachedToStaysInOneJava() throws IOException {
        assertThat(archive(List.of("-Xmx1g", "-Dx=y")).canStartAnotherJava()).isTrue();
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/tmp/agent.jar",
                "-Xshare:off", "-XX:SharedArchiveFile=/tmp/mine.jsa", "-XX:ArchiveClassesAtExit=/tmp/x.jsa", "--module-path=/opt/mods",
                "--patch-module=java.base=/tmp/p")) {
            assertThat(archive(List.of("-Xmx1g", option)).canStartAnotherJava()).as(option).isFalse();
        }
    }

    @Test
    void optionsFromTheEnvironmentAreLeftToTheSecondJavaToFindThere() {
        List<String> options = List.of("-Dfrom.tool=1", "-Xmx2g", "-Dfrom.jdk=2", "-Dgiven=3");

        assertThat(SharedArchive.givenOnTheCommandLine(options, Map.of("JAVA_TOOL_OPTIONS", " -Dfrom.tool=1 ",
                "JDK_JAVA_OPTIONS", "-Dfrom.jdk=2"))).containsExactly("-Xmx2g", "-Dgiven=3");
        assertThat(SharedArchive.givenOnTheCommandLine(options, Map.of())).isEqualTo(options);
    }

    @Test
    void anotherJarOrAnotherJavaHasAnArchiveOfItsOwn() throws IOException {
        Path jar = jar();
        String before = SharedArchive.key(JAVA, jar);
        assertThat(SharedArchive.key(JAVA, jar)).isEqualTo(before);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));

        assertThat(SharedArchive.key(JAVA, jar)).as("the jar replaced by an upgrade").isNotEqualTo(before);
        assertThat(SharedArchive.key(Path.of("/opt/other-java/bin/java"), jar)).isNotEqualTo(SharedArchive.key(JAVA, jar));
    }

    @Test
    void onlyAStartThatOpensAWindowHasTheArchiveMade() throws IOException {
        Path file = Files.writeString(folder.resolve("events.json"), "{}");

        assertThat(JarStart.opensAWindow(new String[0])).isTrue();
        assertThat(JarStart.opensAWindow(new String[] {file.toString()})).isTrue();
        assertThat(JarStart.opensAWindow(new String[] {"--lang", "de", file.toString()})).isTrue();
        assertThat(JarStart.opensAWindow(new String[] {"--lang=pl"})).isTrue();
        assertThat(JarStart.opensAWindow(new String[] {"--version"})).isFalse();
        assertThat(JarStart.opensAWindow(new String[] {"--check", file.toString()})).isFalse();
        assertThat(JarStart.opensAWindow(new String[] {"export-png", file.toString()})).isFalse();
        assertThat(JarStart.opensAWindow(new String[] {folder.resolve("missing.json").toString()})).isFalse();
        assertThat(JarStart.opensAWindow(new String[] {"bad\u0000name"})).isFalse();
    }

    /** A real Java makes a small archive; the old one and the training marker go, nothing partial stays. */
    @Test
    void aTrainingRunThatFinishesWellPutsItsArchiveInPlaceAndSweepsTheOldOne() throws IOException {
        SharedArchive shared = archive(List.of());
        Path old = Files.writeString(shared.archive().resolveSibling("chronoline-00000000.jsa"), "an earlier jar's");
        Path marker = Files.writeString(shared.archive().resolveSibling(shared.archive().getFileName() + ".training"), "");
        Path partial = shared.archive().resolveSibling(".partial-test.jsa");
        assertThat(shared.ready()).isFalse();

        boolean made = ArchiveTraining.made(shared.archive(), partial, List.of(JAVA.toString(), "-XX:ArchiveClassesAtExit=" + partial, "-version"));

        assertThat(made).isTrue();
        assertThat(shared.ready()).isTrue();
        assertThat(Files.isWritable(shared.archive())).as("deletable later, on Windows too").isTrue();
        assertThat(partial).doesNotExist();
        assertThat(old).doesNotExist();
        assertThat(marker).doesNotExist();
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
