package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.view.TimelineLayout.ClusterBox;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.junit.jupiter.api.Test;

/**
 * The row under a crowded lane's rows holds what found no row: clusters with their counts, and an
 * event alone in its stretch drawn as itself. A pill reading "1" tells the reader nothing the
 * event's own marker would not, so it is drawn only where the event's marker or bar would run into
 * its neighbours in that row.
 */
class ClusterRowTest {
    private static final FixedWidthMeasurer MEASURER = new FixedWidthMeasurer(7);

    @Test
    void aClusterOfOneOnlyWhereItsEventWouldRunIntoANeighbour() {
        List<TimelineDocument> documents = List.of(CompleteLayoutTest.generated(80, 1, "2007", 2, 2),
                CompleteLayoutTest.generated(150, 8, "1950", 70, 1), CompleteLayoutTest.generated(60, 4, "-3000", 5025, 3),
                new TimelineFileReader().read(Path.of("data/events.json")).document());
        int ones = 0;
        int lone = 0;
        for (TimelineDocument document : documents) {
            TimelineContent content = new TimelineContent(document);
            for (double width : new double[] {600, 1000, 1400}) {
                for (int rows = 1; rows <= 3; rows++) {
                    TimeScale all = TimeScale.fitting(content.extent()[0], content.extent()[1], width, TimelineRenderer.FIT_MARGIN);
                    TimelineLayout layout = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, all, width, MEASURER, MEASURER,
                            LayoutMetrics.forLineHeight(16), Packing.atMost(rows));
                    for (ClusterBox cluster : layout.clusters()) {
                        if (cluster.count() == 1) {
                            ones++;
                            assertThat(neighbours(layout, cluster)).as("a '1' at %.0f with room for its event", cluster.x0()).isNotEmpty();
                        }
                    }
                    lone += assertNothingOverlapsInClusterRows(layout);
                }
            }
        }
        assertThat(lone).as("events drawn alone in cluster rows, which this test is about").isGreaterThan(20);
        assertThat(ones).as("some clusters of one remain where they must").isLessThan(lone);
    }

    /**
     * The moratorium from 1985 to 2012 at 1400 x 560, exported: at 1400 x 900 it had five "1" pills,
     * each with room for its event (900 now shows fewer clusters, lanes with nothing in the period left out).
     */
    @Test
    void theBundledExportHasNoClusterOfOne() throws Exception {
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());
        TimelineLayout layout = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            TimeScale scale = TimeScale.fitting(IsoDates.parse("1985").startSecond(), IsoDates.parse("2012").endSecond(), 1400, 0);
            return renderer.layout(renderer.fitted(content, LayoutMode.BY_CATEGORY, scale, 1400, 560,
                    Marks.selecting(java.util.Set.of("putin-moratorium-proposal"))));
        });

        assertThat(layout.clusters()).as("clusters").isNotEmpty().noneMatch(c -> c.count() == 1);
    }

    /** A lone event whose marker is left of the view shows no label in the cluster row: it began off the picture ("I..." at a handout's edge). */
    @Test
    void aLoneEventLeftOfTheViewShowsNoTitleAtItsEdge() {
        TimelineDocument document = CompleteLayoutTest.generated(150, 8, "1950", 70, 1);
        TimelineContent content = new TimelineContent(document);
        int checked = 0;
        for (double from = 1950; from < 2010; from += 0.37) {
            double start = IsoDates.parse("1950").startSecond() + (from - 1950) * 365.25 * 86_400;
            TimeScale scale = TimeScale.fitting(start, start + 12 * 365.25 * 86_400, 800, 0);
            TimelineLayout layout = TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, scale, 800, MEASURER, MEASURER,
                    LayoutMetrics.forLineHeight(16), Packing.atMost(1));
            for (ItemBox item : layout.items()) {
                boolean inClusterRow = layout.clusters().stream().anyMatch(c -> c.lane() == item.lane() && c.y() == item.y());
                if (inClusterRow && item.label() != null) {
                    checked++;
                    assertThat(item.labelX()).as("%s's title starts in the view", item.event().id()).isGreaterThanOrEqualTo(0);
                }
            }
        }
        assertThat(checked).as("titles in cluster rows checked").isGreaterThan(20);
    }

    /** A long bar alone in its stretch is counted where it begins, not into a cluster far to its right. */
    @Test
    void aLoneBarIsNotCountedIntoAFarCluster() {
        TimelineDocument document = new TimelineDocument(1, "Bars", null, List.of(), List.of(),
                List.of(new org.chronoline.model.TimelineEvent("bar", "A long bar", IsoDates.parse("1900-01-10"), IsoDates.parse("1900-12-05"),
                        false, null, List.of(), List.of(), null, null, null, List.of(), List.of(), null,
                        org.chronoline.model.ExtraFields.NONE),
                        org.chronoline.model.TimelineEvent.point("late", "Late", IsoDates.parse("1900-11-20"))),
                List.of(), org.chronoline.model.ExtraFields.NONE);
        TimelineContent content = new TimelineContent(document);
        TimeScale scale = TimeScale.fitting(IsoDates.parse("1899-12").startSecond(), IsoDates.parse("1901-01").endSecond(), 1000, 0);
        TimelineLayout layout = TimelineLayouter.layout(content, LayoutMode.COMPACT, scale, 1000, MEASURER, MEASURER,
                LayoutMetrics.forLineHeight(16), Packing.atMost(0));

        double barStart = scale.xOf(IsoDates.parse("1900-01-10").startSecond());
        boolean drawn = layout.item("bar") != null;
        boolean countedNear = layout.clusters().stream().anyMatch(c -> c.x0() <= barStart + layout.metrics().clusterWidth());
        assertThat(drawn || countedNear).as("the bar drawn or counted where it begins: %s", layout.clusters()).isTrue();
    }

    /** What else the cluster's row holds within an item gap of it. */
    private static List<Object> neighbours(TimelineLayout layout, ClusterBox cluster) {
        // Where the one event would be drawn: its marker or bar, and a cluster's width of room around it.
        double room = layout.metrics().clusterWidth();
        double from = Math.min(cluster.x0(), layout.scale().xOf(cluster.fromSecond())) - room;
        double to = Math.max(cluster.x1(), layout.scale().xOf(cluster.toSecond())) + room;
        List<Object> near = new ArrayList<>();
        for (ClusterBox other : layout.clusters()) {
            if (other != cluster && other.lane() == cluster.lane() && other.y() == cluster.y() && other.x0() < to && from < other.x1()) {
                near.add(other);
            }
        }
        for (ItemBox item : layout.items()) {
            if (item.lane() == cluster.lane() && item.y() == cluster.y() && item.left() < to && from < item.right()) {
                near.add(item);
            }
        }
        return near;
    }

    /** Items and clusters in the same row of a lane never overlap; returns how many items sit in a cluster row. */
    private static int assertNothingOverlapsInClusterRows(TimelineLayout layout) {
        int alone = 0;
        for (ClusterBox cluster : layout.clusters()) {
            for (ItemBox item : layout.items()) {
                if (item.lane() == cluster.lane() && item.y() == cluster.y()) {
                    assertThat(item.right() <= cluster.x0() || cluster.x1() <= item.left())
                            .as("%s over a cluster at %.0f-%.0f", item.event().id(), cluster.x0(), cluster.x1()).isTrue();
                }
            }
        }
        for (ItemBox item : layout.items()) {
            boolean inClusterRow = layout.clusters().stream().anyMatch(c -> c.lane() == item.lane() && c.y() == item.y());
            alone += inClusterRow ? 1 : 0;
        }
        CompleteLayoutTest.assertNoOverlapInRows(layout);
        return alone;
    }
}
