package org.chronoline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ChronolineCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void normalisesAHandWrittenFileIntoTheDocumentedStyle(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("out.json");

        int exit = run("--convert", "src/test/resources/files/full.json", output.toString());

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(output + ": written, 3 events");
        assertThat(Files.readString(output)).isEqualTo(Files.readString(Path.of("src/test/resources/files/in-style.json")));
    }

    /** An output ending in a separator names a folder: it wrote a file of the folder's name instead. */
    @Test
    void anOutputEndingInASeparatorIsRefusedAsAFolder(@TempDir Path dir) {
        Path folder = dir.resolve("exports");

        int exit = run("--convert", "data/events.json", folder + "/");

        assertThat(exit).isEqualTo(2);
        assertThat(folder).doesNotExist();
        // It is not a folder (there is none): it names one.
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exports/: it ends in / and so names a folder; add a file name after it");
    }

    /** A CSV file holds events only: the conversion says what it leaves out (it dropped four eras and the tour without a word). */
    @Test
    void aConversionToCsvSaysWhatItLeavesOut(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("events.csv");

        assertThat(run("--convert", "data/events.json", csv.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains(csv + ": written, 77 events",
                csv + ": A CSV file holds the events only; not in it: the timeline’s title and description, 4 eras, 1 tour, the categories’ colours and order.");

        out.reset();
        Path back = dir.resolve("back.csv");
        assertThat(run("--convert", csv.toString(), dir.resolve("events.json").toString())).isZero();
        assertThat(run("--convert", dir.resolve("events.json").toString(), back.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("a timeline made from a CSV file loses nothing to one")
                .doesNotContain("not in it: 4").doesNotContain("eras");
    }

    /**
     * What other programs added to a timeline, and a spreadsheet column no field holds, are named
     * when a conversion leaves them out; both went without a word.
     */
    @Test
    void fieldsAndColumnsLeftOutAreNamed(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("full.csv");
        assertThat(run("--convert", "src/test/resources/files/full.json", csv.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("fields other programs added (generator, x-reviewed-by, archived).");

        out.reset();
        Path sheet = Files.writeString(dir.resolve("sheet.csv"), "title,start,foo\nParis,1990-11-19,kept?\n");
        assertThat(run("--convert", sheet.toString(), dir.resolve("sheet.json").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(sheet + ":1:3: warning: foo: this column is not converted");
    }

    /** A spreadsheet cell longer than a timeline holds is refused, in words: the timeline written would not open. */
    @Test
    void aTimelineThatWouldNotOpenIsNotWritten(@TempDir Path dir) throws IOException {
        Path sheet = Files.writeString(dir.resolve("long.csv"), "title,start,summary\nParis,1990-11-19," + "s".repeat(12_000) + "\n");
        Path output = dir.resolve("long.json");

        assertThat(run("--convert", sheet.toString(), output.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the \u201csummary\u201d text of \u201cParis\u201d is 12,000 characters long");
        assertThat(output).doesNotExist();
    }

    /** Rows that cannot become events: each is named, then that nothing was written (each row said it was "left out"). */
    @Test
    void aSpreadsheetWithBadRowsSaysNothingWasWritten(@TempDir Path dir) throws IOException {
        Path sheet = Files.writeString(dir.resolve("rows.csv"), "title,start,end\nParis,1990-11-19,\nOdd,31 Febuary 2001,\n"
                + "Backwards,2001,1999\nVienna,1999-11-16,\n");
        Path output = dir.resolve("rows.json");

        assertThat(run("--convert", sheet.toString(), output.toString())).isEqualTo(1);

        List<String> said = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(said).hasSize(2).allSatisfy(line -> assertThat(line).contains("this row is left out"));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("chronoline: nothing written to " + output
                + ": 2 rows of the spreadsheet cannot become events (above); mend or delete them and convert again" + System.lineSeparator());
        assertThat(output).doesNotExist();

        // A sheet without a title or a date column: said by its own problems, not as rows to mend (a review).
        err.reset();
        out.reset();
        Path headless = Files.writeString(dir.resolve("headless.csv"), "name,when\nParis,1990\n");
        assertThat(run("--convert", headless.toString(), output.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("error: ").doesNotContain("this row is left out");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void keepsAnExistingOutputAsBackup(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("out.json");
        Files.writeString(output, "previous");

        assertThat(run("--convert", "data/events.json", output.toString())).isZero();

        assertThat(Files.readString(dir.resolve("out.json.bak"))).isEqualTo("previous");
        assertThat(Files.mismatch(output, Path.of("data/events.json"))).as("already in style: identical").isEqualTo(-1);
    }

    @Test
    void refusesInvalidFilesAndNewerVersions(@TempDir Path dir) throws IOException {
        assertThat(run("--convert", "src/test/resources/files/bad-date.json", dir.resolve("x.json").toString())).isEqualTo(1);
        assertThat(dir.resolve("x.json")).doesNotExist();

        Path newer = dir.resolve("v2.json");
        Files.writeString(newer, "{\"version\": 2, \"title\": \"Future\", \"events\": []}");
        assertThat(run("--convert", newer.toString(), dir.resolve("y.json").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is written for format version 2");
        assertThat(run("--convert", "only-one.json")).isEqualTo(2);
    }
}
