package org.chronoline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes, pointed at what it must never write over: a device, a pipe, a
 * folder, the file it reads (by its name, through a link, through a hard link). Each is refused
 * in words, with exit code 2, and afterwards the input and whatever was at the target are exactly
 * as they were. A link to a file is written through: the file changes, the link stays a link.
 */
class WriteTargetsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;
    Path input;
    byte[] original;

    @BeforeEach
    void copyTheBundledTimeline() throws IOException {
        input = dir.resolve("v.json");
        Files.copy(Path.of("data/events.json"), input);
        original = Files.readAllBytes(input);
    }

    /** The writing commands, each with a placeholder for its output. */
    static Stream<Arguments> writers() {
        return Stream.of(
                Arguments.of("convert to a timeline", List.of("--convert", "IN", "OUT")),
                Arguments.of("convert to TimelineJS", List.of("--convert", "IN", "OUT", "--to", "timelinejs")),
                Arguments.of("convert to CSV", List.of("--convert", "IN", "OUT", "--to", "csv")),
                Arguments.of("export a picture", List.of("--export-png", "IN", "--out", "OUT", "--width", "400", "--height", "300")));
    }

    private int run(List<String> command, Path output) {
        String[] args = command.stream().map(a -> a.equals("IN") ? input.toString() : a.equals("OUT") ? output.toString() : a)
                .toArray(String[]::new);
        return ChronolineCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void neverWritesOverItsOwnInputHoweverItIsNamed(String what, List<String> command) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), input.getFileName());
        Path hardLink = Files.createLink(dir.resolve("hard.json"), input);
        Path roundabout = dir.resolve("sub").resolve("..").resolve("v.json");
        Files.createDirectory(dir.resolve("sub"));

        for (Path output : List.of(input, link, hardLink, roundabout)) {
            assertThat(run(command, output)).as("%s over %s", what, output).isEqualTo(2);
        }

        assertThat(errors()).contains("it is the file being read from, and writing over it would destroy it");
        assertThat(Files.readAllBytes(input)).isEqualTo(original);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("v.json", "link.json", "hard.json", "sub");
    }

    /**
     * A picture of the timeline is one of its files too: an export over it replaced it, and the next
     * export over it replaced its backup, the picture gone for good.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("toStandardOutput")
    void neverWritesOverAPictureOfTheTimeline(String what, List<String> command, String start) throws IOException {
        input = org.chronoline.io.TestFiles.picturesTimeline(dir.resolve("with-pictures"));
        Path picture = input.resolveSibling("images/fine.png");
        byte[] before = Files.readAllBytes(picture);

        List<String> anyTour = command.stream().filter(a -> !a.equals("--tour") && !a.equals("cfe-story")).toList();
        assertThat(run(anyTour, picture)).as(what).isEqualTo(2);

        assertThat(errors()).contains("it is the file being read from");
        assertThat(Files.readAllBytes(picture)).isEqualTo(before);
        assertThat(picture.resolveSibling("fine.png.bak")).doesNotExist();
    }

    /**
     * A file marked read-only is its owner's protection: a save renames a new file over it, which a
     * writable folder allows (and root may do anything), so it was replaced without a word.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void neverReplacesAFileMarkedReadOnly(String what, List<String> command) throws IOException {
        Path target = Files.writeString(dir.resolve("kept.json"), "protected");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));

        assertThat(run(command, target)).as(what).isEqualTo(2);

        assertThat(errors()).contains("it is marked read-only");
        assertThat(Files.readString(target)).isEqualTo("protected");
        assertThat(dir.resolve("kept.json.bak")).doesNotExist();
    }

    /** Writing over OUT keeps it as OUT.bak: when that is the input ("convert x.json.bak x.json"), the only full copy was replaced. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void neverReplacesItsInputWithTheBackupOfWhatItWritesOver(String what, List<String> command) throws IOException {
        Path target = dir.resolve("x.json");
        Path backup = Files.move(input, dir.resolve("x.json.bak"));
        byte[] full = Files.readAllBytes(backup);
        Files.writeString(target, "older");
        input = backup;

        assertThat(run(command, target)).as(what).isEqualTo(2);

        assertThat(errors()).contains("writing over it would keep it as x.json.bak, in place of the file being read from");
        assertThat(Files.readAllBytes(backup)).isEqualTo(full);
        assertThat(Files.readString(target)).isEqualTo("older");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void refusesDevicesPipesAndFoldersAndLeavesThemAsTheyWere(String what, List<String> command) throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path device = Path.of("/dev/null");

        assertThat(run(command, fifo)).isEqualTo(2);
        assertThat(run(command, folder)).isEqualTo(2);
        assertThat(run(command, device)).isEqualTo(2);

        assertThat(errors()).contains("it is not an ordinary file but a device, a pipe or a socket",
                "it is a folder; choose a file name inside it instead");
        // A device named as given: "Could not save null" said nothing.
        assertThat(errors()).contains("/dev/null: it is not an ordinary file").doesNotContain(" null:");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).as("the pipe is still a pipe").isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(folder.toFile().list()).isEmpty();
        assertThat(Files.isRegularFile(device)).as("/dev/null is still a device").isFalse();
        assertThat(Files.readAllBytes(input)).isEqualTo(original);
        assertThat(dir.toFile().list()).as("no temporary files or backups left").containsExactlyInAnyOrder("v.json", "pipe", "folder");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void writesThroughALinkToItsTargetAndKeepsTheLink(String what, List<String> command) throws IOException {
        Path target = Files.writeString(dir.resolve("target.out"), "previous");
        Path link = Files.createSymbolicLink(dir.resolve("link.out"), target.getFileName());

        assertThat(run(command, link)).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("target.out.bak"))).isEqualTo("previous");
        assertThat(Files.size(target)).isGreaterThan(100);
        assertThat(Files.readAllBytes(input)).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void anExistingBackupFolderIsExplainedAndNothingChanges(String what, List<String> command) throws IOException {
        Path output = Files.writeString(dir.resolve("out.file"), "previous");
        Files.createDirectory(dir.resolve("out.file.bak"));

        assertThat(run(command, output)).isEqualTo(2);

        assertThat(errors()).contains("out.file.bak is a folder or a special file, so the previous version cannot be kept");
        assertThat(Files.readString(output)).isEqualTo("previous");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("v.json", "out.file", "out.file.bak");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void newFilesGetTheUsualPermissionsNotPrivateOnes(String what, List<String> command) throws IOException {
        Path output = dir.resolve("new.file");

        assertThat(run(command, output)).isZero();

        // As the umask says, like any file the user makes (before, a picture export was private, 0600).
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary)));
    }

    @Test
    void aFolderThatNeverExistedIsNamedAsSuch() {
        Path output = dir.resolve("nowhere").resolve("out.json");

        assertThat(run(List.of("--convert", "IN", "OUT"), output)).isEqualTo(2);

        assertThat(errors()).contains("the folder " + dir.resolve("nowhere") + " does not exist. Nothing was written there.")
                .doesNotContain("edits are still open").as("there is no file to be unchanged").doesNotContain("unchanged");
    }

    @Test
    void aPipeAsTheInputIsRefusedAtOnceInsteadOfWaitingForever() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        int exit = ChronolineCli.run(new String[] {"--check", fifo.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("this is not an ordinary file but a device, a pipe or a socket");
    }

    /** Every writing command, with "-" for its output. */
    static Stream<Arguments> toStandardOutput() {
        return Stream.of(
                Arguments.of("convert to a timeline", List.of("--convert", "IN", "OUT"), "{"),
                Arguments.of("convert to CSV", List.of("--convert", "IN", "OUT", "--to", "csv"), "id,"),
                Arguments.of("export a picture", List.of("--export-png", "IN", "--out", "OUT", "--width", "400", "--height", "300"), "\u0089PNG"),
                Arguments.of("export an SVG", List.of("--export-svg", "IN", "--out", "OUT", "--width", "400"), "<?xml"),
                Arguments.of("a handout", List.of("--handout", "IN", "--out", "OUT", "--tour", "cfe-story"), "%PDF-"),
                Arguments.of("a web page", List.of("--publish", "IN", "--out", "OUT"), "<!DOCTYPE html>"));
    }

    /**
     * "-" is the standard output, as for most commands that write files: the file goes down the
     * pipe whole, what the command says about it goes to the error stream, and no file named "-"
     * appears. "./-" still names such a file.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("toStandardOutput")
    void aDashIsTheStandardOutput(String what, List<String> command, String start) throws IOException {
        Path dash = Path.of("-");
        assertThat(Files.exists(dash, LinkOption.NOFOLLOW_LINKS)).as("no file named - before").isFalse();

        int exit = run(command, dash);

        assertThat(exit).as(errors()).isZero();
        byte[] written = out.toByteArray();
        assertThat(new String(written, 0, Math.min(written.length, 40), StandardCharsets.ISO_8859_1))
                .startsWith(start);
        assertThat(written.length).isGreaterThan(200);
        assertThat(errors()).as("the report").startsWith("-: ");
        assertThat(Files.exists(dash, LinkOption.NOFOLLOW_LINKS)).as("a file named -").isFalse();
        assertThat(Files.readAllBytes(input)).isEqualTo(original);

        Path named = dir.resolve("-");
        out.reset();
        assertThat(run(command, named)).isZero();
        assertThat(Files.size(named)).as("a file named - when given a folder").isGreaterThan(200);
    }

    /**
     * The shell makes the input the standard output ({@code convert v.json - >> v.json}): refused.
     * The file was read whole and had a second timeline written after its end, and no longer opened.
     * A real process, for the shell's redirection is of the process's own standard output.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("toStandardOutput")
    @org.junit.jupiter.api.condition.DisabledOnOs(value = org.junit.jupiter.api.condition.OS.WINDOWS,
            disabledReason = "Windows names no process's standard output as a file")
    void theInputAsTheStandardOutputIsRefused(String what, List<String> command, String start) throws Exception {
        List<String> process = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dchronoline.prefs=write-targets-test", "-cp", System.getProperty("java.class.path"), "org.chronoline.Main"));
        command.forEach(a -> process.add(a.equals("IN") ? input.toString() : a.equals("OUT") ? "-" : a));

        Process run = new ProcessBuilder(process).redirectOutput(ProcessBuilder.Redirect.appendTo(input.toFile())).start();
        String said = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.waitFor()).as(said).isEqualTo(2);
        assertThat(said).contains("-: ", "it is the file being read from");
        assertThat(Files.readAllBytes(input)).isEqualTo(original);
    }

    /** A pipe whose reader has gone (head -c 10) is said to have taken only part of the file, with exit code 2. */
    @Test
    void aStandardOutputThatStopsTakingIsAFailure() {
        PrintStream closing = new PrintStream(new java.io.OutputStream() {
            private int taken;

            @Override
            public void write(int b) throws IOException {
                if (++taken > 10) {
                    throw new IOException("Broken pipe");
                }
            }
        }, true, StandardCharsets.UTF_8);

        int exit = ChronolineCli.run(new String[] {"--convert", input.toString(), "-"}, closing, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("the standard output did not take all of it");
    }
}
