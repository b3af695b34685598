package org.chronoline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.chronoline.io.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ChronolineCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A spreadsheet is checked as File > Import CSV reads it, one Chronoline wrote included: it was read as a timeline
     * file, and refused at its first word ("the word \"id\" needs double quotes around it").
     */
    @Test
    void checksASpreadsheetAsTheImportReadsIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path exported = dir.resolve("events.csv");
        assertThat(run("--convert", "data/events.json", exported.toString())).isZero();
        java.nio.file.Path rows = java.nio.file.Files.writeString(dir.resolve("rows.csv"), "title,start,end,colour\nParis,19 November 1990,,red\n"
                + "Odd,31 Febuary 2001,,\nBackwards,2001,1999,\n");
        out.reset();

        assertThat(run("--check", exported.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(exported + ": ok, 77 events, 0 warnings" + System.lineSeparator());
        out.reset();
        assertThat(run("--check", rows.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(3).satisfiesExactly(
                line -> assertThat(line).startsWith(rows + ":1:4: warning: colour: this column is not converted"),
                line -> assertThat(line).startsWith(rows + ":3:2: error: start: this row is left out: \"31 Febuary 2001\" is not a date"),
                line -> assertThat(line).startsWith(rows + ":4:3: error: end: this row is left out: end (1999) is before start (2001)"));
    }

    @Test
    void printsOkWithCountsForAValidFileAndExitsZero() {
        assertThat(run("--check", "data/events.json")).isZero();
        assertThat(output()).isEqualTo("data/events.json: ok, 77 events, 0 warnings" + System.lineSeparator());
    }

    @Test
    void printsOneLinePerProblemAndExitsOneWhenAnyFileIsInvalid() {
        assertThat(run("--check", "data/events.json", "src/test/resources/files/bad-date.json")).isEqualTo(1);
        assertThat(output().lines()).containsExactly(
                "data/events.json: ok, 77 events, 0 warnings",
                "src/test/resources/files/bad-date.json:6:45: error: events[1].start: \"2007-13-01\" is not a date (there is no month 13; months run from 1 to 12)");
    }

    /** The bad-input corpus: every file ends in exit code 1 and positioned messages, never a stack trace. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"archive.zip.json", "array-root.json", "bad-date.json", "bad-dates.json",
        "capital-true.json", "comment.json", "empty.json", "image.png.json", "invalid-utf8.json", "leading-zero.json",
        "many-problems.json", "missing-comma.json", "nan.json", "random-bytes.json", "single-quotes.json", "string-root.json",
        "trailing-comma-list.json", "trailing-comma-object.json", "trailing-garbage.json", "truncated.json", "whitespace.json"})
    void everyFileOfTheBadInputCorpusExitsOneWithPositionedMessages(String name) {
        String file = "src/test/resources/files/" + name;

        assertThat(run("--check", file)).isEqualTo(1);

        assertThat(output().lines()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches(java.util.regex.Pattern.quote(file) + "(:\\d+:\\d+)?: (error|warning): .+")
                .doesNotContain("Exception", "\tat "));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** A picture the window would not show is a warning: it was found only by opening each event. */
    @Test
    void warnsOfEachPictureTheWindowWouldNotShow(@TempDir Path dir) throws Exception {
        Path file = TestFiles.picturesTimeline(dir);

        assertThat(run("--check", file.toString())).as("warnings only").isZero();

        assertThat(output().lines()).containsExactly(
                file + ": warning: “Gone”: The picture \"images/gone.png\" was not found in the timeline's folder."
                        + " Check the name (capitals count) or copy the picture there.",
                file + ": warning: “Fake”: The picture \"images/fake.jpg\" is not shown: the file is damaged or not really a picture.",
                file + ": warning: “Away”: The picture \"../away.png\" is not shown: it is outside the timeline's folder."
                        + " Copy it into that folder (or a folder inside it) and give its path from there.",
                file + ": ok, 4 events, 3 warnings");
    }

    /**
     * Pictures share the report's limit of 100 lines with the file's own problems: a timeline whose
     * pictures are all in another folder printed every one of 120 warnings.
     */
    @Test
    void capsPictureWarningsAtTheReportLimitAndCountsTheRest(@TempDir Path dir) throws Exception {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            events.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\",\"title\":\"Event ").append(i)
                    .append("\",\"start\":\"").append(1900 + i).append("\",\"image\":{\"path\":\"gone").append(i).append(".png\"}}");
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("many.json"), "{\"version\":1,\"title\":\"Many\",\"events\":[" + events + "]}");

        assertThat(run("--check", file.toString())).isZero();

        java.util.List<String> lines = output().lines().toList();
        assertThat(lines).hasSize(102);
        assertThat(lines.subList(0, 100)).allSatisfy(line -> assertThat(line).startsWith(file + ": warning: “Event "));
        assertThat(lines.subList(100, 102)).containsExactly(
                file + ": ... and 20 more problems not shown",
                file + ": ok, 120 events, 120 warnings");
    }

    @Test
    void exitsTwoForAMissingFileOrBadUsage() {
        assertThat(run("--check", "nowhere.json")).isEqualTo(2);
        assertThat(output()).isEqualTo("nowhere.json: error: file not found" + System.lineSeparator());
        assertThat(run("--check")).isEqualTo(2);
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("chronoline: unknown option --frobnicate", "Usage:");
    }

    @Test
    void showsHelpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(output()).contains("--check, check", "--export-png, export-png", "--handout, handout", "Exit codes:");
        out.reset();
        assertThat(run("--version")).isZero();
        assertThat(output()).matches("Chronoline \\S+\\Rbuilt .+; running on Java .+, JavaFX 21[.0-9]*\\R");
    }

    @Test
    void leavesAFileNameAloneForTheWindow() {
        assertThat(run("data/events.json")).isEqualTo(ChronolineCli.OPEN_WINDOW);
        assertThat(run()).isEqualTo(ChronolineCli.OPEN_WINDOW);
    }
}
