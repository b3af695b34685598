package org.chronoline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

    /**
     * Accents typed apart from their letters (NFD, as some systems paste text) are joined to them: seen the same, and
     * JavaFX wraps such text as complex, so slowly that 4,000 characters took 1.4 s.
     */
    @Test
    void accentsTypedApartAreJoinedToTheirLetters() {
        assertThat(DisplayText.line("Pa\u0308rnu\u0308 and Ve\u0301ro\u0301na")).isEqualTo("P\u00e4rn\u00fc and V\u00e9r\u00f3na");
        assertThat(DisplayText.block("Caf\u0065\u0301\n\tsoir\u00e9e")).isEqualTo("Caf\u00e9\n soir\u00e9e");
        assertThat(DisplayText.line("q\u0303")).as("no letter q with a tilde: as it was").isEqualTo("q\u0303");
        String composed = "V\u00e9rona";
        assertThat(DisplayText.line(composed)).as("nothing to join: the same string").isSameAs(composed);
    }

    @Test
    void plainTextIsReturnedAsItIsWithoutACopy() {
        String text = "Договор об обычных вооружённых силах — Kraków, 1990 ✓";
        assertThat(DisplayText.line(text)).isSameAs(text);
        assertThat(DisplayText.block(text)).isSameAs(text);
        assertThat(DisplayText.line(null)).isNull();
    }

    @Test
    void rightToLeftOverridesCannotDisguiseText() {
        // "invoice\u202Egpj.exe" shows as "invoiceexe.jpg" where overrides work.
        assertThat(DisplayText.line("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
        assertThat(DisplayText.line("a\u2066b\u2067c\u2068d\u2069e\u202Af\u202Bg\u202Ch\u202Di")).isEqualTo("abcdefghi");
    }

    @Test
    void rightToLeftScriptsStayAsTheyAre() {
        String hebrew = "\u05D7\u05D5\u05D6\u05D4 \u05DC\u05DE\u05E1\u05D5\u05E8\u05EA";
        String arabic = "\u0645\u0639\u0627\u0647\u062F\u0629 \u200F1990";
        assertThat(DisplayText.line(hebrew)).isSameAs(hebrew);
        assertThat(DisplayText.line(arabic)).isSameAs(arabic);
    }

    @Test
    void controlCharactersBecomeVisibleSymbols() {
        assertThat(DisplayText.line("bell\u0007 esc\u001B nul\u0000 del\u007F c1\u0085")).isEqualTo("bell\uFFFD esc\uFFFD nul\uFFFD del\uFFFD c1\uFFFD");
    }

    @Test
    void linesAreJoinedForLabelsAndKeptForParagraphs() {
        String text = "one\r\ntwo\nthree\u2028four\ttab";
        assertThat(DisplayText.line(text)).isEqualTo("one two three four tab");
        assertThat(DisplayText.block(text)).isEqualTo("one\ntwo\nthree\nfour tab");
    }

    /** Zero width spaces, soft hyphens and the like were drawn as boxes over the next letter on the timeline and in pictures. */
    @Test
    void invisibleBreaksAreLeftOutOfLabelsAndKeptInParagraphs() {
        String title = "Zero\u200Bwidth\u2060test\u00ADsoft\uFEFF end";
        assertThat(DisplayText.line(title)).isEqualTo("Zerowidthtestsoft end");
        assertThat(DisplayText.block(title)).isEqualTo(title);
        assertThat(DisplayText.line("x" + "\uD83A\uDCD0".repeat(7) + "y")).as("marks outside the BMP").isEqualTo("x" + "\uD83A\uDCD0".repeat(4) + "y");
        assertThat(DisplayText.line("family \uD83D\uDC68\u200D\uD83D\uDC69")).as("joiners join emoji in PDFs and pages").contains("\u200D");
    }
    /** A text reads from the right as its first letter with a direction does, as a browser's dir="auto" decides. */
    @Test
    void aTextReadsFromTheRightWhenItsFirstLetterDoes() {
        assertThat(DisplayText.readsRightToLeft("\u0645\u0639\u0627\u0647\u062f\u0629 CFE")).as("Arabic first").isTrue();
        assertThat(DisplayText.readsRightToLeft("\u05d4\u05e1\u05db\u05dd")).as("Hebrew").isTrue();
        assertThat(DisplayText.readsRightToLeft("1990 \u2014 \u0645\u0639\u0627\u0647\u062f\u0629")).as("digits and dashes have no direction").isTrue();
        assertThat(DisplayText.readsRightToLeft("\uD83D\uDE80 \u05d4\u05e1")).as("nor an emoji (outside the BMP)").isTrue();
        assertThat(DisplayText.readsRightToLeft("CFE \u0645\u0639\u0627\u0647\u062f\u0629")).as("Latin first").isFalse();
        assertThat(DisplayText.readsRightToLeft("1990")).as("no letter at all").isFalse();
        assertThat(DisplayText.readsRightToLeft("")).isFalse();
        assertThat(DisplayText.readsRightToLeft(null)).isFalse();
    }

    /**
     * A title set inside one of our sentences keeps the sentence in its order: one with letters that read from the right
     * is set between left-to-right marks, so that it neither turns the line around nor takes the date after it along.
     * Made safe as a line is, marks or not.
     */
    @Test
    void aTitleInsideASentenceKeepsTheSentencesOrder() {
        String arabic = "\u0645\u0639\u0627\u0647\u062f\u0629";
        String line = "\u2713 " + DisplayText.inSentence(arabic) + " \u00b7 19 May 2002";
        java.text.Bidi bidi = new java.text.Bidi(line, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        assertThat(bidi.baseIsLeftToRight()).as("the line reads from the left").isTrue();
        int date = line.indexOf("19");
        assertThat(bidi.getLevelAt(date)).as("the date's day with its month, not with the title").isEqualTo(0);
        assertThat(bidi.getLevelAt(line.indexOf(arabic))).as("the title still reads from the right").isEqualTo(1);
        String bare = "\u2713 " + arabic + " \u00b7 19 May 2002";
        assertThat(new java.text.Bidi(bare, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight())
                .as("without the marks the line turned around").isFalse();

        assertThat(DisplayText.inSentence("CFE Treaty")).as("nothing added to text that reads from the left").isEqualTo("CFE Treaty");
        assertThat(DisplayText.inSentence("gpj.exe\u202E" + arabic)).as("made safe first").isEqualTo("\u200Egpj.exe" + arabic + "\u200E");
        assertThat(DisplayText.inSentence("a\nb")).isEqualTo("a b");
        assertThat(DisplayText.inSentence(null)).isNull();
    }

    /** Names are joined by the comma of the first name's script: Arabic's for Arabic names, a comma for any other. */
    @Test
    void namesAreJoinedByTheirScriptsComma() {
        String russia = "\u0631\u0648\u0633\u064a\u0627";
        String nato = "\u0627\u0644\u0646\u0627\u062a\u0648";
        assertThat(DisplayText.names(java.util.List.of(russia, nato))).isEqualTo(russia + "\u060C " + nato);
        assertThat(DisplayText.names(java.util.List.of("1990 " + russia, "NATO"))).as("a digit first has no script")
                .isEqualTo("1990 " + russia + "\u060C NATO");
        assertThat(DisplayText.names(java.util.List.of("\u05e8\u05d5\u05e1\u05d9\u05d4", "NATO"))).as("Hebrew uses a comma")
                .isEqualTo("\u05e8\u05d5\u05e1\u05d9\u05d4, NATO");
        assertThat(DisplayText.names(java.util.List.of("Russia", "NATO"))).isEqualTo("Russia, NATO");
        assertThat(DisplayText.names(java.util.List.of("a\u202Eb"))).as("each made safe").isEqualTo("ab");
    }

    /** In a block set from the right, a line that reads from the left keeps its own order: its full stop at its end. */
    @Test
    void linesThatReadFromTheLeftKeepTheirOrderInABlockFromTheRight() {
        String arabic = "\u0645\u0639\u0627\u0647\u062f\u0629.";
        String block = DisplayText.linesFromTheLeftKept(arabic + "\n\nSigned in Paris.");
        assertThat(block).isEqualTo(arabic + "\n\n\u200ESigned in Paris.\u200E");
        java.text.Bidi bidi = new java.text.Bidi(block, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT);
        assertThat(bidi.getLevelAt(block.length() - 2)).as("the full stop with its sentence, read from the left").isEqualTo(2);
        assertThat(DisplayText.linesFromTheLeftKept("20 November 1990\n" + arabic)).startsWith("\u200E20 November 1990\u200E\n");
        assertThat(DisplayText.linesFromTheLeftKept("1990\n" + arabic)).as("digits alone have no direction").isEqualTo("1990\n" + arabic);
        assertThat(DisplayText.linesFromTheLeftKept(arabic)).isSameAs(arabic);
        assertThat(DisplayText.linesFromTheLeftKept(null)).isNull();
    }
}
