package org.chronoline.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text broken into the lines that fit a width in a PDF font, as the handout prints it: at spaces,
 * and a word longer than the line (an address, mostly) at its own marks.
 */
final class PdfTextLines {
    private PdfTextLines() {
    }

    /** The lines of {@code text} at {@code size} points, none wider than {@code maxWidth} unless one character is. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(breakLongWord(font, size, word, maxWidth, lines));
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * A word longer than the line (an address) broken where it must be, never inside a character:
     * its full lines added to {@code lines}, what is left returned. A line ends, where it can, at
     * one of the word's own marks as style guides break addresses (before a slash, dot, hyphen,
     * question mark..., after "//", "=" or "&amp;"), so that no part of a name or number is cut and the
     * next line begins with the mark; only when the last such mark would leave the line less than
     * half full is it cut at the last character that fits. A long word that is not an address breaks
     * after its hyphens and slashes, as text does. The characters' widths are added up one
     * by one (the font's widths add up, without kerning): cutting one character at a time off the
     * end and measuring again took minutes for a word of 10,000 characters.
     */
    private static String breakLongWord(PDFont font, float size, String word, float maxWidth, List<String> lines) throws IOException {
        int lineStart = 0;
        float lineWidth = 0;
        int mark = -1; // the line's last place to break at a mark, and the line's width before it
        float widthBeforeMark = 0;
        boolean address = word.contains("://") || word.startsWith("www.");
        for (int i = 0; i < word.length(); ) {
            int next = word.offsetByCodePoints(i, 1);
            float w = width(font, size, word.substring(i, next));
            if (lineWidth + w > maxWidth && i > lineStart) {
                int end = mark > lineStart && widthBeforeMark >= maxWidth / 2 ? mark : i;
                lines.add(word.substring(lineStart, end));
                lineStart = end;
                lineWidth = 0;
                mark = -1;
                if (end < i) {
                    i = end; // the new line is measured from its mark, its own marks found again
                    continue;
                }
            }
            if (i > lineStart && (address ? breaksBefore(word, i) : "-/\u2013\u2014".indexOf(word.charAt(i - 1)) >= 0)) {
                mark = i;
                widthBeforeMark = lineWidth;
            }
            lineWidth += w;
            i = next;
        }
        return word.substring(lineStart);
    }

    /** Whether an address may go on to a new line at {@code i}: before a mark that begins a part, after one that ends it. */
    private static boolean breaksBefore(String word, int i) {
        char at = word.charAt(i);
        char before = word.charAt(i - 1);
        if (at == '/' && before == '/' || at == '/' && before == ':') {
            return false; // "https://" stays whole
        }
        return "/.,-_?#%~&=".indexOf(at) >= 0 && "/.,-_?#%~&=:".indexOf(before) < 0
                || before == '/' && i >= 2 && word.charAt(i - 2) == '/' || before == '=' || before == '&';
    }

    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
