package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.DisplayText;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.junit.jupiter.api.Test;

/**
 * A picture of a fixed size (an export with a height, a printed page, a handout's step) cannot
 * scroll to its selected event the way the window does, so the selected event takes its row before
 * the crowd around it: it is drawn as itself, title and all, never counted into a cluster whose
 * pill its arrows would end at.
 */
class SelectedInPicturesTest {
    private static final FixedWidthMeasurer MEASURER = new FixedWidthMeasurer(7);

    @Test
    void everySelectedEventOfACrowdedLaneIsDrawnAsItselfInTheRowsThereAre() {
        TimelineDocument document = CompleteLayoutTest.generated(80, 1, "2007", 2, 2);
        TimelineContent content = new TimelineContent(document);
        TimeScale all = TimeScale.fitting(content.extent()[0], content.extent()[1], 1000, TimelineRenderer.FIT_MARGIN);
        TimelineLayout unpinned = layout(content, all, Packing.atMost(2));
        List<String> clustered = document.events().stream().map(TimelineEvent::id).filter(id -> unpinned.item(id) == null).toList();
        assertThat(clustered).as("the crowd this test is about").hasSizeGreaterThan(20);

        for (String id : clustered) {
            TimelineLayout pinned = layout(content, all, Packing.atMost(2).pinning(Set.of(id)));

            ItemBox item = pinned.item(id);
            assertThat(item).as("%s drawn as itself", id).isNotNull();
            assertThat(item.label()).as("%s with its title", id).isNotNull();
            assertThat(pinned.lanes().get(0).rows()).as("no more rows than allowed, and the cluster row").isLessThanOrEqualTo(3);
            assertThat(pinned.clusters()).as("the others are still counted").isNotEmpty();
            assertThat(pinned.items().size() + pinned.clusters().stream().mapToInt(c -> c.count()).sum())
                    .as("every event shown or counted once").isEqualTo(document.events().size());
            CompleteLayoutTest.assertNoOverlapInRows(pinned);
        }
    }

    @Test
    void twoOverlappingSelectedEventsTakeTwoRowsAndAThirdWaitsItsTurn() {
        TimelineDocument document = CompleteLayoutTest.generated(80, 1, "2007", 2, 2);
        TimelineContent content = new TimelineContent(document);
        TimeScale all = TimeScale.fitting(content.extent()[0], content.extent()[1], 1000, TimelineRenderer.FIT_MARGIN);
        List<String> ids = document.events().stream().map(TimelineEvent::id).limit(3).toList();

        TimelineLayout two = layout(content, all, Packing.atMost(2).pinning(Set.copyOf(ids)));

        long shown = ids.stream().filter(id -> two.item(id) != null).count();
        assertThat(shown).as("as many as two rows hold").isGreaterThanOrEqualTo(2);
        CompleteLayoutTest.assertNoOverlapInRows(two);
    }

    /** The export of the moratorium from 1985 to 2012 at 1400 x 900: its arrows ended at a "2" pill. */
    @Test
    void theSelectedEventOfAFixedSizeExportIsNotInACluster() throws Exception {
        TimelineDocument document = new TimelineFileReader().read(Path.of("data/events.json")).document();
        TimelineContent content = new TimelineContent(document);
        for (TimelineEvent event : document.events()) {
            TimelineLayout layout = FxThread.call(() -> {
                TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
                TimeScale scale = TimeScale.fitting(IsoDates.parse("1985").startSecond(), IsoDates.parse("2012").endSecond(), 1400, 0);
                TimelineRenderer.Drawing drawing = renderer.fitted(content, LayoutMode.BY_CATEGORY, scale, 1400, 600,
                        Marks.selecting(Set.of(event.id())));
                return renderer.layout(drawing);
            });
            boolean inView = event.endSecond() >= IsoDates.parse("1985").startSecond() && event.startSecond() <= IsoDates.parse("2012").endSecond();
            if (inView) {
                assertThat(layout.item(event.id())).as("%s drawn as itself", event.id()).isNotNull();
            }
        }
    }

    /**
     * Events come in time order, but one dated to a year is drawn in mid-year: a pinned event placed
     * after it in its row moved the row's end back, and the next event was drawn over the year's.
     */
    @Test
    void aPinnedEventBesideAYearDatedOneOverlapsNothing() {
        TimelineDocument document = new TimelineDocument(1, "Rows", null, List.of(), List.of(),
                List.of(TimelineEvent.point("year", "1900", IsoDates.parse("1900")),
                        TimelineEvent.point("kept", "K", IsoDates.parse("1900-03-01")),
                        TimelineEvent.point("long", "A long title of the middle of April, long enough to run on", IsoDates.parse("1900-04-15")),
                        TimelineEvent.point("end", "End", IsoDates.parse("1901-12-31"))),
                List.of(), org.chronoline.model.ExtraFields.NONE);
        TimelineContent content = new TimelineContent(document);
        TimeScale scale = TimeScale.fitting(IsoDates.parse("1899-10").startSecond(), IsoDates.parse("1902-02").endSecond(), 1000, 0);
        for (int rows = 1; rows <= 3; rows++) {
            TimelineLayout layout = layout(content, scale, Packing.atMost(rows).pinning(Set.of("kept")));
            assertThat(layout.item("kept")).as("the pinned event, %d rows", rows).isNotNull();
            CompleteLayoutTest.assertNoOverlapInRows(layout);
        }
    }

    /** A lane too crowded to be laid out event by event (counted bucket by bucket) still draws a picture's selected event. */
    @Test
    void aSelectedEventInACrowdedLaneIsDrawnAsItself() {
        TimelineDocument document = CompleteLayoutTest.generated(400, 1, "1900", 1, 5);
        TimelineContent content = new TimelineContent(document);
        TimeScale scale = TimeScale.fitting(content.extent()[0], content.extent()[1], 1000, TimelineRenderer.FIT_MARGIN);
        int shown = 0;
        for (TimelineEvent event : document.events().subList(0, 60)) {
            TimelineLayout layout = layout(content, scale, Packing.atMost(2).pinning(Set.of(event.id())));
            shown += layout.item(event.id()) != null ? 1 : 0;
            assertThat(layout.items().size() + layout.clusters().stream().mapToInt(c -> c.count()).sum())
                    .as("every event shown or counted once").isEqualTo(document.events().size());
        }
        assertThat(shown).as("selected events drawn as themselves").isEqualTo(60);
    }

    /**
     * A slide's event that the packing draws whole anyway keeps its row: the slides of the ABM Treaty
     * and of SALT I, signed the same day, swapped the two, each step's own on top. Only an event
     * that would be cut short or counted into a cluster is given its row first.
     */
    @Test
    void aPinnedEventThatIsDrawnWholeAnywayKeepsItsRowAndItsNeighboursTheirs() throws Exception {
        TimelineDocument document = new TimelineFileReader().read(Path.of("data/events.json")).document();
        TimelineContent content = new TimelineContent(document);
        TimeScale scale = TimeScale.fitting(IsoDates.parse("1970").startSecond(), IsoDates.parse("1983").endSecond(), 1000, 0);
        Packing slide = Packing.forScreen(LayoutMode.BY_CATEGORY).asSlideOf(Packing.Period.shownBy(scale, 1000));
        TimelineLayout unpinned = layout(content, scale, slide);
        assertThat(unpinned.item("abm-signed").label()).isEqualTo("ABM Treaty signed");
        assertThat(unpinned.item("salt1-signed").label()).isEqualTo("SALT I Interim Agreement signed");

        int whole = 0;
        for (ItemBox item : unpinned.items()) {
            if (!DisplayText.line(item.event().title()).equals(item.label())) {
                continue;
            }
            whole++;
            TimelineLayout pinned = layout(content, scale, slide.pinning(Set.of(item.event().id())));
            assertThat(pinned.items()).as("pinning %s", item.event().id()).extracting(i -> i.event().id() + " at " + i.y())
                    .containsExactlyElementsOf(unpinned.items().stream().map(i -> i.event().id() + " at " + i.y()).toList());
        }
        assertThat(whole).isGreaterThan(5);
    }

    private static TimelineLayout layout(TimelineContent content, TimeScale scale, Packing packing) {
        return TimelineLayouter.layout(content, LayoutMode.BY_CATEGORY, scale, 1000, MEASURER, MEASURER, LayoutMetrics.forLineHeight(16), packing);
    }
}
