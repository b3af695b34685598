package org.chronoline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text cut where a reader sees one character end: never between an emoji's two halves, a flag's
 * two letters, a letter and its accent, a hand and its skin tone, or the people of a family emoji
 * (joined by U+200D). Counted in such characters, not in Java's {@code char}s: a title cut at 39
 * {@code char}s could end in half an emoji, which every font draws as a box.
 */
public final class Graphemes {
    /** One character as the reader sees it: an extended grapheme cluster (Unicode's UAX #29). */
    private static final Pattern CHARACTER = Pattern.compile("\\X");
    private static final String ELLIPSIS = "\u2026";
    /**
     * The most code points one character is given: a letter and 16 marks, a family of a few
     * people. Past them a character is cut (a letter under thousands of accents, emoji chained by
     * joiners without end), or cutting would no longer shorten a text.
     */
    public static final int MAX_CODE_POINTS = 17;

    private Graphemes() {
    }

    /** The characters of {@code text}, one {@link Matcher#find()} each. */
    public static Matcher characters(CharSequence text) {
        return CHARACTER.matcher(text);
    }

    /**
     * Where the first {@code count} characters of {@code text} end (its length when it has no
     * more); a character longer than {@link #MAX_CODE_POINTS} ends there, and so does the count.
     */
    public static int end(String text, int count) {
        Matcher m = CHARACTER.matcher(text);
        int end = 0;
        for (int n = 0; n < count && m.find(); n++) {
            end = m.end();
            if (text.codePointCount(m.start(), end) > MAX_CODE_POINTS) {
                return text.offsetByCodePoints(m.start(), MAX_CODE_POINTS);
            }
        }
        return end;
    }

    /** How many characters {@code text} has, as a reader counts them. */
    public static int count(String text) {
        Matcher m = CHARACTER.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * {@code text} whole when it has at most {@code max} characters; otherwise its first
     * {@code max - 1}, spaces after them dropped, and an ellipsis: {@code max} in all.
     */
    public static String cut(String text, int max) {
        if (end(text, max) == text.length()) {
            return text;
        }
        if (max <= 0) {
            return "";
        }
        return text.substring(0, end(text, max - 1)).stripTrailing() + ELLIPSIS;
    }

    /**
     * {@code text} whole when it has at most {@code max} characters; otherwise its first two thirds
     * and its last third of {@code max - 1}, an ellipsis between: {@code max} in all. For an
     * address, whose site is at its start and whose page at its end. Each character is at most
     * {@link #MAX_CODE_POINTS} code points, as {@link #end} counts it.
     */
    public static String cutInMiddle(String text, int max) {
        List<String> characters = new ArrayList<>();
        Matcher m = CHARACTER.matcher(text);
        while (m.find()) {
            // A character longer than MAX_CODE_POINTS is cut there, as end() cuts it: a letter under thousands of accents.
            int codePoints = text.codePointCount(m.start(), m.end());
            characters.add(codePoints <= MAX_CODE_POINTS ? m.group() : text.substring(m.start(), text.offsetByCodePoints(m.start(), MAX_CODE_POINTS)));
        }
        if (characters.size() <= max) {
            return String.join("", characters);
        }
        if (max <= 1) {
            return max <= 0 ? "" : ELLIPSIS;
        }
        int head = (max - 1) * 2 / 3;
        int tail = max - 1 - head;
        return String.join("", characters.subList(0, head)) + ELLIPSIS
                + String.join("", characters.subList(characters.size() - tail, characters.size()));
    }
}
