package org.chronoline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.chronoline.model.DisplayText;
import org.chronoline.model.Graphemes;
import org.chronoline.model.Links;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.Citation;
import org.chronoline.text.Messages;

/**
 * Writes a handout for students to take home: a first page with the timeline's title and a picture
 * of the whole period the steps cover, then one entry per step (number, date, title, place, a
 * picture of the step among its neighbours, description, sources), flowed across pages of A4 or Letter. The
 * text uses an embedded font (DejaVu Sans), so names in any Latin, Greek or Cyrillic script print
 * as written, and Hebrew and Arabic right to left ({@link VisualText}); text is cleaned as the
 * window cleans it. Source addresses are links to click, written as the window writes them (a
 * look-alike host in its {@code xn--} form), and text copied from the PDF is the text as written
 * (no ligature characters, so an address pastes as it reads).
 */
public final class HandoutWriter {
    private static final float MARGIN = 54;
    /** The height a step's picture may take. */
    public static final float STEP_PICTURE_HEIGHT = 200;
    private static final float[] ACCENT = {0.04f, 0.41f, 0.85f};
    private static final float[] MUTED = {0.35f, 0.39f, 0.43f};
    private static final float[] TEXT = {0.12f, 0.14f, 0.16f};
    private static final float FOOTER_SIZE = 8;
    /** A source's address stands in a little under its title. */
    private static final float ADDRESS_INDENT = 8;
    /** The type and line of a picture's key. */
    private static final float KEY_SIZE = 9;
    private static final float KEY_LEADING = 13;
    private static final float KEY_AFTER = 4;
    /** Where a key's words start: after the swatch, twice as wide as the type is tall, and a space. */
    private static final float KEY_INDENT = KEY_SIZE * 2 + 5;

    /**
     * A picture of the timeline: pixels (0xAARRGGBB, row by row) and its size on the page in
     * points; under it, a key of what it shows but cannot name.
     */
    public record Picture(int pixelWidth, int pixelHeight, int[] argb, double width, double height, List<KeyLine> key) {
        public Picture {
            key = List.copyOf(key);
        }

        public Picture(int pixelWidth, int pixelHeight, int[] argb, double width, double height) {
            this(pixelWidth, pixelHeight, argb, width, height, List.of());
        }
    }

    /** A line of a picture's key: a swatch of a colour (0xRRGGBB) in it, a name and its dates. */
    public record KeyLine(String name, String dates, int rgb) {
    }

    /** One step: its event and the picture of it among its neighbours (or null). */
    public record Step(TimelineEvent event, Picture picture) {
    }

    /** The width of the text and of the pictures on {@code paper}, in points. */
    public static float width(PaperSize paper) {
        return paper.width() - 2 * MARGIN;
    }

    /** The height available on {@code paper} for the first page's picture, under the title. */
    public static float overviewHeight(PaperSize paper) {
        return paper.height() - 2 * MARGIN - 110;
    }

    private final PDRectangle paper;
    /** The width of the text and of the pictures, in points. */
    private final float textWidth;
    private PDDocument pdf;
    private PDFont regular;
    private PDFont bold;
    private PDPage currentPage;
    private PDPageContentStream page;
    private float y;
    private int pageNumber;
    private String footer;
    private final MissingGlyphs glyphs = new MissingGlyphs();

    private HandoutWriter(PaperSize paper) {
        this.paper = new PDRectangle(paper.width(), paper.height());
        this.textWidth = width(paper);
    }

    /**
     * @param inputs   the files the handout is made from; it is never written over them
     * @param title    the timeline's title
     * @param subtitle the tour's title, or what the steps are ("All events shown")
     * @param overview the timeline over the steps' whole period, or null
     * @return how many pages the handout has
     */
    public static int write(Path target, Collection<Path> inputs, PaperSize paper, String title, String subtitle, Picture overview,
                            List<Step> steps) throws SaveFailedException {
        return write(target, inputs, paper, title, subtitle, overview, steps.stream().map(Step::event).toList(), i -> steps.get(i).picture());
    }

    /**
     * The same, with each step's picture asked for only when its page is written, and let go once
     * it is in the PDF: a handout of hundreds of steps holds one picture at a time, not all of them.
     *
     * @param pictureOf the picture of the step at an index (from 0), or null; asked once per step, in order
     */
    public static int write(Path target, Collection<Path> inputs, PaperSize paper, String title, String subtitle, Picture overview,
                            List<TimelineEvent> events, IntFunction<Picture> pictureOf) throws SaveFailedException {
        SafeFileWriter.checkTarget(target, inputs);
        HandoutWriter writer = new HandoutWriter(paper);
        // The pages' pictures wait in a temporary file, not in memory, and the PDF is saved straight into its file: a
        // handout of a school's 10,000 events held its 867 MB three times over (the pages, the PDF, a copy of it).
        PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try {
            writer.compose(document, title, subtitle, overview, events, pictureOf);
            new SafeFileWriter().export(target, document::save, inputs);
        } catch (SaveFailedException e) {
            throw e;
        } catch (IOException e) {
            throw new SaveFailedException(String.valueOf(target.getFileName()), OutOfMemory.why(e), e);
        } finally {
            try {
                document.close();
            } catch (IOException e) {
                // its temporary file left in the system's temporary folder: the handout is written, or its failure said
            }
        }
        return writer.pageNumber;
    }

    private void compose(PDDocument document, String title, String subtitle, Picture overview, List<TimelineEvent> steps,
            IntFunction<Picture> pictureOf) throws IOException {
        pdf = document;
        regular = font("/org/chronoline/fonts/DejaVuSans.ttf");
        bold = font("/org/chronoline/fonts/DejaVuSans-Bold.ttf");
        footer = footerTitle(title);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(DisplayText.line(title + " \u2014 " + subtitle));
        info.setCreator("Chronoline");
        document.setDocumentInformation(info);

        newPage();
        text(bold, 22, TEXT, title, 28);
        text(regular, 13, MUTED, subtitle, 18);
        y -= 10;
        String intro = Messages.get("handout.intro", steps.size());
        if (overview != null) {
            // Made for a title of one line: under a longer one it is drawn smaller, so that the page keeps its intro.
            float introHeight = 8 + 8 + 14 * wrap(regular, 10, printable(regular, intro)).size();
            drawPicture(overview, y - MARGIN - introHeight - keyHeight(overview.key()));
            key(overview.key());
        }
        y -= 8;
        text(regular, 10, MUTED, intro, 14);
        y -= 24; // the first step follows where it fits (a short lesson's page 1 was two-thirds blank), else on page 2
        for (int i = 0; i < steps.size(); i++) {
            entry(i + 1, new Step(steps.get(i), pictureOf.apply(i)));
        }
        finishPage();
        footers();
    }

    private PDFont font(String resource) throws IOException {
        try (InputStream in = HandoutWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font " + resource);
            }
            return PDType0Font.load(pdf, in);
        }
    }

    private void entry(int number, Step step) throws IOException {
        TimelineEvent e = step.event();
        float pictureHeight = step.picture() == null ? 0 : (float) step.picture().height();
        // Keep a step's heading with its picture and the start of its text.
        if (y < MARGIN + 90 + pictureHeight) {
            newPage();
        }
        text(bold, 10, ACCENT, number + ".  " + e.dateText(), 14);
        text(bold, 14, TEXT, e.title(), 18);
        if (e.location() != null) {
            text(regular, 10, MUTED, e.location(), 14);
        }
        y -= 4;
        if (step.picture() != null) {
            drawPicture(step.picture(), Float.MAX_VALUE);
        }
        String body = e.description() != null ? e.description() : e.summary();
        if (body != null) {
            for (String paragraph : body.split("\\n\\s*\\n")) {
                text(regular, 10.5f, TEXT, paragraph.strip(), 14.5f);
                y -= 5;
            }
        }
        sources(e);
        y -= 16;
    }

    /** The sources, each with its address as a link to click; when the list goes on over a page, it says so. */
    private void sources(TimelineEvent e) throws IOException {
        if (e.sources().isEmpty()) {
            return;
        }
        // The heading with at least its first source's first line: alone at a page's foot, it said nothing.
        if (y - 12 - 11.5f < MARGIN) {
            newPage();
        }
        text(bold, 9, MUTED, Messages.get("handout.sources"), 12);
        int pageOfList = pageNumber;
        for (Source s : e.sources()) {
            VisualText source = VisualText.of(printed(regular, "\u2022 " + Citation.sourceWithoutAddress(s)));
            List<VisualText.Drawn> lines = source.drawn(wrap(regular, 8.5f, source.logical()));
            // The address a click opens, as the window writes it: a look-alike host in its xn-- form.
            boolean opens = s.url() != null && Links.openable(s.url()).isPresent();
            // What opens nothing (javascript:, file:, an address with a space) was printed in the links' blue as if it did.
            String shownAddress = s.url() == null ? null : opens ? Links.openable(s.url()).map(Links::target).orElseThrow()
                    : s.url() + " " + Messages.get("handout.source.notALink");
            VisualText addressText = VisualText.of(printed(regular, shownAddress == null ? "" : shownAddress));
            List<VisualText.Drawn> address = shownAddress == null ? List.of()
                    : addressText.drawn(PdfTextLines.wrap(regular, 8.5f, addressText.logical(), textWidth - ADDRESS_INDENT));
            for (int i = 0; i < lines.size() + address.size(); i++) {
                if (y - 11.5f < MARGIN) {
                    newPage();
                }
                if (pageNumber != pageOfList) {
                    pageOfList = pageNumber;
                    text(bold, 9, MUTED, Messages.get("handout.sourcesContinued"), 12);
                }
                y -= 11.5f;
                if (i < lines.size()) {
                    showLine(regular, 8.5f, MUTED, source, lines.get(i), MARGIN);
                } else {
                    VisualText.Drawn line = address.get(i - lines.size());
                    show(regular, 8.5f, opens ? ACCENT : MUTED, line, MARGIN + ADDRESS_INDENT);
                    link(s.url(), MARGIN + ADDRESS_INDENT, y - 2.5f, PdfTextLines.width(regular, 8.5f, line.glyphs()), 11);
                }
            }
        }
    }

    /** A link over the text just drawn, when the address is one a reader may open (http, https, mailto). */
    private void link(String address, float x, float bottom, float w, float h) throws IOException {
        if (Links.openable(address).isEmpty()) {
            return;
        }
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, bottom, w, h));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionURI action = new PDActionURI();
        action.setURI(Links.openable(address).get().toASCIIString());
        link.setAction(action);
        currentPage.getAnnotations().add(link);
    }

    /**
     * The picture at the width of the text, or smaller when it would be taller than {@code maxHeight}, as it is seen on
     * the white page: what is partly transparent in it (the pale ends of spans, era ribbons) blended with white, so that
     * the PDF holds no soft mask beside it ({@link PdfPictures}).
     */
    private void drawPicture(Picture picture, float maxHeight) throws IOException {
        PDImageXObject xobject = PdfPictures.onWhitePaper(pdf, picture.pixelWidth(), picture.pixelHeight(), picture.argb());
        float width = (float) Math.min(textWidth, picture.width());
        float height = (float) (picture.height() * width / picture.width());
        if (height > maxHeight && maxHeight >= height / 3) {
            width *= maxHeight / height;
            height = maxHeight;
        }
        if (y - height < MARGIN) {
            newPage();
        }
        page.drawImage(xobject, MARGIN, y - height, width, height);
        page.setStrokingColor(0.82f, 0.85f, 0.88f);
        page.addRect(MARGIN, y - height, width, height);
        page.stroke();
        y -= height + 8;
    }

    /**
     * The key under a picture: a line for each era it shows but cannot name (a narrow one in the
     * overview of a long period), a swatch of its ribbon's colour before its name and dates.
     */
    private void key(List<KeyLine> lines) throws IOException {
        for (KeyLine line : lines) {
            VisualText words = keyWords(line);
            List<String> wrapped = PdfTextLines.wrap(regular, KEY_SIZE, words.logical(), textWidth - KEY_INDENT);
            if (y - KEY_LEADING * wrapped.size() < MARGIN) {
                newPage();
            }
            // The ribbon's colour, with an edge: a pale one (lavender) is lost on white paper and in grey print.
            page.setNonStrokingColor((line.rgb() >> 16 & 0xff) / 255f, (line.rgb() >> 8 & 0xff) / 255f, (line.rgb() & 0xff) / 255f);
            page.setStrokingColor(MUTED[0], MUTED[1], MUTED[2]);
            page.setLineWidth(0.5f);
            page.addRect(MARGIN, y - KEY_LEADING - 1, KEY_SIZE * 2, KEY_SIZE);
            page.fillAndStroke();
            for (VisualText.Drawn part : words.drawn(wrapped)) {
                y -= KEY_LEADING;
                show(regular, KEY_SIZE, MUTED, part, MARGIN + KEY_INDENT);
            }
        }
        if (!lines.isEmpty()) {
            y -= KEY_AFTER;
        }
    }

    /** The height of a key of {@code lines}, each on a line of its own or more (a name too long for one). */
    private float keyHeight(List<KeyLine> lines) throws IOException {
        float height = lines.isEmpty() ? 0 : KEY_AFTER;
        for (KeyLine line : lines) {
            height += KEY_LEADING * PdfTextLines.wrap(regular, KEY_SIZE, keyWords(line).logical(), textWidth - KEY_INDENT).size();
        }
        return height;
    }

    private VisualText keyWords(KeyLine line) {
        return VisualText.of(printed(regular, Messages.get("handout.era", line.name(), line.dates())));
    }

    /** Writes text wrapped to the page width, continuing on a new page when the page is full. */
    private void text(PDFont font, float size, float[] color, String text, float leading) throws IOException {
        VisualText paragraph = VisualText.of(printed(font, text));
        for (VisualText.Drawn line : paragraph.drawn(wrap(font, size, paragraph.logical()))) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            showLine(font, size, color, paragraph, line, MARGIN);
        }
    }

    /** A line of a paragraph, in the order its glyphs appear; a right-to-left paragraph's lines against the right margin. */
    private void showLine(PDFont font, float size, float[] color, VisualText paragraph, VisualText.Drawn line, float x) throws IOException {
        show(font, size, color, line, paragraph.rightToLeft() ? MARGIN + textWidth - PdfTextLines.width(font, size, line.glyphs()) : x);
    }

    /**
     * One line of text at the current height. It is shown in pieces that end after each "f": the
     * embedded font would otherwise join "fi", "fl" and "ff" into ligatures, and text copied from the
     * PDF would hold those characters instead of the letters (an address would no longer work). A mark for a
     * character the font lacks is shown as what it stands for in the text layer ({@link PdfActualText}):
     * copied, searched or read aloud, "🎉" was the replacement character.
     */
    private void show(PDFont font, float size, float[] color, VisualText.Drawn drawn, float x) throws IOException {
        String line = drawn.glyphs();
        page.beginText();
        page.setFont(font, size);
        page.setNonStrokingColor(color[0], color[1], color[2]);
        page.newLineAtOffset(x, y);
        int from = 0;
        int mark = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == 'f' || c == 'F') {
                page.showText(line.substring(from, i + 1));
                from = i + 1;
            } else if (c == MissingGlyphs.REPLACEMENT && mark < drawn.marks().size()) {
                if (from < i) {
                    page.showText(line.substring(from, i));
                }
                PdfActualText.show(page, String.valueOf(c), drawn.marks().get(mark++));
                from = i + 1;
            }
        }
        if (from < line.length()) {
            page.showText(line.substring(from));
        }
        page.endText();
    }

    private List<String> wrap(PDFont font, float size, String text) throws IOException {
        return PdfTextLines.wrap(font, size, text, textWidth);
    }

    /** The text as the window shows it, with what the font cannot print marked once per missing character; see {@link MissingGlyphs}. */
    private String printable(PDFont font, String text) {
        return glyphs.printable(font, text);
    }

    /** {@link #printable}, with what each mark stands for. */
    private MissingGlyphs.Printed printed(PDFont font, String text) {
        return glyphs.printed(font, text);
    }

    /**
     * The timeline's title as the foot of every page holds it: shortened with an ellipsis when the
     * line would otherwise run off the page and take the page number with it. Shortened as written, measured as
     * printed: an emoji in it is still the emoji in the text layer.
     */
    private String footerTitle(String title) throws IOException {
        float room = textWidth - PdfTextLines.width(regular, FOOTER_SIZE, printable(regular, Messages.get("handout.footer", "", 9999, 9999)));
        if (PdfTextLines.width(regular, FOOTER_SIZE, printable(regular, title)) <= room) {
            return title;
        }
        String line = DisplayText.line(title);
        int low = 0;
        int high = Graphemes.count(line);
        while (low < high) {
            int mid = (low + high + 1) / 2;
            String candidate = line.substring(0, Graphemes.end(line, mid)).stripTrailing() + "\u2026";
            if (PdfTextLines.width(regular, FOOTER_SIZE, printable(regular, candidate)) <= room) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return line.substring(0, Graphemes.end(line, low)).stripTrailing() + "\u2026";
    }

    private void newPage() throws IOException {
        finishPage();
        currentPage = new PDPage(paper);
        pdf.addPage(currentPage);
        page = new PDPageContentStream(pdf, currentPage);
        pageNumber++;
        y = paper.getHeight() - MARGIN;
    }

    private void finishPage() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    /** The foot of every page, once their number is known: "page 3 of 17" (a page found loose said only "page 3"). */
    private void footers() throws IOException {
        int count = pdf.getNumberOfPages();
        int number = 0;
        for (PDPage each : pdf.getPages()) {
            number++;
            page = new PDPageContentStream(pdf, each, PDPageContentStream.AppendMode.APPEND, true, true);
            VisualText line = VisualText.of(printed(regular, Messages.get("handout.footer", footer, number, count)));
            y = MARGIN / 2;
            showLine(regular, FOOTER_SIZE, MUTED, line, line.drawn(List.of(line.logical())).get(0), MARGIN);
            page.close();
        }
        page = null;
    }
}
