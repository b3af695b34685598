package org.chronoline.view;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ClusterBox;
import org.chronoline.view.TimelineLayout.ItemBox;

/**
 * The row under a lane's others, for the events that found no row: gathered by bucket (a
 * cluster's width of time each), then laid out from the left, each bucket drawn as its one event
 * when that stays clear of its neighbours, otherwise as a cluster that says how many it holds.
 */
final class ClusterRow {
    private final int laneIndex;
    private final TimeScale scale;
    private final double width;
    private final TextMeasurer measurer;
    private final LayoutMetrics m;
    private final double bucketSeconds;
    /** The events of each bucket, by the bucket's number counted from 1970. */
    private final TreeMap<Long, Bucket> buckets = new TreeMap<>();

    /** Whether the row holds anything: a cluster or a lone event. */
    private boolean used;
    /** Lone events in the row whose titles are shortened or left out. */
    private int shortenedAlone;

    ClusterRow(int laneIndex, TimeScale scale, double width, TextMeasurer measurer, LayoutMetrics m) {
        this.laneIndex = laneIndex;
        this.scale = scale;
        this.width = width;
        this.measurer = measurer;
        this.m = m;
        this.bucketSeconds = m.clusterWidth() * scale.secondsPerPixel();
    }

    /** The events of one bucket: how many, from and to when, and the first (drawn alone when it is the only one). */
    private static final class Bucket {
        int count;
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        TimelineEvent first;

        void add(Bucket other) {
            count += other.count;
            from = Math.min(from, other.from);
            to = Math.max(to, other.to);
        }
    }

    /** The number of the bucket {@code second} falls in. */
    long bucketOf(double second) {
        return (long) Math.floor(second / bucketSeconds);
    }

    /** Where bucket {@code key} begins, in seconds. */
    double startOf(long key) {
        return key * bucketSeconds;
    }

    /** An event that found no row, in the bucket of its middle. */
    void add(TimelineEvent e) {
        Bucket bucket = buckets.computeIfAbsent(bucketOf(e.start().midSecond()), k -> new Bucket());
        bucket.count++;
        bucket.from = Math.min(bucket.from, e.startSecond());
        bucket.to = Math.max(bucket.to, e.endSecond());
        if (bucket.first == null) {
            bucket.first = e;
        }
    }

    /** {@code count} events of bucket {@code key}, counted and not looked at one by one (a crowded lane's). */
    void addCounted(long key, int count, double from, double to) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket());
        bucket.count += count;
        bucket.from = Math.min(bucket.from, from);
        bucket.to = Math.max(bucket.to, to);
    }

    boolean isUsed() {
        return used;
    }

    int shortenedAlone() {
        return shortenedAlone;
    }

    /**
     * Lays the row out at {@code y}, bucket by bucket from the left: a bucket of one event is drawn
     * as that event, its marker or bar, when it stays clear of what the row holds to its left and
     * of the next bucket, its title up to the next bucket; one that would run into the bucket beside
     * it is counted with it, one that would run into a cluster on its left is counted into that; any
     * other bucket is a cluster with its count.
     */
    void layOut(double y, List<ItemBox> items, List<ClusterBox> clusters) {
        double drawnTo = Double.NEGATIVE_INFINITY;
        ClusterBox previous = null;
        for (Map.Entry<Long, Bucket> bucket : buckets.entrySet()) {
            Bucket o = bucket.getValue();
            Map.Entry<Long, Bucket> next = buckets.higherEntry(bucket.getKey());
            double nextStart = next == null ? Double.POSITIVE_INFINITY : scale.xOf(startOf(next.getKey())) + 1;
            if (o.count == 1) {
                double[] g = TimelineLayouter.geometry(o.first, scale, m.markerSize());
                boolean clearLeft = g[0] >= drawnTo + m.itemGap();
                boolean clearRight = g[1] <= nextStart - m.itemGap();
                if (clearLeft && clearRight) {
                    drawnTo = addSingle(o.first, g, nextStart - m.itemGap(), y, items);
                    previous = null;
                    continue;
                }
                if (!clearRight && next.getKey() == bucket.getKey() + 1) {
                    next.getValue().add(o); // it runs into the bucket beside it: counted there
                    continue;
                }
                if (!clearLeft && previous != null) {
                    previous = counting(previous, o);
                    clusters.set(clusters.size() - 1, previous);
                    continue;
                }
            }
            previous = cluster(bucket.getKey(), o, y);
            clusters.add(previous);
            drawnTo = previous.x1();
        }
    }

    /** {@code cluster} with the events of {@code more} counted into it. */
    private static ClusterBox counting(ClusterBox cluster, Bucket more) {
        return new ClusterBox(cluster.lane(), cluster.x0(), cluster.x1(), cluster.y(), cluster.height(), cluster.count() + more.count,
                Math.min(cluster.fromSecond(), more.from), Math.max(cluster.toSecond(), more.to));
    }

    /** A lone event: its marker, and as much of its title as fits before {@code roomEnd}. Returns its right end. */
    private double addSingle(TimelineEvent e, double[] g, double roomEnd, double y, List<ItemBox> items) {
        double marksTo = TimelineLayouter.marksExtent(e, scale, g[0], g[1], m.markerSize(), width)[1];
        double labelX = marksTo + m.labelGap();
        // Up to the next bucket and, when the marker is in view, the right edge; none for a marker left of the view.
        double room = Math.min(roomEnd, g[1] <= width ? width - m.labelGap() : Double.POSITIVE_INFINITY) - labelX;
        String title = DisplayText.line(e.title());
        String label = labelX < 0 ? null : LeastLabel.fit(measurer, title, room, m.minimumLabelWidth());
        double labelWidth = label == null ? 0 : measurer.width(label);
        if (!title.equals(label)) {
            shortenedAlone++;
        }
        items.add(new ItemBox(e, laneIndex, g[0], g[1], g[2], g[3], y, m.rowHeight(), !e.isSpan(), label, labelX, labelWidth, false));
        used = true;
        return label == null ? marksTo : labelX + labelWidth;
    }

    /** A cluster over its bucket. */
    private ClusterBox cluster(long key, Bucket bucket, double y) {
        double x0 = scale.xOf(startOf(key)) + 1;
        double x1 = scale.xOf(startOf(key + 1)) - 1;
        used = true;
        return new ClusterBox(laneIndex, x0, x1, y, m.rowHeight(), bucket.count, bucket.from, bucket.to);
    }
}
