package org.chronoline.io;

import java.util.regex.Matcher;
import org.chronoline.model.Graphemes;

/** Values quoted inside messages: in double quotes, control characters made visible, long text cut. */
public final class Quoting {
    private static final int MAX_CHARS = 60;

    private Quoting() {
    }

    /**
     * The text in double quotes, control and format characters as \\uXXXX (a terminal would act on
     * them), cut after 60 characters as a reader counts them, never inside one (an emoji's two
     * halves, a flag's two letters, a letter and its accent, a family's people: {@link Graphemes}).
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
        Matcher characters = Graphemes.characters(text);
        int at = 0;
        for (int shown = 0; shown < maxCharacters && characters.find(); shown++) {
            int start = characters.start();
            int end = characters.end();
            boolean flooded = maxCharacters < Integer.MAX_VALUE && text.codePointCount(start, end) > Graphemes.MAX_CODE_POINTS;
            if (flooded) {
                end = text.offsetByCodePoints(start, Graphemes.MAX_CODE_POINTS); // a letter under thousands of accents ends the quote
            }
            int first = text.codePointAt(start);
            for (int i = start; i < end; ) {
                int c = text.codePointAt(i);
                append(out, c, joinsEmoji(first, c));
                i += Character.charCount(c);
            }
            at = end;
            if (flooded) {
                break;
            }
        }
        if (at < text.length()) {
            out.append('\u2026');
        }
        return out.append('"').toString();
    }

    /**
     * Whether {@code c}, in a character that begins with {@code first}, joins an emoji: the U+200D
     * between a family emoji's people (an emoji is a symbol), the tags of a black flag that make it
     * England's or Scotland's. After a letter they are hidden text, and shown as escapes.
     */
    private static boolean joinsEmoji(int first, int c) {
        return c == 0x200D && Character.getType(first) == Character.OTHER_SYMBOL
                || c >= 0xE0020 && c <= 0xE007F && first == 0x1F3F4;
    }

    /** A code point of a character, shown: control and format characters as \\uXXXX, but an emoji's joiners. */
    private static void append(StringBuilder out, int c, boolean joins) {
        int type = Character.getType(c);
        if (c == '\n') {
            out.append("\\n");
        } else if (c == '\t') {
            out.append("\\t");
        } else if (Character.isISOControl(c) || type == Character.SURROGATE || type == Character.FORMAT && !joins) {
            out.append(String.format("\\u%04X", c));
        } else {
            out.appendCodePoint(c);
        }
    }
}
