package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A picture of a fixed size (an export with a height, a printed page, a handout's step) uses its
 * height: a lane that still counts events into clusters has a row more wherever one more row fits.
 * Every lane used to get as many rows as the most crowded could, so a 1400 x 900 export of 1985-2012
 * showed a "6" and three "2"s above 180 empty pixels.
 */
class FittedPicturesTest {
    @ParameterizedTest(name = "{0}-{1} at {2} x {3}")
    @CsvSource({"1985, 2012, 1400, 900", "1985, 2012, 1024, 600", "1945, 2025, 1920, 1080", "2006, 2008, 1200, 500", "1985, 2012, 800, 300", "1985, 2012, 1024, 560"})
    void noLaneCountsEventsIntoClustersWhileARowMoreWouldFit(String from, String to, int width, int height) throws Exception {
        TimelineDocument document = new TimelineFileReader().read(Path.of("data/events.json")).document();
        TimelineContent content = new TimelineContent(document);
        List<String> wasted = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            TimeScale scale = TimeScale.fitting(IsoDates.parse(from).startSecond(), IsoDates.parse(to).endSecond(), width, 0);
            TimelineRenderer.Drawing drawing = renderer.fitted(content, LayoutMode.BY_CATEGORY, scale, width, height, Marks.NONE);
            TimelineLayout layout = renderer.layout(drawing);
            assertThat(renderer.heightFor(layout)).as("within the picture").isLessThanOrEqualTo(height);
            List<String> lanes = new ArrayList<>();
            for (int lane = 0; lane < layout.lanes().size(); lane++) {
                int i = lane;
                if (layout.clusters().stream().noneMatch(c -> c.lane() == i)) {
                    continue;
                }
                List<Integer> more = new ArrayList<>();
                for (int l = 0; l < layout.lanes().size(); l++) {
                    more.add(drawing.packing().rowsFor(l) + (l == lane ? 1 : 0));
                }
                TimelineLayout taller = renderer.layout(content, drawing.mode(), scale, width, drawing.packing().withLaneRows(more));
                if (renderer.heightFor(taller) <= height && counted(taller) < counted(layout)) {
                    lanes.add(layout.lanes().get(lane).lane().name());
                }
            }
            return lanes;
        });

        assertThat(wasted).as("lanes with clusters that had room for another row").isEmpty();
    }

    /** With a selected event, which takes a row of its own, the picture still ends within its height: no lane cut off. */
    @org.junit.jupiter.api.Test
    void aPictureWithASelectedEventEndsWithinItsHeight() throws Exception {
        TimelineDocument document = new TimelineFileReader().read(Path.of("data/events.json")).document();
        TimelineContent content = new TimelineContent(document);
        List<String> over = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            TimeScale scale = TimeScale.fitting(IsoDates.parse("1985").startSecond(), IsoDates.parse("2012").endSecond(), 1024, 0);
            List<String> found = new ArrayList<>();
            for (int height = 400; height <= 620; height += 15) {
                for (org.chronoline.model.TimelineEvent event : document.events()) {
                    TimelineRenderer.Drawing d = renderer.fitted(content, LayoutMode.BY_CATEGORY, scale, 1024, height,
                            Marks.selecting(java.util.Set.of(event.id())));
                    if (renderer.heightFor(renderer.layout(d)) > height) {
                        found.add(event.id() + " at " + height);
                    }
                }
            }
            return found;
        });
        assertThat(over).as("pictures taller than asked").isEmpty();
    }

    private static int counted(TimelineLayout layout) {
        return layout.clusters().stream().mapToInt(TimelineLayout.ClusterBox::count).sum();
    }
}
