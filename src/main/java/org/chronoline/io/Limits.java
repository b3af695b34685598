package org.chronoline.io;

import org.chronoline.text.Messages;

/**
 * How large the parts of a timeline file may be. Real timelines are far below these; a file above
 * them is damaged or hostile, and opening it would make the window unusable (a ten-megabyte title
 * laid out on every frame, a million tags listed in the side panel). Such a file gets an error at
 * the field instead. The file size limit is {@link TimelineFileReader#MAX_FILE_BYTES}.
 */
public final class Limits {
    /** Characters in a title, summary, place, name, tag or any other short text. */
    public static final int TEXT_CHARS = 10_000;
    /** Characters in a description: about a hundred pages. */
    public static final int DESCRIPTION_CHARS = 200_000;
    /**
     * Characters in a TimelineJS text, which is HTML: its paragraphs' tags, its escapes and the sources Chronoline lists
     * under it make it longer than the description it holds, which is then held to {@link #DESCRIPTION_CHARS}. Held to
     * that itself, an export of a long description could not be read back.
     */
    public static final int HTML_CHARS = 16 * DESCRIPTION_CHARS;
    /** Entries in any list but the events: tags, people, sources, related events, tour steps, categories... */
    public static final int LIST_ENTRIES = 10_000;

    private Limits() {
    }

    /** The most characters a text field of this name holds: a description's, or any other text's. */
    public static int maxFor(String field) {
        return "description".equals(field) ? DESCRIPTION_CHARS : TEXT_CHARS;
    }

    /**
     * Whether the reader takes {@code value} where at most {@code max} characters may be, counted
     * as people count them; stored, a character may take at most four times its count (letters
     * with stacked accents), which also bounds what a hostile file can make the window lay out.
     */
    public static boolean fits(String value, int max) {
        if (value == null || value.length() <= max) {
            return true;
        }
        return value.length() <= 4 * max && TextChecks.characters(value, max) <= max;
    }

    /** Characters in {@code value} as people count them; a text far past {@code max} is counted by code points. */
    public static int characters(String value, int max) {
        return value.length() <= 4 * max ? TextChecks.characters(value, value.length()) : value.codePointCount(0, value.length());
    }

    /** The reader's words for a text that does not fit where at most {@code max} characters may be; null when it fits. */
    public static String problem(String value, int max) {
        if (fits(value, max)) {
            return null;
        }
        int characters = characters(value, max);
        return characters > max ? Messages.get("problem.text.tooLong", characters, max) : Messages.get("problem.text.tooLongHuge", max);
    }
}
