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
    }

    @Test
    void aNameToTypeBackIsNeverCut() {
        String id = "the-cfe-story-from-the-paris-summit-to-the-suspension-and-the-withdrawal";
        assertThat(Quoting.quoteWhole(id)).isEqualTo("\"" + id + "\"");
        assertThat(Quoting.quoteWhole("a\u0007")).isEqualTo("\"a\\u0007\"");
    }
}
