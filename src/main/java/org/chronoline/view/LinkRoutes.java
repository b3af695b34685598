package org.chronoline.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ClusterBox;
import org.chronoline.view.TimelineLayout.ItemBox;

/**
 * Where the arrows of the links shown ({@link Marks#links()}) run in a drawing: each a curve from
 * one event's marker to the other's, bowed away from the titles (over the rows between two events
 * side by side, to the left of two above each other), with its words at the middle of the bow. An event out of view (or counted in a cluster) is reached where its date and
 * lane would put it, so the arrow leaves the drawing in its direction. The painter draws these
 * routes and the window hit-tests them, so what is clicked is what was drawn.
 */
final class LinkRoutes {
    /** How near the words or the line a click may be and still follow the link. */
    private static final double HIT_SLOP = 4;

    /**
     * One arrow: a quadratic curve from ({@code x0}, {@code y0}) through the control point to
     * ({@code x1}, {@code y1}), in drawing coordinates, and the box of its words (empty when there
     * is no room for them, or for links that say no more than "see also").
     */
    record Route(ShownLink link, double x0, double y0, double cx, double cy, double x1, double y1, String words,
                 double wordsX, double wordsY, double wordsWidth, double wordsHeight) {

        /** The point of the curve at {@code t} from 0 (start) to 1 (end). */
        double[] at(double t) {
            double u = 1 - t;
            return new double[] {u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1};
        }

        boolean hasWords() {
            return words != null;
        }

        /** Whether a point is on the words, where a click follows the link. */
        boolean wordsHit(double x, double y) {
            return hasWords() && x >= wordsX - HIT_SLOP && x <= wordsX + wordsWidth + HIT_SLOP && y >= wordsY - HIT_SLOP
                    && y <= wordsY + wordsHeight + HIT_SLOP;
        }

        /** Whether the curve passes through a rectangle (checked every few pixels along it). */
        boolean crosses(double x, double y, double w, double h) {
            if (Math.max(Math.max(x0, cx), x1) < x || Math.min(Math.min(x0, cx), x1) > x + w
                    || Math.max(Math.max(y0, cy), y1) < y || Math.min(Math.min(y0, cy), y1) > y + h) {
                return false;
            }
            // The control polygon is at least as long as the curve: a point every 2 px of it or closer.
            int steps = (int) Math.ceil((Math.hypot(cx - x0, cy - y0) + Math.hypot(x1 - cx, y1 - cy)) / 2);
            for (int i = 0; i <= steps; i++) {
                double t = i / (double) Math.max(1, steps);
                double u = 1 - t;
                double px = u * u * x0 + 2 * u * t * cx + t * t * x1;
                double py = u * u * y0 + 2 * u * t * cy + t * t * y1;
                if (px >= x && px <= x + w && py >= y && py <= y + h) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a point is on the half of the arrow that leads to its head, where a click follows it too. */
        boolean headHit(double x, double y) {
            for (double t = 0.5; t <= 0.96; t += 0.05) {
                double[] p = at(t);
                if (Math.hypot(p[0] - x, p[1] - y) <= HIT_SLOP + 2) {
                    return true;
                }
            }
            return false;
        }
    }

    private LinkRoutes() {
    }

    /**
     * The events whose titles (outside their markers) one of the selected event's arrows runs under,
     * to be drawn on a plate of the background; the faded arrows of Show All Links may cross.
     */
    static Set<String> titlesUnder(TimelineLayout layout, TimelinePainter.Frame f, List<Route> routes) {
        if (routes.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        double offset = f.lanesTop() - f.laneScroll();
        for (Route route : routes) {
            if (route.link().faded()) {
                continue;
            }
            for (ItemBox item : layout.items()) {
                if (item.label() != null && !item.labelInside()
                        && route.crosses(item.labelX(), item.y() + offset + 2, item.labelWidth(), item.height() - 4)) {
                    ids.add(item.event().id());
                }
            }
        }
        return ids;
    }

    /**
     * The routes of {@code links} in a layout drawn in {@code frame}; {@code words} names each
     * link's kind (null for none) and {@code measurer} measures it.
     */
    static List<Route> of(TimelineLayout layout, TimelinePainter.Frame frame, TimelineContent content, List<ShownLink> links,
                          TextMeasurer measurer) {
        if (links.isEmpty()) {
            return List.of();
        }
        Map<String, ItemBox> items = new HashMap<>();
        for (ItemBox item : layout.items()) {
            items.put(item.event().id(), item);
        }
        LayoutMetrics m = layout.metrics();
        double offset = frame.lanesTop() - frame.laneScroll();
        double wordsHeight = measurer.lineHeight() + 2;
        List<double[]> titles = titles(layout, offset);
        titles.addAll(headingsAndClusters(layout, offset, measurer));
        List<double[]> placedWords = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        // The selected event's own links find their places first; the faded ones (all links) have no words, and are drawn first, under them.
        List<ShownLink> ownFirst = new ArrayList<>(links.stream().filter(l -> !l.faded()).toList());
        ownFirst.addAll(links.stream().filter(ShownLink::faded).toList());
        for (ShownLink link : ownFirst) {
            double[] from = anchor(link.fromId(), items, layout, content, offset);
            double[] to = anchor(link.toId(), items, layout, content, offset);
            if (from == null || to == null) {
                continue;
            }
            double length = Math.hypot(to[0] - from[0], to[1] - from[1]);
            if (length < m.markerSize() * 2) {
                continue; // the two markers touch: there is nothing to draw between them
            }
            Route bare = bestBow(link, from, to, length, m, frame, titles, wordsHeight);
            String words = link.faded() ? null : link.words();
            double width = words == null ? 0 : measurer.width(words) + 8;
            if (words == null || Math.hypot(bare.x1() - bare.x0(), bare.y1() - bare.y0()) < width + 2 * m.markerSize()) {
                routes.add(bare); // nothing to say, or too close together for words between them
                continue;
            }
            double[] box = wordsBox(bare, width, wordsHeight, titles, placedWords);
            if (box == null) {
                routes.add(bare); // no place on the arrow where the words would not hide a title
                continue;
            }
            placedWords.add(box);
            routes.add(new Route(link, bare.x0(), bare.y0(), bare.cx(), bare.cy(), bare.x1(), bare.y1(), words, box[0], box[1],
                    width, wordsHeight));
        }
        routes.sort(Comparator.comparing(r -> !r.link().faded()));
        return routes;
    }

    /**
     * The bow, of four (a little or more, to either side), whose curve runs over the fewest titles
     * and markers; on a tie the first: upwards over the rows between two events side by side, to
     * the left (where no titles are) of two above each other. A bow that would leave the lanes
     * counts as the worst.
     */
    private static Route bestBow(ShownLink link, double[] from, double[] to, double length, LayoutMetrics m,
                                 TimelinePainter.Frame frame, List<double[]> titles, double wordsHeight) {
        double px = -(to[1] - from[1]) / length;
        double py = (to[0] - from[0]) / length;
        if (-py - px < 0) {
            px = -px;
            py = -py;
        }
        double bulge = Math.max(m.rowHeight() * 0.9, Math.min(length * 0.18, m.rowHeight() * 3.5));
        double gap = m.markerSize() / 2 + 3;
        Route best = null;
        int bestScore = Integer.MAX_VALUE;
        for (double[] candidate : new double[][] {{1, 1}, {-1, 1}, {1, 1.8}, {-1, 1.8}}) {
            double cx = (from[0] + to[0]) / 2 + candidate[0] * px * bulge * candidate[1];
            double cy = (from[1] + to[1]) / 2 + candidate[0] * py * bulge * candidate[1];
            // Start and end a little off the markers, so the arrowhead points at the event instead of covering it.
            double[] start = towards(from, cx, cy, gap);
            double[] end = towards(to, cx, cy, gap + 1);
            Route route = new Route(link, start[0], start[1], cx, cy, end[0], end[1], null, 0, 0, 0, 0);
            boolean leaves = cy < frame.lanesTop() + wordsHeight || cy > frame.lanesTop() + frame.lanesHeight() - wordsHeight / 2
                    || cx < 0 || cx > frame.width();
            int score = leaves ? 1000 : crossings(route, titles);
            if (score < bestScore) {
                best = route;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many points along the curve fall on a title or a marker. */
    private static int crossings(Route route, List<double[]> titles) {
        int count = 0;
        for (double t = 0.1; t < 0.91; t += 0.05) {
            double[] p = route.at(t);
            for (double[] r : titles) {
                if (p[0] >= r[0] && p[0] <= r[0] + r[2] && p[1] >= r[1] && p[1] <= r[1] + r[3]) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** A place for the words near the middle of the arrow that hides no title and no other arrow's words, or null. */
    private static double[] wordsBox(Route route, double width, double height, List<double[]> titles, List<double[]> placed) {
        for (double t : new double[] {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74}) {
            double[] p = route.at(t);
            double[] box = {p[0] - width / 2, p[1] - height / 2, width, height};
            if (!overlapsAny(box, titles) && !overlapsAny(box, placed)) {
                return box;
            }
        }
        return null;
    }

    private static boolean overlapsAny(double[] box, List<double[]> rects) {
        for (double[] r : rects) {
            if (box[0] < r[0] + r[2] && r[0] < box[0] + box[2] && box[1] < r[1] + r[3] && r[1] < box[1] + box[3]) {
                return true;
            }
        }
        return false;
    }

    /** The titles and markers drawn, as rectangles {x, y, width, height} on the drawing: what an arrow should not cover. */
    private static List<double[]> titles(TimelineLayout layout, double offset) {
        List<double[]> rects = new ArrayList<>();
        double inset = layout.metrics().markerSize() * 0.25;
        for (ItemBox item : layout.items()) {
            double y = item.y() + offset + inset;
            double h = item.height() - 2 * inset;
            rects.add(new double[] {item.x0() - 1, y, item.x1() - item.x0() + 2, h});
            if (item.label() != null) {
                rects.add(new double[] {item.labelX(), y, item.labelWidth(), h});
            }
        }
        return rects;
    }

    /**
     * The lanes' headings and the clusters' counts, as rectangles on the drawing: where an arrow's
     * words would hide text too ("Entry into fo[led to]" on a slide at 150%). A heading is measured in
     * the words' font and a little more, as it is drawn in its own (bold, a little smaller).
     */
    private static List<double[]> headingsAndClusters(TimelineLayout layout, double offset, TextMeasurer measurer) {
        List<double[]> rects = new ArrayList<>();
        LayoutMetrics m = layout.metrics();
        for (TimelineLayout.LaneBox lane : layout.lanes()) {
            if (!lane.lane().name().isEmpty()) {
                // As TimelinePainter.paintLaneHeaders: the category's mark, then the name.
                double textX = 8 + m.markerSize() * 0.8 + 6;
                rects.add(new double[] {0, lane.y() + offset, textX + measurer.width(lane.lane().name()) * 1.1 + 4, m.laneHeaderHeight()});
            }
        }
        for (TimelineLayout.ClusterBox cluster : layout.clusters()) {
            rects.add(new double[] {cluster.x0(), cluster.y() + offset, cluster.x1() - cluster.x0(), cluster.height()});
        }
        return rects;
    }

    /** The link followed by a click at a point, or null: words first, then the arrows' heads. */
    static ShownLink hit(List<Route> routes, double x, double y) {
        for (int i = routes.size() - 1; i >= 0; i--) {
            if (routes.get(i).wordsHit(x, y)) {
                return routes.get(i).link();
            }
        }
        for (int i = routes.size() - 1; i >= 0; i--) {
            if (routes.get(i).headHit(x, y)) {
                return routes.get(i).link();
            }
        }
        return null;
    }

    /**
     * Where an arrow meets an event: the middle of its marker; the cluster that counts it; where
     * its date and lane are when it is out of view; or null when it is in view but not drawn.
     */
    private static double[] anchor(String id, Map<String, ItemBox> items, TimelineLayout layout, TimelineContent content,
                                   double offset) {
        ItemBox item = items.get(id);
        if (item != null) {
            double x = item.point() ? (item.x0() + item.x1()) / 2 : Math.max(item.x0(), Math.min(item.x1(), item.x0() + 8));
            return new double[] {x, item.y() + offset + item.height() / 2};
        }
        TimelineEvent event = content.event(id);
        if (event == null) {
            return null;
        }
        int lane = layout.laneOf(event);
        if (lane < 0) {
            return null;
        }
        ClusterBox cluster = layout.clusterOf(event);
        if (cluster != null) {
            return new double[] {(cluster.x0() + cluster.x1()) / 2, cluster.y() + offset + cluster.height() / 2};
        }
        double x = layout.scale().xOf(event.startSecond());
        if (x >= 0 && x <= layout.width()) {
            return null; // in view but not drawn: no place to point at
        }
        double y = layout.lanes().get(lane).y() + layout.metrics().laneHeaderHeight() + layout.metrics().rowHeight() / 2;
        return new double[] {x, y + offset};
    }

    /** A point {@code distance} from {@code p} towards the control point. */
    private static double[] towards(double[] p, double cx, double cy, double distance) {
        double dx = cx - p[0];
        double dy = cy - p[1];
        double length = Math.hypot(dx, dy);
        if (length < 1e-6) {
            return p;
        }
        return new double[] {p[0] + dx / length * distance, p[1] + dy / length * distance};
    }
}
