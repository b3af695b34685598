package org.chronoline.io;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.chronoline.model.DisplayText;

/**
 * Text as a PDF font can print it. A character the font has no glyph for is shown as the
 * replacement character (a question mark would read as part of the text), once for each character
 * a reader sees: an emoji made of several code points (a family joined by zero-width joiners, a
 * thumb with a skin tone, a flag of two regional indicators, a keycap) is one mark, not five or
 * two. Invisible characters the font lacks (zero-width spaces and joiners, variation selectors, a
 * byte order mark) are left out: there was nothing to see. What each mark stands for is kept
 * ({@link Printed}), for the page's text layer: copied, searched or read aloud, a mark is what it marks.
 */
final class MissingGlyphs {
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    static final int REPLACEMENT = 0xFFFD;
    private final Map<PDFont, Map<Integer, Boolean>> known = new HashMap<>();

    /**
     * Text as a font prints it, and what each of its replacement characters (U+FFFD) stands for, in order: the
     * character the font has no glyph for ("🎉"), or a replacement character that was in the text. Empty when the
     * font has no replacement character either, and marks with "?".
     */
    record Printed(String text, List<String> marks) {
        Printed {
            marks = List.copyOf(marks);
        }
    }

    /** The text as the window shows it ({@link DisplayText#line}), with what {@code font} cannot print marked or left out. */
    String printable(PDFont font, String text) {
        return printed(font, text).text();
    }

    /** {@link #printable}, with what each mark stands for, for a PDF's text layer ({@code ActualText}). */
    Printed printed(PDFont font, String text) {
        Map<Integer, Boolean> glyphs = known.computeIfAbsent(font, f -> new HashMap<>());
        boolean replacement = hasGlyph(font, glyphs, REPLACEMENT);
        int[] codePoints = DisplayText.line(text).codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        List<StringBuilder> marks = new ArrayList<>();
        StringBuilder missing = null; // the character the last mark was written for, while it may go on
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (missing != null && continuesCharacter(codePoints, i)) {
                missing.appendCodePoint(c);
                continue;
            }
            missing = null;
            if (hasGlyph(font, glyphs, c)) {
                out.appendCodePoint(c);
                if (c == REPLACEMENT) {
                    marks.add(new StringBuilder().appendCodePoint(c)); // in the text: it stands for itself
                }
            } else if (!isInvisible(c)) {
                out.appendCodePoint(replacement ? REPLACEMENT : '?');
                missing = new StringBuilder().appendCodePoint(c);
                marks.add(missing);
            }
        }
        return new Printed(out.toString(), replacement ? marks.stream().map(StringBuilder::toString).toList() : List.of());
    }

    /** Whether the code point at {@code i} belongs to the character begun before it (an emoji sequence's later parts). */
    static boolean continuesCharacter(int[] codePoints, int i) {
        int c = codePoints[i];
        if (c == ZERO_WIDTH_JOINER || isVariationSelector(c) || c >= 0x1F3FB && c <= 0x1F3FF // skin tones
                || c == 0x20E3 || c >= 0xE0020 && c <= 0xE007F) { // a keycap's enclosing square, a subdivision flag's tags
            return true;
        }
        if (i > 0 && codePoints[i - 1] == ZERO_WIDTH_JOINER) {
            // Only a picture joins an emoji sequence: "🎉" with a joiner and letters after it is the letters, seen.
            return UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC);
        }
        if (isRegionalIndicator(c)) {
            // Regional indicators pair up into flags from the first of a run: the second of each pair continues it.
            int before = 0;
            while (i - before - 1 >= 0 && isRegionalIndicator(codePoints[i - before - 1])) {
                before++;
            }
            return before % 2 == 1;
        }
        return false;
    }

    /** Characters that are not seen, only change how others are shown: format characters and variation selectors. */
    static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || isVariationSelector(c);
    }

    private static boolean isVariationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }

    private static boolean isRegionalIndicator(int c) {
        return c >= 0x1F1E6 && c <= 0x1F1FF;
    }

    private static boolean hasGlyph(PDFont font, Map<Integer, Boolean> glyphs, int codePoint) {
        return glyphs.computeIfAbsent(codePoint, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
