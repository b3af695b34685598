package org.chronoline.view;

/**
 * The least of a title that a shortened label keeps, so that what is drawn can be read: its first
 * word, the first two when the first is shorter than four characters ("US withdrawal…", not "US…"),
 * and of a word longer than twelve characters (text written without spaces is one word) the first eight.
 * A label that would keep less is hidden, its marker drawn alone: a projector at larger type showed
 * "Pu…", "Ma…" and "NAT…" beside their markers. Characters are those a reader sees (grapheme clusters).
 */
public final class LeastLabel {
    private static final int SHORT_WORD = 4;
    private static final int LONG_WORD = 12;
    private static final int LONG_WORD_KEPT = 8;

    private LeastLabel() {
    }

    /** The start of {@code title} a shortened label keeps at least; the title itself when that is all of it. */
    public static String of(String title) {
        int[] ends = characterEnds(title);
        int from = afterSpaces(title, ends, 0);
        int end = wordEnd(title, ends, from);
        if (end - from < SHORT_WORD) {
            int next = afterSpaces(title, ends, end);
            if (next < ends.length) {
                end = wordEnd(title, ends, next);
            }
        }
        return end >= ends.length ? title : title.substring(0, ends[end - 1]);
    }

    /** {@code title} fitted to {@code room}: whole, shortened to no less than its least and {@code minimumWidth}, or null. */
    static String fit(TextMeasurer measurer, String title, double room, double minimumWidth) {
        String label = measurer.fit(title, room);
        if (label == null || label.equals(title)) {
            return label;
        }
        boolean keepsTheLeast = label.length() - TextMeasurer.ELLIPSIS.length() >= of(title).length();
        return room >= minimumWidth && keepsTheLeast ? label : null;
    }

    /** The room a label of {@code title} needs at least: its least and an ellipsis, and {@code minimumWidth}; all of a short title. */
    static double width(TextMeasurer measurer, String title, double minimumWidth) {
        String least = of(title);
        return Math.max(minimumWidth, least.equals(title) ? measurer.width(title) : measurer.width(least + TextMeasurer.ELLIPSIS));
    }

    /**
     * Where each character a reader sees ends ({@link TextMeasurer#characterEnds}). For text where each is one
     * (Latin, Greek or Cyrillic letters, the punctuation of titles), without the regular expression: it took
     * 2-5 µs a title, asked of each label as a frame is laid out.
     */
    private static int[] characterEnds(String title) {
        for (int i = 0; i < title.length(); i++) {
            if (!standsAlone(title.charAt(i))) {
                return TextMeasurer.characterEnds(title);
            }
        }
        int[] ends = new int[title.length()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = i + 1;
        }
        return ends;
    }

    /**
     * Whether a character is always one a reader sees, never joined to its neighbours: Latin, Greek and
     * Cyrillic letters and the punctuation of titles (curly quotes, dashes), not accents, marks, joiners,
     * surrogates, Hangul or a carriage return.
     */
    private static boolean standsAlone(char c) {
        return c < '\u0300' && c != '\r' || c >= '\u0370' && c <= '\u0482' || c >= '\u048a' && c <= '\u052f'
                || c >= '\u2010' && c <= '\u205f';
    }

    /** How much of a label of {@code title}, {@code titleWidth} wide, its row keeps for it at least before the next event. */
    static double kept(TextMeasurer measurer, String title, double titleWidth, double minimumWidth) {
        return titleWidth <= minimumWidth ? titleWidth : Math.min(titleWidth, width(measurer, title, minimumWidth));
    }

    /** The index of the first character at or after {@code from} that is not a space. */
    private static int afterSpaces(String title, int[] ends, int from) {
        int k = from;
        while (k < ends.length && isSpace(title, ends, k)) {
            k++;
        }
        return k;
    }

    /** Where the word starting at character {@code from} ends, or where its first eight characters do when it is long. */
    private static int wordEnd(String title, int[] ends, int from) {
        int k = from;
        while (k < ends.length && !isSpace(title, ends, k)) {
            k++;
        }
        return k - from > LONG_WORD ? from + LONG_WORD_KEPT : k;
    }

    /** Whether character {@code k} is a space between words (a no-break space joins them). */
    private static boolean isSpace(String title, int[] ends, int k) {
        return Character.isWhitespace(title.codePointAt(k == 0 ? 0 : ends[k - 1]));
    }
}
