package org.chronoline.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ClusterBox;
import org.chronoline.view.TimelineLayout.ItemBox;

/** Packs one lane's visible events into rows. */
final class LanePacker {
    /** Where an event's label goes. */
    private enum LabelPlace {
        /** Inside its bar, whole. */
        INSIDE,
        /** Inside its bar, as much of it as fits: the bar runs past the right edge and there is no room before it. */
        INSIDE_SHORTENED,
        /** Before its marker or bar, whole: near the right edge. */
        BEFORE,
        /**
         * Before its marker, as much of it as fits: a drawing of whole titles ends at its right edge,
         * and the title fits on neither side, but there is more room before the marker than after it.
         */
        BEFORE_SHORTENED,
        /**
         * At the left edge of the view, whole, after an arrow pointing back to where the event is ({@link DisplayText#pointingBack}):
         * the event is left of the view.
         */
        PINNED,
        /** After its marker or bar: shortened when the next event in the row or the right edge is close. */
        AFTER
    }

    private final int laneIndex;
    private final Lane lane;
    private final TimeScale scale;
    private final double width;
    private final TextMeasurer measurer;
    private final LayoutMetrics m;
    private final Packing packing;
    private final double top;
    /** The row the lead is given first (see the constructor). */
    private final int leadRow;

    final List<ItemBox> items = new ArrayList<>();
    final List<ClusterBox> clusters = new ArrayList<>();
    int rowsUsed;
    /** The row under the others, for the events that find no row. */
    final ClusterRow clusterRow;
    /** Events whose counting into a cluster is noted in {@link #countedWatched} (see {@link #watching}). */
    private Set<String> watched = Set.of();
    /** Whether one of the {@link #watched} events was counted into a cluster. */
    boolean countedWatched;

    /** Where each row's last occupant ends, label included, and where it would end with its label shortened. */
    private double[] rowEnd = new double[8];
    private double[] rowHardEnd = new double[8];
    private final List<List<Integer>> rowItems = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();

    LanePacker(int laneIndex, Lane lane, TimeScale scale, double width, TextMeasurer measurer, LayoutMetrics m, Packing packing,
               double top) {
        this(laneIndex, lane, scale, width, measurer, m, packing, top, 0);
    }

    /** A packer that gives the pinned lead ({@link Packing#lead()}) row {@code leadRow}, where the lane packed without pins draws it. */
    LanePacker(int laneIndex, Lane lane, TimeScale scale, double width, TextMeasurer measurer, LayoutMetrics m, Packing packing,
               double top, int leadRow) {
        this.leadRow = leadRow;
        this.laneIndex = laneIndex;
        this.lane = lane;
        this.scale = scale;
        this.width = width;
        this.measurer = measurer;
        this.m = m;
        this.packing = packing;
        this.top = top;
        this.clusterRow = new ClusterRow(laneIndex, scale, width, measurer, m);
    }

    /** An event placed in a row, before its label is fitted. */
    private static final class Draft {
        TimelineEvent event;
        LabelPlace place;
        double x0;
        double x1;
        double fuzzyX0;
        double fuzzyX1;
        boolean point;
        boolean inside;
        double titleWidth;
        double labelX;
        /**
         * The label of one placed {@link LabelPlace#BEFORE_SHORTENED} (its title shortened, or null when none fits) or
         * {@link LabelPlace#PINNED} (its title after an arrow back).
         */
        String label;
        /** Left end of everything drawn for the event: the marker, or a label placed before it. */
        double boxStart;
        /** Right end of everything drawn for it, its whole title included; and with the title shortened as far as it may be. */
        double fullEnd;
        double hardEnd;
        int row;

        /** Left of the view with its title and the band of dates it may have: nothing of it is drawn. */
        boolean isLeftOfView() {
            return fullEnd <= 0 && fuzzyX1 <= 0;
        }
    }

    /** This packer, noting whether one of {@code events} is counted into a cluster ({@link #countedWatched}); before {@link #pack}. */
    LanePacker watching(Set<String> events) {
        watched = events;
        return this;
    }

    void pack() {
        EventIndex index = lane.index();
        // Labels of events that start left of the view may reach into it.
        double margin = Math.min(width, 40 * m.lineHeight());
        double from = scale.secondAt(-margin);
        double to = scale.secondAt(width + m.markerSize());
        if (packing.clusters() && !packing.wholeLabels() && index.countStarting(from, to) > denseThreshold()) {
            packDensity(index);
            return;
        }
        if (packing.pinned().isEmpty()) {
            index.forEachOverlapping(from, to, i -> place(index.get(i)));
        } else {
            List<TimelineEvent> inView = new ArrayList<>();
            index.forEachOverlapping(from, to, i -> inView.add(index.get(i)));
            reservePinned(inView);
            inView.forEach(this::place);
        }
        fitLabels();
        layOutClusterRow();
    }

    /** The row an event was placed in, or -1 when it has none (not drawn, or drawn alone in the row under the others). */
    int rowOf(String id) {
        for (Draft d : drafts) {
            if (d.event.id().equals(id)) {
                return d.row;
            }
        }
        return -1;
    }

    /** The pinned events this lane draws as themselves, by id, each with its label; empty when it draws none. */
    Map<String, String> pinnedLabels() {
        Map<String, String> labels = new HashMap<>();
        if (!packing.pinned().isEmpty()) {
            for (ItemBox item : items) {
                if (packing.pinned().contains(item.event().id())) {
                    labels.put(item.event().id(), item.label());
                }
            }
        }
        return labels;
    }

    /** The events that found no row, in the row under the others; the lone ones join the rows' items, in order of x. */
    private void layOutClusterRow() {
        clusterRow.layOut(top + rowsUsed * m.rowHeight(), items, clusters);
        items.sort(Comparator.comparingDouble(ItemBox::x0));
    }

    /**
     * More events than this in view and the lane is laid out by buckets. A lane shows at most a
     * few rows of labelled events, so beyond this most would become clusters anyway; deciding it
     * up front keeps the cost of a frame independent of how many events the file has.
     */
    private double denseThreshold() {
        return Math.max(150, width / 10);
    }

    /** The row kept for each pinned event in view, by id, until it is placed; see {@link Packing#pinned()}. */
    private final Map<String, Draft> pinnedDrafts = new HashMap<>();

    /**
     * Gives the pinned events among {@code inView} (in time order) their rows first, the lead before
     * the others ({@link Packing#lead()}), each the first row where it runs into none already given
     * one; the others then take the rows around them. Rows kept this way count as used.
     */
    private void reservePinned(List<TimelineEvent> inView) {
        List<TimelineEvent> pinned = new ArrayList<>();
        for (TimelineEvent e : inView) {
            if (packing.pinned().contains(e.id())) {
                pinned.add(e.id().equals(packing.lead()) ? 0 : pinned.size(), e);
            }
        }
        int most = Math.max(1, packing.rowsFor(laneIndex));
        int rows = 0;
        for (TimelineEvent e : pinned) {
            Draft d = draft(e);
            if (isNotDrawn(d)) {
                continue;
            }
            if (packing.pinnedWhole()) {
                // Its title whole: no later event takes its row before the title's end, where it would be cut short.
                d.hardEnd = d.fullEnd;
            }
            int row = e.id().equals(packing.lead()) ? Math.min(leadRow, most - 1) : 0;
            while (row < most && keptFor(row, d)) {
                row++;
            }
            if (row == most) {
                continue; // more pinned events overlap here than the lane has rows: this one packs as any other
            }
            d.row = row;
            pinnedDrafts.put(e.id(), d);
            rows = Math.max(rows, row + 1);
        }
        for (int row = 0; row < rows; row++) {
            rowEnd = ensureRow(rowEnd, row, Double.NEGATIVE_INFINITY);
            rowHardEnd = ensureRow(rowHardEnd, row, Double.NEGATIVE_INFINITY);
        }
        rowsUsed = rows;
    }

    private static double[] ensureRow(double[] ends, int row, double value) {
        double[] sized = row < ends.length ? ends : Arrays.copyOf(ends, Math.max(row + 1, ends.length * 2));
        sized[row] = value;
        return sized;
    }

    private void place(TimelineEvent e) {
        Draft kept = pinnedDrafts.remove(e.id());
        if (kept != null) {
            put(kept, kept.row);
            return;
        }
        if (noRowCanTake(e)) {
            clusterRow.add(e);
            countedWatched |= watched.contains(e.id());
            return;
        }
        Draft d = draft(e);
        if (isNotDrawn(d)) {
            return; // it would keep a row empty
        }
        int row = findRow(rowEnd, d);
        if (row < 0 && rowsUsed < packing.rowsFor(laneIndex)) {
            row = rowsUsed;
        }
        if (row < 0 && !packing.wholeLabels()) {
            row = findRow(rowHardEnd, d);
        }
        if (row < 0) {
            clusterRow.add(e);
            countedWatched |= watched.contains(e.id());
            return;
        }
        put(d, row);
    }

    /**
     * Whether a picture's lane surely has no row for {@code e}, whatever its title: every row taken past where its marks
     * begin (before which no part of it is drawn), and no row left to open. Told without measuring its title: a picture
     * of 100,000 events measured every one of them, in each of the fifty layouts tried for the rows that fit.
     */
    private boolean noRowCanTake(TimelineEvent e) {
        if (!packing.wholeLabels() || rowsUsed < packing.rowsFor(laneIndex)) {
            return false;
        }
        double[] g = TimelineLayouter.geometry(e, scale, m.markerSize());
        if (g[1] <= 0) {
            return false; // perhaps not drawn at all: that is for place to tell
        }
        double marksFrom = TimelineLayouter.marksExtent(e, scale, g[0], g[1], m.markerSize(), width)[0];
        for (int row = 0; row < rowsUsed; row++) {
            if (rowEnd[row] + m.itemGap() <= marksFrom) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether nothing of the event is drawn: it is left of the view with its title and its band of
     * possible dates, or, in a view that cannot scroll, with its marker and band (see {@link Packing#still()}).
     */
    private boolean isNotDrawn(Draft d) {
        return d.isLeftOfView() || packing.still() && d.x1 <= 0 && d.fuzzyX1 <= 0;
    }

    private Draft draft(TimelineEvent e) {
        Draft d = new Draft();
        d.event = e;
        d.point = !e.isSpan();
        double[] g = TimelineLayouter.geometry(e, scale, m.markerSize());
        d.x0 = g[0];
        d.x1 = g[1];
        d.fuzzyX0 = g[2];
        d.fuzzyX1 = g[3];
        String title = DisplayText.line(e.title());
        double labelWidth = measurer.width(title);
        d.titleWidth = labelWidth;
        double gap = m.labelGap();
        double visibleFrom = Math.max(d.x0, 0);
        double visibleTo = Math.min(d.x1, width);
        double[] marks = TimelineLayouter.marksExtent(e, scale, d.x0, d.x1, m.markerSize(), width);
        double marksFrom = marks[0];
        double marksTo = marks[1];
        boolean leftRoom = marksFrom - gap - labelWidth >= 0;
        if (!d.point && labelWidth + 2 * gap <= visibleTo - visibleFrom) {
            // Inside a bar, when the part of it in view has room: a bar reaching in from the left keeps its label whole.
            d.place = LabelPlace.INSIDE;
            d.labelX = d.x0 + gap;
        } else if (!d.point && d.x1 > width && leftRoom) {
            // A bar running on past the right edge: the label before it.
            d.place = LabelPlace.BEFORE;
            d.labelX = d.x0 - gap - labelWidth;
        } else if (!d.point && d.x1 > width && visibleTo - visibleFrom > 2 * gap + LeastLabel.width(measurer, title, m.minimumLabelWidth())) {
            // Nor room before it: inside, as much as fits.
            d.place = LabelPlace.INSIDE_SHORTENED;
            d.labelX = visibleFrom + gap;
        } else if (d.x1 + gap < gap && d.x1 + gap + labelWidth > 0) {
            // The event starts left of the view: its label is pinned at the left edge, whole, not cut mid-word.
            d.place = LabelPlace.PINNED;
            d.labelX = gap;
            d.label = DisplayText.pointingBack(title);
            labelWidth = measurer.width(d.label);
        } else if (marksTo + gap + labelWidth > width && d.x1 <= width && leftRoom) {
            // Near the right edge the label goes before the marker, where there is room for all of it.
            d.place = LabelPlace.BEFORE;
            d.labelX = marksFrom - gap - labelWidth;
        } else if (packing.wholeLabels() && marksTo + gap + labelWidth > width && d.x1 <= width && marksFrom > width - marksTo) {
            // A picture cannot be scrolled on: a title that fits on neither side goes where more of it does, shortened.
            d.place = LabelPlace.BEFORE_SHORTENED;
            d.label = LeastLabel.fit(measurer, title, marksFrom - 2 * gap, m.minimumLabelWidth());
            d.labelX = marksFrom - gap - (d.label == null ? 0 : measurer.width(d.label));
        } else {
            d.place = LabelPlace.AFTER;
            d.labelX = marksTo + gap;
        }
        d.inside = d.place == LabelPlace.INSIDE || d.place == LabelPlace.INSIDE_SHORTENED;
        d.boxStart = Math.min(marksFrom, d.labelX);
        if (d.inside || d.place == LabelPlace.BEFORE || d.place == LabelPlace.BEFORE_SHORTENED) {
            d.fullEnd = marksTo;
            d.hardEnd = marksTo;
        } else if (d.place == LabelPlace.PINNED) {
            // Drawn whole at the left edge: the row is taken up to its end (and its rings'), however full the lane.
            d.fullEnd = Math.max(marksTo, d.labelX + labelWidth);
            d.hardEnd = d.fullEnd;
        } else {
            d.fullEnd = Math.max(marksTo, d.labelX + labelWidth);
            // The next event in the row may shorten the label, to no less than its least (LeastLabel).
            d.hardEnd = Math.max(marksTo, d.labelX + LeastLabel.kept(measurer, title, labelWidth, m.minimumLabelWidth()));
        }
        return d;
    }

    private void put(Draft d, int row) {
        // Events come in time order, but one dated to a year is drawn mid-year: a row's end never moves back.
        boolean used = row < rowsUsed;
        rowEnd = ensureRow(rowEnd, row, used ? Math.max(rowEnd[row], d.fullEnd) : d.fullEnd);
        rowHardEnd = ensureRow(rowHardEnd, row, used ? Math.max(rowHardEnd[row], d.hardEnd) : d.hardEnd);
        while (rowItems.size() <= row) {
            rowItems.add(new ArrayList<>());
        }
        rowsUsed = Math.max(rowsUsed, row + 1);
        d.row = row;
        rowItems.get(row).add(drafts.size());
        drafts.add(d);
    }

    /** The first row in use where {@code d} fits after the row's last occupant ({@code ends}) and before any pinned event kept there. */
    private int findRow(double[] ends, Draft d) {
        for (int row = 0; row < rowsUsed; row++) {
            if (ends[row] + m.itemGap() <= d.boxStart && !keptFor(row, d)) {
                return row;
            }
        }
        return -1;
    }

    private boolean keptFor(int row, Draft d) {
        for (Draft kept : pinnedDrafts.values()) {
            if (kept.row == row && d.boxStart < kept.fullEnd + m.itemGap() && kept.boxStart < d.fullEnd + m.itemGap()) {
                return true;
            }
        }
        return false;
    }

    private void fitLabels() {
        for (List<Integer> row : rowItems) {
            // In the order they are drawn: a pinned event kept for its row is put there after the events before it in
            // time, one of which may be drawn after it (dated to a year, drawn mid-year), whose title it then cut to nothing.
            row.sort(Comparator.comparingDouble(i -> drafts.get(i).boxStart));
            for (int k = 0; k < row.size(); k++) {
                Draft d = drafts.get(row.get(k));
                double limit = k + 1 < row.size() ? drafts.get(row.get(k + 1)).boxStart - m.itemGap() : Double.POSITIVE_INFINITY;
                String title = DisplayText.line(d.event.title());
                String label;
                double labelX = d.labelX;
                if (d.place == LabelPlace.INSIDE) {
                    // A long bar that starts left of the view keeps its label at the left edge.
                    labelX = Math.min(Math.max(d.x0, 0) + m.labelGap(), d.x1 - m.labelGap() - d.titleWidth);
                    labelX = Math.max(labelX, d.x0 + m.labelGap());
                    label = title;
                } else if (d.place == LabelPlace.INSIDE_SHORTENED) {
                    label = LeastLabel.fit(measurer, title, Math.min(d.x1, width) - Math.max(d.x0, 0) - 2 * m.labelGap(), m.minimumLabelWidth());
                } else if (d.place == LabelPlace.BEFORE_SHORTENED) {
                    label = d.label;
                } else if (d.place == LabelPlace.PINNED) {
                    // Its row was given room for all of it; a view narrower than it ends its title in an ellipsis, after the
                    // arrow (at 150% type beside the filter panel, "← United States gives notice to leave th" was cut mid-word).
                    label = d.label;
                    double pinnedWidth = measurer.width(d.label);
                    if (labelX + pinnedWidth > width - m.labelGap()) {
                        double arrow = pinnedWidth - d.titleWidth;
                        String shortened = LeastLabel.fit(measurer, title, width - m.labelGap() - labelX - arrow, m.minimumLabelWidth());
                        label = shortened == null ? null : DisplayText.pointingBack(shortened);
                    }
                } else if (d.place == LabelPlace.BEFORE) {
                    label = title; // its row was given room for all of it
                } else if (packing.wholeLabels()) {
                    // Its row was given room for all of it; a picture's right edge still ends it, in an ellipsis.
                    label = d.x1 <= width && labelX + d.titleWidth > width ? LeastLabel.fit(measurer, title, width - m.labelGap() - labelX, m.minimumLabelWidth()) : title;
                } else {
                    // After its marker: up to the next event in the row, and, when the marker is in view, the right edge.
                    double edge = d.x1 <= width ? width - m.labelGap() : labelX + 4 * width;
                    double available = Math.min(limit, edge) - labelX;
                    label = LeastLabel.fit(measurer, title, available, m.minimumLabelWidth());
                }
                double y = top + d.row * m.rowHeight();
                double labelWidth = label == null ? 0 : label == title ? d.titleWidth : measurer.width(label);
                items.add(new ItemBox(d.event, laneIndex, d.x0, d.x1, d.fuzzyX0, d.fuzzyX1, y, m.rowHeight(), d.point,
                        label, labelX, labelWidth, d.inside));
            }
        }
        items.sort(Comparator.comparingDouble(ItemBox::x0));
    }

    /**
     * A crowded lane, bucket by bucket: counted with two binary searches each; a bucket with one or
     * two events still shows them as events, a fuller one becomes a cluster with its count.
     */
    private void packDensity(EventIndex index) {
        long first = clusterRow.bucketOf(scale.secondAt(0));
        long last = clusterRow.bucketOf(scale.secondAt(width));
        List<long[]> dense = new ArrayList<>();
        if (!packing.pinned().isEmpty()) {
            // A picture's selected events, found among those in view (a picture is drawn once, not at every frame).
            List<TimelineEvent> pinned = new ArrayList<>();
            int end = index.lowerBound(clusterRow.startOf(last + 1));
            for (int i = index.lowerBound(clusterRow.startOf(first)); i < end; i++) {
                if (packing.pinned().contains(index.get(i).id())) {
                    pinned.add(index.get(i));
                }
            }
            reservePinned(pinned);
        }
        for (long key = first; key <= last; key++) {
            int lo = index.lowerBound(clusterRow.startOf(key));
            int hi = index.lowerBound(clusterRow.startOf(key + 1));
            if (hi - lo > 2) {
                for (int i = lo; i < hi && !countedWatched && !watched.isEmpty(); i++) {
                    countedWatched = watched.contains(index.get(i).id()); // the window's selected event, counted here
                }
                int kept = 0;
                for (int i = lo; i < hi && !pinnedDrafts.isEmpty(); i++) {
                    if (pinnedDrafts.containsKey(index.get(i).id())) {
                        place(index.get(i));
                        kept++;
                    }
                }
                dense.add(new long[] {key, lo, hi, kept});
            } else {
                for (int i = lo; i < hi; i++) {
                    place(index.get(i));
                }
            }
        }
        fitLabels();
        for (long[] bucket : dense) {
            int lo = (int) bucket[1];
            int hi = (int) bucket[2];
            if (hi - lo - bucket[3] == 0) {
                continue;
            }
            clusterRow.addCounted(bucket[0], (int) (hi - lo - bucket[3]), index.startOf(lo),
                    Math.max(index.endOf(hi - 1), index.startOf(hi - 1)));
        }
        layOutClusterRow();
    }
}
