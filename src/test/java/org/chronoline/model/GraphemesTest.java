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

    /** An address named in the status line keeps its site and its page's end, whole characters on both sides of the cut. */
    @Test
    void aTextCutInTheMiddleKeepsItsStartAndItsEnd() {
        String address = "https://www.cvce.eu/en/obj/treaty_between_the_united_states_and_the_union_of_soviet_socialist_republics"
                + "_on_the_limitation_of_anti_ballistic_missile_systems_moscow_26_may_1972-en-beef0a8c-c16a-47ee-be01-1257b7b1eae0.html";
        String named = Graphemes.cutInMiddle(address, 48);
        assertThat(named).isEqualTo("https://www.cvce.eu/en/obj/trea\u2026257b7b1eae0.html");
        assertThat(Graphemes.count(named)).isEqualTo(48);
        assertThat(Graphemes.cutInMiddle("https://www.osce.org/node/58665", 48)).as("whole when short").isEqualTo("https://www.osce.org/node/58665");
        assertThat(Graphemes.cutInMiddle("x".repeat(30) + ROCKET + FAMILY + "y".repeat(20), 48)).as("emoji kept whole or left out whole")
                .isEqualTo("x".repeat(30) + ROCKET + "\u2026" + "y".repeat(16));
        assertThat(Graphemes.cutInMiddle("x".repeat(40) + ENGLAND + "y".repeat(20), 30)).isEqualTo("x".repeat(19) + "\u2026" + "y".repeat(10));
        assertThat(Graphemes.cutInMiddle("x".repeat(21) + ENGLAND + "y".repeat(9), 30)).isEqualTo("x".repeat(19) + "\u2026" + ENGLAND + "y".repeat(9));
        String flooded = "x".repeat(40) + "e" + "\u0301".repeat(5000) + "y".repeat(20);
        assertThat(Graphemes.cutInMiddle(flooded, 30)).as("a flood of accents in the middle left out").isEqualTo("x".repeat(19) + "\u2026" + "y".repeat(10));
        String floodedEnd = "x".repeat(40) + "y".repeat(9) + "e" + "\u0301".repeat(5000);
        assertThat(Graphemes.cutInMiddle(floodedEnd, 30)).as("at the end, cut to 17 code points")
                .isEqualTo("x".repeat(19) + "\u2026" + "y".repeat(9) + "e" + "\u0301".repeat(16));
        assertThat(Graphemes.cutInMiddle("short e" + "\u0301".repeat(5000), 48)).as("short, with a flood: cut to 17 code points")
                .isEqualTo("short e" + "\u0301".repeat(16));
        assertThat(Graphemes.cutInMiddle("abc", 1)).isEqualTo("\u2026");
        assertThat(Graphemes.cutInMiddle("abc", 0)).isEmpty();
    }
}
