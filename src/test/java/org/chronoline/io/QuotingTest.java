package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotingTest {

    @Test
    void showsControlsAndCutsLongTextAtACharacter() {
        assertThat(Quoting.quote("a\u001B[31m\tb\n")).isEqualTo("\"a\\u001B[31m\\tb\\n\"");
        assertThat(Quoting.quote("x".repeat(60))).isEqualTo("\"" + "x".repeat(60) + "\"");
        assertThat(Quoting.quote("x".repeat(61))).isEqualTo("\"" + "x".repeat(60) + "…\"");
        // An emoji is one character: counted as two halves, the cut fell between them and left half of one.
        String emoji = "a" + "\uD83D\uDE80".repeat(60);
        assertThat(Quoting.quote(emoji)).isEqualTo("\"a" + "\uD83D\uDE80".repeat(59) + "…\"");
        assertThat(Quoting.quote("a\uD800b")).as("a lone half").isEqualTo("\"a\\uD800b\"");
        // A flag is two letters, a coloured hand a hand and a tone, an accented letter two code points:
        // the cut fell between them, leaving "U" of a flag, a yellow hand, a bare "e".
        String ukraine = "\uD83C\uDDFA\uD83C\uDDE6";
        assertThat(Quoting.quote("x".repeat(59) + ukraine + "y")).isEqualTo("\"" + "x".repeat(59) + ukraine + "…\"");
        assertThat(Quoting.quote("x".repeat(59) + ukraine + ukraine)).as("the second flag's first letter starts a character")
                .isEqualTo("\"" + "x".repeat(59) + ukraine + "…\"");
        // A family is three people joined by U+200D, England's flag a black flag and letters in tags: one character each,
        // shown whole (the joiners were shown as \u200D) and never cut inside.
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String england = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";
        assertThat(Quoting.quote("x".repeat(59) + family + "y")).isEqualTo("\"" + "x".repeat(59) + family + "…\"");
        assertThat(Quoting.quote("x".repeat(58) + family + england + "y")).isEqualTo("\"" + "x".repeat(58) + family + england + "…\"");
        assertThat(Quoting.quote("a\u202Eb\u200D")).as("a direction override, and a joiner after a letter, shown as such")
                .isEqualTo("\"a\\u202Eb\\u200D\"");
        assertThat(Quoting.quote("a\uDB40\uDC67")).as("tags after a letter: hidden text").isEqualTo("\"a\\uE0067\"");
        String hand = "\uD83D\uDC4B\uD83C\uDFFD";
        assertThat(Quoting.quote("x".repeat(59) + hand + "y")).isEqualTo("\"" + "x".repeat(59) + hand + "…\"");
        assertThat(Quoting.quote("x".repeat(59) + "e\u0301\u0323y")).isEqualTo("\"" + "x".repeat(59) + "e\u0301\u0323…\"");
        assertThat(Quoting.quote("x".repeat(59) + "e" + "\u0301".repeat(5000))).as("a letter under thousands of accents is still cut")
                .isEqualTo("\"" + "x".repeat(59) + "e" + "\u0301".repeat(16) + "…\"");
    }

    @Test
    void aNameToTypeBackIsNeverCut() {
        String id = "the-cfe-story-from-the-paris-summit-to-the-suspension-and-the-withdrawal";
        assertThat(Quoting.quoteWhole(id)).isEqualTo("\"" + id + "\"");
        assertThat(Quoting.quoteWhole("a\u0007")).isEqualTo("\"a\\u0007\"");
    }
}
