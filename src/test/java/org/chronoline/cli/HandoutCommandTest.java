package org.chronoline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A handout of many events takes a while: someone at a terminal sees how far it has come. */
class HandoutCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    private int run(boolean atATerminal, String... args) {
        HandoutCommand command = new HandoutCommand(outStream, errStream, new ProgressLine(errStream, atATerminal));
        return new CommandLine(command).execute(args);
    }

    @Test
    void atATerminalTheCountOfPicturesDrawnIsOneLineClearedForTheResult(@TempDir Path dir) {
        Path pdf = dir.resolve("all.pdf");

        assertThat(run(true, "data/events.json", "--out", pdf.toString())).isZero();

        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(said).startsWith("\rdrawing the pictures: 1 of 78\u2026").doesNotContain("\n");
        String[] shown = Arrays.stream(said.split("\r")).filter(s -> !s.isBlank()).toArray(String[]::new);
        assertThat(shown.length).as("rewritten as it goes").isGreaterThan(1);
        assertThat(said).as("the line cleared at the end").endsWith(" ".repeat(shown[shown.length - 1].length()) + "\r");
        assertThat(out.toString(StandardCharsets.UTF_8)).matches(java.util.regex.Pattern.quote(pdf.toString()) + ": \\d+ pages, 77 steps\\R");
    }

    @Test
    void inAScriptOrAPipeOnlyTheResultIsSaid(@TempDir Path dir) {
        Path pdf = dir.resolve("all.pdf");

        assertThat(run(false, "data/events.json", "--out", pdf.toString())).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(pdf + ": ");
    }
}
