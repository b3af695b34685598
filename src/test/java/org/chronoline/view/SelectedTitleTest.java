package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
     * A selected title a little too long for the room before the view's edge is drawn a little smaller, whole: a
     * step's title at the largest slide type read "United States asks to put a missile defence radar in th…" on a
     * 1024-pixel projector, though a fifth smaller it fits. Far too long, the most of it that fits at the smallest size.
     */
    @Test
    void aSelectedTitleALittleTooLongIsDrawnALittleSmallerToBeWhole() throws Exception {
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());
        String title = "United States asks to put a missile defence radar in the Czech Republic";
        assertThat(content.event("third-site-request").title()).isEqualTo(title);
        Object[] drawn = FxThread.call(() -> {
            RenderStyle style = Theme.LIGHT.timelineStyle().withFontsScaled(2);
            TimelineRenderer renderer = new TimelineRenderer(style);
            double full = new FxTextMeasurer(style.labelFont()).width(title);
            double start = org.chronoline.model.IsoDates.parse("2007-01-19").startSecond();
            Packing packing = Packing.forScreen(LayoutMode.BY_CATEGORY);
            Marks selected = new Marks(Set.of("third-site-request"), null, null, null);
            String[] svgs = new String[2];
            // Room for nine tenths of it at the labels' size; then for half of it.
            for (int i = 0; i < 2; i++) {
                int width = (int) Math.round(full * (i == 0 ? 0.9 : 0.5));
                TimeScale scale = new TimeScale(start - 30 * 86_400.0 / width * 20, 30 * 86_400.0 / width);
                svgs[i] = renderer.svg(new TimelineRenderer.Drawing(content, LayoutMode.BY_CATEGORY, scale, width, 700, 0, packing, selected));
            }
            return new Object[] {svgs[0], svgs[1], style.labelFont().getSize()};
        });
        double labels = (Double) drawn[2];
        String nearly = (String) drawn[0];
        assertThat(nearly).as("whole").contains(">" + title + "<");
        int at = nearly.lastIndexOf("font-size=\"", nearly.indexOf(">" + title + "<"));
        double size = Double.parseDouble(nearly.substring(at + 11, nearly.indexOf('"', at + 11)));
        assertThat(size).as("its size against the labels' %s", labels).isLessThan(labels).isGreaterThanOrEqualTo(0.8 * labels - 0.01);
        String far = (String) drawn[1];
        assertThat(far).as("far too long").doesNotContain(">" + title + "<").contains(">United States asks to put a missile");
        // Its shortened label is not drawn under it: at a smaller size the plate is narrower than that label, whose end
        // stood out past it ("…of the CFE Treaty" + "Tr…", a teacher's walk-through at the largest slide type).
        for (String svg : List.of(nearly, far)) {
            assertThat(svg.split(">United States asks", -1)).as("the title drawn once").hasSize(2);
        }
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

    /**
     * The selected event among a search's matches wears an edge: on a match's yellow the selection's tint alone read as
     * one more match, and a student could not tell which one Enter had gone to (a keyboard walk-through).
     */
    @Test
    void theSelectedMatchStandsOutFromTheOtherMatches() throws Exception {
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());
        String[] drawn = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            Packing packing = Packing.forScreen(LayoutMode.BY_CATEGORY);
            TimeScale scale = TimelineRenderer.fitting(content, 1366, null);
            Set<String> matches = Set.of("cfe-signed", "abm-signed", "mbfr-talks");
            assertThat(renderer.layout(content, LayoutMode.BY_CATEGORY, scale, 1366, packing).item("mbfr-talks").labelInside())
                    .as("the MBFR talks' title inside its bar").isTrue();
            String[] svgs = new String[3];
            int i = 0;
            for (Marks marks : List.of(new Marks(Set.of("cfe-signed"), null, null, null), new Marks(Set.of("cfe-signed"), matches, null, null),
                    new Marks(Set.of("mbfr-talks"), matches, null, null))) {
                svgs[i++] = renderer.svg(new TimelineRenderer.Drawing(content, LayoutMode.BY_CATEGORY, scale, 1366, 700, 0, packing, marks));
            }
            return svgs;
        });
        String edge = "stroke=\"#0969da\" stroke-width=\"1.5\"";
        assertThat(drawn[0]).as("selected, no search: its tint alone").doesNotContain(edge);
        assertThat(drawn[1]).as("selected among matches: an edge").containsOnlyOnce(edge);
        assertThat(drawn[2]).as("a bar with its title inside too (a review)").containsOnlyOnce(edge);
    }

    /**
     * A solid band under 3:1 on the background wears the edge too, search or none: the dark room's deep gold is 2.6:1 on
     * black (its white text held to 7:1 leaves no brighter gold), and a washed-out projector lost it (a teacher's
     * walk-through). The window's translucent tint does not.
     */
    @Test
    void aSolidBandTooFaintToBeSeenWearsAnEdge() throws Exception {
        TimelineContent content = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());
        Marks selected = new Marks(Set.of("cfe-signed"), null, null, null);
        for (Theme theme : Theme.values()) {
            String[] drawn = FxThread.call(() -> {
                RenderStyle style = theme.timelineStyle();
                TimelineRenderer renderer = new TimelineRenderer(style);
                Packing packing = Packing.forScreen(LayoutMode.BY_CATEGORY);
                TimeScale scale = TimelineRenderer.fitting(content, 1366, null);
                javafx.scene.paint.Color ring = style.selection();
                String hex = String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(ring.getRed() * 255),
                        Math.round(ring.getGreen() * 255), Math.round(ring.getBlue() * 255));
                boolean solid = style.selectionFill().getOpacity() >= 1;
                return new String[] {renderer.svg(new TimelineRenderer.Drawing(content, LayoutMode.BY_CATEGORY, scale, 1366, 700, 0, packing,
                    selected)), "stroke=\"" + hex + "\" stroke-width=\"1.5\"", String.valueOf(solid),
                    String.valueOf(TextColours.contrast(style.selectionFill(), style.background()))};
            });
            boolean faint = Boolean.parseBoolean(drawn[2]) && Double.parseDouble(drawn[3]) < 3;
            if (faint) {
                assertThat(drawn[0]).as("%s: a solid band at %s:1 edged", theme, drawn[3]).containsOnlyOnce(drawn[1]);
            } else {
                assertThat(drawn[0]).as("%s: its band alone", theme).doesNotContain(drawn[1]);
            }
        }
        assertThat(FxThread.call(() -> TextColours.contrast(Theme.PROJECTOR_DARK.timelineStyle().selectionFill(), javafx.scene.paint.Color.BLACK)))
                .as("the dark room's band on black").isLessThan(3);
    }
}
