package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to hurt: absurd sizes, impossible dates, archives posing as timelines. Each ends in a
 * clear message at the place of the problem, never an exception. The large ones are generated here
 * rather than kept in the repository.
 */
class HostileFilesTest {
    private static final String HEAD = "{\"version\": 1, \"title\": \"T\", \"events\": [{\"id\": \"a\", \"title\": ";

    private final TimelineFileReader reader = new TimelineFileReader();

    private LoadResult read(Path file) {
        LoadResult result = reader.read(file);
        assertThat(result.status()).isEqualTo(LoadResult.Status.INVALID);
        assertThat(result.document()).isNull();
        return result;
    }

    @Test
    void aTenMegabyteTitleIsAnErrorAtTheTitle(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("title.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEAD + "\"");
            for (int i = 0; i < 10_000; i++) {
                out.write("x".repeat(1000));
            }
            out.write("\", \"start\": \"1990\"}]}");
        }

        assertThat(read(file).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:62: error: events[0].title: this text is 10,000,000 characters long; Chronoline reads at most 10,000 "
                        + "characters here. Shorten it in a text editor.");
    }

    @Test
    void aMillionTagsOnOneEventIsAnErrorAtTheList(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tags.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEAD + "\"t\", \"start\": \"1990\", \"tags\": [");
            for (int i = 0; i < 1_000_000; i++) {
                out.write(i == 0 ? "\"t0\"" : ", \"t" + i + "\"");
            }
            out.write("]}]}");
        }

        assertThat(read(file).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:92: error: events[0].tags: this list has 1,000,000 entries; Chronoline reads at most 10,000. "
                        + "Split it or remove entries.");
    }

    @Test
    void aHundredThousandLevelsOfNestingStopAtTheLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nested.json");
        Files.writeString(file, "{\"version\": 1, \"title\": \"T\", \"events\": [], \"x\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}");

        assertThat(read(file).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:303: error: values are nested too deeply (more than 255 levels)");
    }

    @Test
    void aNumberWithTenThousandDigitsIsExplained(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("number.json");
        Files.writeString(file, "{\"version\": " + "1".repeat(10_000) + ", \"title\": \"T\", \"events\": []}");

        assertThat(read(file).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:13: error: version: this number is too long: a number in a timeline file can have at most 1,000 "
                        + "characters. Put it in quotes to keep it as text.");
    }

    @Test
    void aTwoGigabyteFileIsRefusedBeforeReadingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(2L << 30); // sparse: no disk space is used
        }

        assertThat(read(file).problems()).extracting(p -> p.format("f")).containsExactly(
                "f: error: the file is 2,048 MB; Chronoline opens timeline files of up to 1,024 MB");
    }

    @Test
    void everyImpossibleDateSaysWhyAndWhichFormatsAreAccepted() {
        assertThat(read(TestFiles.file("bad-dates.json")).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:5:54: error: events[0].start: \"2007-02-30\" is not a date (February 2007 has 28 days)",
                "f:6:58: error: events[1].start: \"2007-13\" is not a date (month 13)",
                "f:7:56: error: events[2].start: \"1990-11-19T25:00\" is not a date (hour 25)",
                "f:8:48: error: events[3].start: \"10000000000\" is not a date (years may have at most nine digits)",
                "f:9:53: error: events[4].start: \"2007-W05\" is not a date (ISO week dates are not supported; write YYYY-MM-DD)",
                "f:10:60: error: events[5].start: \"2007-032\" is not a date (ordinal dates (day of the year) are not "
                        + "supported; write YYYY-MM-DD)",
                "f:11:57: error: events[6].start: \"19/11/1990\" is not a date (write an ISO 8601 date: YYYY, YYYY-MM, "
                        + "YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
                "f:13:58: error: events[8].start: \"-0000\" is not a date (there is no year -0000; write 0000 for 1 BCE)");
    }

    @Test
    void anArchiveIsNamedForWhatItIs() {
        assertThat(read(TestFiles.file("archive.zip.json")).problems()).extracting(p -> p.format("f")).containsExactly(
                "f: error: this is a ZIP archive (or a Word, Excel or OpenDocument file), not a timeline file; "
                        + "a timeline file is JSON text");
    }

    @Test
    void textsAndListsJustUnderTheLimitsLoad(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("large-but-fine.json");
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < Limits.LIST_ENTRIES; i++) {
            tags.append(i == 0 ? "" : ", ").append("\"t").append(i).append('"');
        }
        Files.writeString(file, HEAD + "\"" + "x".repeat(Limits.TEXT_CHARS) + "\", \"start\": \"1990\", \"description\": \""
                + "d".repeat(Limits.DESCRIPTION_CHARS) + "\", \"tags\": [" + tags + "]}]}");

        LoadResult result = reader.read(file);

        assertThat(result.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(result.document().events().get(0).tags()).hasSize(Limits.LIST_ENTRIES);
    }
}
