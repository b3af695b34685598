package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.junit.jupiter.api.Test;

/** The today line runs under the events' titles in the lanes: it struck through a title it crossed ("New START..." in 2026). */
class TodayLineTest {
    @Test
    void theTodayLineCrossesNoTitle() throws Exception {
        TimelineDocument document = new TimelineDocument(1, "Today", null, List.of(), List.of(),
                List.of(TimelineEvent.point("wide", "Missile defence radar agreement signed in Prague", IsoDates.parse("2000-01-01")),
                        TimelineEvent.point("end", "End", IsoDates.parse("2030"))), List.of(), ExtraFields.NONE);
        int[] letterPixels = new int[2];
        FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            TimelineContent content = new TimelineContent(document);
            TimelineRenderer.Drawing plain = renderer.whole(content, LayoutMode.COMPACT, 1200, Marks.NONE);
            TimelineLayout layout = renderer.layout(plain);
            TimelinePainter.Frame frame = renderer.frame(layout, plain.width(), plain.height(), 0);
            ItemBox title = layout.items().stream().filter(i -> i.event().id().equals("wide")).findFirst().orElseThrow();
            PixelReader before = renderer.image(plain, 1).getPixelReader();
            int top = (int) (title.y() + frame.lanesTop());
            int bottom = (int) (title.y() + frame.lanesTop() + title.height());
            // The column of the title with the most ink: the line is put through it.
            int column = -1;
            int most = 0;
            for (int x = (int) Math.ceil(title.labelX()); x < title.labelX() + title.labelWidth(); x++) {
                int ink = 0;
                for (int y = top; y < bottom; y++) {
                    ink += before.getColor(x, y).getBrightness() < 0.4 ? 1 : 0;
                }
                if (ink > most) {
                    most = ink;
                    column = x;
                }
            }
            double today = plain.scale().secondAt(column + 0.5);
            TimelineRenderer.Drawing d = renderer.whole(content, LayoutMode.COMPACT, 1200, new Marks(Set.of(), null, null, today));
            PixelReader after = renderer.image(d, 1).getPixelReader();
            Color red = Theme.LIGHT.timelineStyle().today();
            for (int y = top; y < bottom; y++) {
                if (before.getColor(column, y).getBrightness() < 0.4) {
                    Color c = after.getColor(column, y);
                    boolean isRed = Math.abs(c.getRed() - red.getRed()) + Math.abs(c.getGreen() - red.getGreen())
                            + Math.abs(c.getBlue() - red.getBlue()) < 0.15;
                    letterPixels[isRed ? 0 : 1]++;
                }
            }
            return null;
        });
        assertThat(letterPixels[0] + letterPixels[1]).as("the letters' pixels where the line crosses").isGreaterThan(3);
        assertThat(letterPixels[0]).as("letters struck through by the line (%d kept)", letterPixels[1]).isZero();
    }
}
