package org.chronoline.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronoline.model.Dating;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Precision;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ClusterBox;
import org.chronoline.view.TimelineLayout.EraBox;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.chronoline.view.TimelineLayout.LaneBox;

/**
 * Decides what to draw for one view. Only events near the view are touched (through each lane's
 * {@link EventIndex}), so the cost follows what is on screen, not the size of the file.
 *
 * <p>Within a lane, events are packed into rows greedily in time order: an event takes the first
 * row whose previous occupant, label included, ends before it; failing that a new row; failing
 * that (in the window, where a lane has a few rows) a row where the previous label can be
 * shortened. Labels are then fitted into the room left before the next event in their row
 * (shortened with an ellipsis, or hidden), so no label is ever drawn over another. Events that
 * find no row at all are counted into clusters; a cluster of one is drawn as its event. A lane
 * with too many events in view for that is drawn as clusters only (a density strip).
 *
 * <p>With {@link Packing#complete()}, for pictures of the whole timeline, every event gets a row
 * with room for its whole title and nothing is clustered: the lanes grow instead.
 */
public final class TimelineLayouter {
    private TimelineLayouter() {
    }

    /**
     * @param measurer     measures event labels and era titles
     * @param axisMeasurer measures axis labels
     */
    public static TimelineLayout layout(TimelineContent content, LayoutMode mode, TimeScale scale, double width,
                                        TextMeasurer measurer, TextMeasurer axisMeasurer, LayoutMetrics metrics) {
        return layout(content, mode, scale, width, measurer, axisMeasurer, metrics, Packing.forScreen(mode));
    }

    public static TimelineLayout layout(TimelineContent content, LayoutMode mode, TimeScale scale, double width,
                                        TextMeasurer measurer, TextMeasurer axisMeasurer, LayoutMetrics metrics, Packing packing) {
        AxisPlan axis = AxisPlan.plan(scale, width, axisMeasurer, content.finestTick());
        List<EraBox> eras = new ArrayList<>();
        // A picture or a slide cannot scroll: its era rows are those of its own period. The names are measured in the font
        // they are drawn in, the axis's: measured as titles (bolder, and larger on a projector), a name that fitted its
        // ribbon was put beside it, over years the era does not cover.
        int eraRows = EraRibbons.layout(content.document().eras(), scale, width, packing.eraPeriodFor(scale, width), axisMeasurer, metrics,
                eras);
        List<LaneBox> lanes = new ArrayList<>();
        List<ItemBox> items = new ArrayList<>();
        List<ClusterBox> clusters = new ArrayList<>();
        double y = 0;
        List<Lane> laneList = content.lanes(mode);
        for (int i = 0; i < laneList.size(); i++) {
            Lane lane = laneList.get(i);
            double header = mode == LayoutMode.BY_CATEGORY ? metrics.laneHeaderHeight() : 0;
            LanePacker packer = packed(i, lane, scale, width, measurer, metrics, packing, y + header + metrics.lanePadding());
            items.addAll(packer.items);
            clusters.addAll(packer.clusters);
            // A window keeps a row for a lane with nothing in view, so that lanes stay put while it scrolls;
            // a picture's lane with nothing in its period is its header alone.
            int rows = Math.max(packing.wholeLabels() ? 0 : 1, packer.rowsUsed + (packer.clusterRow.isUsed() ? 1 : 0));
            double height = header + 2 * metrics.lanePadding() + rows * metrics.rowHeight();
            int crowded = packer.clusterRow.shortenedAlone() + packer.clusters.stream().mapToInt(ClusterBox::count).sum();
            lanes.add(new LaneBox(lane, y, height, rows, crowded));
            y += height;
        }
        int axisTiers = packing.wholeLabels() && axis.upper().isEmpty() ? 1 : 2;
        return new TimelineLayout(scale, width, axis, axisTiers, eras, eraRows, lanes, items, clusters, y, metrics);
    }

    /**
     * One lane packed, its pinned events given their rows first ({@link Packing#pinned()}); but when
     * the lane packed as if none were pinned draws each of them as itself with the same label, that
     * packing: the events then keep the rows they have in the views around (a slide's event took the
     * top row, and the ABM Treaty and SALT I, signed the same day, swapped rows from one step to the
     * next). Twice the packing only for a lane where a pinned event is drawn; three times where that packing draws the
     * lead (a slide's step) as wished in a lower row and only the next step not: the lead is then kept in that row.
     * Events pinned for their place alone ({@link Packing#keeping}) are packed as if not pinned first, and pinned only
     * where that packing counts one of them into a cluster.
     */
    private static LanePacker packed(int index, Lane lane, TimeScale scale, double width, TextMeasurer measurer, LayoutMetrics metrics,
                                     Packing packing, double top) {
        if (!packing.pinnedWhole()) {
            return keeping(index, lane, scale, width, measurer, metrics, packing, top);
        }
        LanePacker pinned = new LanePacker(index, lane, scale, width, measurer, metrics, packing, top);
        pinned.pack();
        Map<String, String> kept = pinned.pinnedLabels();
        if (kept.isEmpty()) {
            return pinned;
        }
        LanePacker natural = new LanePacker(index, lane, scale, width, measurer, metrics, packing.pinning(Set.of()), top);
        natural.pack();
        Map<String, String> drawn = new HashMap<>();
        for (ItemBox item : natural.items) {
            if (kept.containsKey(item.event().id())) {
                drawn.put(item.event().id(), item.label());
            }
        }
        if (drawn.equals(kept)) {
            return natural;
        }
        // The lead drawn as wished in a lower row, only the next step not: the lead kept in that row, the next step given
        // one around it. Otherwise the step jumped to the top row whenever its next step's title was cut, and the events
        // around it swapped rows from one slide to the next.
        String lead = packing.lead();
        int row = lead != null && kept.containsKey(lead) && Objects.equals(drawn.get(lead), kept.get(lead)) ? natural.rowOf(lead) : -1;
        if (row > 0) {
            LanePacker steady = new LanePacker(index, lane, scale, width, measurer, metrics, packing, top, row);
            steady.pack();
            if (steady.pinnedLabels().equals(kept)) {
                return steady;
            }
        }
        return pinned;
    }

    /** One lane packed as if nothing were pinned, unless that counts a pinned event into a cluster (the window's selected event, alone). */
    private static LanePacker keeping(int index, Lane lane, TimeScale scale, double width, TextMeasurer measurer, LayoutMetrics metrics,
                                      Packing packing, double top) {
        LanePacker natural = new LanePacker(index, lane, scale, width, measurer, metrics, packing.keeping(null), top)
                .watching(packing.pinned());
        natural.pack();
        // Counted, and not drawn alone in the row under the others either.
        if (!natural.countedWatched || natural.items.stream().anyMatch(item -> packing.pinned().contains(item.event().id()))) {
            return natural;
        }
        LanePacker pinned = new LanePacker(index, lane, scale, width, measurer, metrics, packing, top);
        pinned.pack();
        return pinned;
    }

    /**
     * Where an event is drawn horizontally: {x0, x1} of its marker or solid bar and {fuzzyX0,
     * fuzzyX1} of the interval its precision, margin and dating allow ({@link TimelineEvent#possibleSeconds}).
     * A point sits in the middle of its interval; a span is solid where it certainly ran and pale
     * across the month or year its ends could be in.
     */
    static double[] geometry(TimelineEvent e, TimeScale scale, double markerSize) {
        double r = markerSize / 2;
        long[] possible = e.possibleSeconds();
        if (!e.isSpan()) {
            // A moment "between" two dates sits in the middle of them; any other at its date, banded where it may be.
            double xm = e.dating().is(Dating.BETWEEN) ? (scale.xOf(possible[0]) + scale.xOf(possible[1])) / 2
                    : scale.xOf(e.start().midSecond());
            return new double[] {xm - r, xm + r, Math.min(xm - r, scale.xOf(possible[0])), Math.max(xm + r, scale.xOf(possible[1]))};
        }
        double certainStart = isExact(e.start()) ? e.start().startSecond() : e.start().endSecond();
        double certainEnd = isExact(e.end()) ? e.end().endSecond() : e.end().startSecond();
        if (certainEnd < certainStart) {
            certainStart = (e.startSecond() + e.endSecond()) / 2.0;
            certainEnd = certainStart;
        }
        double x0 = scale.xOf(certainStart);
        double x1 = Math.max(scale.xOf(certainEnd), x0 + r);
        return new double[] {x0, x1, Math.min(x0, scale.xOf(possible[0])), Math.max(x1, scale.xOf(possible[1]))};
    }

    /**
     * Where the rings of a disputed moment's other dates are drawn ({@link EventGlyphs#alternatives}): at each
     * date a source gives, leaving out those as good as on its marker at {@code cx}. None for any other event.
     */
    static double[] ringCentres(TimelineEvent e, TimeScale scale, double cx, double markerSize) {
        List<HistoricalDate> dates = e.isSpan() ? List.of() : e.disputedDates();
        if (dates.size() < 2) {
            return NO_RINGS;
        }
        return dates.stream().mapToDouble(d -> scale.xOf(d.midSecond())).filter(x -> Math.abs(x - cx) >= markerSize * 0.75).toArray();
    }

    private static final double[] NO_RINGS = {};

    /**
     * From where to where an event's marks are drawn in a view {@code width} wide, its marker or bar {@code [x0, x1]}
     * and a disputed moment's rings in view: a title before or after it clears them (the decree's title ran over its
     * ring at 13 July). A ring out of view is left out: a title placed beyond it was not drawn at all (a review).
     */
    static double[] marksExtent(TimelineEvent e, TimeScale scale, double x0, double x1, double markerSize, double width) {
        double from = x0;
        double to = x1;
        for (double x : ringCentres(e, scale, (x0 + x1) / 2, markerSize)) {
            if (x + markerSize / 2 > 0 && x - markerSize / 2 < width) {
                from = Math.min(from, x - markerSize / 2);
                to = Math.max(to, x + markerSize / 2);
            }
        }
        return new double[] {from, to};
    }

    /** Day-precision and finer ends are drawn solid; coarser ones are uncertain within their month or year. */
    private static boolean isExact(HistoricalDate date) {
        return date.precision().compareTo(Precision.DAY) >= 0;
    }
}
