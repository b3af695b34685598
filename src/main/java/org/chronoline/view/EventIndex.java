package org.chronoline.view;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import org.chronoline.model.TimelineEvent;

/**
 * Events sorted by start, answering "which events overlap [from, to]" in logarithmic time plus the
 * number of answers, however many events there are and however long the longest span.
 *
 * <p>The sorted array doubles as an implicit balanced tree (the middle of each range is its root),
 * and each root remembers the latest end in its range; a query skips every range that ends before
 * {@code from} and stops at the first start after {@code to}. This is the augmented interval tree
 * of CLRS, without a node object per event.
 */
public final class EventIndex {
    private static final Comparator<TimelineEvent> BY_TIME = Comparator
            .comparingLong(TimelineEvent::startSecond)
            .thenComparingLong(TimelineEvent::endSecond)
            .thenComparing(TimelineEvent::title);

    private final TimelineEvent[] events;
    private final double[] starts;
    private final double[] ends;
    private final double[] maxEnd;

    public EventIndex(List<TimelineEvent> unsorted) {
        this(sortByTime(unsorted), true);
    }

    /** An index of events already in time order, such as one lane's share of a sorted whole. */
    static EventIndex ofSorted(List<TimelineEvent> sorted) {
        return new EventIndex(sorted.toArray(new TimelineEvent[0]), true);
    }

    private EventIndex(TimelineEvent[] sorted, boolean alreadySorted) {
        events = sorted;
        starts = new double[events.length];
        ends = new double[events.length];
        for (int i = 0; i < events.length; i++) {
            starts[i] = events[i].startSecond();
            ends[i] = events[i].endSecond();
        }
        maxEnd = new double[events.length];
        build(0, events.length);
    }

    /**
     * Events in time order. The start and end of each are computed once, not in every comparison:
     * a million events take a million date calculations instead of forty million.
     */
    private static TimelineEvent[] sortByTime(List<TimelineEvent> unsorted) {
        int n = unsorted.size();
        if (isSorted(unsorted)) {
            return unsorted.toArray(new TimelineEvent[0]); // most files are written in time order
        }
        long[] start = new long[n];
        long[] end = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            TimelineEvent e = unsorted.get(i);
            start[i] = e.startSecond();
            end[i] = e.endSecond();
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(start[a], start[b]);
            if (c == 0) {
                c = Long.compare(end[a], end[b]);
            }
            return c != 0 ? c : unsorted.get(a).title().compareTo(unsorted.get(b).title());
        });
        TimelineEvent[] sorted = new TimelineEvent[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = unsorted.get(order[i]);
        }
        return sorted;
    }

    private static boolean isSorted(List<TimelineEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            if (BY_TIME.compare(events.get(i - 1), events.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The order events are shown in: by start, then end, then title. */
    public static Comparator<TimelineEvent> timeOrder() {
        return BY_TIME;
    }

    /**
     * The order of a list sorted by date: by the earliest moment each may have happened
     * ({@link TimelineEvent#earliestSecond}), then as {@link #timeOrder}. "Before March 1992" comes
     * before "March 1992", a date sources dispute at the earliest they give.
     */
    public static Comparator<TimelineEvent> earliestFirst() {
        return EARLIEST_FIRST;
    }

    private static final Comparator<TimelineEvent> EARLIEST_FIRST = Comparator.comparingLong(TimelineEvent::earliestSecond)
            .thenComparing(BY_TIME);

    private double build(int lo, int hi) {
        if (lo >= hi) {
            return Double.NEGATIVE_INFINITY;
        }
        int mid = (lo + hi) >>> 1;
        double max = Math.max(ends[mid], Math.max(build(lo, mid), build(mid + 1, hi)));
        maxEnd[mid] = max;
        return max;
    }

    public int size() {
        return events.length;
    }

    /** The events in time order, as a read-only list that reads this index (nothing is copied). */
    public List<TimelineEvent> inTimeOrder() {
        return Collections.unmodifiableList(Arrays.asList(events));
    }

    /** The event at a position in time order. */
    public TimelineEvent get(int index) {
        return events[index];
    }

    public double startOf(int index) {
        return starts[index];
    }

    public double endOf(int index) {
        return ends[index];
    }

    /** Calls {@code visit} with the position of every event that overlaps {@code [from, to]}, in time order. */
    public void forEachOverlapping(double from, double to, IntConsumer visit) {
        query(0, events.length, from, to, visit);
    }

    private void query(int lo, int hi, double from, double to, IntConsumer visit) {
        if (lo >= hi) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        if (maxEnd[mid] < from) {
            return;
        }
        query(lo, mid, from, to, visit);
        if (starts[mid] > to) {
            return;
        }
        if (ends[mid] >= from) {
            visit.accept(mid);
        }
        query(mid + 1, hi, from, to, visit);
    }

    /** How many events start in {@code [from, to)}. */
    public int countStarting(double from, double to) {
        return lowerBound(to) - lowerBound(from);
    }

    /** The first position whose start is at or after {@code second}. */
    public int lowerBound(double second) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < second) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The earliest start and the latest end, or null when empty. */
    public double[] extent() {
        if (events.length == 0) {
            return null;
        }
        return new double[] {starts[0], maxEnd[events.length >>> 1]};
    }
}
