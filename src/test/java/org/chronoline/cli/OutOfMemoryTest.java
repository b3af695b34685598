package org.chronoline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that runs out of memory says so in a sentence and ends, and leaves no file behind, nor a broken one. Found
 * with a school's whole course (a walk-through) and reproduced small: the handout of the 77 bundled events in 48 MB
 * printed Java's trace and then hung for good, JavaFX's thread keeping the process alive after the main one had died;
 * a PNG 16,000 pixels wide in 128 or 200 MB was written with its lower rows blank, and the command said it was done
 * (JavaFX's renderer, out of memory, leaves a snapshot empty and says so only in a trace on the standard error).
 */
class OutOfMemoryTest {
    private static final Path EVENTS = Path.of("data", "events.json");

    @Test
    void aHandoutThatDoesNotFitInMemorySaysSoAndEndsWithNothingWritten(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("handout.pdf");

        Ran ran = chronoline(dir, "48m", "handout", EVENTS.toString(), pdf.toString());

        assertThat(ran.ended).as("ended, not hung").isTrue();
        assertThat(ran.said).containsPattern("chronoline: .*ran out of the \\d+ MB of memory");
        assertThat(ran.exitCode).isEqualTo(ChronolineCli.EXIT_USAGE_OR_IO);
        assertThat(filesIn(dir)).as("no handout, and no temporary file (its own, or PDFBox's for the pages)").isEmpty();
    }

    /**
     * A handout of many steps needs little more memory than one of a few: its pages' pictures wait in a temporary file,
     * and the PDF goes straight into its file. 800 steps (a 57 MB PDF of 387 pages) needed over 160 MB, since the PDF was held three
     * times over, and a school's 10,000 events took 4.8 GB; 120 MB was enough when measured, and the test gives 160.
     */
    @Test
    void aHandoutOfManyStepsFitsInLittleMemory(@TempDir Path dir) throws Exception {
        Path timeline = dir.resolve("course.json");
        org.chronoline.bench.SyntheticTimeline.write(timeline, 800, 42);
        Path pdf = dir.resolve("course.pdf");

        Ran ran = chronoline(dir, "160m", "handout", timeline.toString(), pdf.toString());

        assertThat(ran.exitCode).as(ran.said).isZero();
        assertThat(ran.said).contains("800 steps");
        assertThat(Files.size(pdf)).isGreaterThan(10_000_000);
        assertThat(filesIn(dir)).as("PDFBox's temporary file of the pages removed").containsExactlyInAnyOrder(timeline, pdf);
    }

    /**
     * A picture is written whole or not at all, whatever the memory: with too little for even one band of rows
     * (16,000 pixels wide, three copies of a band of 32 MB live at once), with a little more, and with enough.
     */
    @Test
    void aPictureIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole.png");
        Ran enough = chronoline(dir, "700m", "export-png", "--width", "16000", EVENTS.toString(), whole.toString());
        assertThat(enough.exitCode).as(enough.said).isZero();
        byte[] expected = Files.readAllBytes(whole);

        for (String heap : List.of("96m", "128m", "200m")) {
            Path png = dir.resolve(heap + ".png");
            Ran ran = chronoline(dir, heap, "export-png", "--width", "16000", EVENTS.toString(), png.toString());

            assertThat(ran.ended).as(heap + ": ended").isTrue();
            if (ran.exitCode == 0 && !heap.equals("96m")) {
                assertThat(Files.readAllBytes(png)).as(heap + ": the whole picture").isEqualTo(expected);
            } else {
                assertThat(ran.said).as(heap).containsPattern("chronoline: .*ran out of the \\d+ MB of memory").doesNotContain("Exception:");
                assertThat(ran.exitCode).as(heap).isEqualTo(ChronolineCli.EXIT_USAGE_OR_IO);
                assertThat(png).as(heap + ": nothing written").doesNotExist();
            }
        }
        assertThat(filesIn(dir)).as("no temporary file left").allMatch(f -> f.getFileName().toString().endsWith(".png"));
    }

    private record Ran(boolean ended, int exitCode, String said) {
    }

    /** Chronoline in a Java of its own with {@code heap} of memory; its output (with its errors), or what it had said when it hung. */
    private static Ran chronoline(Path home, String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "-Djava.util.prefs.userRoot=" + home,
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + home, org.chronoline.Main.class.getName(), "--lang", "en"));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("chronoline-said", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            return new Ran(ended, ended ? process.exitValue() : -1, Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The files Chronoline left in {@code dir}, the preferences it keeps there set aside. */
    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
