package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutWriterTest {

    @Test
    void writesTheBundledTourAsAPictureThenOneEntryPerStep(@TempDir Path dir) throws IOException {
        TimelineDocument doc = new TimelineFileReader().read(Path.of("data/events.json")).document();
        Tour tour = doc.tours().get(0);
        List<TimelineEvent> steps = tour.steps().stream()
                .map(id -> doc.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow()).toList();
        int[] pixels = new int[320 * 180];
        java.util.Arrays.fill(pixels, 0xFF2E6DB4);
        Path pdf = dir.resolve("handout.pdf");
        HandoutWriter.Picture picture = new HandoutWriter.Picture(320, 180, pixels, 480, 270);
        List<Integer> asked = new java.util.ArrayList<>();

        // Each step's picture is asked for when its page is written, once, in order: never all held at once.
        HandoutWriter.write(pdf, java.util.List.of(), doc.title(), tour.title(), picture, steps, index -> {
            asked.add(index);
            return picture;
        });

        assertThat(asked).isEqualTo(java.util.stream.IntStream.range(0, steps.size()).boxed().toList());

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(doc.title() + " \u2014 " + tour.title());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertThat(first).contains(doc.title(), tour.title(), "23 steps follow");
            assertThat(document.getPage(0).getResources().getXObjectNames()).singleElement()
                    .satisfies(name -> assertThat(document.getPage(0).getResources().getXObject(name)).isInstanceOf(PDImageXObject.class));

            stripper.setStartPage(2);
            stripper.setEndPage(document.getNumberOfPages());
            String entries = stripper.getText(document).replace("\n", " ").replaceAll("\\s+", " ");
            int at = -1;
            for (int i = 0; i < steps.size(); i++) {
                int next = entries.indexOf((i + 1) + ". " + steps.get(i).dateText());
                assertThat(next).as("step %d, in order", i + 1).isGreaterThan(at);
                at = next;
            }
            assertThat(entries).contains("CFE Treaty signed in Paris", "22 states signed it in 1990", "Sources",
                    "OSCE. \u201cHeads of State sign Treaty on Conventional Armed Forces in Europe (OSCE).\u201d");
            assertThat(entries).as("Cyrillic source titles print as they are").contains("Договор об обычных вооруженных силах в Европе");
            assertThat(entries).as("no ligature characters in copied text").doesNotContain("\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04");
            for (int p = 1; p < document.getNumberOfPages(); p++) {
                assertThat(document.getPage(p).getResources().getXObjectNames()).as("page %d has step pictures", p + 1).isNotEmpty();
            }

            java.util.Set<String> links = new java.util.HashSet<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            for (TimelineEvent step : steps) {
                for (var source : step.sources()) {
                    if (source.url() != null && source.url().startsWith("http")) {
                        assertThat(links).as("a link to %s", source.url()).contains(org.chronoline.model.Links.openable(source.url()).get()
                                .toASCIIString());
                    }
                }
            }
        }
    }

    @Test
    void aSourceListThatGoesOnOverAPageSaysItContinues(@TempDir Path dir) throws IOException {
        List<org.chronoline.model.Source> many = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(new org.chronoline.model.Source("Report number " + i + " on the office of the conference", "https://example.org/office/" + i,
                    "Archive", null, org.chronoline.model.ExtraFields.NONE));
        }
        TimelineEvent event = new TimelineEvent("e", "Many sources", org.chronoline.model.IsoDates.parse("1990"), null, false, null,
                List.of(), List.of(), null, null, "Text.", many, List.of(), null, org.chronoline.model.ExtraFields.NONE);
        Path pdf = dir.resolve("sources.pdf");

        HandoutWriter.write(pdf, List.of(), "T", "S", null, List.of(new HandoutWriter.Step(event, null)));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Sources (continued)");
            assertThat(text).as("addresses copy as written, no ligatures").contains("https://example.org/office/7");
        }
    }
}
