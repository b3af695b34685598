package org.chronoline.view;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Measures text for layout; the real one uses the timeline's font, tests use a fixed width per character. */
public interface TextMeasurer {
    double width(String text);

    /** The height of a line of text. */
    double lineHeight();

    /**
     * {@code text} shortened with an ellipsis to fit {@code maxWidth}, the whole text when it fits,
     * or null when not even one character and the ellipsis fit. Text is only ever cut between
     * characters as a reader sees them: an emoji, a flag or a letter with its accents stays whole.
     */
    default String fit(String text, double maxWidth) {
        if (width(text) <= maxWidth) {
            return text;
        }
        double available = maxWidth - width(ELLIPSIS);
        int[] ends = characterEnds(text);
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (width(text.substring(0, ends[mid - 1])) <= available) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (low == 0) {
            return null;
        }
        return text.substring(0, ends[low - 1]).stripTrailing() + ELLIPSIS;
    }

    String ELLIPSIS = "\u2026";

    /** Where each character a reader sees (an extended grapheme cluster) ends, as indexes into the text. */
    static int[] characterEnds(String text) {
        Matcher m = GRAPHEME.matcher(text);
        int[] ends = new int[text.length()];
        int n = 0;
        while (m.find()) {
            ends[n++] = m.end();
        }
        return Arrays.copyOf(ends, n);
    }

    /** Extended grapheme clusters, as Java's regular expressions know them. */
    Pattern GRAPHEME = Pattern.compile("\\X");
}
