package org.chronoline.app;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A very long paragraph of letters JavaFX wraps slowly ({@link SlowText}: Arabic, Hebrew, Thai...)
 * shown as several, each ending where a sentence ends (else a word, else a letter): one description
 * of 198,000 characters, Latin, Arabic and emoji in a single paragraph, held the window for more
 * than a minute (a walk-through), while 2,000 characters take a few milliseconds. A paragraph that
 * wraps quickly at any length is left whole. No paragraph of the bundled timeline is a quarter that long.
 */
final class ParagraphPieces {
    /** The most characters a piece holds. */
    static final int MOST = 2_000;

    private ParagraphPieces() {
    }

    /** The paragraph, or its pieces when it is longer than {@code most} characters, stripped, none empty. */
    static List<String> of(String paragraph, int most) {
        if (paragraph.length() <= most || SlowText.mostWrappedQuickly(paragraph) == SlowText.ANY) {
            return List.of(paragraph);
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
        BreakIterator letters = BreakIterator.getCharacterInstance(Locale.ROOT);
        sentences.setText(paragraph);
        words.setText(paragraph);
        letters.setText(paragraph);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (paragraph.length() - start > most) {
            int end = lastBefore(sentences, start, start + most);
            if (end < 0) {
                end = lastBefore(words, start, start + most);
            }
            if (end < 0) {
                end = lastBefore(letters, start, start + most); // one word of 2,000 letters: not inside an emoji or an accented letter
            }
            if (end < 0) {
                end = start + most;
            }
            add(pieces, paragraph.substring(start, end));
            start = end;
        }
        add(pieces, paragraph.substring(start));
        return pieces;
    }

    /** The last boundary at {@code limit} or before it that leaves a piece more than half as long; -1 if none. */
    private static int lastBefore(BreakIterator boundaries, int start, int limit) {
        int end = boundaries.isBoundary(limit) ? limit : boundaries.preceding(limit);
        return end != BreakIterator.DONE && end > start + (limit - start) / 2 ? end : -1;
    }

    private static void add(List<String> pieces, String piece) {
        String stripped = piece.strip();
        if (!stripped.isEmpty()) {
            pieces.add(stripped);
        }
    }
}
