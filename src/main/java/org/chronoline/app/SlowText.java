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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u0300' || c > '\u206F') {
                continue;
            }
            if (c <= '\u036F' || c >= '\u0900' && c <= '\u0E7F' || c >= '\u0F00' && c <= '\u0FFF' || c >= '\u1100' && c <= '\u11FF'
                    || c >= '\u1780' && c <= '\u17FF') {
                return SHAPED;
            }
            if (c >= '\u0590' && c <= '\u06FF' || c == '\u200C' || c == '\u200D' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u206A') {
                most = RIGHT_TO_LEFT;
            }
        }
        return most;
    }
}
