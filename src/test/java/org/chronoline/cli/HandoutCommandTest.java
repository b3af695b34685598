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

    /** An American teacher's printer holds Letter: an A4 handout lost its foot lines or was shrunk. */
    @Test
    void aHandoutOnLetterPaperHasLetterPagesWithEverythingInsideTheirMargins(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("letter.pdf");

        assertThat(run(false, "data/events.json", "--out", pdf.toString(), "--tour", "cfe-story", "--paper", "Letter")).isZero();

        assertThat(pageSizes(pdf)).containsOnly("612x792");
        assertThat(rightmostText(pdf)).as("text runs to the right margin of the wider page, not past it")
                .isGreaterThan(595 - 54).isLessThanOrEqualTo(612 - 54 + 1);
    }

    /**
     * --tour takes the tour's title too, as the window shows it: a teacher who made "Lesson: CFE in 6
     * steps" was refused with exit code 2, the id being one the window never shows. The page too.
     */
    @Test
    void aTourIsNamedByItsTitleToo(@TempDir Path dir) throws Exception {
        assertThat(run(false, "data/events.json", "--out", dir.resolve("story.pdf").toString(), "--tour", "The CFE story, 1989\u20132023")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(": 17 pages, 23 steps");
        assertThat(run(false, "data/events.json", "--out", dir.resolve("lower.pdf").toString(), "--tour", "the cfe story, 1989\u20132023")).isZero();

        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int code = ChronolineCli.run(new String[] {"--publish", "data/events.json", "--out", dir.resolve("page.html").toString(),
                "--tour", "The CFE story, 1989\u20132023"}, new PrintStream(said, true, StandardCharsets.UTF_8), errStream);
        assertThat(code).isZero();
        assertThat(java.nio.file.Files.readString(dir.resolve("page.html"))).contains("\"startTour\":\"cfe-story\"");
    }

    @Test
    void withoutBeingToldTheHandoutIsOnThePaperUsualInTheUsersRegion(@TempDir Path dir) throws Exception {
        java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        try {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.US);
            assertThat(run(false, "data/events.json", "--out", dir.resolve("us.pdf").toString(), "--tour", "cfe-story")).isZero();
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.GERMANY);
            assertThat(run(false, "data/events.json", "--out", dir.resolve("de.pdf").toString(), "--tour", "cfe-story")).isZero();
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
        }
        assertThat(pageSizes(dir.resolve("us.pdf"))).containsOnly("612x792");
        assertThat(pageSizes(dir.resolve("de.pdf"))).containsOnly("595x842");
    }

    @Test
    void aPaperItDoesNotKnowIsAMistakeThatNamesTheTwoItDoes(@TempDir Path dir) {
        int code = ChronolineCli.run(new String[] {"--handout", "data/events.json", "--out", dir.resolve("b5.pdf").toString(),
                "--paper", "b5"}, outStream, errStream);

        assertThat(code).isEqualTo(ChronolineCli.EXIT_USAGE_OR_IO);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--paper b5: write a4 or letter");
        assertThat(dir.resolve("b5.pdf")).doesNotExist();
    }

    /** A tour id is the file's text: an escape sequence in it reached the terminal raw (setting its title and colours). */
    @Test
    void aTourThatIsNotThereIsNamedWithTheFilesToursQuotedAndTheirControlsShown(@TempDir Path dir) throws java.io.IOException {
        Path file = dir.resolve("esc.json");
        java.nio.file.Files.writeString(file, "{\"version\":1,\"title\":\"T\",\"events\":[{\"id\":\"a\",\"title\":\"A\",\"start\":\"1990\"}],"
                + "\"tours\":[{\"id\":\"\\u001b]0;PWNED\\u0007\\u001b[31mRED\",\"title\":\"Tour\",\"steps\":[\"a\"]}]}");

        for (String command : new String[] {"--handout", "--publish"}) {
            err.reset();
            int code = ChronolineCli.run(new String[] {command, file.toString(), "--out", dir.resolve("x").toString(), "--tour", "nope"},
                    outStream, errStream);
            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(code).as(command).isEqualTo(ChronolineCli.EXIT_USAGE_OR_IO);
            assertThat(said).as(command).contains("there is no tour \"nope\" in the file; its tours are: \"\\u001B]0;PWNED\\u0007\\u001B[31mRED\" (\"Tour\")")
                    .doesNotContain("\u001b").doesNotContain("\u0007");
        }
    }

    private static java.util.List<String> pageSizes(Path pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            java.util.List<String> sizes = new java.util.ArrayList<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                sizes.add(Math.round(page.getMediaBox().getWidth()) + "x" + Math.round(page.getMediaBox().getHeight()));
            }
            return sizes;
        }
    }

    /** Where the text reaching furthest right on any page ends, in points. */
    private static double rightmostText(Path pdf) throws java.io.IOException {
        double[] right = {0};
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(document);
        }
        return right[0];
    }
}
