package org.chronoline.view;

/** Measures text for layout; the real one uses the timeline's font, tests use a fixed width per character. */
public interface TextMeasurer {
    double width(String text);

    /** The height of a line of text. */
    double lineHeight();

    /**
     * {@code text} shortened with an ellipsis to fit {@code maxWidth}, the whole text when it fits,
     * or null when not even one character and the ellipsis fit.
     */
    default String fit(String text, double maxWidth) {
        if (width(text) <= maxWidth) {
            return text;
        }
        String ellipsis = "\u2026";
        double available = maxWidth - width(ellipsis);
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (width(text.substring(0, mid)) <= available) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (low == 0) {
            return null;
        }
        return text.substring(0, low).stripTrailing() + ellipsis;
    }
}
