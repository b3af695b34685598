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
 * height: a lane that still counts events into clusters, or shows lone events there with their
 * titles cut, has a row more wherever one more row fits. Every lane used to get as many rows as the
 * most crowded could, so a 1400 x 900 export of 1985-2012 showed a "6" and three "2"s above 180
 * empty pixels; and a lane with nothing in the period kept an empty row that a crowded lane needed.
 */
class FittedPicturesTest {
    @ParameterizedTest(name = "{0}-{1} at {2} x {3}")
    @CsvSource({"1985, 2012, 1400, 900", "1985, 2012, 1024, 600", "1945, 2025, 1920, 1080", "2006, 2008, 1200, 500", "1985, 2012, 800, 300", "1985, 2012, 1024, 560",
        "2006, 2009, 1024, 600"})
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
                if (layout.lanes().get(i).crowded() == 0) {
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

        assertThat(wasted).as("lanes with events not shown whole that had room for another row").isEmpty();
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

    /**
     * A picture of a large timeline's whole period is filled with as many of its events as the rows hold, the rest
     * counted under them: a handout's overview of 2,000 events was one row of clusters at the top of an empty page, the
     * lane counted bucket by bucket as the window counts a crowded one.
     */
    @org.junit.jupiter.api.Test
    void aPictureOfALargeTimelineShowsTheEventsItsRowsHold(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("course.json");
        org.chronoline.bench.SyntheticTimeline.write(file, 2000, 7);
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(file).document());
        TimelineLayout layout = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            TimeScale scale = TimeScale.fitting(IsoDates.parse("1800").startSecond(), IsoDates.parse("2025").endSecond(), 1000,
                    TimelineRenderer.FIT_MARGIN);
            return renderer.layout(renderer.fitted(content, LayoutMode.COMPACT, scale, 1000, 620, Marks.NONE));
        });

        assertThat(layout.items().size()).as("events drawn as themselves, in rows of three or four").isGreaterThan(40);
        assertThat(layout.contentHeight()).as("the rows fill the picture").isGreaterThan(620 * 0.6);
        assertThat(counted(layout) + layout.items().size()).as("every event drawn, or counted").isEqualTo(2000);
    }

    private static int counted(TimelineLayout layout) {
        return layout.lanes().stream().mapToInt(TimelineLayout.LaneBox::crowded).sum();
    }

    /**
     * In 2006-2009 nothing was signed and nothing entered into force: in a picture those lanes are
     * their headers alone, or left out where their room lets more events show whole, and their rows go to the crowded lanes ("United States asks to put a
     * missile defence radar in the Czech Republic" read "United..." at 1024 x 600). The Moscow
     * Treaty's entry into force (2003), left of the period with its title, kept a row of its lane
     * empty. The window keeps a row in an empty lane, so that lanes stay put while it scrolls.
     */
    @org.junit.jupiter.api.Test
    void aLaneWithNothingInThePeriodIsItsHeaderAloneInAPicture() throws Exception {
        TimelineDocument document = new TimelineFileReader().read(Path.of("data/events.json")).document();
        TimelineContent content = new TimelineContent(document);
        FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            TimeScale scale = TimeScale.fitting(IsoDates.parse("2006").startSecond(), IsoDates.parse("2009").endSecond(), 1024, 0);
            TimelineLayout picture = renderer.layout(renderer.fitted(content, LayoutMode.BY_CATEGORY, scale, 1024, 600, Marks.NONE));
            TimelineLayout window = renderer.layout(content, LayoutMode.BY_CATEGORY, scale, 1024, Packing.forScreen(LayoutMode.BY_CATEGORY));
            LayoutMetrics m = picture.metrics();
            for (String empty : List.of("signing", "in-force")) {
                // Left out, their room going to the crowded lanes; where there is room to spare, their headers alone.
                int lane = laneIndex(picture, empty);
                if (lane >= 0) {
                    assertThat(picture.items().stream().noneMatch(item -> item.lane() == lane)).as("nothing of %s in 2006-2009", empty).isTrue();
                    assertThat(picture.lanes().get(lane).height()).as("%s in the picture: its header", empty)
                            .isEqualTo(m.laneHeaderHeight() + 2 * m.lanePadding());
                }
                assertThat(window.lanes().get(laneOf(window, empty)).rows()).as("%s in the window: a row", empty).isEqualTo(1);
            }
            TimelineLayout roomy = renderer.layout(renderer.fitted(content, LayoutMode.BY_CATEGORY, scale, 1024, 2000, Marks.NONE));
            assertThat(roomy.lanes().get(laneOf(roomy, "signing")).height()).as("with room to spare: its header alone")
                    .isEqualTo(m.laneHeaderHeight() + 2 * m.lanePadding());
            TimelineLayout.ItemBox radar = picture.items().stream()
                    .filter(item -> item.event().title().startsWith("United States asks to put a missile defence radar")).findFirst().orElseThrow();
            assertThat(radar.label()).as("the radar request's title, whole").isEqualTo(radar.event().title());
            return null;
        });
    }

    private static int laneOf(TimelineLayout layout, String category) {
        int lane = laneIndex(layout, category);
        if (lane < 0) {
            throw new AssertionError(category);
        }
        return lane;
    }

    private static int laneIndex(TimelineLayout layout, String category) {
        for (int i = 0; i < layout.lanes().size(); i++) {
            if (category.equals(layout.lanes().get(i).lane().categoryId())) {
                return i;
            }
        }
        return -1;
    }
}
