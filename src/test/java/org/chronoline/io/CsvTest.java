package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.chronoline.io.CsvColumns.Column;
import org.chronoline.io.CsvColumns.Field;
import org.chronoline.model.Category;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheets in and out: tricky quoting, BCE dates, empty cells, TimelineJS's template, round trips. */
class CsvTest {
    private static Path file(String name) {
        return Path.of("src/test/resources/csv", name);
    }

    /** The sheet {@code text} imported with the meaning of each column guessed from its header. */
    private static CsvImporter.Result imported(String text) throws IOException {
        CsvImporter.Sheet sheet = CsvImporter.read(text);
        return CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "sheet.csv");
    }

    private static CsvImporter.Result importFile(String name) throws IOException {
        CsvImporter.Sheet sheet = CsvImporter.read(file(name));
        return CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "Imported", name);
    }

    @Test
    void readsQuotedCommasQuotesAndLineBreaksAndLeavesOutBadRowsWithTheirReasons() throws IOException {
        CsvImporter.Result result = importFile("tricky.csv");

        TimelineDocument doc = result.document();
        assertThat(doc.events()).extracting(TimelineEvent::title)
                .containsExactly("Treaty signed in Paris, at last", "Thermopylae", "Moratorium");
        TimelineEvent paris = doc.events().get(0);
        assertThat(paris.description()).isEqualTo("He said \"enough\".\nSecond line of the same cell.");
        assertThat(paris.tags()).containsExactly("CFE", "Paris summit");
        assertThat(paris.sources()).singleElement().satisfies(s -> assertThat(s.url()).isEqualTo("https://www.osce.org/node/58665"));
        assertThat(paris.category()).isEqualTo("treaties");
        assertThat(doc.categories()).extracting(c -> c.id() + "/" + c.name())
                .containsExactly("treaties/Treaties", "battles/Battles", "decisions/Decisions");
        assertThat(doc.events().get(1).dateText()).isEqualTo("480 BCE");
        assertThat(doc.events().get(2).dateText()).isEqualTo("July – December 2007");
        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:6:2: error: Start: this row is left out: the date is empty",
                "f:7:2: error: Start: this row is left out: \"2007-13-01\" is not a date (there is no month 13; months run from 1 to 12)",
                "f:8:3: error: End: this row is left out: end (1990) is before start (1991)");
    }

    /**
     * A date that is no ISO date is refused with why it is no date as people write it: "5/6/1990" was told to write
     * ISO 8601, when "19 November 1990" is read as well (a walk-through); one that looks ISO keeps ISO's reason.
     */
    @Test
    void aDateThatIsNoneSaysWhyAsTypedDatesAreRead(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path sheet = Files.writeString(dir.resolve("dates.csv"), "title,start\nA,5/6/1990\nB,c. 1999\nC,2001-02-30\nD,Thursday\n");

        CsvImporter.Result result = CsvImporter.convert(CsvImporter.read(sheet), CsvColumns.recognise(List.of("title", "start")), "Dates",
                "dates.csv");

        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:2:2: error: start: this row is left out: \"5/6/1990\" is not a date (\u201c5/6/1990\u201d may be 5 June 1990 or 6 May 1990;"
                        + " write the month in words)",
                "f:3:2: error: start: this row is left out: \"c. 1999\" is not a date (write the date alone, 1999, and mark it approximate)",
                "f:4:2: error: start: this row is left out: \"2001-02-30\" is not a date (February 2001 has 28 days)",
                "f:5:2: error: start: this row is left out: \"Thursday\" is not a date (try 1990, July 2007, 2007-10-12, 12 October 2007 or 480 BCE)");
    }

    @Test
    void readsTheColumnsOfTheTimelineJsSheetTemplate() throws IOException {
        CsvImporter.Result result = importFile("timelinejs-template.csv");

        assertThat(result.problems()).isEmpty();
        List<TimelineEvent> events = result.document().events();
        assertThat(events).extracting(TimelineEvent::dateText).containsExactly("19 November 1990", "12 October 2007, 14:30",
                "480 BCE", "9 March 1989 – 19 November 1990");
        assertThat(events.get(0).image().path()).isEqualTo("images/paris.jpg");
        assertThat(events.get(0).image().caption()).isEqualTo("The summit");
        assertThat(events.get(0).image().credit()).isEqualTo("Archive");
        assertThat(events.get(0).description()).isEqualTo("22 states sign the treaty.");
        assertThat(events.get(1).category()).isEqualTo("talks");
    }

    /**
     * TimelineJS's own template: its row of the type "title" is the timeline's title and introduction, its rows of the
     * type "era" eras. Read as events, the title row was refused for want of a date, and with it the whole conversion;
     * an era became an event (a walk-through with a teacher's sheet).
     */
    @Test
    void theTimelineJsTemplatesTitleAndEraRowsAreTheTimelinesTitleAndEras() throws IOException {
        CsvImporter.Result result = importFile("timelinejs-template-titled.csv");

        assertThat(result.document().title()).isEqualTo("Our Class Timeline");
        assertThat(result.document().description()).isEqualTo("Arms control in Europe, as we found it.");
        assertThat(result.document().events()).extracting(TimelineEvent::title).containsExactly("CFE Treaty signed");
        assertThat(result.document().eras()).extracting(org.chronoline.model.Era::title).containsExactly("The Cold War", "Classical Greece");
        assertThat(result.document().eras().get(1).start().toIso()).as("480 BCE's year, as the Year column gives it").isEqualTo("-0499");
        assertThat(result.problems()).extracting(p -> p.line() + " " + p.severity() + " " + p.message()).containsExactly(
                "6 ERROR this row is left out: an era needs an end date as well as a start",
                "7 WARNING a second title row: the timeline keeps the first one's title and introduction");
        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(result.rowsLeftOut()).isEqualTo(1);
        assertThat(result.rowsImported()).as("the title, an event and two eras; the second title adds nothing").isEqualTo(4);
    }

    /** A title row left out for its introduction's length gives the timeline nothing: its title was taken all the same (review). */
    @Test
    void aTitleRowLeftOutGivesTheTimelineNothing() throws IOException {
        String tooLong = "x".repeat(Limits.DESCRIPTION_CHARS + 1);
        CsvImporter.Sheet sheet = CsvImporter.read("Year,Headline,Text,Type\n,Our Class,\"" + tooLong + "\",title\n2007,An event,,\n");
        CsvImporter.Result result = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "From the file", "t.csv");

        assertThat(result.document().title()).isEqualTo("From the file");
        assertThat(result.rowsLeftOut()).isEqualTo(1);
        assertThat(result.problems()).hasSize(1).allMatch(Problem::isError);
    }

    /** A second row with an id already used is renamed, and says so, as a TimelineJS file's is: it was renamed unsaid. */
    @Test
    void aRowWithAnIdAlreadyUsedIsRenamedSayingSo() throws IOException {
        CsvImporter.Sheet sheet = CsvImporter.read("id,title,start\ne1,First,2007\ne1,Second,2008\n");
        CsvImporter.Result result = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "ids.csv");

        assertThat(result.document().events()).extracting(TimelineEvent::id).hasSize(2).startsWith("e1").doesNotHaveDuplicates();
        String renamed = result.document().events().get(1).id();
        assertThat(result.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.severity() + " " + p.message())
                .containsExactly("3:1 WARNING the id \"e1\" is already used by an earlier row; this event is called \"" + renamed + "\"");
        assertThat(result.rowsLeftOut()).isZero();
    }

    /**
     * A date cell of five digits is read as a year, and says what day it would be as a spreadsheet's day number: a column
     * of dates not formatted as dates is saved so, and 45000 (15 March 2023) landed in the year 45000 unsaid.
     */
    @Test
    void aFiveDigitDateSaysWhatDayItWouldBeAsASpreadsheetsDayNumber() throws IOException {
        CsvImporter.Sheet sheet = CsvImporter.read("title,start\nFrom Excel,45000\nA year,2007\n");
        CsvImporter.Result result = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "excel.csv");

        assertThat(result.document().events()).extracting(e -> e.start().toIso()).containsExactly("+45000", "2007");
        assertThat(result.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.severity() + " " + p.message()).containsExactly(
                "2:2 WARNING 45000 is read as the year 45000; if it is a spreadsheet's day number (15 March 2023), format the column as"
                        + " dates and save the CSV again");
    }

    /**
     * "-480" in a sheet is 480 BCE, as people and TimelineJS write it; read as ISO 8601's year -480 it was 481 BCE, a year
     * off, unsaid. An ISO year of four digits stays ISO's (an export writes 1001 BCE as "-1000"), and is only said where
     * the same sheet writes short years as people do.
     */
    @Test
    void aYearWithAMinusAndFewerThanFourDigitsIsBceAsPeopleWriteIt() throws IOException {
        CsvImporter.Result result = imported("title,start,end\nThermopylae,-480,\nCaesar,-44,\nTroy,-1200,-1180\nPadded,-0479,\n");

        assertThat(result.document().events()).extracting(TimelineEvent::dateText)
                .containsExactly("480 BCE", "44 BCE", "1201 – 1181 BCE", "480 BCE");
        assertThat(result.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.severity() + " " + p.message()).containsExactly(
                "4:2 WARNING -1200 is read as ISO 8601 reads it, 1201 BCE, though this sheet writes -480 for 480 BCE; if it means 1200 BCE,"
                        + " write 1200 BCE",
                "4:3 WARNING -1180 is read as ISO 8601 reads it, 1181 BCE, though this sheet writes -480 for 480 BCE; if it means 1180 BCE,"
                        + " write 1180 BCE");

        CsvImporter.Result isoResult = imported("title,start\nTroy,-1200\nPadded,-0479\n");
        assertThat(isoResult.document().events()).extracting(TimelineEvent::dateText).containsExactly("1201 BCE", "480 BCE");
        assertThat(isoResult.problems()).as("ISO alone is said nothing about").isEmpty();
    }

    /**
     * An export writes a year before the common era as "480 BCE": ISO's "-0479", read by a spreadsheet as the number
     * -479 and saved so, came back as 479 BCE. A sheet with the export's own columns, saved by a spreadsheet from an
     * older export, still reads "-479" as ISO's year, and says so.
     */
    @Test
    void aBceYearSurvivesASpreadsheetThatDropsAnExportsZeros(@TempDir Path dir) throws IOException {
        TimelineEvent thermopylae = new TimelineEvent("t", "Thermopylae", org.chronoline.model.IsoDates.parse("-0479"),
                org.chronoline.model.IsoDates.parse("-0478"), false, null, List.of(), List.of(), null, null, null, List.of(), List.of(), null,
                org.chronoline.model.ExtraFields.NONE);
        TimelineDocument doc = new TimelineDocument(1, "Ancient", null, List.of(), List.of(), List.of(thermopylae), List.of(),
                org.chronoline.model.ExtraFields.NONE);
        String exported = new String(CsvExporter.toBytes(doc, doc.events(), false), StandardCharsets.UTF_8);
        assertThat(exported).contains(",480 BCE,479 BCE,");

        assertThat(imported(exported).document().events())
                .extracting(TimelineEvent::dateText).containsExactly("480 – 479 BCE");

        // An older export, as a spreadsheet saved it: ISO's years without their zeros.
        String older = exported.replace("480 BCE", "-479").replace("479 BCE", "-478");
        CsvImporter.Result result = imported(older);
        assertThat(result.document().events()).extracting(TimelineEvent::dateText).containsExactly("480 – 479 BCE");
        assertThat(result.problems()).extracting(Problem::message).first().asString()
                .startsWith("-479 is read as 480 BCE: this sheet has the columns of a Chronoline export");

        assertThat(imported("title,start\nA,\"-1,000\"\nB,-12 000\n").document().events())
                .as("digits grouped as people group them: never ISO's").extracting(TimelineEvent::dateText)
                .containsExactly("1000 BCE", "12,000 BCE");
    }

    /**
     * A cell holding a comma without quotes splits in two: the description was cut at the comma and the rest dropped,
     * unsaid. Such a row is left out and says why; empty cells past the header, which spreadsheets write, are nothing.
     */
    @Test
    void aRowWithTextPastTheHeadersLastColumnIsLeftOutSayingWhy() throws IOException {
        CsvImporter.Result result = imported("title,start,description\n"
                + "Paris summit,1990-11-19,Signed in Paris, France\n"
                + "Moratorium,2007-07-14,Suspended,,\n"
                + "Talks,2007-10-12,\"In Moscow, at last\"\n");

        assertThat(result.document().events()).extracting(TimelineEvent::title, TimelineEvent::description)
                .containsExactly(tuple("Moratorium", "Suspended"), tuple("Talks", "In Moscow, at last"));
        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:2:4: error: this row is left out: it has 4 cells but the header only 3 columns: a cell that holds \",\" needs"
                        + " double quotes around it, or it is split in two; the first cell past the header is \"France\"");

        assertThat(imported("title\tstart\nA\t1990\tstray\n").problems())
                .extracting(Problem::message).singleElement().asString().contains("a cell that holds a tab needs double quotes");
    }

    @Test
    void findsTheDelimiterAndSaysWhichColumnsAreMissing() throws IOException {
        CsvImporter.Sheet sheet = CsvImporter.read(file("semicolons.csv"));
        assertThat(sheet.delimiter()).isEqualTo(';');
        assertThat(sheet.headers()).containsExactly("titel", "datum", "ort");

        CsvImporter.Result unmapped = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "semicolons.csv");
        assertThat(unmapped.problems()).extracting(Problem::message).containsExactly(
                "no column holds the events' titles; name one \"title\" (or \"Headline\"), or choose it in the import",
                "no column holds the events' dates; name one \"start\" (or \"Year\"), or choose it in the import");

        List<Column> chosen = List.of(new Column(Field.TITLE, 0), new Column(Field.START, 0), new Column(Field.LOCATION, 0));
        CsvImporter.Result mapped = CsvImporter.convert(sheet, chosen, "T", "semicolons.csv");
        // A German spreadsheet's date is read as people there write it (it was "not a date").
        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.document().events().get(0).start().toIso()).isEqualTo("1990-11-19");
    }

    @Test
    void recognisesHeadersInAnyCaseAndSpelling() {
        assertThat(CsvColumns.recognise(List.of("Headline", "START_DATE", "End Year", "Media Credit", "source 2 url", "Source",
                "\uFEFFid", "whatever"))).containsExactly(new Column(Field.TITLE, 0), new Column(Field.START, 0),
                new Column(Field.END_YEAR, 0), new Column(Field.IMAGE_CREDIT, 0), new Column(Field.SOURCE_URL, 2),
                new Column(Field.SOURCE_TITLE, 1), new Column(Field.ID, 0), Column.IGNORED);
    }

    @Test
    void exportsTheBundledTimelineAndImportsItBackWithEveryEventUnchanged(@TempDir Path dir) throws IOException {
        TimelineDocument original = new TimelineFileReader().read(Path.of("data/events.json")).document();
        Path csv = dir.resolve("events.csv");
        Files.write(csv, CsvExporter.toBytes(original, original.events(), true));

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("byte-order mark for Excel").isEqualTo("\u00EF\u00BB\u00BF");
        CsvImporter.Sheet sheet = CsvImporter.read(csv);
        CsvImporter.Result back = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), original.title(), "events.csv");

        assertThat(back.problems()).isEmpty();
        assertThat(back.document().events()).isEqualTo(original.events());
        assertThat(back.document().categories()).extracting(c -> c.id() + "/" + c.name()).as("in order of first use")
                .containsExactlyInAnyOrderElementsOf(original.categories().stream().filter(c -> original.events().stream().anyMatch(e -> c.id().equals(e.category())))
                        .map(c -> c.id() + "/" + c.name()).toList());
    }

    /**
     * A list item with a comma or a semicolon of its own, and a category id that is not a slug, come
     * back as they were: "Paris, France" came back as two tags, "Smith; John" as two people, a link
     * to "id with spaces, and; semis" as two broken links, the category "cfe_talks" as "cfe-talks".
     */
    @Test
    void listItemsWithCommasOrSemicolonsCategoryIdsAndIndentedDescriptionsComeBackUnchanged(@TempDir Path dir) throws IOException {
        TimelineDocument original = new TimelineFileReader().read(Path.of("data/events.json")).document();
        Category odd = new Category("cfe_talks", "CFE talks", "#123456");
        TimelineDocument withOdd = new TimelineDocument(1, original.title(), null,
                java.util.stream.Stream.concat(original.categories().stream(), java.util.stream.Stream.of(odd)).toList(), List.of(),
                original.events(), List.of(), org.chronoline.model.ExtraFields.NONE);
        TimelineEvent base = withActors(original.events().get(0).withCategory("cfe_talks").withTags(List.of("Paris, France")),
                List.of("Smith; John", "A\\B", "Washington, D.C."));
        List<TimelineEvent> events = List.of(base,
                withActors(original.events().get(1).withTags(List.of("x, y; z")), List.of("Washington, D.C.")),
                original.events().get(2).withRelated(List.of(RelatedLink.to("id with spaces, and; semis"), RelatedLink.to(base.id()))),
                withDescription(original.events().get(3), "    \"An indented quotation,\"\n    its second line.\n\nOur words after it.\n"));
        Path csv = dir.resolve("lists.csv");
        Files.write(csv, CsvExporter.toBytes(withOdd, events, false));

        CsvImporter.Sheet sheet = CsvImporter.read(csv);
        CsvImporter.Result back = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "lists.csv");

        assertThat(back.document().events()).isEqualTo(events);
        assertThat(CsvColumns.listItems("war, peace")).as("typed by hand: commas").containsExactly("war", "peace");
        assertThat(CsvColumns.listItems("war; peace, and quiet")).containsExactly("war", "peace, and quiet");
        assertThat(CsvExporter.leftOut(withOdd)).contains("the categories\u2019 colours and order");
    }

    private static TimelineEvent withDescription(TimelineEvent e, String description) {
        return new TimelineEvent(e.id(), e.title(), e.start(), e.end(), e.approximate(), e.category(), e.tags(), e.actors(), e.location(),
                e.summary(), description, e.sources(), e.related(), e.image(), e.extras());
    }

    private static TimelineEvent withActors(TimelineEvent e, List<String> actors) {
        return new TimelineEvent(e.id(), e.title(), e.start(), e.end(), e.approximate(), e.category(), e.tags(), actors, e.location(),
                e.summary(), e.description(), e.sources(), e.related(), e.image(), e.extras());
    }

    @Test
    void linksKeepTheirTypeInTheRelatedColumnAndAPlainIdWithAColonStaysAnId() {
        TimelineDocument original = new TimelineFileReader().read(Path.of("data/events.json")).document();
        List<RelatedLink> links = List.of(RelatedLink.typed("a", RelatedLink.LED_TO), RelatedLink.typed("b", "inspired-by"),
                RelatedLink.to("c"), RelatedLink.to("urn:d"), RelatedLink.typed("e", RelatedLink.RESPONSE_TO));
        TimelineEvent linked = original.events().get(0).withRelated(links);

        String csv = new String(CsvExporter.toBytes(original, List.of(linked), false), StandardCharsets.UTF_8);

        assertThat(csv).contains("led-to:a; inspired-by:b; c; see-also:urn:d; response-to:e");
        assertThat(Arrays.stream("led-to:a; inspired-by:b; c; see-also:urn:d; response-to:e".split("; ")).map(CsvColumns::link))
                .containsExactlyElementsOf(links);
        assertThat(CsvColumns.link("Treaty: the text")).as("not a type: capital and space").isEqualTo(RelatedLink.to("Treaty: the text"));
        assertThat(CsvColumns.link("led-to:")).as("no id after the colon").isEqualTo(RelatedLink.to("led-to:"));
    }

    @Test
    void quotesWhatSpreadsheetsNeedQuoted() {
        TimelineDocument original = new TimelineFileReader().read(Path.of("data/events.json")).document();
        TimelineEvent tricky = original.events().get(0).withDates(original.events().get(0).start(), null)
                .withTags(List.of("a, b", "say \"hi\""));

        String csv = new String(CsvExporter.toBytes(original, List.of(tricky), false), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("id,title,start,").contains("\"a, b; say \"\"hi\"\"\"").contains("\r\n");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsTextAndReadBackExactly(@TempDir Path dir) throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "=cmd|' /C calc'!A0", "+1+1", "-2-3",
                "@SUM(A1)", "\tTabbed", "'=already quoted", "＝full width");
        List<TimelineEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            String text = hostile.get(i);
            events.add(new TimelineEvent("e" + i, text, org.chronoline.model.IsoDates.parse("1990"), null, false, null, List.of(text),
                    List.of(text), text, text, null, List.of(new org.chronoline.model.Source(text, text, text, null,
                    org.chronoline.model.ExtraFields.NONE)), List.of(), null, org.chronoline.model.ExtraFields.NONE));
        }
        events.add(new TimelineEvent("n", "-12", org.chronoline.model.IsoDates.parse("-0479-03"), null, false, null, List.of(),
                List.of(), "-12", null, null, List.of(), List.of(), null, org.chronoline.model.ExtraFields.NONE));
        TimelineDocument doc = new TimelineDocument(1, "Hostile", null, List.of(), List.of(), events, List.of(),
                org.chronoline.model.ExtraFields.NONE);

        byte[] csv = CsvExporter.toBytes(doc, doc.events(), false);

        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(new String(csv, StandardCharsets.UTF_8),
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            for (org.apache.commons.csv.CSVRecord record : parser) {
                for (String cell : record) {
                    assertThat(cell.isEmpty() || "=+-@\t\r\n＝＋－＠".indexOf(cell.charAt(0)) < 0 || cell.matches("-?\\d+"))
                            .as("no live formula: %s", cell).isTrue();
                }
            }
        }
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(",-12,", "'-0479-03");
        Path file = Files.write(dir.resolve("hostile.csv"), csv);
        CsvImporter.Sheet sheet = CsvImporter.read(file);
        List<TimelineEvent> back = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "Back", "hostile.csv")
                .document().events();
        assertThat(back).extracting(TimelineEvent::title).containsExactlyElementsOf(
                java.util.stream.Stream.concat(hostile.stream().map(String::strip), java.util.stream.Stream.of("-12")).toList());
        assertThat(back.get(1).sources().get(0).url()).isEqualTo(hostile.get(1));
        assertThat(back.get(hostile.size()).start().toIso()).isEqualTo("-0479-03");
    }

    /**
     * A control character in a field (a timeline file may hold "\u0000") is left out of the CSV: a
     * NUL made a file Chronoline's own import refused, and spreadsheets show them as boxes. Tabs and
     * line breaks stay.
     */
    @Test
    void controlCharactersAreLeftOutSoThatTheFileImportsBack(@TempDir Path dir) throws IOException {
        String text = "Bell\u0007 escape\u001B[31m nul\u0000 and\ttab\nnext line\u007F";
        TimelineEvent event = new TimelineEvent("c", "Control" + "\u0000" + " title", org.chronoline.model.IsoDates.parse("1990"), null, false,
                null, List.of(), List.of(), null, null, text, List.of(), List.of(), null, org.chronoline.model.ExtraFields.NONE);
        TimelineDocument doc = new TimelineDocument(1, "Controls", null, List.of(), List.of(), List.of(event), List.of(),
                org.chronoline.model.ExtraFields.NONE);

        Path file = Files.write(dir.resolve("controls.csv"), CsvExporter.toBytes(doc, doc.events(), false));
        CsvImporter.Sheet sheet = CsvImporter.read(file);
        TimelineEvent back = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "Back", "controls.csv").document().events().get(0);

        assertThat(back.title()).isEqualTo("Control title");
        assertThat(back.description()).isEqualTo("Bell escape[31m nul and\ttab\nnext line");
        assertThat(CsvExporter.leftOut(doc)).as("said, not silently left out").contains("invisible control characters (1 event)");
    }

    /**
     * UTF-8 with one stray Windows-1252 byte: read all as Windows-1252, every UTF-8 letter became two
     * wrong ones ("KrakÃ³w"), without a word. Each part is read as what it is, with a warning.
     */
    @Test
    void aUtf8SheetWithAStrayWindows1252ByteKeepsBothAndSaysWhere(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("mixed.csv");
        Files.write(csv, concat("title,start\nKraków in UTF-8,1990\nCaf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
                " in Windows-1252,1991\n".getBytes(StandardCharsets.UTF_8)));

        CsvImporter.Sheet sheet = CsvImporter.read(csv);
        CsvImporter.Result result = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "mixed.csv");

        assertThat(result.document().events()).extracting(TimelineEvent::title).containsExactly("Kraków in UTF-8", "Café in Windows-1252");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).startsWith("the file is UTF-8 but for 1 byte from another encoding");
        });

        Path mac = dir.resolve("mac.csv"); // lines ended by CR alone, as an old Mac (or Excel's "CSV (Macintosh)") saves them
        Files.write(mac, concat("title,start\rKraków,1990\rCaf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9}, ",1991\r".getBytes(StandardCharsets.UTF_8)));
        assertThat(CsvImporter.read(mac).notes()).singleElement().extracting(Problem::line).isEqualTo(3);

        Path old = dir.resolve("old.csv");
        Files.write(old, concat("title,start\nCaf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9}, ",1991\n".getBytes(StandardCharsets.UTF_8)));
        CsvImporter.Sheet windows = CsvImporter.read(old);
        assertThat(windows.rows().get(0).cells().get(0)).isEqualTo("Café");
        assertThat(windows.notes()).as("a file all in Windows-1252 is simply that").isEmpty();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void readsASheetSavedAsUtf16AndNamesFilesThatAreNotSpreadsheets(@TempDir Path dir) throws IOException {
        String text = "title,start\r\nKraków summit,1990\r\n";
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        Path sheet = Files.write(dir.resolve("unicode.csv"), utf16);
        Path picture = Files.copy(Path.of("src/test/resources/pictures/images/summit.png"), dir.resolve("picture.csv"));
        Path noBom = Files.write(dir.resolve("nobom.csv"), text.getBytes(StandardCharsets.UTF_16LE));

        assertThat(CsvImporter.read(sheet).rows()).singleElement().satisfies(r -> assertThat(r.cells()).containsExactly("Kraków summit", "1990"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvImporter.read(picture))
                .hasMessage("this is not a spreadsheet saved as CSV but a PNG image");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvImporter.read(noBom))
                .hasMessageStartingWith("the file holds NUL bytes, so it is not CSV text");
    }

    @Test
    void aPictureOutsideTheTimelinesFolderIsLeftOutButItsEventIsKept() throws IOException {
        CsvImporter.Sheet sheet = CsvImporter.read("title,start,image\nParis,1990,images/paris.jpg\nOutside,1991,../../etc/passwd\n"
                + "Absolute,1992,/home/teacher/x.png\nWindows,1993,C:\\pictures\\x.png\n");

        CsvImporter.Result result = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "f.csv");

        assertThat(result.document().events()).extracting(e -> e.title() + ":" + (e.image() == null ? "-" : e.image().path()))
                .containsExactly("Paris:images/paris.jpg", "Outside:-", "Absolute:-", "Windows:-");
        assertThat(result.problems()).hasSize(3).allSatisfy(p -> assertThat(p.format("f")).contains("warning: image: the picture")
                .contains("is left out: pictures must be in the timeline's folder"));
    }

    @Test
    void twoColumnsForTheSameFieldAreNamedAndOnlyTheFirstIsUsed() throws IOException {
        CsvImporter.Sheet sheet = CsvImporter.read("title,start,Title\nFirst,1990,Second\n");

        CsvImporter.Result result = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "f.csv");

        assertThat(result.document().events()).extracting(TimelineEvent::title).containsExactly("First");
        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:1:3: warning: Title: the columns \"title\" and \"Title\" both hold the title; only the first is imported");
    }

    @Test
    void theTimelineJsTemplatesTextColumnsAreReadAsHtml() throws IOException {
        CsvImporter.Sheet sheet = CsvImporter.read("Year,Headline,Text,Media Caption\n"
                + "1990,<b>CFE</b> &amp; more<script>alert(1)</script>,\"<p>Signed.</p><p>See <a href='https://www.osce.org/node/58665'>OSCE</a>.</p>\","
                + "<i>Paris</i>\n");

        TimelineEvent event = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "f.csv").document().events().get(0);

        assertThat(event.title()).isEqualTo("CFE & more");
        assertThat(event.description()).isEqualTo("Signed.\n\nSee OSCE.");
        assertThat(event.sources()).singleElement().satisfies(s -> assertThat(s.url()).isEqualTo("https://www.osce.org/node/58665"));
    }

    /**
     * A TimelineJS sheet's Display Date, Background, Media Thumbnail and media from the web are kept, through Chronoline's
     * file, and go back to TimelineJS: they were dropped without a word, and a video's address was refused as a picture
     * outside the folder (a walk-through with a teacher's sheet). An address no page may load is left out, saying so.
     */
    @Test
    void aTimelineJsSheetsDisplayDateBackgroundAndWebMediaGoBackToTimelineJs() throws IOException {
        CsvImporter.Sheet sheet = CsvImporter.read("Year,Month,Display Date,Headline,Media,Media Credit,Media Caption,Media Thumbnail,Background\n"
                + "1990,11,Autumn 1990,CFE,https://www.youtube.com/watch?v=abc,<i>OSCE</i>,The signing,https://example.org/t.jpg,#112233\n"
                + "2007,,,Moratorium,images/kremlin.jpg,,,javascript:alert(1),https://example.org/bg.jpg\n"
                + "2008,,,Map,https://example.org/map.png,,,,light blue\n");

        CsvImporter.Result result = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "f.csv");
        byte[] saved = TimelineFileWriter.toBytes(result.document());
        LoadResult reopened = new TimelineFileReader().read(TimelineSource.of("f", saved), LoadMonitor.NONE);
        com.google.gson.JsonArray events = com.google.gson.JsonParser.parseString(new String(TimelineJsWriter.toBytes(reopened.document()),
                StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("events");

        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:2:5: warning: Media: the media \"https://www.youtube.com/watch?v=abc\" is not a picture Chronoline shows; it is kept, and exported back to TimelineJS",
                "f:3:8: warning: Media Thumbnail: " + Messages.get("timelinejs.unsafeAddress", "\"javascript:alert(1)\""),
                "f:4:5: warning: Media: the media \"https://example.org/map.png\" is not a picture Chronoline shows; it is kept, and exported back to TimelineJS",
                "f:4:9: warning: Background: the background \"light blue\" is left out: give a colour (#RRGGBB or a colour's name) or a picture's address");
        assertThat(result.document().events().get(0).image()).as("not a picture Chronoline shows").isNull();
        com.google.gson.JsonObject cfe = events.get(0).getAsJsonObject();
        assertThat(cfe.get("display_date").getAsString()).isEqualTo("Autumn 1990");
        assertThat(cfe.getAsJsonObject("background").get("color").getAsString()).isEqualTo("#112233");
        com.google.gson.JsonObject media = cfe.getAsJsonObject("media");
        assertThat(media.get("url").getAsString()).isEqualTo("https://www.youtube.com/watch?v=abc");
        assertThat(media.get("thumbnail").getAsString()).isEqualTo("https://example.org/t.jpg");
        assertThat(media.get("caption").getAsString()).isEqualTo("The signing");
        assertThat(media.get("credit").getAsString()).as("HTML read as text, escaped on the way out").isEqualTo("OSCE");
        com.google.gson.JsonObject moratorium = events.get(1).getAsJsonObject();
        assertThat(moratorium.getAsJsonObject("media").get("url").getAsString()).isEqualTo("images/kremlin.jpg");
        assertThat(moratorium.getAsJsonObject("media").has("thumbnail")).as("javascript: left out").isFalse();
        assertThat(moratorium.getAsJsonObject("background").get("url").getAsString()).isEqualTo("https://example.org/bg.jpg");
        com.google.gson.JsonObject map = events.get(2).getAsJsonObject();
        assertThat(map.getAsJsonObject("media").get("url").getAsString()).as("a picture on the web, never the event's, goes back too")
                .isEqualTo("https://example.org/map.png");
        assertThat(map.has("background")).isFalse();
    }

    /** A row left out says why, and only that: what it said on the way (its media kept) is not so. */
    @Test
    void aRowLeftOutSaysOnlyWhy() throws IOException {
        CsvImporter.Sheet sheet = CsvImporter.read("title,start,image,margin\nVideo,1990,https://www.youtube.com/watch?v=abc,many\n");

        CsvImporter.Result result = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "f.csv");

        assertThat(result.document().events()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.format("f")).startsWith("f:2:4: error: margin: "));
    }
}
