package org.chronoline.view;

import java.util.List;
import org.chronoline.model.Era;
import org.chronoline.model.TimelineEvent;

/**
 * Everything the painter draws for one view, already decided: axis ticks, era bands, lanes, event
 * boxes with their (possibly shortened) labels, and clusters where events are too dense. Lane and
 * item y coordinates are relative to the top of the lane area, before vertical scrolling.
 *
 * @param axisTiers the rows of the time axis: two, the dates and their context ("Oct", "2007"); one
 *                  for a picture whose dates are years, which have no context row ({@link AxisPlan#upper()}
 *                  empty): a window and a slide keep two, so that their lanes stay put as they zoom
 */
public record TimelineLayout(
        TimeScale scale,
        double width,
        AxisPlan axis,
        int axisTiers,
        List<EraBox> eras,
        int eraRows,
        List<LaneBox> lanes,
        List<ItemBox> items,
        List<ClusterBox> clusters,
        double contentHeight,
        LayoutMetrics metrics) {

    /**
     * The event or cluster at a point, or null: {@code x} across the drawing, {@code laneY} down
     * from the top of the lane area (before scrolling). Events drawn later (on top) win.
     */
    public Object hit(double x, double laneY) {
        for (int i = items.size() - 1; i >= 0; i--) {
            ItemBox item = items.get(i);
            if (item.contains(x, laneY)) {
                return item;
            }
        }
        for (ClusterBox cluster : clusters) {
            if (cluster.contains(x, laneY)) {
                return cluster;
            }
        }
        return null;
    }

    /** Where an event is drawn, or null when it is not (out of view, or counted in a cluster). */
    public ItemBox item(String eventId) {
        for (ItemBox item : items) {
            if (item.event().id().equals(eventId)) {
                return item;
            }
        }
        return null;
    }

    /** The index of the lane an event belongs in (whether in view or not), or -1 when none holds it. */
    public int laneOf(TimelineEvent event) {
        for (int i = 0; i < lanes.size(); i++) {
            EventIndex index = lanes.get(i).lane().index();
            boolean[] found = {false};
            index.forEachOverlapping(event.startSecond(), event.startSecond(), k -> found[0] |= index.get(k).id().equals(event.id()));
            if (found[0]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The cluster an event not drawn one by one is counted in: the one of its lane whose period
     * holds its start; null when there is none (the event is drawn, or out of view).
     */
    public ClusterBox clusterOf(TimelineEvent event) {
        int lane = laneOf(event);
        double second = event.startSecond();
        for (ClusterBox cluster : clusters) {
            if (cluster.lane() == lane && second >= cluster.fromSecond() && second <= cluster.toSecond()) {
                return cluster;
            }
        }
        return null;
    }

    /**
     * A lane's place.
     *
     * @param crowded events in the lane's row of clusters that are not drawn whole: counted into a
     *                cluster, or drawn alone with their titles shortened or left out; what more rows
     *                would show
     */
    public record LaneBox(Lane lane, double y, double height, int rows, int crowded) {
    }

    /**
     * One event as drawn.
     *
     * @param x0          left of the marker or bar
     * @param x1          right of the marker or bar
     * @param fuzzyX0     left of the uncertainty band (the interval its precision allows), equal to x0 when exact
     * @param fuzzyX1     right of the uncertainty band
     * @param label       the title, shortened with an ellipsis to fit, or null when there is no room
     * @param labelInside whether the label sits inside the bar
     */
    public record ItemBox(TimelineEvent event, int lane, double x0, double x1, double fuzzyX0, double fuzzyX1, double y,
                          double height, boolean point, String label, double labelX, double labelWidth, boolean labelInside) {

        /** Left end of the marker and its label together. */
        public double left() {
            return label == null || labelInside ? x0 : Math.min(x0, labelX);
        }

        /** Right end of the marker and its label together. */
        public double right() {
            return label == null || labelInside ? x1 : Math.max(x1, labelX + labelWidth);
        }

        public boolean contains(double x, double yy) {
            return x >= left() - 2 && x <= right() + 2 && yy >= y && yy <= y + height;
        }
    }

    /** Events too close together to draw one by one, shown as their count; clicking zooms into them. */
    public record ClusterBox(int lane, double x0, double x1, double y, double height, int count, double fromSecond,
                             double toSecond) {

        public boolean contains(double x, double yy) {
            return x >= x0 && x <= x1 && yy >= y && yy <= y + height;
        }
    }

    /** An era: a band behind the lanes and a labelled ribbon above them. */
    /**
     * An era's ribbon and its name: inside the ribbon, or beside it ({@code outside}, on the
     * background) when the ribbon is too short for it and the row has room.
     */
    public record EraBox(Era era, double x0, double x1, int row, String label, double labelX, double labelWidth, boolean outside) {
        /** Where the ribbon and its name begin and end. */
        public double left() {
            return outside ? Math.min(x0, labelX) : x0;
        }

        public double right() {
            return outside ? Math.max(x1, labelX + labelWidth) : x1;
        }
    }
}
