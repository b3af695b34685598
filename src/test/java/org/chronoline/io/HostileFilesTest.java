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
                "f:6:58: error: events[1].start: \"2007-13\" is not a date (there is no month 13; months run from 1 to 12)",
                "f:7:56: error: events[2].start: \"1990-11-19T25:00\" is not a date (there is no hour 25; hours run from 0 to 23)",
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

    /** A character outside the Basic Multilingual Plane before a syntax error once made the reader spin forever. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{\"a\":\"😀\",", "{\"a\":\"😀\", \"b\": [1,],}",
        "{\"a\":\"𝔄\", \"b\": 01}", "{\"a\":\"😀\", \"b\": \"\\q\"}", "{\"a\":\"😀\", \"b\": }",
        "{\"a\":\"𠀀\", \"b\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ ]}"})
    void anEmojiBeforeASyntaxErrorGetsAnAnswerAtOnce(String text, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("m.json"), text);

        LoadResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> reader.read(file));

        assertThat(result.status()).isEqualTo(LoadResult.Status.INVALID);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).line()).isEqualTo(1);
    }

    @Test
    void cancellingStopsTheWorkEvenWhileAProblemIsBeingLocated(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"version\": 1, \"title\": \"T\", \"events\": [");
            for (int i = 0; i < 200_000; i++) {
                out.write("{\"title\": \"😀 event " + i + "\", \"start\": \"1990\"},\n");
            }
            out.write("]}"); // a trailing comma at the very end: the excerpt reads the whole file again
        }
        long size = Files.size(file);
        java.util.concurrent.atomic.AtomicLong readAfterCancel = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        LoadMonitor monitor = new LoadMonitor() {
            private long last;
            private int pass;

            @Override
            public void progress(long bytesRead, long totalBytes) {
                if (cancelled.get()) {
                    readAfterCancel.incrementAndGet();
                }
                if (bytesRead < last) {
                    pass++;
                }
                last = bytesRead;
                // Cancel half-way through the second pass over the file, which only the syntax error makes.
                if (pass == 1 && bytesRead > size / 2) {
                    cancelled.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };

        LoadResult result = reader.read(TimelineSource.of(file), monitor);

        assertThat(result.status()).isEqualTo(LoadResult.Status.CANCELLED);
        assertThat(readAfterCancel.get()).as("no chunk is read after Cancel").isZero();
    }

    @Test
    void halfACharacterIsRefusedAtItsPlaceRatherThanSavedAsAQuestionMark(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"version\": 1, \"title\": \"A\\ud800B\", \"events\": [],\n"
                + " \"x-note\": \"\\udc00\"}");

        assertThat(read(file).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:25: error: title: this text holds half of a character (\\ud800 without its other half), which stands for "
                        + "nothing and cannot be saved; remove the escape or write the whole character",
                "f:2:12: error: x-note: this text holds half of a character (\\udc00 without its other half), which stands for "
                        + "nothing and cannot be saved; remove the escape or write the whole character");
    }

    /** A raw NUL or ESC in a title is named as what it is: it was reported as a line break to be written as \\n. */
    @Test
    void anInvisibleControlCharacterIsNamedAndATypedLineBreakToo(@TempDir Path dir) throws IOException {
        Path nul = Files.writeString(dir.resolve("nul.json"), "{\"version\": 1, \"title\": \"A\u0000B\", \"events\": []}");
        Path esc = Files.writeString(dir.resolve("esc.json"), "{\"version\": 1, \"title\": \"A\u001B[31mB\", \"events\": []}");
        Path line = Files.writeString(dir.resolve("line.json"), "{\"version\": 1, \"title\": \"A\nB\", \"events\": []}");

        assertThat(read(nul).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:27: error: title: an invisible control character (U+0000) is inside quoted text; delete it, or write it as \\u0000");
        assertThat(read(esc).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:27: error: title: an invisible control character (U+001B) is inside quoted text; delete it, or write it as \\u001B");
        assertThat(read(line).problems()).extracting(p -> p.format("f")).singleElement().asString()
                .contains("a line break or tab inside quoted text must be written as \\n or \\t");
        // Gson places it at the quote that opens the text: a NUL far into a long description is found too.
        Path far = Files.writeString(dir.resolve("far.json"), "{\"version\": 1, \"title\": \"" + "x".repeat(5000) + "\u0000B\", \"events\": []}");
        assertThat(read(far).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:5026: error: title: an invisible control character (U+0000) is inside quoted text; delete it, or write it as \\u0000");
    }

    /**
     * The same characters written as escapes are read, and said to show nothing (a warning at their text): the timeline,
     * its pictures, handout and page draw them as U+FFFD, and `check` said the file was fine. Tabs, line breaks, emoji
     * and accents are text, and said nothing of.
     */
    @Test
    void anEscapedControlCharacterIsReadAndWarnedOf(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("esc.json"), "{\"version\": 1, \"title\": \"A\\u001b[31mB\", \"events\": [\n"
                + " {\"id\": \"a\", \"title\": \"Tab\\tand\\nline \\ud83d\\ude00 e\\u0301\", \"start\": \"1990\", \"description\": \"x\\u0085y\\u007fz\"}]}");

        LoadResult result = reader.read(file);
        assertThat(result.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(result.document().title()).isEqualTo("A\u001b[31mB");
        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:25: warning: title: this text holds an invisible control character (U+001B): the timeline shows it as \ufffd, "
                        + "and CSV files leave it out; delete it",
                "f:2:94: warning: events[0].description: this text holds an invisible control character (U+0085): the timeline shows "
                        + "it as \ufffd, and CSV files leave it out; delete it");
    }

    @Test
    void aWholeCharacterWrittenAsAnEscapedPairIsKept(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"version\": 1, \"title\": \"A\\ud83d\\ude00B\", \"events\": []}");

        assertThat(reader.read(file).document().title()).isEqualTo("A😀B");
    }

    @Test
    void nullForARequiredListIsAnErrorAsTheCatalogueSays(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("n.json"), "{\"version\": 1, \"title\": \"T\", \"events\": null,"
                + " \"tours\": [{\"title\": \"Tour\", \"steps\": null}]}");

        assertThat(read(file).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:40: error: events: this field is required and must not be null",
                "f:1:83: error: tours[0].steps: this field is required and must not be null");
    }

    @Test
    void aDateWithoutItsHyphensIsNotReadAsAYearOfEightDigits(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("d.json"), HEAD + "\"a\", \"start\": \"19901119\", \"end\": \"200712\"},"
                + " {\"title\": \"b\", \"start\": \"12000\"}]}");

        assertThat(read(file).problems()).extracting(Problem::message).containsExactly(
                "\"19901119\" is not a date (a date needs its hyphens; write \"1990-11-19\")",
                "\"200712\" is not a date (a date needs its hyphens; write \"2007-12\")",
                "\"12000\" is not a date (years after 9999 carry a sign; write \"+12000\")");
    }

    @Test
    void textIsCountedAsPeopleCountCharacters(@TempDir Path dir) throws IOException {
        String title = "x".repeat(Limits.TEXT_CHARS - 2) + "😀" + "e\u0301"; // 10,000 characters, 10,002 UTF-16 units
        Path file = Files.writeString(dir.resolve("c.json"), HEAD + "\"" + title + "\", \"start\": \"1990\"}]}");
        assertThat(reader.read(file).document().events().get(0).title()).isEqualTo(title);

        Path longer = Files.writeString(dir.resolve("l.json"), HEAD + "\"" + title + "🇪🇺\", \"start\": \"1990\"}]}");
        assertThat(read(longer).problems()).extracting(Problem::message).containsExactly(
                "this text is 10,001 characters long; Chronoline reads at most 10,000 characters here. Shorten it in a text editor.");
    }

    @Test
    void invisibleAndMisplacedCharactersAreNamedNotShownAsAQuestionMark(@TempDir Path dir) throws IOException {
        Path nul = Files.write(dir.resolve("nul.json"), "{\"version\": 1,\u0000 \"title\": \"x\", \"events\": []}"
                .getBytes(StandardCharsets.UTF_8));
        Path hex = Files.writeString(dir.resolve("hex.json"), "{\"version\": 0x1, \"title\": \"x\", \"events\": []}");
        Path missing = Files.writeString(dir.resolve("missing.json"), "{\"version\": 1, \"title\": , \"events\": []}");

        assertThat(read(nul).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:15: error: this is not valid JSON: the invisible character U+0000 cannot appear here");
        assertThat(read(hex).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:13: error: version: \"0x1\" is not a number JSON can read; write numbers in decimal, such as 1 or 2.5");
        assertThat(read(missing).problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:25: error: title: a value is missing here: after a name and its colon, or between commas in a list, JSON "
                        + "needs a value");
    }

    @Test
    void aUtf16FileWithHalfACharacterIsNotCalledInvalidUtf8(@TempDir Path dir) throws IOException {
        byte[] text = "{\"version\": 1, \"title\": \"A".getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[2 + text.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(text, 0, file, 2, text.length);
        file[file.length - 2] = 0x00; // a high surrogate, D800, with nothing after it
        file[file.length - 1] = (byte) 0xD8;
        Path utf16 = Files.write(dir.resolve("u.json"), file);

        assertThat(read(utf16).problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("the file starts as UTF-16 text, but at byte").doesNotContain("UTF-8 text");
    }
}
