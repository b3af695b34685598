package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineFileWriterTest {

    private static TimelineDocument read(Path file) {
        LoadResult result = new TimelineFileReader().read(file);
        assertThat(result.problems()).isEmpty();
        return result.document();
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/events.json", "src/test/resources/files/in-style.json"})
    void writesAFileAlreadyInStyleBackByteForByte(String path) throws IOException {
        byte[] original = Files.readAllBytes(Path.of(path));

        byte[] written = TimelineFileWriter.toBytes(read(Path.of(path)));

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(original, StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(original);
    }

    @Test
    void keepsUnknownFieldsAtEveryLevelWhereTheyWere() {
        String json = TimelineFileWriter.toJson(read(TestFiles.file("full.json")));

        assertThat(json).contains("\"archived\": true\n", "\"generator\": {\n    \"name\": \"hand\",\n    \"version\": 3\n  }\n}\n");
        assertThat(json.indexOf("\"x-reviewed-by\"")).as("after image, where it was")
                .isGreaterThan(json.indexOf("\"image\"")).isLessThan(json.indexOf("\"title\": \"Negotiations in Vienna\""));
        assertThat(json.indexOf("\"archived\"")).as("after the source's date").isGreaterThan(json.indexOf("\"date\": \"1990-11-19\""));
    }

    @Test
    void normalisesAHandWrittenFileIntoTheDocumentedStyle() {
        String json = TimelineFileWriter.toJson(read(TestFiles.file("full.json")));

        assertThat(json).startsWith("{\n  \"version\": 1,\n  \"title\": \"Every field\",\n");
        assertThat(json).doesNotContain("\"approximate\": false").contains("\"approximate\": true");
        assertThat(json).contains("\"id\": \"thermopylae--0479\"").as("generated ids are written");
        assertThat(json).endsWith("}\n");
        assertThat(json.getBytes(StandardCharsets.UTF_8)[0]).as("no byte-order mark").isEqualTo((byte) '{');
    }

    @Test
    void writesWhatItReadsAndReadsWhatItWrites() {
        TimelineDocument original = read(TestFiles.file("full.json"));

        LoadResult again = new TimelineFileReader().read(TimelineSource.of("again.json", TimelineFileWriter.toBytes(original)),
                LoadMonitor.NONE);

        assertThat(again.problems()).isEmpty();
        assertThat(again.document()).isEqualTo(original);
    }

    @Test
    void aPlainLinkStaysAnIdAndATypedOneIsAnObjectThatKeepsWhatItDoesNotKnow() {
        String json = """
                {"version": 1, "title": "T", "events": [
                  {"id": "a", "title": "A", "start": "1990", "related": ["b", {"id": "b", "type": "led-to"},
                    {"id": "b", "type": "inspired-by", "x-note": "kept"}]},
                  {"id": "b", "title": "B", "start": "1991"}]}
                """;
        LoadResult result = new TimelineFileReader().read(TimelineSource.of("links.json", json.getBytes(StandardCharsets.UTF_8)),
                LoadMonitor.NONE);
        assertThat(result.problems()).extracting(Problem::path).as("the unknown type is named, not refused")
                .containsExactly("events[0].related[2].type");
        List<RelatedLink> links = result.document().events().get(0).related();
        assertThat(links).extracting(RelatedLink::id, RelatedLink::type, RelatedLink::kind).containsExactly(
                tuple("b", null, RelatedLink.SEE_ALSO), tuple("b", "led-to", RelatedLink.LED_TO), tuple("b", "inspired-by", null));

        String written = TimelineFileWriter.toJson(result.document());

        assertThat(written).contains("""
                      "related": [
                        "b",
                        {
                          "id": "b",
                          "type": "led-to"
                        },
                        {
                          "id": "b",
                          "type": "inspired-by",
                          "x-note": "kept"
                        }
                      ]
                """);
        LoadResult again = new TimelineFileReader().read(TimelineSource.of("again.json", written.getBytes(StandardCharsets.UTF_8)),
                LoadMonitor.NONE);
        assertThat(again.document()).isEqualTo(result.document());
    }

    @Test
    void uncertainAndDisputedDatesAreWrittenWhereTheSchemaPutsThemAndReadBackTheSame() {
        String json = """
                {"version": 1, "title": "T", "events": [
                  {"id": "a", "title": "A", "start": "1973", "end": "1975", "dating": "between"},
                  {"id": "b", "title": "B", "start": "1990", "approximate": true, "margin": 2.5},
                  {"id": "c", "title": "C", "start": "1992-03", "margin": 3, "dating": "before"},
                  {"id": "d", "title": "D", "start": "2007-07-14", "dating": "disputed",
                    "sources": [{"title": "S", "date": "2007-07-20", "gives": "2007-07-13"}]}]}
                """;
        LoadResult result = new TimelineFileReader().read(TimelineSource.of("d.json", json.getBytes(StandardCharsets.UTF_8)),
                LoadMonitor.NONE);
        assertThat(result.problems()).isEmpty();

        String written = TimelineFileWriter.toJson(result.document());

        assertThat(written).contains("\"end\": \"1975\",\n      \"dating\": \"between\"\n")
                .contains("\"approximate\": true,\n      \"margin\": 2.5\n")
                .contains("\"margin\": 3,\n      \"dating\": \"before\"\n")
                .contains("\"date\": \"2007-07-20\",\n          \"gives\": \"2007-07-13\"\n");
        LoadResult again = new TimelineFileReader().read(TimelineSource.of("again.json", written.getBytes(StandardCharsets.UTF_8)),
                LoadMonitor.NONE);
        assertThat(again.document()).isEqualTo(result.document());
        assertThat(again.document().events().get(3).dateText()).isEqualTo("14 July 2007 or 13 July 2007; sources differ");
    }

    @Test
    void escapesTextThatNeedsItAndNothingElse() {
        TimelineEvent event = TimelineEvent.point("q", "Quotes \" and \\ backslash, tab\tand <html> & Kraków", IsoDates.parse("1990"));
        TimelineDocument doc = new TimelineDocument(1, "T", null, List.of(), List.of(), List.of(event), List.of(), ExtraFields.NONE);

        String json = TimelineFileWriter.toJson(doc);

        assertThat(json).contains("\"title\": \"Quotes \\\" and \\\\ backslash, tab\\tand <html> & Kraków\"");
    }

    /**
     * The check before a save follows the reader: a known text past its limit is refused, naming
     * it; a long field another program added, which the reader takes whole, is saved as it came.
     */
    @Test
    void aSaveRefusesWhatTheReaderWouldAndOnlyThat() throws IOException {
        String note = "n".repeat(12_000);
        TimelineDocument read = new TimelineFileReader().read(TimelineSource.of("long.json", ("{\"version\": 1, \"title\": \"T\", "
                + "\"events\": [{\"id\": \"a\", \"title\": \"A\", \"start\": \"1990\", \"x-notes\": \"" + note + "\"}]}")
                .getBytes(StandardCharsets.UTF_8)), LoadMonitor.NONE).document();
        assertThat(new String(TimelineFileWriter.toReadableBytes(read), StandardCharsets.UTF_8)).as("another program's long field").contains(note);

        TimelineEvent a = read.events().get(0);
        TimelineDocument tooLong = new TimelineDocument(1, read.title(), null, read.categories(), List.of(),
                List.of(a.withTags(List.of("t".repeat(10_001)))), List.of(), ExtraFields.NONE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimelineFileWriter.toReadableBytes(tooLong))
                .hasMessageContaining("the \u201ctags\u201d text of \u201cA\u201d is 10,001 characters long");
    }
}
