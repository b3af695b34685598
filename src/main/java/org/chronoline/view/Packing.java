package org.chronoline.view;

/**
 * How much of a lane's crowd a drawing shows. The window has room for a few rows per lane and
 * counts the rest into clusters, shortening labels to fit; a picture of the whole timeline (an
 * export, a print, a handout) shows every event once, with its whole title, and grows as tall as
 * its rows need instead.
 *
 * @param maxRowsPerLane rows a lane may use before events are counted into clusters
 * @param wholeLabels    whether every label is drawn whole: an event whose title would not fit
 *                       goes to a new row rather than have its title shortened
 */
public record Packing(int maxRowsPerLane, boolean wholeLabels) {
    /** Rows and clusters for a window: a few rows per category, many in the compact layout. */
    public static Packing forScreen(LayoutMode mode) {
        return new Packing(mode == LayoutMode.COMPACT ? 40 : 6, false);
    }

    /** Rows and clusters for a screen that does not scroll: at most {@code rows} rows per lane, labels shortened to fit. */
    public static Packing forScreenAtMost(int rows) {
        return new Packing(Math.max(1, rows), false);
    }

    /** Every event, each with its whole title, in as many rows as that takes; never a cluster. */
    public static Packing complete() {
        return new Packing(Integer.MAX_VALUE, true);
    }

    /** Whole titles in at most {@code rows} rows per lane; what finds no room is counted into clusters. */
    public static Packing atMost(int rows) {
        return new Packing(Math.max(1, rows), true);
    }

    public boolean clusters() {
        return maxRowsPerLane != Integer.MAX_VALUE;
    }
}
