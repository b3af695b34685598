package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronoline.model.Era;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TimelineJS files, written by us from the published format description, in and out. */
class TimelineJsTest {
    private final TimelineFileReader reader = new TimelineFileReader();

    private static Path file(String name) {
        return Path.of("src/test/resources/timelinejs", name);
    }

    private TimelineEvent event(TimelineDocument doc, String id) {
        return doc.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryDocumentedFieldOfTheFormat() {
        LoadResult result = reader.read(file("every-field.json"));

        assertThat(result.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(result.format()).isEqualTo(FileFormat.TIMELINEJS);
        TimelineDocument doc = result.document();
        assertThat(doc.title()).isEqualTo("Arms control in Europe");
        assertThat(doc.description()).isEqualTo("From the CFE Treaty to its suspension.\n\nWritten for a class.");
        assertThat(doc.categories()).extracting(c -> c.id() + "/" + c.name()).containsExactly("treaties/Treaties", "decisions/Decisions");
        assertThat(doc.eras()).singleElement().satisfies(era -> {
            assertThat(era.title()).isEqualTo("CFE Treaty applied");
            assertThat(era.start().toIso() + "/" + era.end().toIso()).isEqualTo("1992-07-17/2007-12-12");
        });

        TimelineEvent signed = event(doc, "cfe-signed");
        assertThat(signed.title()).isEqualTo("CFE Treaty signed in Paris");
        assertThat(signed.start().toIso()).isEqualTo("1990-11-19");
        assertThat(signed.category()).isEqualTo("treaties");
        assertThat(signed.description()).as("HTML to text, the script gone").isEqualTo("22 states sign the treaty.\n\nSee the OSCE page.");
        assertThat(signed.sources()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("the OSCE page");
            assertThat(s.url()).isEqualTo("https://www.osce.org/node/58665");
        });
        assertThat(signed.image().path()).isEqualTo("images/paris-1990.jpg");
        assertThat(signed.image().caption()).isEqualTo("Signing ceremony");
        assertThat(signed.image().credit()).isEqualTo("Archive");
        assertThat(signed.extras().fields()).singleElement().satisfies(kept -> {
            assertThat(kept.name()).isEqualTo("x-timelinejs");
            assertThat(kept.json()).contains("\"thumbnail\":\"images/paris-thumb.jpg\"", "\"link_target\":\"_blank\"",
                    "\"background\":{\"url\":\"images/paris-bg.jpg\"", "\"autolink\":false");
        });

        assertThat(event(doc, "decree").start().toIso()).as("a month alone is month precision").isEqualTo("2007-07");
        TimelineEvent talks = event(doc, "cfe-talks");
        assertThat(talks.dateText()).isEqualTo("9 March 1989 – November 1990");
        assertThat(talks.description()).isEqualTo("\u2022 NATO\n\u2022 Warsaw Pact");
        assertThat(event(doc, "two-plus-two").start().toIso()).isEqualTo("2007-10-12T14:30:05");
        assertThat(event(doc, "thermopylae").dateText()).as("-480 is 480 BCE, as TimelineJS shows it").isEqualTo("480 BCE");
        assertThat(doc.events().get(6).title()).isEqualTo("An event without a headline.");

        assertThat(result.warnings()).extracting(p -> p.format("f")).containsExactly(
                "f:56:112: warning: events[4].start_date.millisecond: milliseconds are not kept in a Chronoline date; the original "
                        + "date is kept for exporting back to TimelineJS",
                "f:63:24: warning: events[5].media.url: the media \"https://www.youtube.com/watch?v=abcdefghijk\" is not a picture "
                        + "Chronoline shows; it is kept, and exported back to TimelineJS",
                "f:68:15: warning: events[6].text: this event has no headline; it is called \"An event without a headline.\"");
    }

    @Test
    void readsTheStringsAndEmptyFieldsOfAFileMadeFromASheet() {
        LoadResult result = reader.read(file("from-a-sheet.json"));

        assertThat(result.problems()).isEmpty();
        TimelineDocument doc = result.document();
        assertThat(doc.title()).as("named after the file when there is no title slide").isEqualTo("From a sheet");
        assertThat(doc.events()).extracting(TimelineEvent::dateText).containsExactly("26 May 1972", "15 March 44 BCE");
        assertThat(doc.events().get(1).category()).isNull();
    }

    /**
     * A headline, caption, credit, group or id longer than a Chronoline file may hold is an error at
     * its field, as in a Chronoline file, and --check says so: taken, the timeline opened and could
     * never be saved ("the title text of … is 10,001 characters long").
     */
    @Test
    void aTextLongerThanAChronolineFileHoldsIsAnErrorAtItsField(@TempDir Path dir) throws IOException {
        String many = "x".repeat(Limits.TEXT_CHARS) + "<b>y</b>";
        Path file = Files.writeString(dir.resolve("long.json"), "{\"events\": [\n"
                + "{\"start_date\": {\"year\": 1990}, \"text\": {\"headline\": \"" + many + "\"}},\n"
                + "{\"start_date\": {\"year\": 1991}, \"group\": \"" + "g".repeat(10_001) + "\", \"unique_id\": \"" + "i".repeat(10_001) + "\",\n"
                + " \"media\": {\"url\": \"a.png\", \"caption\": \"" + many + "\", \"credit\": \"ok\"}}]}");

        LoadResult result = reader.read(file);

        assertThat(result.status()).isEqualTo(LoadResult.Status.INVALID);
        String tooLong = "this text is 10,001 characters long; Chronoline reads at most 10,000 characters here. Shorten it in a text editor.";
        assertThat(result.problems()).filteredOn(Problem::isError).extracting(p -> p.format("f"))
                .containsExactly(
                        "f:2:53: error: events[0].text.headline: " + tooLong,
                        "f:3:41: error: events[1].group: " + tooLong,
                        "f:3:10059: error: events[1].unique_id: " + tooLong,
                        "f:4:39: error: events[1].media.caption: " + tooLong);
        assertThat(result.problems()).extracting(Problem::message).doesNotContain("credit");
        Path exact = Files.writeString(dir.resolve("exact.json"), "{\"events\": [{\"start_date\": {\"year\": 1990}, \"text\": "
                + "{\"headline\": \"" + many.replace("<b>y</b>", "<b></b>") + "\"}}]}");
        assertThat(reader.read(exact).status()).as("10,000 characters, once the HTML is undone").isEqualTo(LoadResult.Status.LOADED);
    }

    /**
     * What Chronoline carried in x-chronoline (a summary, tags, a tour's steps...), a picture's
     * address and a display date taken as the title are held to the same limits: each was taken
     * whole, and the timeline opened and could never be saved (or, for a list, saved as a file
     * Chronoline then refused). A too-long headline is one error, not an error and a "no headline"
     * warning. Fields other programs added, carried in "extras", are not limited, as in a
     * Chronoline file.
     */
    @Test
    void carriedFieldsAddressesAndDisplayDatesAreHeldToTheFilesLimits(@TempDir Path dir) throws IOException {
        String long1 = "x".repeat(Limits.TEXT_CHARS + 1);
        String tags = "[" + "\"t\",".repeat(Limits.LIST_ENTRIES) + "\"t\"]";
        Path file = Files.writeString(dir.resolve("carried.json"), "{\"events\": [\n"
                + "{\"start_date\": {\"year\": 1990}, \"text\": {\"headline\": \"" + long1 + "\"}},\n"
                + "{\"start_date\": {\"year\": 1991}, \"media\": {\"url\": \"" + long1 + ".png\"}},\n"
                + "{\"start_date\": {\"year\": 1992}, \"display_date\": \"" + long1 + "\"},\n"
                + "{\"start_date\": {\"year\": 1993}, \"text\": {\"headline\": \"ok\"}, \"x-chronoline\": {\"summary\": \""
                + long1 + "\", \"tags\": " + tags + ", \"extras\": [{\"name\": \"x-note\", \"value\": \"" + long1 + "\"}]}},\n"
                + "{\"start_date\": {\"year\": 1994}, \"text\": {\"headline\": \"" + "y".repeat(Limits.DESCRIPTION_CHARS + 1) + "\"}}],\n"
                + "\"x-chronoline\": {\"tours\": [{\"id\": \"t\", \"title\": \"" + long1 + "\", \"steps\": []}]}}");

        LoadResult result = reader.read(file);

        assertThat(result.status()).isEqualTo(LoadResult.Status.INVALID);
        String tooLong = "this text is 10,001 characters long; Chronoline reads at most 10,000 characters here. Shorten it in a text editor.";
        assertThat(result.problems()).filteredOn(Problem::isError).extracting(p -> p.path())
                .containsExactlyInAnyOrder("events[0].text.headline", "events[1].media.url", "events[2].display_date",
                        "events[3].x-chronoline.summary", "events[3].x-chronoline.tags", "events[4].text.headline",
                        "x-chronoline.tours[0].title");
        assertThat(result.problems()).filteredOn(Problem::isError).extracting(Problem::message)
                .contains(tooLong, "this list has 10,001 entries; Chronoline reads at most 10,000. Split it or remove entries.");
        // Also one longer than any text a file holds (200,000 characters), which was refused before its HTML was undone.
        assertThat(result.problems()).as("the headline's error alone")
                .filteredOn(p -> p.path().equals("events[0].text") || p.path().equals("events[4].text")).isEmpty();
    }

    @Test
    void explainsDatesThatAreNotDates() {
        LoadResult result = reader.read(file("broken-dates.json"));

        assertThat(result.status()).isEqualTo(LoadResult.Status.INVALID);
        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:3:20: error: events[0].start_date: \"year\" is missing",
                "f:4:29: error: events[1].start_date.year: expected a whole number, found \"MCMXC\"",
                "f:5:20: error: events[2].start_date: this is not a date (February 2007 has 28 days)",
                "f:6:20: error: events[3].start_date: expected an object {…}, found text",
                "f:7:5: error: events[4]: \"start_date\" is missing");
    }

    @Test
    void keepsCosmologicalEventsItCannotShowForTheWayBack(@TempDir Path dir) throws IOException {
        LoadResult result = reader.read(file("cosmological.json"));

        assertThat(result.document().events()).extracting(TimelineEvent::id).containsExactly("dinosaurs");
        assertThat(result.warnings()).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("beyond the years Chronoline shows"));

        JsonObject back = JsonParser.parseString(new String(TimelineJsWriter.toBytes(result.document()), StandardCharsets.UTF_8))
                .getAsJsonObject();
        JsonArray events = back.getAsJsonArray("events");
        assertThat(events).hasSize(3);
        assertThat(back.get("scale").getAsString()).isEqualTo("cosmological");
        assertThat(events.toString()).contains("\"year\":-13800000000", "\"unique_id\":\"big-bang\"", "\"year\":-66000000");
    }

    /**
     * An era beyond the model's years is left out with a warning at it, and kept for the way back, as such an
     * event is: it was left out unsaid, and lost on export (a review).
     */
    @Test
    void anEraBeyondTheYearsChronolineShowsIsLeftOutWithAWarningAndKeptForTheWayBack(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("eras.json"), "{\"events\": [{\"start_date\": {\"year\": 1990}, "
                + "\"text\": {\"headline\": \"One\"}}],\n \"eras\": [{\"start_date\": {\"year\": -4600000000}, "
                + "\"end_date\": {\"year\": -4000000000}, \"text\": {\"headline\": \"Hadean\"}},\n"
                + " {\"start_date\": {\"year\": 1989}, \"end_date\": {\"year\": 1991}, \"text\": {\"headline\": \"Change\"}}]}");

        LoadResult result = reader.read(file);

        assertThat(result.document().eras()).extracting(Era::title).containsExactly("Change");
        assertThat(result.warnings()).extracting(p -> p.format("f")).containsExactly(
                "f:2:11: warning: eras[0]: this era's dates are beyond the years Chronoline shows (-999,999,999 to 999,999,999); it is left out"
                        + " of the timeline and kept for exporting back to TimelineJS");

        // Through a Chronoline file and back to TimelineJS: after the timeline's own era, as it was read.
        Path saved = dir.resolve("saved.json");
        Files.write(saved, TimelineFileWriter.toBytes(result.document()));
        JsonObject back = JsonParser.parseString(new String(TimelineJsWriter.toBytes(reader.read(saved).document()), StandardCharsets.UTF_8))
                .getAsJsonObject();
        JsonArray eras = back.getAsJsonArray("eras");
        assertThat(eras).hasSize(2);
        assertThat(eras.get(0).getAsJsonObject().getAsJsonObject("text").get("headline").getAsString()).isEqualTo("Change");
        assertThat(eras.get(1).getAsJsonObject().getAsJsonObject("start_date").get("year").getAsLong()).isEqualTo(-4_600_000_000L);
        assertThat(eras.get(1).getAsJsonObject().getAsJsonObject("text").get("headline").getAsString()).isEqualTo("Hadean");
    }

    @Test
    void exportsTheBundledTimelineAndReadsItBackUnchanged(@TempDir Path dir) throws IOException {
        TimelineDocument original = reader.read(Path.of("data/events.json")).document();
        Path exported = dir.resolve("timeline.json");
        Files.write(exported, TimelineJsWriter.toBytes(original));

        LoadResult back = reader.read(exported);

        assertThat(back.format()).isEqualTo(FileFormat.TIMELINEJS);
        assertThat(back.problems()).isEmpty();
        assertThat(TimelineFileWriter.toBytes(back.document())).as("every event, date, category, description and source")
                .isEqualTo(Files.readAllBytes(Path.of("data/events.json")));
    }

    /**
     * A description as long as a Chronoline file holds, in many short paragraphs or beside twenty sources, goes to
     * TimelineJS and back unchanged: its HTML (paragraph tags, escapes, the sources listed under it) was held to the
     * description's own length, so the export was a file Chronoline refused, said only by --check (an editor's
     * walk-through). The text it holds is still held to a description's length.
     */
    @Test
    void aDescriptionAsLongAsAFileHoldsGoesToTimelineJsAndBack(@TempDir Path dir) throws IOException {
        String paragraphs = "a & b\n\n".repeat((Limits.DESCRIPTION_CHARS - 5) / 7) + "end.";
        String plain = "x".repeat(Limits.DESCRIPTION_CHARS - 11) + " & \"quoted\"";
        List<Source> sources = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new Source("Source " + i, "https://example.org/" + i)).toList();
        TimelineDocument original = new TimelineDocument(1, "Long", null, List.of(), List.of(), List.of(
                new TimelineEvent("p", "Paragraphs", IsoDates.parse("1990"), null, false, null, List.of(), List.of(), null, null, paragraphs,
                        List.of(), List.of(), null, ExtraFields.NONE),
                new TimelineEvent("s", "Sources", IsoDates.parse("1991"), null, false, null, List.of(), List.of(), null, null, plain,
                        sources, List.of(), null, ExtraFields.NONE)), List.of(), ExtraFields.NONE);
        assertThat(List.of(paragraphs.length(), plain.length())).allMatch(n -> n <= Limits.DESCRIPTION_CHARS);
        Path exported = dir.resolve("long-timelinejs.json");
        Files.write(exported, TimelineJsWriter.toBytes(original));

        LoadResult back = reader.read(exported);

        assertThat(back.problems()).filteredOn(Problem::isError).isEmpty();
        assertThat(back.document().events()).extracting(TimelineEvent::description).containsExactly(paragraphs, plain);

        Path tooMuch = Files.writeString(dir.resolve("too-much.json"), "{\"events\": [{\"start_date\": {\"year\": 1990}, \"text\": "
                + "{\"headline\": \"H\", \"text\": \"<p>" + "y".repeat(Limits.DESCRIPTION_CHARS + 1) + "</p>\"}}]}");
        assertThat(reader.read(tooMuch).problems()).filteredOn(Problem::isError).extracting(Problem::message)
                .containsExactly("this text is 200,001 characters long; Chronoline reads at most 200,000 characters here. Shorten it in a text editor.");
    }

    @Test
    void writesWhatTimelineJsReads() {
        TimelineDocument original = reader.read(Path.of("data/events.json")).document();

        JsonObject out = JsonParser.parseString(new String(TimelineJsWriter.toBytes(original), StandardCharsets.UTF_8)).getAsJsonObject();

        assertThat(out.getAsJsonObject("title").getAsJsonObject("text").get("headline").getAsString()).isEqualTo(original.title());
        JsonObject signed = null;
        for (var e : out.getAsJsonArray("events")) {
            if (e.getAsJsonObject().get("unique_id").getAsString().equals("cfe-signed")) {
                signed = e.getAsJsonObject();
            }
        }
        assertThat(signed.getAsJsonObject("start_date").toString()).isEqualTo("{\"year\":1990,\"month\":11,\"day\":19}");
        assertThat(signed.get("group").getAsString()).isEqualTo("Treaties signed");
        assertThat(signed.getAsJsonObject("text").get("text").getAsString()).startsWith("<p>").contains(
                "<p class=\"chronoline-sources\">Sources: <a href=\"https://www.osce.org/node/58665\">");
    }

    @Test
    void markupAndScriptAddressesInKeptFieldsNeverReachAPublishedPage(@TempDir Path dir) throws IOException {
        Path hostile = Files.writeString(dir.resolve("hostile.json"), """
                {"events": [{"start_date": {"year": 1990, "millisecond": 5, "display_date": "<img src=x onerror=alert(1)>1990"},
                  "text": {"headline": "Signed"}, "display_date": "<script>alert(2)</script>late 1990",
                  "media": {"url": "javascript:alert(3)", "caption": "<img src=x onerror=alert(4)>", "credit": "<b>AP</b>",
                            "thumbnail": "data:text/html,<script>alert(5)</script>"},
                  "background": {"url": "javascript:alert(6)", "color": "red;background:url(javascript:alert(7))"}}]}
                """);

        LoadResult result = reader.read(hostile);
        String exported = new String(TimelineJsWriter.toBytes(result.document()), StandardCharsets.UTF_8);

        assertThat(result.warnings()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("\"javascript:alert(3)\" is not kept"));
        assertThat(exported).doesNotContain("<img", "<script", "javascript:", "data:text", "onerror=\"", "<b>");
        JsonObject event = JsonParser.parseString(exported).getAsJsonObject().getAsJsonArray("events").get(0).getAsJsonObject();
        assertThat(event.get("display_date").getAsString()).isEqualTo("late 1990");
        assertThat(event.getAsJsonObject("media").get("credit").getAsString()).isEqualTo("AP");
        assertThat(event.getAsJsonObject("start_date").get("display_date").getAsString()).isEqualTo("1990");
    }

    /**
     * Texts that HTML cannot carry as they are (spaces at the ends, control characters, runs of
     * spaces) come back exactly: the way there and back gives the same file. A headline changed in
     * TimelineJS since wins over the copy.
     */
    @Test
    void textsHtmlCannotCarryComeBackExactly(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("exact.json"), """
                {
                  "version": 1,
                  "title": "Exact",
                  "events": [
                    {
                      "id": "e",
                      "title": "\\tLeading tab, a bell \\u0007 and a space at the end ",
                      "start": "1990",
                      "description": "Two  spaces, an escape \\u001b,\\n\\n   and an indented paragraph."
                    }
                  ]
                }
                """);
        byte[] original = TimelineFileWriter.toBytes(reader.read(file).document());
        Path exported = Files.write(dir.resolve("timelinejs.json"), TimelineJsWriter.toBytes(reader.read(file).document()));

        assertThat(TimelineFileWriter.toBytes(reader.read(exported).document())).isEqualTo(original);

        String edited = Files.readString(exported).replace("\"headline\": \"", "\"headline\": \"Edited: ");
        Path changed = Files.writeString(dir.resolve("edited.json"), edited);
        assertThat(reader.read(changed).document().events().get(0).title()).startsWith("Edited: ");
    }

    /**
     * Half a character is refused at its place, as in a Chronoline file: it was taken in and saved as "?", without a
     * word. One written as an HTML reference in a text (&#xD800;) is U+FFFD, as HTML's own parser makes it.
     */
    @Test
    void halfACharacterIsRefusedAtItsPlace(@TempDir Path dir) throws IOException {
        Path halves = Files.writeString(dir.resolve("halves.json"), """
                {"title": {"text": {"headline": "Lone \\ud800 in title"}},
                 "events": [{"start_date": {"year": "1990"}, "text": {"headline": "Ev \\udc00 one"}, "unique_id": "e\\ud800"}]}
                """);
        LoadResult refused = reader.read(halves);
        assertThat(refused.problems()).extracting(p -> p.format("f")).containsExactlyInAnyOrder(
                "f:1:33: error: title.text.headline: this text holds half of a character (\\ud800"
                        + " without its other half), which stands for nothing and cannot be saved; remove the escape or write the whole character",
                "f:2:67: error: events[0].text.headline: this text holds half of a character (\\udc00"
                        + " without its other half), which stands for nothing and cannot be saved; remove the escape or write the whole character",
                "f:2:98: error: events[0].unique_id: this text holds half of a character (\\ud800"
                        + " without its other half), which stands for nothing and cannot be saved; remove the escape or write the whole character");

        Path reference = Files.writeString(dir.resolve("reference.json"), """
                {"events": [{"start_date": {"year": "1990"}, "text": {"headline": "A &#xD800; B", "text": "<p>x &#xD800; y</p>"}}]}
                """);
        TimelineEvent event = reader.read(reference).document().events().get(0);
        assertThat(event.title()).isEqualTo("A \uFFFD B");
        assertThat(event.description()).isEqualTo("x \uFFFD y");
        assertThat(new String(TimelineFileWriter.toBytes(reader.read(reference).document()), StandardCharsets.UTF_8)).doesNotContain("?");
    }

    /**
     * Fields that neither TimelineJS's format nor Chronoline knows (another program's own) are kept and put back where
     * they were by an export to TimelineJS: they were dropped without a word.
     */
    @Test
    void fieldsNobodyKnowsComeBackWhereTheyWere(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("others.json"), """
                {"title": {"text": {"headline": "T"}, "x-slide": true},
                 "events": [{"start_date": {"year": "1990"}, "text": {"headline": "E"}, "x-foo": "bar", "custom": {"a": 1}}],
                 "my-extra": [1, 2]}
                """);
        LoadResult result = reader.read(file);
        assertThat(result.problems()).isEmpty();

        JsonObject back = JsonParser.parseString(new String(TimelineJsWriter.toBytes(result.document()), StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertThat(back.get("my-extra").toString()).isEqualTo("[1,2]");
        assertThat(back.getAsJsonObject("title").get("x-slide").getAsBoolean()).isTrue();
        JsonObject event = back.getAsJsonArray("events").get(0).getAsJsonObject();
        assertThat(event.get("x-foo").getAsString()).isEqualTo("bar");
        assertThat(event.get("custom").toString()).isEqualTo("{\"a\":1}");
        Path saved = Files.write(dir.resolve("saved.json"), TimelineFileWriter.toBytes(result.document()));
        assertThat(TimelineJsWriter.toBytes(reader.read(saved).document())).as("saved as a Chronoline timeline on the way")
                .isEqualTo(TimelineJsWriter.toBytes(result.document()));
    }

    /**
     * An era's text, its date objects as written, the fields an era or a text object has that nobody
     * knows: each comes back with an export to TimelineJS, through a Chronoline file on the way. An
     * era has only a name in Chronoline, and all of it but the headline and dates was dropped: a
     * paragraph about the era, lost by opening a file and exporting it again.
     */
    @Test
    void anErasTextAndEveryoneElsesFieldsInErasAndTextsComeBack(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("eras.json"), """
                {"events": [{"start_date": {"year": "1990"}, "text": {"headline": "E", "x-note": "kept"}}],
                 "eras": [{"start_date": {"year": 1989, "display_date": "late 1980s"}, "end_date": {"year": 1990},
                           "text": {"headline": "Talks", "text": "<p>The <b>CFE</b> talks.</p><p><a href='https://example.org/m?a=1&b=2'>The \\"mandate\\"</a> <a href='javascript:alert(1)'>x</a></p>", "x-lang": "en"},
                           "x-era": {"a": 1}}]}
                """);
        LoadResult result = reader.read(file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.document().eras()).singleElement().extracting(org.chronoline.model.Era::title).isEqualTo("Talks");

        Path saved = Files.write(dir.resolve("saved.json"), TimelineFileWriter.toBytes(result.document()));
        JsonObject back = JsonParser.parseString(new String(TimelineJsWriter.toBytes(reader.read(saved).document()), StandardCharsets.UTF_8))
                .getAsJsonObject();

        JsonObject era = back.getAsJsonArray("eras").get(0).getAsJsonObject();
        assertThat(era.getAsJsonObject("text").get("text").getAsString()).as("as an event's text: its words, in paragraphs, its links after")
                .isEqualTo("<p>The CFE talks.</p><p>The &quot;mandate&quot; x</p><p><a href=\"https://example.org/m?a=1&amp;b=2\">The &quot;mandate&quot;</a></p>");
        assertThat(era.getAsJsonObject("text").get("headline").getAsString()).isEqualTo("Talks");
        assertThat(era.getAsJsonObject("text").get("x-lang").getAsString()).isEqualTo("en");
        assertThat(era.get("x-era").toString()).isEqualTo("{\"a\":1}");
        assertThat(era.getAsJsonObject("start_date").get("display_date").getAsString()).isEqualTo("late 1980s");
        JsonObject event = back.getAsJsonArray("events").get(0).getAsJsonObject();
        assertThat(event.getAsJsonObject("text").get("x-note").getAsString()).isEqualTo("kept");
        assertThat(event.has("x-note")).as("in its text, where it was").isFalse();
    }

    /**
     * A date the import kept whole (for its display_date or milliseconds), and the event's own
     * display_date, go back only while they are still the event's dates: edited in Chronoline, the
     * event went out to TimelineJS with its old date, or with "Autumn 1990" over 1992.
     */
    @Test
    void anEditedDateIsExportedAsEditedNotAsImported(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("dates.json"), """
                {"events": [{"start_date": {"year": "1990", "month": "11", "millisecond": 3, "display_date": "Autumn 1990"}, "text": {"headline": "E"},
                             "display_date": "Autumn 1990"},
                            {"start_date": {"year": 1991, "millisecond": 5}, "text": {"headline": "F"}, "display_date": "Early 1991"}]}
                """);
        TimelineDocument read = reader.read(file).document();
        TimelineEvent moved = read.events().get(0).withDates(org.chronoline.model.IsoDates.parse("1992-03"), null);
        TimelineDocument edited = new TimelineDocument(read.version(), read.title(), read.description(), read.categories(), read.eras(),
                List.of(moved, read.events().get(1)), read.tours(), read.views(), read.extras());

        JsonArray events = JsonParser.parseString(new String(TimelineJsWriter.toBytes(edited), StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonArray("events");

        assertThat(events.get(0).getAsJsonObject().get("start_date").toString()).as("as edited, its old words gone")
                .isEqualTo("{\"year\":1992,\"month\":3}");
        assertThat(events.get(1).getAsJsonObject().getAsJsonObject("start_date").get("millisecond").getAsInt()).as("unedited, as it was")
                .isEqualTo(5);
        assertThat(events.get(0).getAsJsonObject().has("display_date")).as("the event's words for its old date gone too (review)").isFalse();

        // A picture kept with its media (for its thumbnail), removed in Chronoline, stays removed; a video is kept.
        Path media = Files.writeString(dir.resolve("media.json"), """
                {"events": [{"start_date": {"year": 1990}, "text": {"headline": "P"}, "media": {"url": "a.png", "thumbnail": "t.png"}},
                            {"start_date": {"year": 1991}, "text": {"headline": "V"}, "media": {"url": "https://example.org/v.mp4"}}]}
                """);
        TimelineDocument withMedia = reader.read(media).document();
        TimelineEvent p = withMedia.events().get(0);
        TimelineEvent removed = new TimelineEvent(p.id(), p.title(), p.start(), p.end(), p.approximate(), p.category(), p.tags(), p.actors(),
                p.location(), p.summary(), p.description(), p.sources(), p.related(), null, p.extras(), p.dating());
        JsonArray out = JsonParser.parseString(new String(TimelineJsWriter.toBytes(new TimelineDocument(withMedia.version(), withMedia.title(),
                withMedia.description(), withMedia.categories(), withMedia.eras(), List.of(removed, withMedia.events().get(1)), withMedia.tours(),
                withMedia.views(), withMedia.extras())), StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("events");
        assertThat(out.get(0).getAsJsonObject().has("media")).as("the picture removed").isFalse();
        assertThat(out.get(1).getAsJsonObject().getAsJsonObject("media").get("url").getAsString()).isEqualTo("https://example.org/v.mp4");
        assertThat(events.get(1).getAsJsonObject().get("display_date").getAsString()).isEqualTo("Early 1991");
    }

    /** TimelineJS shows a group's name as HTML: a category named with markup is written escaped and read back as named. */
    @Test
    void aCategoryNamedWithMarkupIsAGroupOfTextBothWays(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("groups.json"), """
                {"version": 1, "title": "Groups", "categories": [{"id": "c", "name": "\\"><svg onload=alert(3)> AT&T"}],
                 "events": [{"id": "e", "title": "Signed", "start": "1990", "category": "c"}]}
                """);
        TimelineDocument original = reader.read(file).document();

        byte[] exported = TimelineJsWriter.toBytes(original);
        JsonObject event = JsonParser.parseString(new String(exported, StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonArray("events").get(0).getAsJsonObject();
        assertThat(event.get("group").getAsString()).isEqualTo("&quot;&gt;&lt;svg onload=alert(3)&gt; AT&amp;T");

        Path back = Files.write(dir.resolve("back.json"), exported);
        assertThat(reader.read(back).document().categories()).extracting(c -> c.name()).containsExactly("\"><svg onload=alert(3)> AT&T");

        // Spaces as they are (a French no-break space before the colon, two spaces): still the one category, not a second.
        Path spaced = Files.writeString(dir.resolve("spaced.json"), """
                {"version": 1, "title": "Groups", "categories": [{"id": "c", "name": "Traité\u00a0: FCE  et suites"}],
                 "events": [{"id": "e", "title": "Signed", "start": "1990", "category": "c"}]}
                """);
        byte[] spacedOriginal = TimelineFileWriter.toBytes(reader.read(spaced).document());
        Path spacedBack = Files.write(dir.resolve("spaced-back.json"), TimelineJsWriter.toBytes(reader.read(spaced).document()));
        assertThat(TimelineFileWriter.toBytes(reader.read(spacedBack).document())).isEqualTo(spacedOriginal);
    }

    @Test
    void markupWrittenByHandIntoAChronolineFilesKeptFieldsIsCleanedOnExport() {
        LoadResult result = new TimelineFileReader().read(TimelineSource.of("f.json", """
                {"version": 1, "title": "T", "events": [{"id": "a", "title": "A", "start": "1990",
                  "x-timelinejs": {"display_date": "<svg onload=alert(1)>", "media": {"url": "JavaScript:alert(1)"}}}]}
                """.getBytes(StandardCharsets.UTF_8)), LoadMonitor.NONE);

        String exported = new String(TimelineJsWriter.toBytes(result.document()), StandardCharsets.UTF_8);

        assertThat(exported).doesNotContainIgnoringCase("javascript:").doesNotContain("<svg", "onload");
    }

    /** Kept fields of the wrong shape, written by hand, are passed over on export: an address or a link's words as a list threw. */
    @Test
    void keptFieldsOfTheWrongShapeWrittenByHandDoNotStopAnExport() {
        LoadResult result = new TimelineFileReader().read(TimelineSource.of("f.json", """
                {"version": 1, "title": "T",
                 "eras": [{"id": "r", "title": "R", "start": "1990", "end": "1991",
                   "x-timelinejs": {"text.text": "About R", "text.links": [{"href": ["x"], "text": "a"}, {"href": "https://example.org",
                     "text": {"b": 1}}, {"href": "https://example.org/ok", "text": "Fine"}]}}],
                 "events": [{"id": "a", "title": "A", "start": "1990", "image": {"path": "images/a.png"},
                   "x-timelinejs": {"media": {"url": ["images/a.png"]}}},
                  {"id": "b", "title": "B", "start": "1991", "x-timelinejs": {"media": {"url": null}}}]}
                """.getBytes(StandardCharsets.UTF_8)), LoadMonitor.NONE);
        assertThat(result.isLoaded()).isTrue();

        String exported = new String(TimelineJsWriter.toBytes(result.document()), StandardCharsets.UTF_8);

        assertThat(exported).contains("images/a.png", "About R", "https://example.org/ok", "Fine");
    }

    @Test
    void savedViewsAndUnknownFieldsEverywhereSurviveTheWayThroughTimelineJs(@TempDir Path dir) throws IOException {
        Path original = Files.writeString(dir.resolve("extras.json"), """
                {
                  "version": 1,
                  "title": "Extras",
                  "x-course": {"code": "HIST 204", "term": 3},
                  "categories": [{"id": "c", "name": "C", "x-icon": "star"}],
                  "eras": [{"id": "e", "title": "E", "start": "1990", "end": "1991", "x-note": "era"}],
                  "events": [
                    {"id": "a", "title": "A", "start": "1990", "x-reviewed": true, "x-null": null,
                     "sources": [{"title": "S", "url": "https://example.org", "x-archived": "2026-01-01"}],
                     "image": {"path": "a.png", "x-alt": "A picture"}, "x-last": [1, 2.50, null]}
                  ],
                  "tours": [{"id": "t", "title": "T", "steps": ["a"], "x-level": "A"}],
                  "views": [{"id": "v", "title": "V", "hideCategories": ["c"], "from": "1990", "to": "1991", "x-view": 1}]
                }
                """);
        TimelineDocument read = reader.read(original).document();
        Path exported = Files.write(dir.resolve("tjs.json"), TimelineJsWriter.toBytes(read));

        LoadResult back = reader.read(exported);

        assertThat(back.problems()).isEmpty();
        assertThat(TimelineFileWriter.toJson(back.document())).isEqualTo(TimelineFileWriter.toJson(read));
        assertThat(back.document().views()).singleElement().satisfies(v -> assertThat(v.filter().hiddenCategories()).containsExactly("c"));
    }
}
