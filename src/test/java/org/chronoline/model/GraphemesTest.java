package org.chronoline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text is cut where a reader sees a character end, and counted in such characters. */
class GraphemesTest {
    private static final String ROCKET = "\uD83D\uDE80";
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    private static final String UKRAINE = "\uD83C\uDDFA\uD83C\uDDE6";
    private static final String WAVING_HAND = "\uD83D\uDC4B\uD83C\uDFFD";
    private static final String ENGLAND = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";

    @Test
    void anEmojiAFlagAFamilyAndAnAccentedLetterAreOneCharacterEach() {
        String text = ROCKET + FAMILY + UKRAINE + WAVING_HAND + ENGLAND + "e\u0301";
        assertThat(Graphemes.count(text)).isEqualTo(6);
        assertThat(Graphemes.end(text, 2)).isEqualTo((ROCKET + FAMILY).length());
        assertThat(Graphemes.end(text, 0)).isZero();
        assertThat(Graphemes.end(text, 99)).isEqualTo(text.length());
    }

    /**
     * The Edit menu's "Undo Edit ‘…’" cut a title at 39 Java chars: an emoji there was cut in half,
     * drawn as a box, and a family lost its last child.
     */
    @Test
    void aCutTitleEndsAfterAWholeCharacterAndAnEllipsis() {
        assertThat(Graphemes.cut("x".repeat(40), 40)).as("whole when it fits").isEqualTo("x".repeat(40));
        assertThat(Graphemes.cut("x".repeat(38) + ROCKET + ROCKET + "y", 40)).isEqualTo("x".repeat(38) + ROCKET + "\u2026");
        assertThat(Graphemes.cut("x".repeat(38) + FAMILY + "yy", 40)).isEqualTo("x".repeat(38) + FAMILY + "\u2026");
        assertThat(Graphemes.cut("x".repeat(37) + " " + ENGLAND + "yy", 40)).isEqualTo("x".repeat(37) + " " + ENGLAND + "\u2026");
        assertThat(Graphemes.cut("x".repeat(38) + " yy", 40)).as("no space before the ellipsis").isEqualTo("x".repeat(38) + "\u2026");
        assertThat(Graphemes.cut("", 40)).isEmpty();
        assertThat(Graphemes.cut("abc", 0)).isEmpty();
        // A letter under thousands of accents is still cut: a character has at most 17 code points.
        String flooded = "x".repeat(38) + "e" + "\u0301".repeat(5000);
        assertThat(Graphemes.cut(flooded, 40)).isEqualTo("x".repeat(38) + "e" + "\u0301".repeat(16) + "\u2026");
    }
}
