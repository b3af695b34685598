package org.chronoline.io;

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
    /** Entries in any list but the events: tags, people, sources, related events, tour steps, categories... */
    public static final int LIST_ENTRIES = 10_000;

    private Limits() {
    }
}
