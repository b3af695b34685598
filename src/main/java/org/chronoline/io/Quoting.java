package org.chronoline.io;

/** Values quoted inside messages: in double quotes, control characters made visible, long text cut. */
public final class Quoting {
    private static final int MAX_CHARS = 60;

    private Quoting() {
    }

    /**
     * The text in double quotes, control and format characters as \\uXXXX (a terminal would act on
     * them), cut after 60 characters, never inside one (an emoji's two halves).
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

    private static String quote(String text, int maxCharacters) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxCharacters) + 8).append('"');
        int shown = 0;
        int i = 0;
        for (; i < text.length() && shown < maxCharacters; shown++) {
            int c = text.codePointAt(i);
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
