package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Labels are shortened between characters as a reader sees them, never inside an emoji or an accented letter. */
class TextFittingTest {
    private static final FixedWidthMeasurer MEASURER = new FixedWidthMeasurer(7);

    @Test
    void neverCutsAnEmojiAFlagOrALetterWithItsAccentInHalf() {
        for (String text : new String[] {"Treaty 😀😀😀 signed", "🇪🇺🇪🇺🇪🇺🇪🇺 Union", "Cre\u0301ation de\u0301clare\u0301e", "👨‍👩‍👧 families"}) {
            for (double width = 7; width < MEASURER.width(text); width += 3.5) {
                String fitted = MEASURER.fit(text, width);
                if (fitted == null) {
                    continue;
                }
                String kept = fitted.endsWith("\u2026") ? fitted.substring(0, fitted.length() - 1) : fitted;
                assertThat(text).as("%s at %s", text, width).startsWith(kept);
                assertThat(TextMeasurer.characterEnds(text)).as("%s cut at a character's end", kept)
                        .contains(kept.length() == 0 ? 0 : endOf(text, kept));
                assertThat(Character.isHighSurrogate(kept.isEmpty() ? 'a' : kept.charAt(kept.length() - 1))).isFalse();
            }
        }
    }

    /** Where the kept text ends in the original (the kept text may have lost trailing spaces). */
    private static int endOf(String text, String kept) {
        int end = kept.length();
        while (end < text.length() && text.charAt(end) == ' ' && !text.substring(0, end).equals(kept)) {
            end++;
        }
        return end;
    }
}
