package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphPiecesTest {
    private static final String MIXED = "Lorem ipsum dolor sit amet \uD83C\uDF89 \u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645. ";

    @Test
    void aParagraphOfUsualLengthIsOnePiece() {
        String paragraph = "The CFE Treaty was signed in Paris. ".repeat(50).strip();
        assertThat(ParagraphPieces.of(paragraph, ParagraphPieces.MOST)).containsExactly(paragraph);
    }

    /** The walk-through's description: 198,000 characters of Latin, Arabic and emoji in one paragraph. */
    @Test
    void aVeryLongParagraphIsCutWhereSentencesEnd() {
        String paragraph = MIXED.repeat(4500).strip();

        List<String> pieces = ParagraphPieces.of(paragraph, ParagraphPieces.MOST);

        assertThat(pieces).hasSizeBetween(paragraph.length() / ParagraphPieces.MOST, 2 * paragraph.length() / ParagraphPieces.MOST + 1)
                .allSatisfy(piece -> assertThat(piece).hasSizeLessThanOrEqualTo(ParagraphPieces.MOST).startsWith("Lorem").endsWith("\u0645."));
        assertThat(String.join(" ", pieces)).as("every word kept, in order").isEqualTo(paragraph);
    }

    /** Latin, Cyrillic or emoji wrap quickly at any length: a long paragraph of them is left whole (a review). */
    @Test
    void aParagraphThatWrapsQuicklyIsLeftWhole() {
        for (String unit : List.of("The treaty \u201cwas signed\u201d \u2014 in Paris. ", "\u0414\u043e\u0433\u043e\u0432\u043e\u0440 \uD83C\uDF89. ")) {
            String paragraph = unit.repeat(1000).strip();
            assertThat(ParagraphPieces.of(paragraph, ParagraphPieces.MOST)).containsExactly(paragraph);
        }
    }

    @Test
    void aSentenceLongerThanAPieceIsCutBetweenWords() {
        String paragraph = "\u05e9\u05dc\u05d5\u05dd ".repeat(1000) + "end.";

        List<String> pieces = ParagraphPieces.of(paragraph, 1000);

        assertThat(pieces).hasSize(6).allSatisfy(piece -> assertThat(piece).hasSizeLessThanOrEqualTo(1000)
                .matches("(\u05e9\u05dc\u05d5\u05dd )*(\u05e9\u05dc\u05d5\u05dd|end\\.)"));
        assertThat(String.join(" ", pieces)).isEqualTo(paragraph.strip());
    }

    /** One word longer than a piece (a pasted address, a run of emoji): cut between letters, never inside an emoji. */
    @Test
    void aWordLongerThanAPieceIsCutBetweenLetters() {
        String flags = "\uD83C\uDDE9\uD83C\uDDEA\u200D".repeat(500); // German flags, joined (slow): two code points, five chars
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67".repeat(300); // a joined family: eight chars each

        for (String word : List.of(flags, family, "q\u0303".repeat(1500))) {
            List<String> pieces = ParagraphPieces.of(word, 1001);
            assertThat(String.join("", pieces)).isEqualTo(word);
            String unit = word.substring(0, word.indexOf(word.substring(0, 2), 2));
            assertThat(pieces).allSatisfy(piece -> assertThat(piece.length() % unit.length()).as("whole letters").isZero());
        }
    }
}
