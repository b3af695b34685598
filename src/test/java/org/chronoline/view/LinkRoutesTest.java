package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.junit.jupiter.api.Test;

/** The arrows of links, for every event of the bundled history at several zooms: words never hide a title, clicks follow. */
class LinkRoutesTest {
    private static final FixedWidthMeasurer MEASURER = new FixedWidthMeasurer(7);
    private static final double WIDTH = 1366;
    private static final double HEIGHT = 3000;
    private static final TimelineContent BUNDLED = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());

    @Test
    void wordsOnArrowsNeverCoverATitleAMarkerOrOtherWordsAndAClickOnThemFollowsTheLink() {
        int withWords = 0;
        for (String[] period : new String[][] {{"1970", "2027"}, {"1986", "1997"}, {"2006-06", "2008-06"}, {"2019", "2024"}}) {
            TimeScale scale = TimeScale.fitting(IsoDates.parse(period[0]).startSecond(), IsoDates.parse(period[1]).endSecond(), WIDTH, 24);
            TimelineLayout layout = TimelineLayouter.layout(BUNDLED, LayoutMode.BY_CATEGORY, scale, WIDTH, MEASURER, MEASURER,
                    LayoutMetrics.forLineHeight(16), Packing.complete());
            TimelinePainter.Frame frame = new TimelinePainter.Frame(WIDTH, HEIGHT, 40, 40, 0, 40, HEIGHT - 40, 0);
            for (TimelineEvent selected : BUNDLED.document().events()) {
                List<LinkRoutes.Route> routes = LinkRoutes.of(layout, frame, BUNDLED, ShownLink.of(BUNDLED, selected, false), MEASURER);
                List<double[]> words = new ArrayList<>();
                for (LinkRoutes.Route route : routes) {
                    if (!route.hasWords()) {
                        continue;
                    }
                    withWords++;
                    double[] box = {route.wordsX(), route.wordsY(), route.wordsWidth(), route.wordsHeight()};
                    for (ItemBox item : layout.items()) {
                        double y = item.y() + 40;
                        assertThat(overlaps(box, item.labelX(), y + 4, item.label() == null ? 0 : item.labelWidth(), item.height() - 8))
                                .as("the words of %s cover the title of %s (%s to %s)", route.link(), item.event().id(), period[0], period[1])
                                .isFalse();
                        assertThat(overlaps(box, item.x0(), y + 4, item.x1() - item.x0(), item.height() - 8))
                                .as("the words of %s cover the marker of %s", route.link(), item.event().id()).isFalse();
                    }
                    for (double[] other : words) {
                        assertThat(overlaps(box, other[0], other[1], other[2], other[3])).as("two arrows' words overlap").isFalse();
                    }
                    words.add(box);
                    assertThat(LinkRoutes.hit(routes, route.wordsX() + route.wordsWidth() / 2, route.wordsY() + route.wordsHeight() / 2))
                            .isEqualTo(route.link());
                }
            }
        }
        assertThat(withWords).as("arrows do carry words").isGreaterThan(50);
    }

    /**
     * Nor do they cover a lane's heading or a cluster's count: in a slide exported at 150% the words
     * "led to" lay over the heading "Entry into force", which read "Entry into fo[led to]".
     */
    @Test
    void wordsOnArrowsNeverCoverALanesHeadingOrACluster() {
        int withWords = 0;
        List<String> covered = new ArrayList<>();
        for (String[] period : new String[][] {{"1989", "1993"}, {"1986", "1997"}, {"2006-06", "2008-06"}, {"2019", "2024"}}) {
            TimeScale scale = TimeScale.fitting(IsoDates.parse(period[0]).startSecond(), IsoDates.parse(period[1]).endSecond(), 1024, 24);
            for (Packing packing : List.of(Packing.complete(), Packing.atMost(1), Packing.atMost(2))) {
                TimelineLayout layout = TimelineLayouter.layout(BUNDLED, LayoutMode.BY_CATEGORY, scale, 1024, MEASURER, MEASURER,
                        LayoutMetrics.forLineHeight(16), packing);
                TimelinePainter.Frame frame = new TimelinePainter.Frame(1024, HEIGHT, 40, 40, 0, 40, HEIGHT - 40, 0);
                List<double[]> headings = new ArrayList<>();
                for (TimelineLayout.LaneBox lane : layout.lanes()) {
                    if (!lane.lane().name().isEmpty()) {
                        headings.add(new double[] {0, lane.y() + 40, 8 + 24 + MEASURER.width(lane.lane().name()), layout.metrics().laneHeaderHeight()});
                    }
                }
                for (TimelineEvent selected : BUNDLED.document().events()) {
                    for (LinkRoutes.Route route : LinkRoutes.of(layout, frame, BUNDLED, ShownLink.of(BUNDLED, selected, false), MEASURER)) {
                        if (!route.hasWords()) {
                            continue;
                        }
                        withWords++;
                        double[] box = {route.wordsX(), route.wordsY(), route.wordsWidth(), route.wordsHeight()};
                        for (double[] heading : headings) {
                            if (overlaps(box, heading[0], heading[1], heading[2], heading[3])) {
                                covered.add(route.link() + " over a heading, " + period[0]);
                            }
                        }
                        for (TimelineLayout.ClusterBox cluster : layout.clusters()) {
                            if (overlaps(box, cluster.x0(), cluster.y() + 40, cluster.x1() - cluster.x0(), cluster.height())) {
                                covered.add(route.link() + " over a cluster, " + period[0]);
                            }
                        }
                    }
                }
            }
        }
        assertThat(covered).isEmpty();
        assertThat(withWords).as("arrows do carry words").isGreaterThan(50);
    }

    @Test
    void anArrowRunsFromMarkerToMarkerAndPointsAtTheEventItLeadsTo() {
        TimelineEvent decree = BUNDLED.event("putin-cfe-decree");
        TimeScale scale = TimeScale.fitting(IsoDates.parse("2007-01").startSecond(), IsoDates.parse("2008-03").endSecond(), WIDTH, 24);
        TimelineLayout layout = TimelineLayouter.layout(BUNDLED, LayoutMode.BY_CATEGORY, scale, WIDTH, MEASURER, MEASURER,
                LayoutMetrics.forLineHeight(16), Packing.complete());
        TimelinePainter.Frame frame = new TimelinePainter.Frame(WIDTH, HEIGHT, 40, 40, 0, 40, HEIGHT - 40, 0);

        List<LinkRoutes.Route> routes = LinkRoutes.of(layout, frame, BUNDLED, ShownLink.of(BUNDLED, decree, false), MEASURER);

        assertThat(routes).hasSize(5);
        LinkRoutes.Route toSuspension = routes.stream().filter(r -> r.link().toId().equals("cfe-suspension-effective")).findFirst()
                .orElseThrow();
        ItemBox from = layout.item("putin-cfe-decree");
        ItemBox to = layout.item("cfe-suspension-effective");
        double marker = layout.metrics().markerSize();
        assertThat(Math.hypot(toSuspension.x0() - (from.x0() + from.x1()) / 2, toSuspension.y0() - (from.y() + 40 + from.height() / 2)))
                .as("starts just off the decree's marker").isLessThan(marker + 4);
        assertThat(Math.hypot(toSuspension.x1() - (to.x0() + to.x1()) / 2, toSuspension.y1() - (to.y() + 40 + to.height() / 2)))
                .as("ends just off the suspension's marker").isLessThan(marker + 5);
    }

    private static boolean overlaps(double[] box, double x, double y, double w, double h) {
        return w > 0 && h > 0 && box[0] < x + w && x < box[0] + box[2] && box[1] < y + h && y < box[1] + box[3];
    }
}
