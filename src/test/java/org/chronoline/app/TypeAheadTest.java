package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TypeAheadTest {
    private static final List<String> TITLES = List.of(
            "ABM Treaty signed",                  // 0
            "CFE negotiations open in Vienna",    // 1
            "\u201cTwo-plus-two\u201d talks in Moscow", // 2
            "CFE Treaty signed in Paris",         // 3
            "Vienna Document 1990 adopted",       // 4
            "\u00c9lys\u00e9e Treaty",            // 5
            "Vienna Document 1992 adopted",       // 6
            "\ud83d\udd4a Peace symbol");         // 7

    private final TypeAhead typeAhead = new TypeAhead(Locale.ENGLISH);

    @Test
    void oneLetterGoesToTheNextTitleWithItAndAgainToTheOneAfter() {
        assertThat(typeAhead.find(TITLES, 0, "v", 0)).isEqualTo(4);
        assertThat(typeAhead.find(TITLES, 4, "v", 100)).as("the same letter again").isEqualTo(6);
        assertThat(typeAhead.find(TITLES, 6, "v", 200)).as("round to the first again").isEqualTo(4);
    }

    @Test
    void lettersTypedTogetherSpellTheTitlesBeginningFromTheRowTheKeysAreOn() {
        assertThat(typeAhead.find(TITLES, 0, "c", 0)).isEqualTo(1);
        assertThat(typeAhead.find(TITLES, 1, "f", 100)).as("\"cf\" is still this row's").isEqualTo(1);
        assertThat(typeAhead.find(TITLES, 1, "e", 200)).isEqualTo(1);
        assertThat(typeAhead.typing(300)).as("a space now is typed").isTrue();
        assertThat(typeAhead.find(TITLES, 1, " ", 300)).isEqualTo(1);
        assertThat(typeAhead.find(TITLES, 1, "t", 400)).as("\"cfe t\"").isEqualTo(3);
    }

    @Test
    void aPauseStartsAfresh() {
        assertThat(typeAhead.find(TITLES, -1, "c", 0)).as("from no row: the first").isEqualTo(1);
        assertThat(typeAhead.typing(TypeAhead.PAUSE_MILLIS + 1)).isFalse();
        assertThat(typeAhead.find(TITLES, 1, "a", TypeAhead.PAUSE_MILLIS + 1)).as("\"a\", not \"ca\"").isZero();
    }

    @Test
    void caseAccentsAndQuotationMarksAside() {
        assertThat(typeAhead.find(TITLES, 0, "e", 0)).as("\u00c9lys\u00e9e").isEqualTo(5);
        assertThat(typeAhead.find(TITLES, 0, "T", 2000)).as("inside the quotation marks").isEqualTo(2);
        assertThat(typeAhead.find(TITLES, 0, "p", 4000)).as("after an emoji").isEqualTo(7);
    }

    @Test
    void aTitleStoredDecomposedIsFoundAsTyped() {
        List<String> titles = List.of("Aachen", "E\u0301lyse\u0301e Treaty", "Elbe");
        assertThat(typeAhead.find(titles, 0, "\u00e9", 0)).as("\u00e9 typed composed").isEqualTo(1);
        assertThat(typeAhead.find(titles, 1, "l", 100)).as("\"\u00e9l\": still \u00c9lys\u00e9e, its accent stored apart").isEqualTo(1);
        assertThat(typeAhead.find(titles, 1, "y", 200)).isEqualTo(1);
    }

    @Test
    void aMoveEndsTheTyping() {
        typeAhead.find(TITLES, 0, "c", 0);
        assertThat(typeAhead.typing(100)).isTrue();
        typeAhead.stop();
        assertThat(typeAhead.typing(100)).as("a Space now is the list's").isFalse();
        assertThat(typeAhead.find(TITLES, 1, "a", 150)).as("\"a\", not \"ca\"").isZero();
    }

    @Test
    void nothingWhenNoTitleBeginsSo() {
        assertThat(typeAhead.find(TITLES, 3, "x", 0)).isEqualTo(-1);
        assertThat(typeAhead.find(List.of(), -1, "a", 2000)).isEqualTo(-1);
    }
}
