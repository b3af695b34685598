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

    /**
     * One line as it is drawn: its glyphs from left to right, and what each replacement character among them stands
     * for (null where that is not known: it is shown as itself). Empty where the paragraph keeps no marks.
     */
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

    /**
     * The paragraph's lines, each as its glyphs are drawn from left to right, with what its marks stand for in the
     * order they are drawn: {@code lines} are the paragraph broken into lines, all of them, in reading order.
     */
    List<Drawn> drawn(List<String> lines) {
        List<Drawn> drawn = new ArrayList<>(lines.size());
        int before = 0; // marks on the lines before
        for (String line : lines) {
            drawn.add(draw(line, before));
            before += (int) line.chars().filter(c -> c == MissingGlyphs.REPLACEMENT).count();
        }
        return drawn;
    }

    /** One line, whose first mark is the paragraph's {@code before}-th. */
    private Drawn draw(String line, int before) {
        if (level == Bidi.LTR && !Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return new Drawn(line, marks(line, null, before));
        }
        Bidi bidi = new Bidi();
        bidi.setPara(line, level, null);
        return new Drawn(bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS), marks(line, bidi.getVisualMap(), before));
    }

    /**
     * What the line's marks stand for, in the order they are drawn: {@code order} holds the index in the line of each
     * character as drawn (null: as read). Removing the bidi controls takes characters out but moves none.
     */
    private List<String> marks(String line, int[] order, int before) {
        if (marks.isEmpty() || line.indexOf(MissingGlyphs.REPLACEMENT) < 0) {
            return List.of();
        }
        int[] ordinal = new int[line.length()]; // of each mark among the paragraph's
        int seen = before;
        for (int i = 0; i < line.length(); i++) {
            ordinal[i] = line.charAt(i) == MissingGlyphs.REPLACEMENT ? seen++ : -1;
        }
        List<String> drawn = new ArrayList<>();
        for (int v = 0; v < line.length(); v++) {
            int logical = order == null ? v : order[v];
            if (logical >= 0 && ordinal[logical] >= 0) {
                drawn.add(ordinal[logical] < marks.size() ? marks.get(ordinal[logical]) : null);
            }
        }
        return drawn;
    }
}
