package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.chronoline.model.ExtraField;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineFileReaderTest {
    private final TimelineFileReader reader = new TimelineFileReader();

    /**
     * The checksum a save asks of the disk is that of the very bytes the timeline was read from, the
     * whole file, its last spaces too: taken by a second read after parsing, it described a file changed
     * meanwhile with its time and size kept, and that change was then written over.
     */
    @Test
    void theChecksumIsOfTheBytesReadTheWholeFile(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        byte[] bytes = ("{\"version\": 1, \"title\": \"T\", \"events\": [{\"id\": \"a\", \"title\": \"\u00c9v\u00e9nement\", \"start\": \"1990\"}]}"
                + " ".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("t.json"), bytes);
        LoadResult result = new TimelineFileReader().read(file);

        assertThat(result.isLoaded()).isTrue();
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        assertThat(result.checksum()).isEqualTo(crc.getValue());
        assertThat(FileStamp.of(file).withChecksum(result.checksum()).changedOnDisk(file)).isFalse();
    }

    @Test
    void readsEveryFieldOfTheFormat() {
        LoadResult result = reader.read(TestFiles.file("full.json"));

        assertThat(result.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(result.problems()).isEmpty();
        TimelineDocument doc = result.document();
        assertThat(doc.title()).isEqualTo("Every field");
        assertThat(doc.categories()).extracting(c -> c.id() + "/" + c.name() + "/" + c.color())
                .containsExactly("treaty/Treaties signed/#2E6DB4", "talks/Talks/null");
        assertThat(doc.eras()).singleElement().satisfies(era -> {
            assertThat(era.title()).isEqualTo("CFE Treaty in force");
            assertThat(era.end().toIso()).isEqualTo("2007-12-12");
        });

        TimelineEvent signed = doc.events().get(0);
        assertThat(signed.id()).isEqualTo("cfe-signed");
        assertThat(signed.dateText()).isEqualTo("19 November 1990");
        assertThat(signed.tags()).containsExactly("CFE", "Paris summit");
        assertThat(signed.actors()).containsExactly("NATO", "Warsaw Pact");
        assertThat(signed.location()).isEqualTo("Paris");
        assertThat(signed.description()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(signed.sources()).singleElement().satisfies(source -> {
            assertThat(source.url()).isEqualTo("https://www.osce.org/node/58665");
            assertThat(source.publisher()).isEqualTo("OSCE");
            assertThat(source.date().toIso()).isEqualTo("1990-11-19");
            assertThat(source.extras().fields()).containsExactly(new ExtraField("archived", "true", "date"));
        });
        assertThat(signed.related()).containsExactly(RelatedLink.to("talks"));
        assertThat(signed.image().path()).isEqualTo("images/paris.png");
        assertThat(signed.extras().fields())
                .containsExactly(new ExtraField("x-reviewed-by", "{\"name\":\"A. Teacher\",\"on\":\"2026-11-01\"}", "image"));

        TimelineEvent talks = doc.events().get(1);
        assertThat(talks.isSpan()).isTrue();
        assertThat(talks.approximate()).isTrue();
        assertThat(talks.dateText()).isEqualTo("c. March 1989 – November 1990");

        TimelineEvent thermopylae = doc.events().get(2);
        assertThat(thermopylae.id()).as("generated from title and date").isEqualTo("thermopylae--0479");
        assertThat(thermopylae.dateText()).isEqualTo("480 BCE");

        assertThat(doc.tours()).singleElement().satisfies(t -> assertThat(t.steps()).containsExactly("talks", "cfe-signed"));
        assertThat(doc.extras().fields()).containsExactly(new ExtraField("generator", "{\"name\":\"hand\",\"version\":3}", "tours"));
    }

    @Test
    void reportsABadDateWithFileLineColumnAndPath() {
        LoadResult result = reader.read(TestFiles.file("bad-date.json"));

        assertThat(result.status()).isEqualTo(LoadResult.Status.INVALID);
        assertThat(result.document()).isNull();
        assertThat(result.problems()).extracting(p -> p.format("bad-date.json"))
                .containsExactly("bad-date.json:6:45: error: events[1].start: \"2007-13-01\" is not a date (there is no month 13; months run from 1 to 12)");
    }

    @Test
    void reportsEveryProblemInAFileWithItsPositionNotOnlyTheFirst() {
        LoadResult result = reader.read(TestFiles.file("many-problems.json"));

        assertThat(result.status()).isEqualTo(LoadResult.Status.INVALID);
        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:5:51: warning: categories[0].color: \"blue\" is not a colour; write \"#RRGGBB\", such as \"#2E6DB4\" (the default colour is used)",
                "f:8:26: error: events[0].title: expected text in double quotes, found a number",
                "f:9:5: error: events[1]: \"title\" is missing",
                "f:10:12: error: events[2].id: the id \"a\" is already used by events[0]; ids must be unique",
                "f:11:63: error: events[3].end: end (1989) is before start (1990)",
                "f:12:75: warning: events[4].category: there is no category with the id \"summit\"; the event is shown as uncategorised",
                "f:13:72: warning: events[5].related[0]: there is no event with the id \"nowhere\"",
                "f:14:35: error: events[6].title: the field \"title\" appears more than once in this object; keep one",
                "f:15:50: error: events[7].start: a date must be text in quotes, such as \"1990\", not a number",
                "f:16:67: error: events[8].tags: expected a list […], found text",
                "f:17:70: warning: events[9].summary: null is treated as if the field were missing",
                "f:18:5: error: events[10]: \"title\" is missing",
                "f:18:17: warning: events[10].titel: unknown field \"titel\" is kept as it is but not used; did you mean \"title\"?",
                "f:19:50: error: events[11].start: expected a date as text, such as \"1990-11-19\", found an object {…}",
                "f:22:49: warning: tours[0].steps[1]: there is no event with the id \"missing-step\"");
    }

    @Test
    void explainsMistakesInUncertainDatesWithTheirPositions() {
        String json = """
                {"version": 1, "title": "T", "events": [
                  {"id": "a", "title": "A", "start": "1973", "dating": "between"},
                  {"id": "b", "title": "B", "start": "1990", "approximate": true, "margin": 0},
                  {"id": "c", "title": "C", "start": "1990", "margin": "5"},
                  {"id": "d", "title": "D", "start": "1990", "dating": "guessed"},
                  {"id": "e", "title": "E", "start": "2007-07-14", "dating": "disputed",
                    "sources": [{"title": "S", "gives": "2007-07-14"}]},
                  {"id": "f", "title": "F", "start": "2007-07-14", "dating": "disputed",
                    "sources": [{"title": "S", "gives": "14 July"}]}]}
                """;
        LoadResult result = reader.read(TimelineSource.of("dating.json", json.getBytes(StandardCharsets.UTF_8)), LoadMonitor.NONE);

        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:2:56: error: events[0].dating: \"between\" needs an end: the latest date the event may have happened",
                "f:3:77: error: events[1].margin: 0 is not a margin: write how many years the date may be off, a number above 0"
                        + " and at most 10,000, such as 5",
                "f:4:56: error: events[2].margin: expected a number, such as 5, found text",
                "f:5:56: warning: events[3].dating: \"guessed\" is not a kind of dating Chronoline knows"
                        + " (before, after, between, disputed); the date is read as stated",
                "f:6:62: warning: events[4].dating: \"disputed\", but no source gives another date; add \"gives\" to the sources"
                        + " that differ",
                "f:8:62: warning: events[5].dating: \"disputed\", but no source gives another date; add \"gives\" to the sources"
                        + " that differ",
                "f:9:41: error: events[5].sources[0].gives: \"14 July\" is not a date (write an ISO 8601 date: YYYY, YYYY-MM,"
                        + " YYYY-MM-DD or YYYY-MM-DDTHH:MM)");
    }

    @Test
    void aBetweenWithoutAnEndIsOneErrorEvenOnAnEventWithoutAnId() {
        String json = """
                {"version": 1, "title": "T", "events": [
                  {"title": "Fine", "start": "1990"},
                  {"title": "Broken", "start": "1973", "dating": "between"}]}
                """;
        LoadResult result = reader.read(TimelineSource.of("d.json", json.getBytes(StandardCharsets.UTF_8)), LoadMonitor.NONE);

        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:3:50: error: events[1].dating: \"between\" needs an end: the latest date the event may have happened");
    }

    /**
     * A source's address that no output opens is named (a walk-through: `check` said nothing of "javascript:", and
     * the window, page and handout showed it as text); kept as written, as every unknown value is.
     */
    @Test
    void namesASourceAddressThatNoOutputOpens() {
        String json = """
                {"version": 1, "title": "T", "events": [
                  {"title": "A", "start": "1990", "sources": [
                    {"title": "Fine", "url": "https://www.osce.org/node/58665"},
                    {"title": "Mail", "url": "mailto:press@example.org"},
                    {"title": "Bare", "url": "www.osce.org"},
                    {"title": "Script", "url": "javascript:alert(1)"},
                    {"title": "Empty", "url": ""}]}]}
                """;
        LoadResult result = reader.read(TimelineSource.of("u.json", json.getBytes(StandardCharsets.UTF_8)), LoadMonitor.NONE);

        String unopened = " is not a web address written in full (https://…) or an e-mail address (mailto:…);"
                + " it is kept in the file and shown as text, never as a link";
        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:5:30: warning: events[0].sources[2].url: \"www.osce.org\"" + unopened,
                "f:6:32: warning: events[0].sources[3].url: \"javascript:alert(1)\"" + unopened);
        assertThat(result.document().events().get(0).sources()).extracting(org.chronoline.model.Source::url)
                .containsExactly("https://www.osce.org/node/58665", "mailto:press@example.org", "www.osce.org",
                        "javascript:alert(1)", "");
    }

    @Test
    void explainsMistakesInTypedLinksWithTheirPositions() {
        String json = """
                {"version": 1, "title": "T", "events": [
                  {"id": "a", "title": "A", "start": "1990", "related": [
                    {"type": "led-to"},
                    {"id": "b", "type": "led_to"},
                    {"id": "b", "tpye": "part-of"},
                    {"id": "nowhere", "type": "led-to"},
                    {"id": "b", "type": 3}]},
                  {"id": "b", "title": "B", "start": "1991"}]}
                """;
        LoadResult result = reader.read(TimelineSource.of("links.json", json.getBytes(StandardCharsets.UTF_8)), LoadMonitor.NONE);

        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:3:5: error: events[0].related[0]: \"id\" is missing",
                "f:4:25: warning: events[0].related[1].type: \"led_to\" is not a kind of link Chronoline knows"
                        + " (led-to, response-to, part-of, see-also); the link is kept and shown as \u201crelated\u201d",
                "f:5:17: warning: events[0].related[2].tpye: unknown field \"tpye\" is kept as it is but not used; did you mean \"type\"?",
                "f:6:12: warning: events[0].related[3].id: there is no event with the id \"nowhere\"",
                "f:7:25: error: events[0].related[4].type: expected text in double quotes, found a number");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "comment.json               | 3:3: error: comments are not allowed in JSON; remove the comment",
        "trailing-comma-list.json   | 5:36: error: a comma before ] is not allowed in JSON; remove the last comma",
        "trailing-comma-object.json | 4:15: error: a comma before } is not allowed in JSON; remove the last comma",
        "trailing-garbage.json      | 6:1: error: there is more text after the end of the timeline object; the file must end after its closing }",
        "single-quotes.json         | 3:3: error: text must be in double quotes (\") in JSON, not single quotes (')",
        "missing-comma.json         | 3:3: error: a comma is missing between two fields",
        "truncated.json             | 5:32: error: events[0].start: text in quotes is not closed: a \" is missing, or the file was cut short",
        "nan.json                   | 5:52: error: events[0].approximate: NaN and Infinity are not numbers in JSON",
        "capital-true.json          | 4:61: error: events[0].approximate: True must be written in lowercase: true",
        "leading-zero.json          | 2:14: error: version: numbers must not start with 0 in JSON (write 7, not 07)",
        "array-root.json            | 1:1: error: a timeline file is one JSON object that starts with {, but this file holds a list […]",
        "string-root.json           | 1:1: error: a timeline file is one JSON object that starts with {, but this file holds text",
        "whitespace.json            | 1:1: error: the file contains only blank space; a timeline file is a JSON object that starts with {",
        "invalid-utf8.json          | 3:17: error: the file is not valid UTF-8 text: byte 0xF3 (at byte 34) cannot appear here; save the file with UTF-8 encoding",
        "random-bytes.json          | 1:1: error: the file is not valid UTF-8 text: byte 0xA5 (at byte 0) cannot appear here; save the file with UTF-8 encoding",
        "cut-in-character.json      | 5:36: error: the file ends in the middle of a character (byte 0xF0, at byte 94, starts one whose other bytes are missing): it was cut short and the rest of it is missing; open a complete copy, such as the backup beside it ending in .bak",
        "cut-in-accent.json         | 5:36: error: the file ends in the middle of a character (byte 0xC3, at byte 94, starts one whose other bytes are missing): it was cut short and the rest of it is missing; open a complete copy, such as the backup beside it ending in .bak",
        "ends-in-surrogate.json     | 5:36: error: the file is not valid UTF-8 text: byte 0xED (at byte 94) cannot appear here; save the file with UTF-8 encoding",
    })
    void explainsWhatIsWrongWithBrokenJsonAndWhere(String file, String expected) {
        LoadResult result = reader.read(TestFiles.file(file));

        assertThat(result.status()).isEqualTo(LoadResult.Status.INVALID);
        assertThat(result.problems()).extracting(p -> p.format(file)).containsExactly(file + ":" + expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty.json     | the file is empty; a timeline file is a JSON object that starts with {",
        "image.png.json | this is a PNG image, not a timeline file; a timeline file is JSON text",
    })
    void namesContentThatIsNotATimelineAtAll(String file, String message) {
        LoadResult result = reader.read(TestFiles.file(file));

        assertThat(result.status()).isEqualTo(LoadResult.Status.INVALID);
        assertThat(result.problems()).extracting(Problem::message).containsExactly(message);
    }

    @ParameterizedTest
    @CsvSource({"utf8-bom.json", "utf16le-bom.json", "utf16be-bom.json"})
    void acceptsByteOrderMarksForUtf8AndUtf16(String file) {
        LoadResult result = reader.read(TestFiles.file(file));

        assertThat(result.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(result.document().title()).isEqualTo("Kraków");
        assertThat(result.document().events().get(0).title()).isEqualTo("Café");
    }

    @Test
    void saysWhenAFileIsMissingOrAFolder(@TempDir Path dir) {
        LoadResult missing = reader.read(dir.resolve("nowhere.json"));
        LoadResult folder = reader.read(dir);

        assertThat(missing.status()).isEqualTo(LoadResult.Status.UNREADABLE);
        assertThat(missing.problems()).extracting(Problem::message).containsExactly("file not found");
        assertThat(folder.status()).isEqualTo(LoadResult.Status.UNREADABLE);
        assertThat(folder.problems()).extracting(Problem::message).containsExactly("this is a folder, not a file");
    }

    /** An end at a coarser precision that holds the start ("1990-11" for 1990-11-19) is not before it: the file opens. */
    @Test
    void anEndThatHoldsTheStartIsNotBeforeIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("month.json");
        Files.writeString(file, "{\"version\": 1, \"title\": \"T\", \"events\": ["
                + "{\"id\": \"a\", \"title\": \"Signed and applied\", \"start\": \"1990-11-19\", \"end\": \"1990-11\"}]}");

        LoadResult result = reader.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.document().events()).hasSize(1);
    }

    @Test
    void opensAFileFromANewerVersionWithAWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("v2.json");
        Files.writeString(file, "{\"version\": 2, \"title\": \"Future\", \"events\": [], \"layers\": [1]}");

        LoadResult result = reader.read(file);

        assertThat(result.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(result.document().isFromNewerVersion()).isTrue();
        assertThat(result.warnings()).extracting(p -> p.format("v2.json")).containsExactly(
                "v2.json:1:13: warning: version: this file is written for format version 2, newer than this Chronoline "
                        + "understands (version 1); it opens read-only so that nothing in it is lost");
    }

    @Test
    void keepsTheFirstHundredProblemsAndCountsTheRest(@TempDir Path dir) throws IOException {
        StringBuilder json = new StringBuilder("{\"version\": 1, \"title\": \"Bad\", \"events\": [\n");
        for (int i = 0; i < 150; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"title\": \"e").append(i).append("\", \"start\": \"1990-13\"}");
        }
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json.append("\n]}\n"));

        LoadResult result = reader.read(file);

        assertThat(result.problems()).hasSize(Findings.LIMIT);
        assertThat(result.omittedProblems()).isEqualTo(50);
        assertThat(result.problems().get(99).format("bad.json"))
                .isEqualTo("bad.json:101:27: error: events[99].start: \"1990-13\" is not a date (there is no month 13; months run from 1 to 12)");
    }

    @Test
    void neverChangesTheFileItReads(@TempDir Path dir) throws IOException, NoSuchAlgorithmException {
        Path file = dir.resolve("events.json");
        Files.copy(TestFiles.file("many-problems.json"), file);
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] digest = sha256(file);

        reader.read(file);
        reader.read(file);

        assertThat(sha256(file)).isEqualTo(digest);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(dir.toFile().list()).containsExactly("events.json");
    }

    @Test
    void quotesHugeValuesShortlyInMessages(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.json");
        String longDate = "x".repeat(100_000);
        Files.writeString(file, "{\"version\": 1, \"title\": \"L\", \"events\": [{\"title\": \"a\", \"start\": \"" + longDate + "\"}]}",
                StandardCharsets.UTF_8);

        List<Problem> problems = reader.read(file).problems();

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).hasSizeLessThan(200).contains("x…\""));
    }

    private static byte[] sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
