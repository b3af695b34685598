package org.chronoline.io;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph made ready for a page that draws glyphs left to right as it is given them, as a PDF
 * does: Arabic letters in the forms that join them (ICU's shaping), and each line, once the
 * paragraph has been broken into lines in reading order, put in the order its glyphs appear
 * (ICU's bidi algorithm), so that Hebrew and Arabic read right to left with the Latin words and
 * numbers among them left to right. A paragraph whose first letter is Hebrew or Arabic is right to
 * left as a whole, and is set against the right margin.
 */
final class VisualText {
    private static final int SHAPING = ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK;

    private final String logical;
    private final byte level;
    /** What each replacement character in the paragraph stands for, in reading order ({@link MissingGlyphs.Printed}). */
    private final List<String> marks;

    private VisualText(String logical, byte level, List<String> marks) {
        this.logical = logical;
        this.level = level;
        this.marks = marks;
    }

    /** One line as it is drawn: its glyphs from left to right, and what each replacement character among them stands for. */
    record Drawn(String glyphs, List<String> marks) {
    }

    /** The paragraph, shaped, with its direction taken from its first letter (left to right when it has none). */
    static VisualText of(String paragraph) {
        return of(new MissingGlyphs.Printed(paragraph, List.of()));
    }

    /** A paragraph as a font prints it, with what its marks for missing characters stand for. */
    static VisualText of(MissingGlyphs.Printed printed) {
        String paragraph = printed.text();
        List<String> marks = printed.marks();
        if (!Bidi.requiresBidi(paragraph.toCharArray(), 0, paragraph.length())) {
            return new VisualText(paragraph, Bidi.LTR, marks);
        }
        String shaped;
        try {
            shaped = new ArabicShaping(SHAPING).shape(paragraph);
        } catch (ArabicShapingException e) {
            shaped = paragraph; // unjoined letters, still in the right order
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shaped, Bidi.LEVEL_DEFAULT_LTR, null);
        return new VisualText(shaped, bidi.getParaLevel(), marks);
    }

    /** The paragraph in reading order, shaped: what is broken into lines. */
    String logical() {
        return logical;
    }

    boolean rightToLeft() {
        return (level & 1) == 1;
    }

    /** One of the paragraph's lines, in reading order, as its glyphs are to be drawn from left to right. */
    String visual(String line) {
        if (level == Bidi.LTR && !Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(line, level, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /**
     * The paragraph's lines, each as it is drawn ({@link #visual}) with what its marks stand for in the order they are
     * drawn: {@code lines} are the paragraph broken into lines, all of them, in reading order.
     */
    List<Drawn> drawn(List<String> lines) {
        List<Drawn> drawn = new ArrayList<>(lines.size());
        int before = 0; // marks on the lines before
        for (String line : lines) {
            List<String> ofLine = new ArrayList<>();
            if (!marks.isEmpty()) {
                for (int at : marksFromTheLeft(line)) {
                    int ordinal = before + (int) line.substring(0, at).chars().filter(c -> c == MissingGlyphs.REPLACEMENT).count();
                    ofLine.add(ordinal < marks.size() ? marks.get(ordinal) : null);
                }
                before += (int) line.chars().filter(c -> c == MissingGlyphs.REPLACEMENT).count();
            }
            drawn.add(new Drawn(visual(line), ofLine));
        }
        return drawn;
    }

    /** Where in {@code line} its replacement characters are, in the order they are drawn from the left. */
    private List<Integer> marksFromTheLeft(String line) {
        List<Integer> at = new ArrayList<>();
        if (level == Bidi.LTR && !Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            for (int i = line.indexOf(MissingGlyphs.REPLACEMENT); i >= 0; i = line.indexOf(MissingGlyphs.REPLACEMENT, i + 1)) {
                at.add(i);
            }
            return at;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(line, level, null);
        for (int logical : bidi.getVisualMap()) {
            if (logical >= 0 && line.charAt(logical) == MissingGlyphs.REPLACEMENT) {
                at.add(logical);
            }
        }
        return at;
    }
}
