package org.chronoline.io;

/** Values quoted inside messages: in double quotes, control characters made visible, long text cut. */
public final class Quoting {
    private static final int MAX_CHARS = 60;
    /** How many marks past the cut may finish the last character: a letter under thousands of accents is still cut. */
    private static final int MAX_MARKS = 16;

    private Quoting() {
    }

    /**
     * The text in double quotes, control and format characters as \\uXXXX (a terminal would act on
     * them), cut after 60 characters, never inside one (an emoji's two halves, a flag's two letters,
     * a letter and its accent).
     */
    public static String quote(String text) {
        return quote(text, MAX_CHARS);
    }

    /**
     * As {@link #quote}, never cut: for a name the reader types back, such as a tour's id (a long
     * one cut to 60 characters and "…" could not be given to --tour).
     */
    public static String quoteWhole(String text) {
        return quote(text, Integer.MAX_VALUE);
    }

    /**
     * Whether {@code c} belongs to the character before it as the reader sees one: an accent, a
     * variation or skin-tone mark, the second letter of a flag. A cut before it would leave a
     * letter without its accent, a hand without its colour, or half a flag.
     */
    private static boolean continuesCharacter(int c, int flagHalves) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || (c >= 0x1F3FB && c <= 0x1F3FF) // skin tones
                || (isRegionalIndicator(c) && flagHalves % 2 == 1);
    }

    private static boolean isRegionalIndicator(int c) {
        return c >= 0x1F1E6 && c <= 0x1F1FF;
    }

    private static String quote(String text, int maxCharacters) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxCharacters) + 8).append('"');
        int shown = 0;
        int i = 0;
        int flagHalves = 0; // regional indicators in a row: a flag is two of them
        for (; i < text.length() && (shown < maxCharacters
                || shown < maxCharacters + MAX_MARKS && continuesCharacter(text.codePointAt(i), flagHalves)); shown++) {
            int c = text.codePointAt(i);
            flagHalves = isRegionalIndicator(c) ? flagHalves + 1 : 0;
            i += Character.charCount(c);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        if (i < text.length()) {
            out.append('\u2026');
        }
        return out.append('"').toString();
    }
}
