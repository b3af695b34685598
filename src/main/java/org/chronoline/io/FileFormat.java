package org.chronoline.io;

/** The kinds of file Chronoline reads. Only its own format is ever saved over; the others are imported. */
public enum FileFormat {
    /** Chronoline's timeline format, version 1 (see the README). */
    CHRONOLINE,
    /** TimelineJS's JSON format. */
    TIMELINEJS,
    /** A spreadsheet saved as CSV, one event per row. */
    CSV
}
