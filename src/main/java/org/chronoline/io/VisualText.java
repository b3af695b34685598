package org.chronoline.io;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

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

    private VisualText(String logical, byte level) {
        this.logical = logical;
        this.level = level;
    }

    /** The paragraph, shaped, with its direction taken from its first letter (left to right when it has none). */
    static VisualText of(String paragraph) {
        if (!Bidi.requiresBidi(paragraph.toCharArray(), 0, paragraph.length())) {
            return new VisualText(paragraph, Bidi.LTR);
        }
        String shaped;
        try {
            shaped = new ArabicShaping(SHAPING).shape(paragraph);
        } catch (ArabicShapingException e) {
            shaped = paragraph; // unjoined letters, still in the right order
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shaped, Bidi.LEVEL_DEFAULT_LTR, null);
        return new VisualText(shaped, bidi.getParaLevel());
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
}
