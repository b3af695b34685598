package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.chronoline.model.Category;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.junit.jupiter.api.Test;

/** A title drawn inside its event's bar stays inside it: the bar is as tall as the text (white letters spilled onto white). */
class TitlesInsideBarsTest {
    @Test
    void aTitleInsideABarDoesNotSpillOverIt() throws Exception {
        TimelineEvent talks = new TimelineEvent("mbfr", "MBFR talks in Vienna", IsoDates.parse("1973-10-30"), IsoDates.parse("1989-02-02"),
                false, "talks", List.of(), List.of(), null, null, null, List.of(), List.of(), null, ExtraFields.NONE);
        TimelineDocument document = new TimelineDocument(1, "Bars", null, List.of(new Category("talks", "Talks", "#8250DF")), List.of(),
                List.of(talks, TimelineEvent.point("later", "Later", IsoDates.parse("1995"))), List.of(), ExtraFields.NONE);
        double[] barShare = new double[2];
        FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            TimelineContent content = new TimelineContent(document);
            TimelineRenderer.Drawing d = renderer.whole(content, LayoutMode.BY_CATEGORY, 1200, Marks.NONE);
            TimelineLayout layout = renderer.layout(d);
            TimelinePainter.Frame frame = renderer.frame(layout, d.width(), d.height(), 0);
            PixelReader pixels = renderer.image(d, 1).getPixelReader();
            Color purple = Color.web("#8250DF");
            ItemBox bar = layout.items().stream().filter(i -> i.event().id().equals("mbfr")).findFirst().orElseThrow();
            assertThat(bar.labelInside()).as("the title fits inside the bar").isTrue();
            double mid = bar.y() + frame.lanesTop() - frame.laneScroll() + bar.height() / 2;
            double half = layout.metrics().lineHeight() * 0.45;
            // Along the lines through the tops of the capitals and the bottoms of the letters, the bar's colour is around them.
            int[] rows = {(int) Math.floor(mid - half), (int) Math.ceil(mid + half)};
            for (int r = 0; r < 2; r++) {
                int inBar = 0;
                int all = 0;
                for (int x = (int) Math.ceil(bar.labelX()); x < bar.labelX() + bar.labelWidth(); x++) {
                    Color c = pixels.getColor(x, rows[r]);
                    all++;
                    if (Math.abs(c.getRed() - purple.getRed()) + Math.abs(c.getGreen() - purple.getGreen())
                            + Math.abs(c.getBlue() - purple.getBlue()) < 0.1) {
                        inBar++;
                    }
                }
                barShare[r] = inBar / (double) all;
            }
            return null;
        });
        assertThat(barShare[0]).as("the bar behind the tops of the letters").isGreaterThan(0.5);
        assertThat(barShare[1]).as("the bar behind the bottoms of the letters").isGreaterThan(0.5);
    }

    /**
     * A selected bar with its title inside wears the selection's band round it, as a selected point
     * wears it behind its title: the bar filled its row, and the band showed as a hairline between
     * the bar's outline and the row's edge, invisible on a projector.
     */
    @Test
    void aSelectedBarWithItsTitleInsideWearsABandRoundIt() throws Exception {
        TimelineDocument document = new TimelineDocument(1, "Bars", null, List.of(new Category("talks", "Talks", "#8250DF")), List.of(),
                List.of(talks(), TimelineEvent.point("later", "Later", IsoDates.parse("1995"))), List.of(), ExtraFields.NONE);
        int[] band = new int[2];
        FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            TimelineContent content = new TimelineContent(document);
            TimelineRenderer.Drawing d = renderer.whole(content, LayoutMode.BY_CATEGORY, 1200, Marks.selecting(java.util.Set.of("mbfr")));
            TimelineLayout layout = renderer.layout(d);
            TimelinePainter.Frame frame = renderer.frame(layout, d.width(), d.height(), 0);
            PixelReader pixels = renderer.image(d, 1).getPixelReader();
            RenderStyle style = Theme.LIGHT.timelineStyle();
            Color translucent = style.selectionFill();
            double a = translucent.getOpacity();
            Color fill = Color.color(style.background().getRed() * (1 - a) + translucent.getRed() * a,
                    style.background().getGreen() * (1 - a) + translucent.getGreen() * a,
                    style.background().getBlue() * (1 - a) + translucent.getBlue() * a); // over the lane's background
            ItemBox bar = layout.items().stream().filter(i -> i.event().id().equals("mbfr")).findFirst().orElseThrow();
            assertThat(bar.labelInside()).isTrue();
            double mid = bar.y() + frame.lanesTop() - frame.laneScroll() + bar.height() / 2;
            int x = (int) Math.round(bar.labelX() + bar.labelWidth() + 20); // beside the title, inside the bar
            for (int direction = -1, i = 0; direction <= 1; direction += 2, i++) {
                for (int y = (int) mid; Math.abs(y - mid) < 40; y += direction) {
                    Color c = pixels.getColor(x, y);
                    if (Math.abs(c.getRed() - fill.getRed()) + Math.abs(c.getGreen() - fill.getGreen()) + Math.abs(c.getBlue() - fill.getBlue()) < 0.05) {
                        band[i]++;
                    }
                }
            }
            return null;
        });
        assertThat(band[0]).as("the band above the bar, in pixels").isGreaterThanOrEqualTo(3);
        assertThat(band[1]).as("the band below the bar, in pixels").isGreaterThanOrEqualTo(3);
    }

    private static TimelineEvent talks() {
        return new TimelineEvent("mbfr", "MBFR talks in Vienna", IsoDates.parse("1973-10-30"), IsoDates.parse("1989-02-02"),
                false, "talks", List.of(), List.of(), null, null, null, List.of(), List.of(), null, ExtraFields.NONE);
    }
}
