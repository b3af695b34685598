package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.junit.jupiter.api.Test;

/**
 * A selected event's title is drawn whole where its row has room for only part of it: at fit-all
 * on a narrow window the selected CFE Treaty read "CF…" beside its ring, and a projector's back row
 * or a phone had nothing else to read it by.
 */
class SelectedTitleTest {
    private static final String TITLE = "CFE Treaty signed in Paris";

    @Test
    void aSelectedEventsShortenedTitleIsDrawnWhole() throws Exception {
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());
        String[] drawn = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            // The first width of the whole timeline at which its row has room for part of the title only.
            Packing packing = Packing.forScreen(LayoutMode.BY_CATEGORY);
            int width = 400;
            TimeScale scale = TimelineRenderer.fitting(content, width, null);
            ItemBox item = renderer.layout(content, LayoutMode.BY_CATEGORY, scale, width, packing).item("cfe-signed");
            while ((item == null || TITLE.equals(item.label()) || item.label() == null) && width < 1200) {
                width += 10;
                scale = TimelineRenderer.fitting(content, width, null);
                item = renderer.layout(content, LayoutMode.BY_CATEGORY, scale, width, packing).item("cfe-signed");
            }
            Marks selected = new Marks(Set.of("cfe-signed"), null, null, null);
            Marks several = new Marks(Set.of("cfe-signed", "abm-signed"), null, null, null);
            return new String[] {item == null ? null : item.label(),
                renderer.svg(new TimelineRenderer.Drawing(content, LayoutMode.BY_CATEGORY, scale, width, 700, 0, packing, Marks.NONE)),
                renderer.svg(new TimelineRenderer.Drawing(content, LayoutMode.BY_CATEGORY, scale, width, 700, 0, packing, selected)),
                renderer.svg(new TimelineRenderer.Drawing(content, LayoutMode.BY_CATEGORY, scale, width, 700, 0, packing, several)),
                String.valueOf(width)};
        });

        assertThat(drawn[0]).as("its row's room (as the window packs it) at %s px", drawn[4]).isNotNull().isNotEqualTo(TITLE).endsWith("…");
        assertThat(drawn[1]).as("not selected, as its row allows").doesNotContain(">" + TITLE + "<");
        assertThat(drawn[2]).as("selected, whole").contains(">" + TITLE + "<");
        // Several selected (a bulk edit's, Put in Order's reveal): each title over the others' markers would hide them.
        assertThat(drawn[3]).as("one of several selected").doesNotContain(">" + TITLE + "<");
    }

    /**
     * A selected event left of the view, its title pinned at the left edge after an arrow back, is whole already: a
     * plate of its bare title went over the arrowed one, and its end stood out past the plate (a review).
     */
    @Test
    void aSelectedPinnedTitleKeepsItsArrowAndGetsNoPlate() throws Exception {
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());
        String[] drawn = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            double from = org.chronoline.model.IsoDates.parse("2002-09").startSecond();
            TimeScale scale = new TimeScale(from, (org.chronoline.model.IsoDates.parse("2004-04").endSecond() - from) / 640);
            Packing packing = Packing.forScreen(LayoutMode.BY_CATEGORY);
            ItemBox item = renderer.layout(content, LayoutMode.BY_CATEGORY, scale, 640, packing).item("sort-signed");
            Marks selected = new Marks(Set.of("sort-signed"), null, null, null);
            return new String[] {item == null ? null : item.label(),
                renderer.svg(new TimelineRenderer.Drawing(content, LayoutMode.BY_CATEGORY, scale, 640, 700, 0, packing, selected))};
        });

        assertThat(drawn[0]).as("pinned, after its arrow").isEqualTo("\u2190 Moscow Treaty (SORT) signed");
        assertThat(drawn[1]).contains(">\u2190 Moscow Treaty (SORT) signed<").doesNotContain(">Moscow Treaty (SORT) signed<");
    }
}
