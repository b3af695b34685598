package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.DisplayText;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The view printed on one page (File > Print, "the view"): as large as the page allows, every event
 * in it whole. The print's size was chosen with every lane's header, those with nothing in the
 * period too, so a view of 2007 printed smaller than it had to.
 */
class PrintedPeriodTest {
    /** A4 held sideways, less the margins and the page's title and footer, in points. */
    private static final double WIDTH = 770;
    private static final double HEIGHT = 463;

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"2007-01, 2008-03, true", "1990-06, 1991-06, false", "2019-01, 2020-01, false"})
    void aViewPrintsAsLargeAsThePageAllowsEveryEventWhole(String from, String to, boolean emptyLanesMadeItSmaller) throws Exception {
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());
        double fromSecond = IsoDates.parse(from).startSecond();
        double toSecond = IsoDates.parse(to).endSecond();
        List<Object> result = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            PrintPages.Printed everyLane = PrintPages.scaledToHeight(w -> renderer.period(content, LayoutMode.BY_CATEGORY,
                    TimeScale.fitting(fromSecond, toSecond, w, 0), w, Marks.NONE), WIDTH, HEIGHT);
            PrintPages.Printed printed = PrintPages.periodOnPage(renderer, content, LayoutMode.BY_CATEGORY, fromSecond, toSecond,
                    WIDTH, HEIGHT, Marks.NONE);
            TimelineLayout layout = renderer.layout(printed.drawing());
            List<String> notWhole = new ArrayList<>();
            content.events().forEachOverlapping(fromSecond, toSecond, i -> {
                TimelineEvent e = content.events().get(i);
                TimelineLayout.ItemBox item = layout.item(e.id());
                if (item == null || !DisplayText.line(e.title()).equals(item.label())) {
                    notWhole.add(e.id());
                }
            });
            return List.of(everyLane.zoom(), printed.zoom(), printed.drawing().height() * printed.zoom(), notWhole);
        });
        double everyLaneZoom = (Double) result.get(0);
        double zoom = (Double) result.get(1);
        if (emptyLanesMadeItSmaller) {
            // 2007: 68% with every lane's header, 81% with the lanes that have something in the period.
            assertThat(zoom).as("larger than with every lane").isGreaterThan(everyLaneZoom + 0.05);
        } else {
            assertThat(zoom).as("as with every lane").isEqualTo(everyLaneZoom);
        }
        assertThat((Double) result.get(2)).as("within the page").isLessThanOrEqualTo(HEIGHT + 0.5);
        assertThat((List<?>) result.get(3)).as("events in the period not drawn whole").isEmpty();
    }
}
