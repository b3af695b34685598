package org.chronoline.view;

import java.util.List;
import java.util.Set;

/**
 * How much of a lane's crowd a drawing shows. The window has room for a few rows per lane and
 * counts the rest into clusters, shortening labels to fit; a picture of the whole timeline (an
 * export, a print, a handout) shows every event once, with its whole title, and grows as tall as
 * its rows need instead.
 *
 * @param maxRowsPerLane rows a lane may use before events are counted into clusters
 * @param wholeLabels    whether every label is drawn whole: an event whose title would not fit
 *                       goes to a new row rather than have its title shortened
 * @param pinned         events given their rows first, never counted into a cluster while a row
 *                       can hold them: the selected events of a picture, which cannot scroll to them,
 *                       a slide's own event, and the window's selected event; a lane that draws them
 *                       as itself without this is left so (see TimelineLayouter), so that they keep
 *                       their rows from view to view
 * @param pinnedWhole    whether the pinned events are also given their whole titles: a picture's and
 *                       a slide's are, which are read from afar and cannot be scrolled; the window's
 *                       selected event keeps its place only (its title is drawn whole over its
 *                       neighbours), so that choosing an event does not move the others
 * @param lead           the one of {@code pinned} given its row before the others, which take theirs
 *                       in time order around it: a slide's step, before the step it goes to next; null
 *                       when all of them are alike (a picture's selection)
 * @param laneRows       rows for each lane by its index, where a picture gives a crowded lane more
 *                       than the others; lanes past its end get {@code maxRowsPerLane}
 * @param eraPeriod      a slide's period, where it glides to (see {@link #asSlideOf}); null for a
 *                       view that scrolls, whose era rows are the whole file's (so that its lanes
 *                       stay put), and for a picture ({@code wholeLabels}), whose are its own period's
 */
public record Packing(int maxRowsPerLane, boolean wholeLabels, Set<String> pinned, boolean pinnedWhole, String lead, List<Integer> laneRows,
                      Period eraPeriod) {
    /** A period of time, in seconds since the epoch. */
    public record Period(double fromSecond, double toSecond) {
        /** The period a view of {@code scale}, {@code width} wide, shows. */
        public static Period shownBy(TimeScale scale, double width) {
            return new Period(scale.startSecond(), scale.endSecond(width));
        }

        public boolean overlaps(double startSecond, double endSecond) {
            return endSecond >= fromSecond && startSecond <= toSecond;
        }
    }

    public Packing {
        pinned = Set.copyOf(pinned);
        laneRows = List.copyOf(laneRows);
    }

    public Packing(int maxRowsPerLane, boolean wholeLabels) {
        this(maxRowsPerLane, wholeLabels, Set.of(), true, null, List.of(), null);
    }

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

    /**
     * Whole titles in at most {@code rows} rows per lane; what finds no room is counted into clusters.
     * With none, a lane is one row where an event is drawn as itself only when nothing is near it.
     */
    public static Packing atMost(int rows) {
        return new Packing(Math.max(0, rows), true);
    }

    /** The same packing with {@code events} given their rows, and their whole titles, before the others. */
    public Packing pinning(Set<String> events) {
        return new Packing(maxRowsPerLane, wholeLabels, events, true, null, laneRows, eraPeriod);
    }

    /**
     * The same packing with {@code event} (null for none) never counted into a cluster while a row can hold it: the
     * window's selected event, which had vanished into a cluster's count when the view was panned or zoomed, its
     * ring and its arrows with it (keyboard walk-through). Where it is drawn as itself anyway, nothing moves.
     */
    public Packing keeping(String event) {
        return new Packing(maxRowsPerLane, wholeLabels, event == null ? Set.of() : Set.of(event), false, null, laneRows, eraPeriod);
    }

    /**
     * The same packing for a slide of {@code step}, whose title is the one the class is meant to
     * read, given its row first, and of {@code next} (null for none), the step it goes to next, whose
     * title then has a row where one is left: the slide's arrow to it pointed at a bare marker while
     * events outside the tour kept their titles (teacher's walk-through).
     */
    public Packing pinningStep(String step, String next) {
        return new Packing(maxRowsPerLane, wholeLabels, next == null || next.equals(step) ? Set.of(step) : Set.of(step, next), true,
                step, laneRows, eraPeriod);
    }

    /** The same packing with {@code rows.get(i)} rows for lane {@code i}. */
    public Packing withLaneRows(List<Integer> rows) {
        return new Packing(maxRowsPerLane, wholeLabels, pinned, pinnedWhole, lead, rows, eraPeriod);
    }

    /**
     * The same packing for a slide of {@code period} (null: as before), which does not scroll: rows
     * only for the eras of that period, where it glides to (so they stay put on the way), and nothing
     * of an event wholly left of it (see {@link #still()}).
     */
    public Packing asSlideOf(Period period) {
        return new Packing(maxRowsPerLane, wholeLabels, pinned, pinnedWhole, lead, laneRows, period);
    }

    /**
     * Whether the view cannot scroll: a picture, or a slide. An event wholly left of it is not
     * drawn, not even its title: a window pins such a title at its left edge, a hint of what
     * scrolling back shows, but in a still it reads as an event of the period shown (a 2008 decree's
     * title over 2011 on a slide, the ABM Treaty's withdrawal of 2001 over 2007 in a handout).
     */
    public boolean still() {
        return wholeLabels || eraPeriod != null;
    }

    /** The period whose eras get rows in a view of {@code scale}, {@code width} wide; null for the whole file's. */
    Period eraPeriodFor(TimeScale scale, double width) {
        if (eraPeriod != null) {
            return eraPeriod;
        }
        return wholeLabels ? Period.shownBy(scale, width) : null;
    }

    /** Rows lane {@code lane} may use before its events are counted into clusters. */
    public int rowsFor(int lane) {
        return lane < laneRows.size() ? Math.max(0, laneRows.get(lane)) : maxRowsPerLane;
    }

    public boolean clusters() {
        return maxRowsPerLane != Integer.MAX_VALUE;
    }
}
