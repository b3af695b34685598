package org.chronoline.app;

/**
 * How long a text may be and still be wrapped by JavaFX without holding the window. For a text of
 * letters it lays out without shaping (Latin, Greek, Cyrillic, Chinese, emoji) any length wraps in
 * milliseconds. Otherwise JavaFX looks for each line's break from the start of the whole text, in
 * a time that grows with the square of its length, or worse. Measured here, a 300-pixel column:
 * Hebrew took 150 ms at 40,000 characters and Arabic among Latin 214 ms; Thai 4 s at 20,000; Latin
 * with its accents typed apart (NFD, as some systems paste it) 200 ms at 2,000 and 1.4 s at 4,000,
 * which is why {@link org.chronoline.model.DisplayText} joins accents to their letters first.
 * The ranges are those JavaFX lays out as complex text (its ScriptMapper).
 */
final class SlowText {
    /** Any length: nothing in the text is laid out as complex. */
    static final int ANY = Integer.MAX_VALUE;
    /** Right-to-left letters (Hebrew, Arabic) and the marks that set direction or join letters: wrapped in tens of milliseconds. */
    static final int RIGHT_TO_LEFT = 20_000;
    /** Scripts whose letters are shaped together (Devanagari to Thai and Lao, Tibetan, Hangul jamo, Khmer), and separate accents. */
    static final int SHAPED = 4_000;

    private SlowText() {
    }

    /** The longest text like this one that JavaFX wraps quickly: {@link #ANY}, {@link #RIGHT_TO_LEFT} or {@link #SHAPED}. */
    static int mostWrappedQuickly(CharSequence text) {
        int most = ANY;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (c < 0x0300) {
                continue;
            }
            if (c <= 0x036F || c >= 0x0900 && c <= 0x0E7F || c >= 0x0F00 && c <= 0x0FFF || c >= 0x1100 && c <= 0x11FF
                    || c >= 0x1780 && c <= 0x17FF) {
                return SHAPED;
            }
            byte direction = Character.getDirectionality(c);
            // Any letter read from the right (Syriac, N'Ko, presentation forms and those beyond the BMP too, unmeasured:
            // counted slow, as Hebrew and Arabic are), and the marks that set direction or join letters.
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || c == 0x200C || c == 0x200D || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x206F) {
                most = RIGHT_TO_LEFT;
            }
        }
        return most;
    }
}
