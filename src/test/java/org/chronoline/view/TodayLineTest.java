package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.chronoline.model.Era;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.EraBox;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.junit.jupiter.api.Test;

/**
 * The today line runs under the text it crosses: an event's title in the lanes (it struck through
 * "New START..." in 2026), and above them a year of the axis and an era's name ("2025" and "New START
 * in force" on the published page, drawn by the same rules).
 */
class TodayLineTest {
    private static final TimelineDocument DOCUMENT = new TimelineDocument(1, "Today", null, List.of(),
            List.of(new Era("treaty", "Missile defence agreements in force", IsoDates.parse("1995"), IsoDates.parse("2025"), null,
                    ExtraFields.NONE)),
            List.of(TimelineEvent.point("wide", "Missile defence radar agreement signed in Prague", IsoDates.parse("2000-01-01")),
                    TimelineEvent.point("end", "End", IsoDates.parse("2030"))), List.of(), ExtraFields.NONE);

    /** Where some text is drawn, in the image's pixels. */
    private record Box(int left, int right, int top, int bottom) {
    }

    @Test
    void theTodayLineCrossesNoTitle() throws Exception {
        assertNotStruckThrough((layout, frame) -> {
            ItemBox title = layout.items().stream().filter(i -> i.event().id().equals("wide")).findFirst().orElseThrow();
            int top = (int) (title.y() + frame.lanesTop());
            return new Box((int) Math.ceil(title.labelX()), (int) (title.labelX() + title.labelWidth()), top, top + (int) title.height());
        });
    }

    @Test
    void theTodayLineCrossesNoYearOfTheAxis() throws Exception {
        assertNotStruckThrough((layout, frame) -> {
            AxisPlan.Tick year = layout.axis().lower().stream().filter(t -> t.x() > 100).findFirst().orElseThrow();
            int left = (int) Math.ceil(year.x() + AxisPlan.LABEL_INSET);
            // The years' row: the axis's lower half, or all of it in a picture of years, which has no row over them.
            return new Box(left, left + 6 * year.label().length(), (int) (frame.axisHeight() * (layout.axisTiers() - 1) / layout.axisTiers()),
                    (int) frame.axisHeight());
        });
    }

    @Test
    void theTodayLineCrossesNoNameOfAnEra() throws Exception {
        assertNotStruckThrough((layout, frame) -> {
            EraBox era = layout.eras().get(0);
            assertThat(era.label()).as("the era's name is shown").isNotNull();
            double rowHeight = layout.metrics().eraRowHeight();
            int top = (int) (frame.eraTop() + era.row() * rowHeight);
            return new Box((int) Math.ceil(era.labelX()), (int) (era.labelX() + era.labelWidth()), top, top + (int) rowHeight);
        });
    }

    /** Between a title's words (or letters) the line went on, and read as a strike-through: there it is covered too. */
    @Test
    void theTodayLineDoesNotShowBetweenATitlesLetters() throws Exception {
        int[] redPixels = {-1};
        FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            TimelineContent content = new TimelineContent(DOCUMENT);
            TimelineRenderer.Drawing plain = renderer.whole(content, LayoutMode.COMPACT, 1200, Marks.NONE);
            TimelineLayout layout = renderer.layout(plain);
            TimelinePainter.Frame frame = renderer.frame(layout, plain.width(), plain.height(), 0);
            ItemBox title = layout.items().stream().filter(i -> i.event().id().equals("wide")).findFirst().orElseThrow();
            int top = (int) (title.y() + frame.lanesTop()) + 3;
            int bottom = (int) (title.y() + frame.lanesTop() + title.height()) - 3;
            PixelReader before = renderer.image(plain, 1).getPixelReader();
            Color ground = commonest(before, new Box((int) title.labelX(), (int) (title.labelX() + title.labelWidth()), top, bottom));
            int gap = -1;
            for (int x = (int) title.labelX() + 20; x < title.labelX() + title.labelWidth() - 20 && gap < 0; x++) {
                boolean clear = true;
                for (int y = top; y < bottom; y++) {
                    clear &= !isInk(before.getColor(x, y), ground) && distance(before.getColor(x, y), ground) < 0.05;
                }
                gap = clear ? x : -1;
            }
            assertThat(gap).as("a gap between the title's words").isPositive();
            double today = plain.scale().secondAt(gap + 0.5);
            PixelReader after = renderer.image(renderer.whole(content, LayoutMode.COMPACT, 1200, new Marks(Set.of(), null, null, today)), 1)
                    .getPixelReader();
            Color red = Theme.LIGHT.timelineStyle().today();
            int struck = 0;
            for (int y = top; y < bottom; y++) {
                struck += distance(after.getColor(gap, y), red) < 0.3 ? 1 : 0;
            }
            redPixels[0] = struck;
            return null;
        });
        assertThat(redPixels[0]).as("the line's own red between the letters").isZero();
    }

    /** A picture of years has one row of axis, half the window's two: its lanes start that much higher. */
    @Test
    void aPictureOfYearsHasOneRowOfAxis() throws Exception {
        double[] heights = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            TimelineRenderer.Drawing plain = renderer.whole(new TimelineContent(DOCUMENT), LayoutMode.COMPACT, 1200, Marks.NONE);
            TimelineLayout layout = renderer.layout(plain);
            return new double[] {renderer.frame(layout, plain.width(), plain.height(), 0).axisHeight(), renderer.axisHeight(), layout.axisTiers()};
        });
        assertThat(heights[2]).isEqualTo(1);
        assertThat(heights[0]).isEqualTo(heights[1] / 2);
    }

    private interface TextPlace {
        Box of(TimelineLayout layout, TimelinePainter.Frame frame);
    }

    /** Puts the line through the column of the text with the most ink: none of that ink may turn the line's red. */
    private static void assertNotStruckThrough(TextPlace place) throws Exception {
        int[] letterPixels = new int[2];
        FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            TimelineContent content = new TimelineContent(DOCUMENT);
            TimelineRenderer.Drawing plain = renderer.whole(content, LayoutMode.COMPACT, 1200, Marks.NONE);
            TimelineLayout layout = renderer.layout(plain);
            Box text = place.of(layout, renderer.frame(layout, plain.width(), plain.height(), 0));
            PixelReader before = renderer.image(plain, 1).getPixelReader();
            Color ground = commonest(before, text);
            int column = -1;
            int most = 0;
            for (int x = text.left(); x < text.right(); x++) {
                int ink = 0;
                for (int y = text.top(); y < text.bottom(); y++) {
                    ink += isInk(before.getColor(x, y), ground) ? 1 : 0;
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
            for (int y = text.top(); y < text.bottom(); y++) {
                if (isInk(before.getColor(column, y), ground)) {
                    letterPixels[distance(after.getColor(column, y), red) < 0.15 ? 0 : 1]++;
                }
            }
            return null;
        });
        assertThat(letterPixels[0] + letterPixels[1]).as("the letters' pixels where the line crosses").isGreaterThan(3);
        assertThat(letterPixels[0]).as("letters struck through by the line (%d kept)", letterPixels[1]).isZero();
    }

    /** The colour the text is written on: the one most of its box has. */
    private static Color commonest(PixelReader pixels, Box box) {
        Map<Color, Integer> counts = new HashMap<>();
        for (int x = box.left(); x < box.right(); x++) {
            for (int y = box.top(); y < box.bottom(); y++) {
                counts.merge(pixels.getColor(x, y), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** A pixel of a letter: well apart from the ground the text is written on. */
    private static boolean isInk(Color c, Color ground) {
        return distance(c, ground) > 0.9;
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }
}
