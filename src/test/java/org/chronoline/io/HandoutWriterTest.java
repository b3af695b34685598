package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chronoline.model.Source;
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
        HandoutWriter.Picture picture = new HandoutWriter.Picture(320, 180, pixels, 480, 270,
                List.of(new HandoutWriter.KeyLine("CFE negotiated", "9 March 1989 \u2013 19 November 1990", 0xE3DDF7)));
        List<Integer> asked = new java.util.ArrayList<>();

        // Each step's picture is asked for when its page is written, once, in order: never all held at once.
        HandoutWriter.write(pdf, java.util.List.of(), PaperSize.A4, doc.title(), tour.title(), picture, steps, index -> {
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
            assertThat(first).as("the picture's key: an era it cannot name")
                    .contains("CFE negotiated (9 March 1989 \u2013 19 November 1990)");
            assertThat(first.replace("\n", " ")).as("the page keeps its intro whole").contains("where the facts come from.");
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

    /**
     * The steps begin under the overview when there is room for the first: a lesson of six short
     * steps printed seven pages, the first two-thirds blank under a small overview (a teacher's
     * walk-through; thirty students, thirty copies). A step still starts a page when its heading,
     * picture and first lines do not fit.
     */
    @Test
    void theStepsBeginUnderTheOverviewWhereTheFirstFits(@TempDir Path dir) throws IOException {
        int[] pixels = new int[320 * 90];
        java.util.Arrays.fill(pixels, 0xFF2E6DB4);
        HandoutWriter.Picture small = new HandoutWriter.Picture(320, 90, pixels, 480, 135, List.of());
        List<TimelineEvent> steps = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            steps.add(new TimelineEvent("e" + i, "Step event " + i, org.chronoline.model.IsoDates.parse("199" + i), null, false, null,
                    List.of(), List.of(), null, null, "A short text of two lines for the step.", List.of(), List.of(), null,
                    org.chronoline.model.ExtraFields.NONE));
        }
        Path pdf = dir.resolve("lesson.pdf");

        HandoutWriter.write(pdf, List.of(), PaperSize.A4, "Lesson", "Three steps", small, steps, index -> small);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertThat(first).as("the first step under the overview and its intro").contains("3 steps follow", "1.  1990", "Step event 0");
            assertThat(first.indexOf("Step event 0")).isGreaterThan(first.indexOf("3 steps follow"));
            assertThat(document.getNumberOfPages()).as("three short steps and an overview").isLessThanOrEqualTo(2);
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

        HandoutWriter.write(pdf, List.of(), PaperSize.A4, "T", "S", null, List.of(new HandoutWriter.Step(event, null)));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Sources (continued)");
            assertThat(text).as("addresses copy as written, no ligatures").contains("https://example.org/office/7");
        }
    }

    /**
     * The "Sources" heading never stands alone at a page's foot, its first source over the page under "Sources
     * (continued)" (a walk-through). Descriptions of every length from one to sixty lines bring it to each place on
     * the page.
     */
    @Test
    void theSourcesHeadingStaysWithItsFirstSource(@TempDir Path dir) throws IOException {
        org.chronoline.model.Source source = new org.chronoline.model.Source("Final report", "https://example.org/report", "Archive", null,
                org.chronoline.model.ExtraFields.NONE);
        int alone = 0;
        for (int lines = 1; lines <= 60; lines++) {
            String description = String.join("\n\n", java.util.Collections.nCopies(lines, "A line of the description."));
            TimelineEvent event = new TimelineEvent("e", "A step", org.chronoline.model.IsoDates.parse("1990"), null, false, null,
                    List.of(), List.of(), null, null, description, List.of(source), List.of(), null, org.chronoline.model.ExtraFields.NONE);
            Path pdf = dir.resolve("heading" + lines + ".pdf");
            HandoutWriter.write(pdf, List.of(), PaperSize.A4, "T", "S", null, List.of(new HandoutWriter.Step(event, null)));
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    List<String> text = stripper.getText(document).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                    // The page's foot (its last line, "T · page n of m") aside, the page's last line of text.
                    if (text.size() >= 2 && text.get(text.size() - 2).equals("Sources")) {
                        alone++;
                    }
                }
            }
        }
        assertThat(alone).as("pages whose text ends with the heading").isZero();
    }

    /**
     * A long address goes on to its next line at one of its own marks, as style guides break them:
     * before a slash, dot, hyphen, question mark or ampersand, after "//". It broke at the line's
     * last character ("…europe-198" / "9-john-borawski"), a year cut in two and the line's end
     * looking like the address's (a teacher's walk-through). A line still holds at least half its width.
     */
    private static final String HYPHENATED = "Zwei-plus-Vier-Vertrag-" + "Verhandlungen-".repeat(12) + "Ende";

    @Test
    void aLongAddressIsBrokenAtItsOwnMarks(@TempDir Path dir) throws IOException {
        String address = "https://www.taylorfrancis.com/chapters/edit/10.4324/9780429042270-9/conventional-arms-control-europe-1989-john-borawski"
                + "?context=ubx&refId=35053911-097f-4873-8600-b62ccb4a656c";
        TimelineEvent event = new TimelineEvent("e", "CFE negotiations open", org.chronoline.model.IsoDates.parse("1989"), null, false, null,
                List.of(), List.of(), null, null, HYPHENATED, List.of(new org.chronoline.model.Source("Conventional arms control in Europe",
                address, null, null, org.chronoline.model.ExtraFields.NONE)), List.of(), null, org.chronoline.model.ExtraFields.NONE);
        Path pdf = dir.resolve("address.pdf");

        HandoutWriter.write(pdf, List.of(), PaperSize.A4, "T", "S", null, List.of(new HandoutWriter.Step(event, null)));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> lines = new PDFTextStripper().getText(document).lines().map(String::strip)
                    .dropWhile(l -> !l.startsWith("https://")).takeWhile(l -> !l.isEmpty() && !l.startsWith("T")).toList();
            assertThat(String.join("", lines)).as("the whole address, nothing added").startsWith(address);
            assertThat(lines).as("on more than one line").hasSizeGreaterThan(1);
            List<String> text = new PDFTextStripper().getText(document).lines().map(String::strip)
                    .filter(l -> l.contains("Vertrag") || l.contains("Verhandlungen")).toList();
            assertThat(text).as("a long word that is not an address breaks after its hyphens, as text does").hasSizeGreaterThan(1)
                    .noneMatch(l -> l.startsWith("-")).allMatch(l -> l.endsWith("-") || l.endsWith("Ende"));
            for (int i = 1; i < lines.size() && String.join("", lines.subList(0, i)).length() < address.length(); i++) {
                String before = lines.get(i - 1);
                String after = lines.get(i);
                assertThat("/.-_?#&=~,".indexOf(after.charAt(0)) >= 0 || before.endsWith("//") || before.endsWith("=") || before.endsWith("&"))
                        .as("\"%s\" then \"%s\"", before, after).isTrue();
            }
        }
    }

    /**
     * A word, title or address of thousands of characters without a space (which the checks allow)
     * is broken into lines that fit, every character kept. It took minutes: 244 s for a word of
     * 10,000 characters, growing with the cube of its length. (A timeout against a hang, not a speed test.)
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aVeryLongWordIsBrokenIntoLinesThatFitAndNothingIsLost(@TempDir Path dir) throws IOException {
        String word = "D".repeat(20_000);
        String address = "https://example.org/" + "a".repeat(5_000);
        TimelineEvent event = new TimelineEvent("e", "W".repeat(8_000), org.chronoline.model.IsoDates.parse("1990"), null, false, null,
                List.of(), List.of(), null, null, word, List.of(new org.chronoline.model.Source("Report", address, null, null,
                org.chronoline.model.ExtraFields.NONE)), List.of(), null, org.chronoline.model.ExtraFields.NONE);
        Path pdf = dir.resolve("long.pdf");

        HandoutWriter.write(pdf, List.of(), PaperSize.A4, "T", "S", null, List.of(new HandoutWriter.Step(event, null)));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            assertThat(text.chars().filter(c -> c == 'D').count()).as("every D of the word").isEqualTo(20_000);
            assertThat(text.chars().filter(c -> c == 'W').count()).as("every W of the title").isGreaterThanOrEqualTo(8_000);
            float pageWidth = document.getPage(0).getMediaBox().getWidth();
            org.apache.pdfbox.text.PDFTextStripper edges = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as("inside the page").isLessThan(pageWidth - 20);
                    }
                }
            };
            edges.getText(document);
        }
    }

    /** An address that opens nothing was printed in the links' blue like one that does: it is said not to be a link. */
    @Test
    void anAddressThatOpensNothingIsSaidNotToBeALink(@TempDir Path dir) throws IOException {
        List<org.chronoline.model.Source> sources = List.of(
                new org.chronoline.model.Source("Script", "javascript:alert(document.cookie)", null, null, org.chronoline.model.ExtraFields.NONE),
                new org.chronoline.model.Source("Web", "https://example.org/page", null, null, org.chronoline.model.ExtraFields.NONE));
        TimelineEvent event = new TimelineEvent("e", "Links", org.chronoline.model.IsoDates.parse("1990"), null, false, null,
                List.of(), List.of(), null, null, "Text.", sources, List.of(), null, org.chronoline.model.ExtraFields.NONE);
        Path pdf = dir.resolve("links.pdf");

        HandoutWriter.write(pdf, List.of(), PaperSize.A4, "T", "S", null, List.of(new HandoutWriter.Step(event, null)));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("javascript:alert(document.cookie) (not a link)").contains("https://example.org/page")
                    .doesNotContain("page (not a link)");
            long links = 0;
            for (var page : document.getPages()) {
                links += page.getAnnotations().stream().filter(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink).count();
            }
            assertThat(links).as("only the web address is a link").isEqualTo(1);
        }
    }

    /**
     * A source's title is quoted as the handout's language quotes, as a citation copied from the window is: the German
     * and Russian handouts quoted every title in English marks, around their own words (a teacher's walk-through).
     */
    @Test
    void aSourcesTitleIsQuotedAsTheHandoutsLanguageQuotes(@TempDir Path dir) throws IOException {
        TimelineEvent event = new TimelineEvent("a", "Signed", org.chronoline.model.IsoDates.parse("1990-11-19"), null, false, null,
                List.of(), List.of(), null, null, "Text.", List.of(new Source("Heads of State sign \"the Treaty\"", "https://example.org/a",
                        "OSCE", null, org.chronoline.model.ExtraFields.NONE)), List.of(), null, org.chronoline.model.ExtraFields.NONE);
        java.util.Locale was = org.chronoline.text.Messages.locale();
        java.util.Map<String, String> printed = new java.util.LinkedHashMap<>();
        try {
            for (String language : List.of("de", "ru", "en")) {
                org.chronoline.text.Messages.use(java.util.Locale.forLanguageTag(language));
                Path pdf = dir.resolve(language + ".pdf");
                HandoutWriter.write(pdf, List.of(), PaperSize.A4, "Quotes", "S", null, List.of(new HandoutWriter.Step(event, null)));
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    printed.put(language, new PDFTextStripper().getText(document).replace("\n", " ").replaceAll("\\s+", " "));
                }
            }
        } finally {
            org.chronoline.text.Messages.use(was);
        }
        assertThat(printed.get("de")).contains("OSCE. \u201eHeads of State sign \u201athe Treaty\u2018.\u201c");
        assertThat(printed.get("ru")).contains("OSCE. \u00abHeads of State sign \u201ethe Treaty\u201c.\u00bb");
        assertThat(printed.get("en")).contains("OSCE. \u201cHeads of State sign \u2018the Treaty\u2019.\u201d");
    }

    /**
     * A picture is printed as it looks on white paper: its pale, partly transparent parts blended with white, no soft
     * mask; every pixel as drawn, read back from the PDF itself (the rows compressed by PdfPictures' PNG filters).
     */
    @Test
    void picturesAreAsOnWhitePaperWithoutASoftMask(@TempDir Path dir) throws IOException {
        int width = 101;
        int height = 37;
        int[] pixels = new int[width * height];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < pixels.length; i++) {
            // flat runs, edges and noise, so that rows choose different PNG filters
            pixels[i] = i % 7 == 0 ? random.nextInt() | 0xFF000000 : (i / width % 3 == 0 ? 0xFF000000 | i * 2_654_435 : 0xFFF0F0F0);
        }
        pixels[0] = 0xFF123456;
        pixels[1] = 0x80000000; // black, half transparent
        pixels[2] = 0x00FF0000; // red, wholly transparent
        HandoutWriter.Picture picture = new HandoutWriter.Picture(width, height, pixels, 480, 480 * height / (double) width);

        Path pdf = dir.resolve("paper.pdf");
        HandoutWriter.write(pdf, List.of(), PaperSize.A4, "Paper", "S", picture, List.of());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var resources = document.getPage(0).getResources();
            List<PDImageXObject> images = new java.util.ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                images.add((PDImageXObject) resources.getXObject(name));
            }
            assertThat(images).hasSize(1).allSatisfy(image -> assertThat(image.getSoftMask()).isNull());
            java.awt.image.BufferedImage printed = images.get(0).getImage();
            assertThat(printed.getColorModel().hasAlpha()).isFalse();
            assertThat(printed.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x123456);
            assertThat(printed.getRGB(1, 0) & 0xFFFFFF).as("half black on white: mid grey").isEqualTo(0x7F7F7F);
            assertThat(printed.getRGB(2, 0) & 0xFFFFFF).as("transparent on white: white").isEqualTo(0xFFFFFF);
            for (int y = 0; y < height; y++) {
                for (int x = 3; x < width; x++) {
                    assertThat(printed.getRGB(x, y) & 0xFFFFFF).as("pixel %d, %d", x, y).isEqualTo(pixels[y * width + x] & 0xFFFFFF);
                }
            }
        }
    }

    /**
     * The handout's fonts have no emoji. An emoji the font lacks is one replacement character however
     * many code points make it (a family joined by zero-width joiners was five, a thumb with a skin
     * tone two, a flag two), and invisible characters the font lacks are left out, not marked. Copied or
     * read aloud, each mark is the emoji it stands for (ActualText): it was U+FFFD.
     */
    @Test
    void anEmojiTheFontLacksIsOneMarkAndInvisibleCharactersAreNotMarked(@TempDir Path dir) throws IOException {
        String title = "Family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 and thumbs \uD83D\uDC4D\uD83C\uDFFD"
                + " and flag \uD83C\uDDE9\uD83C\uDDEA\uD83C\uDDEB\uD83C\uDDF7 and rainbow \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
        TimelineEvent event = new TimelineEvent("e", title, org.chronoline.model.IsoDates.parse("1987"), null, false, null,
                List.of(), List.of(), "Vienna", null, "Word\u2060joiner, zero\u200Bwidth space.", List.of(), List.of(), null,
                org.chronoline.model.ExtraFields.NONE);
        Path pdf = dir.resolve("emoji.pdf");

        HandoutWriter.write(pdf, List.of(), PaperSize.A4, "Emoji", "S", new HandoutWriter.Picture(100, 100, new int[100 * 100], 480, 600),
                List.of(new HandoutWriter.Step(event, null)));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).as("the text layer").contains(title).doesNotContain("\uFFFD");
            assertThat(text.replace("\u2060", "").replace("\u200B", "")).contains("Wordjoiner, zerowidth space.");
            StringBuilder content = new StringBuilder();
            for (var page : document.getPages()) {
                content.append(new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1));
            }
            assertThat(Pattern.compile("/Span <</ActualText <FEFF[0-9A-F]+>>> BDC").matcher(content).results().count())
                    .as("one mark for each emoji, two for the two flags").isEqualTo(5);
        }
        MissingGlyphs.Printed printed;
        try (PDDocument document = new PDDocument()) {
            printed = new MissingGlyphs().printed(PDType0Font.load(document, getClass().getResourceAsStream(
                    "/org/chronoline/fonts/DejaVuSans.ttf")), title);
        }
        assertThat(printed.text()).as("what is drawn").isEqualTo("Family \uFFFD and thumbs \uFFFD and flag \uFFFD\uFFFD and rainbow \uFFFD");
        assertThat(printed.marks()).as("what the marks stand for").containsExactly("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                "\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDDE9\uD83C\uDDEA", "\uD83C\uDDEB\uD83C\uDDF7", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08");
    }

    /**
     * A paragraph from the right, broken into lines as the page breaks it, draws each line's marks in its own order:
     * the first mark from the left stands for the last emoji read on that line.
     */
    @Test
    void marksOnLinesFromTheRightStandForTheirOwnEmoji() throws IOException {
        String arabic = "\u0645\u0639\u0627\u0647\u062f\u0629";
        String emoji = "\uD83C\uDF89 \uD83D\uDCDD \uD83D\uDE80 \uD83C\uDF0D";
        String paragraph = (arabic + " " + emoji + " ").repeat(3).strip();
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, getClass().getResourceAsStream("/org/chronoline/fonts/DejaVuSans.ttf"));
            VisualText text = VisualText.of(new MissingGlyphs().printed(font, paragraph));
            List<String> lines = PdfTextLines.wrap(font, 10, text.logical(), 70);

            List<VisualText.Drawn> drawn = text.drawn(lines);

            assertThat(lines).as("lines that part the marks").hasSizeGreaterThan(2);
            List<String> read = new java.util.ArrayList<>();
            for (VisualText.Drawn line : drawn) {
                List<String> fromTheRight = new java.util.ArrayList<>(line.marks());
                java.util.Collections.reverse(fromTheRight);
                read.addAll(fromTheRight);
                assertThat(line.marks()).as("a mark for each drawn").hasSize((int) line.glyphs().chars().filter(c -> c == '\uFFFD').count());
            }
            assertThat(String.join(" ", read)).as("each line read from the right, one after the other").isEqualTo((emoji + " ").repeat(3).strip());
        }
    }

    /** Only a picture joins an emoji's sequence: letters after a joiner are printed, not taken into its mark. */
    @Test
    void lettersAfterAJoinerArePrintedNotHiddenInAMark() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, getClass().getResourceAsStream("/org/chronoline/fonts/DejaVuSans.ttf"));
            MissingGlyphs.Printed printed = new MissingGlyphs().printed(font, "\uD83C\uDF89\u200Dhidden words");
            assertThat(printed.text()).isEqualTo("\uFFFDhidden words");
            assertThat(printed.marks()).containsExactly("\uD83C\uDF89\u200D");
        }
    }

    /** A title shortened at the page's foot keeps its emoji in the text layer (it was shortened as printed, marks and all). */
    @Test
    void aShortenedFooterKeepsItsEmoji(@TempDir Path dir) throws IOException {
        String title = "\uD83C\uDF89 " + "Arms control, disarmament and confidence-building in Europe ".repeat(4).strip();
        Path pdf = dir.resolve("footer.pdf");

        HandoutWriter.write(pdf, List.of(), PaperSize.A4, title, "S", new HandoutWriter.Picture(100, 100, new int[100 * 100], 480, 600),
                List.of(new HandoutWriter.Step(TimelineEvent.point("e", "Signed", org.chronoline.model.IsoDates.parse("1990")), null)));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("\uD83C\uDF89 Arms control").contains("\u2026 \u2014 page 1 of")
                    .doesNotContain("\uFFFD");
        }
    }

    /**
     * What a file holds reaches paper as the window shows it: Hebrew and Arabic in reading order
     * (a PDF draws glyphs left to right, so each line is put in visual order, which a PDF reader's
     * text extraction turns back), Arabic letters joined, overrides dropped, a glyph the font lacks
     * as the replacement character (copied as the character it stands for), a look-alike host in its xn-- form, and a title too long for the
     * foot of the page shortened so that the page number, and of how many, stays.
     */
    @Test
    void hostileAndRightToLeftTextPrintsAsTheWindowShowsIt(@TempDir Path dir) throws IOException {
        String hebrew = "\u05d0\u05de\u05e0\u05ea \u05d4\u05e4\u05d9\u05e8\u05d5\u05e7";
        String arabic = "\u0645\u0639\u0627\u0647\u062f\u0629 \u0627\u0644\u0642\u0648\u0627\u062a";
        String longTitle = "Arms control, disarmament and confidence-building in Europe ".repeat(4).strip();
        TimelineEvent event = new TimelineEvent("e", hebrew + " INF 1987", org.chronoline.model.IsoDates.parse("1987"), null, false, null,
                List.of(), List.of(), "\u202egpj.exe\u202c Vienna", null, arabic + ".", List.of(new org.chronoline.model.Source(
                        "Fraktur \ud835\udd04", "https://\u0440\u0430\u0443\u0440\u0430l.com/x", null, null, org.chronoline.model.ExtraFields.NONE)),
                List.of(), null, org.chronoline.model.ExtraFields.NONE);
        int[] pixels = new int[100 * 100];
        Path pdf = dir.resolve("hostile.pdf");

        HandoutWriter.write(pdf, List.of(), PaperSize.A4, longTitle, "S", new HandoutWriter.Picture(100, 100, pixels, 480, 600),
                List.of(new HandoutWriter.Step(event, null)));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            assertThat(text).contains(hebrew, "gpj.exe Vienna", "Fraktur \ud835\udd04", "https://xn--l-7sba6dbr.com/x")
                    .doesNotContain("\u202e", "?", "\u0440\u0430\u0443");
            assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)).as("joined letters, in reading order").contains(arabic);
            assertThat(VisualText.of(arabic).logical()).as("Arabic in its joining forms").containsPattern("[\uFE70-\uFEFF]");
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(document)).as("page %d's foot", p).contains("\u2026 \u2014 page " + p + " of 2");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).as("a title of two lines keeps the intro on the first page").contains("one step follows");
        }
    }
}
