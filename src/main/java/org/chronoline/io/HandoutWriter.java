package org.chronoline.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.Citation;
import org.chronoline.text.Messages;

/**
 * Writes a handout for students to take home: a first page with the timeline's title and a picture
 * of the period the steps cover, then one entry per step (number, date, title, description,
 * sources), flowed across A4 pages. The text uses an embedded font (DejaVu Sans), so any Latin,
 * Greek or Cyrillic text prints as it is.
 */
public final class HandoutWriter {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 54;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float[] ACCENT = {0.04f, 0.41f, 0.85f};
    private static final float[] MUTED = {0.35f, 0.39f, 0.43f};
    private static final float[] TEXT = {0.12f, 0.14f, 0.16f};

    /** A picture of the timeline, as pixels (0xAARRGGBB, row by row). */
    public record Picture(int width, int height, int[] argb) {
    }

    private PDDocument pdf;
    private PDFont regular;
    private PDFont bold;
    private PDPageContentStream page;
    private float y;
    private int pageNumber;
    private String footer;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();

    private HandoutWriter() {
    }

    /**
     * @param title    the timeline's title
     * @param subtitle the tour's title, or what the steps are ("All events shown")
     * @param picture  the timeline over the steps' period, or null
     * @return how many pages the handout has
     */
    public static int write(Path target, java.util.Collection<Path> inputs, String title, String subtitle, Picture picture,
            List<TimelineEvent> steps) throws SaveFailedException {
        byte[] bytes;
        HandoutWriter writer = new HandoutWriter();
        try {
            bytes = writer.render(title, subtitle, picture, steps);
        } catch (IOException e) {
            throw new SaveFailedException(String.valueOf(target.getFileName()), String.valueOf(e.getMessage()), e);
        }
        new SafeFileWriter().export(target, SafeFileWriter.Content.of(bytes), inputs);
        return writer.pageNumber;
    }

    private byte[] render(String title, String subtitle, Picture picture, List<TimelineEvent> steps) throws IOException {
        try (PDDocument document = new PDDocument()) {
            pdf = document;
            regular = font("/org/chronoline/fonts/DejaVuSans.ttf");
            bold = font("/org/chronoline/fonts/DejaVuSans-Bold.ttf");
            footer = title;
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title + " \u2014 " + subtitle);
            info.setCreator("Chronoline");
            document.setDocumentInformation(info);

            newPage();
            text(bold, 22, TEXT, title, 28);
            text(regular, 13, MUTED, subtitle, 18);
            y -= 10;
            if (picture != null) {
                drawPicture(picture);
            }
            y -= 8;
            text(regular, 10, MUTED, Messages.get("handout.intro", steps.size()), 14);
            newPage();
            for (int i = 0; i < steps.size(); i++) {
                entry(i + 1, steps.get(i));
            }
            finishPage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private PDFont font(String resource) throws IOException {
        try (InputStream in = HandoutWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font " + resource);
            }
            return PDType0Font.load(pdf, in);
        }
    }

    private void entry(int number, TimelineEvent e) throws IOException {
        // Keep a step's heading with at least the start of its text.
        if (y < MARGIN + 120) {
            newPage();
        }
        text(bold, 10, ACCENT, number + ".  " + e.dateText(), 14);
        text(bold, 14, TEXT, e.title(), 18);
        if (e.location() != null) {
            text(regular, 10, MUTED, e.location(), 14);
        }
        y -= 4;
        String body = e.description() != null ? e.description() : e.summary();
        if (body != null) {
            for (String paragraph : body.split("\\n\\s*\\n")) {
                text(regular, 10.5f, TEXT, paragraph.strip(), 14.5f);
                y -= 5;
            }
        }
        if (!e.sources().isEmpty()) {
            text(bold, 9, MUTED, Messages.get("handout.sources"), 12);
            for (Source s : e.sources()) {
                text(regular, 8.5f, MUTED, "\u2022 " + Citation.source(s), 11.5f);
            }
        }
        y -= 16;
    }

    private void drawPicture(Picture picture) throws IOException {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
        float height = WIDTH * picture.height() / picture.width();
        page.drawImage(xobject, MARGIN, y - height, WIDTH, height);
        page.setStrokingColor(0.82f, 0.85f, 0.88f);
        page.addRect(MARGIN, y - height, WIDTH, height);
        page.stroke();
        y -= height + 6;
    }

    /** Writes text wrapped to the page width, continuing on a new page when the page is full. */
    private void text(PDFont font, float size, float[] color, String text, float leading) throws IOException {
        for (String line : wrap(font, size, printable(font, text))) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            page.beginText();
            page.setFont(font, size);
            page.setNonStrokingColor(color[0], color[1], color[2]);
            page.newLineAtOffset(MARGIN, y);
            page.showText(line);
            page.endText();
        }
    }

    private List<String> wrap(PDFont font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= WIDTH) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word longer than the line (an address) is broken where it must be.
            String rest = word;
            while (width(font, size, rest) > WIDTH) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > WIDTH) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with characters the font has no glyph for replaced, and line breaks and tabs made spaces. */
    private String printable(PDFont font, String text) {
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || cp == '\r') {
                out.append(' ');
                return;
            }
            boolean ok = known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.append(ok ? new String(Character.toChars(cp)) : "?");
        });
        return out.toString();
    }

    private void newPage() throws IOException {
        finishPage();
        PDPage next = new PDPage(PAGE);
        pdf.addPage(next);
        page = new PDPageContentStream(pdf, next);
        pageNumber++;
        y = PAGE.getHeight() - MARGIN;
    }

    private void finishPage() throws IOException {
        if (page == null) {
            return;
        }
        page.beginText();
        page.setFont(regular, 8);
        page.setNonStrokingColor(MUTED[0], MUTED[1], MUTED[2]);
        page.newLineAtOffset(MARGIN, MARGIN / 2);
        page.showText(printable(regular, Messages.get("handout.footer", footer, pageNumber)));
        page.endText();
        page.close();
        page = null;
    }
}
