package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chronoline.model.Source;
import org.chronoline.model.SourceLanguage;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source's language ({@code "language": "de"}): read, checked, kept through every format, and told to
 * the reader ("in German") where it is not the interface's. A screen reader read the bundled timeline's
 * German, Dutch, Polish, Romanian and Russian source titles as English words (WCAG 3.1.2).
 */
class SourceLanguagesTest {
    private static final String JSON = """
            {"version": 1, "title": "T", "events": [
              {"id": "a", "title": "A", "start": "1992-03-04", "description": "D.", "sources": [
                {"title": "Wiener Dokument 1992", "url": "https://example.org/wd", "publisher": "Blätter", "language": "de"},
                {"title": "Vienna Document 1992", "language": "en"},
                {"title": "Trattato", "language": "Italian"},
                {"title": "Untold"}]}]}
            """;

    private static LoadResult read(String name, byte[] bytes) {
        return new TimelineFileReader().read(TimelineSource.of(name, bytes), LoadMonitor.NONE);
    }

    @Test
    void aLanguageTagIsKeptAndANameIsNamedAsAMistake() {
        LoadResult result = read("l.json", JSON.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).extracting(p -> p.format("f")).containsExactly(
                "f:5:39: warning: events[0].sources[2].language: \"Italian\" is not a language tag such as de, ru or pt-BR;"
                        + " the source's language is kept in the file and not used");
        List<Source> sources = result.document().events().get(0).sources();
        assertThat(sources).extracting(Source::language).containsExactly("de", "en", "Italian", null);
        assertThat(sources).extracting(Source::locale).containsExactly(Locale.GERMAN, Locale.ENGLISH, null, null);
        assertThat(SourceLanguage.note(sources.get(0))).isEqualTo("in German");
        assertThat(SourceLanguage.note(sources.get(1))).as("in the interface's own language").isNull();
        assertThat(SourceLanguage.note(sources.get(2))).as("not a tag").isNull();

        String written = TimelineFileWriter.toJson(result.document());
        assertThat(written).contains("\"publisher\": \"Blätter\",\n          \"language\": \"de\"\n")
                .as("kept as written").contains("\"language\": \"Italian\"");
        assertThat(read("again.json", written.getBytes(StandardCharsets.UTF_8)).document()).isEqualTo(result.document());
    }

    /** A tag as a language tag writes it: de, not the library code ger nor deu; a three-letter code where there is no other. */
    @Test
    void aLanguageIsItsShortestCode() {
        assertThat(List.of("de", "ru", "pt-BR", "zh-Hant", "sr-Latn", "EN", "yue", "fil")).allMatch(Source::isLanguageTag);
        assertThat(java.util.Arrays.asList("ger", "deu", "rus", "und", "German", "x-foo", "", " ", null, "zz", "qqq"))
                .noneMatch(Source::isLanguageTag);
    }

    @Test
    void eachLanguageNamesTheSourcesLanguageInItsOwnWords() {
        Source russian = new Source("Договор", null, null, null, null, "ru", org.chronoline.model.ExtraFields.NONE);
        Locale was = Messages.locale();
        try {
            Messages.use(Locale.GERMAN);
            assertThat(SourceLanguage.note(russian)).isEqualTo("auf Russisch");
            Messages.use(Locale.FRENCH);
            assertThat(SourceLanguage.note(russian)).isEqualTo("en russe");
            Messages.use(Locale.forLanguageTag("pl"));
            assertThat(SourceLanguage.note(russian)).isEqualTo("język: rosyjski");
            Messages.use(Locale.forLanguageTag("ru"));
            assertThat(SourceLanguage.note(russian)).as("in Russian, a Russian source is the reader's own").isNull();
        } finally {
            Messages.use(was);
        }
    }

    @Test
    void theLanguageComesBackThroughTimelineJsAndSpreadsheets(@TempDir Path dir) throws IOException {
        TimelineDocument original = read("l.json", JSON.getBytes(StandardCharsets.UTF_8)).document();

        Path timelineJs = Files.write(dir.resolve("tl.json"), TimelineJsWriter.toBytes(original));
        assertThat(new TimelineFileReader().read(timelineJs).document().events()).isEqualTo(original.events());

        Path csv = dir.resolve("events.csv");
        Files.write(csv, CsvExporter.toBytes(original, original.events(), false));
        assertThat(Files.readString(csv)).contains("source 1 language");
        CsvImporter.Sheet sheet = CsvImporter.read(csv);
        CsvImporter.Result back = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()), "T", "events.csv");
        assertThat(back.document().events().get(0).sources()).extracting(Source::language).containsExactly("de", "en", "Italian", null);
    }

    @Test
    void theHandoutAndThePageTellTheReader(@TempDir Path dir) throws IOException {
        TimelineDocument document = read("l.json", JSON.getBytes(StandardCharsets.UTF_8)).document();
        TimelineEvent event = document.events().get(0);
        Path pdf = dir.resolve("h.pdf");
        HandoutWriter.write(pdf, List.of(), PaperSize.A4, "T", "S", null, List.of(new HandoutWriter.Step(event, null)));
        try (PDDocument handout = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(handout).replaceAll("\\s+", " ");
            assertThat(text).contains("Blätter. “Wiener Dokument 1992.” (in German)").doesNotContain("(in English)");
        }

        JsonObject page = WebPageData.of(document, null, new WebPagePictures(dir)).getAsJsonArray("events").get(0).getAsJsonObject();
        JsonObject german = page.getAsJsonArray("sources").get(0).getAsJsonObject();
        assertThat(german.get("language").getAsString()).isEqualTo("de");
        assertThat(german.get("languageNote").getAsString()).isEqualTo("in German");
        JsonObject mistaken = page.getAsJsonArray("sources").get(2).getAsJsonObject();
        assertThat(mistaken.has("language")).as("\"Italian\" is no lang attribute").isFalse();
    }
}
