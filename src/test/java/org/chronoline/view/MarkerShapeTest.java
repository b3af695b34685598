package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.Category;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;

/** Lanes differ by the shape of their markers, not by colour alone: in the window, printed in black and white, or for colour-blind readers. */
class MarkerShapeTest {
    @Test
    void eachCategoryDrawsItsMarkersInItsOwnShape() throws Exception {
        List<Category> categories = List.of(new Category("a", "A", "#2E6DB4"), new Category("b", "B", "#1A7F5A"),
                new Category("c", "C", "#8250DF"), new Category("d", "D", "#C4263A"));
        List<TimelineEvent> events = List.of(event("a1", "a", "1990"), event("b1", "b", "1991"), event("c1", "c", "1992"),
                event("d1", "d", "1993"));
        TimelineDocument document = new TimelineDocument(1, "Shapes", null, categories, List.of(), events, List.of(), ExtraFields.NONE);

        String svg = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            return renderer.svg(renderer.whole(new TimelineContent(document), LayoutMode.BY_CATEGORY, 1200, Marks.NONE));
        });

        // Each lane's colour, with the shapes drawn in it: the header's swatch and the event's marker.
        assertThat(shapesIn(svg, "#2e6db4")).as("first category: circles").contains("ellipse").doesNotContain("polygon");
        assertThat(shapesIn(svg, "#1a7f5a")).as("second: squares").contains("rect").doesNotContain("ellipse", "polygon");
        assertThat(shapesIn(svg, "#8250df")).as("third: diamonds").contains("polygon").doesNotContain("ellipse");
        assertThat(MarkerShape.ofCategory(3)).isEqualTo(MarkerShape.TRIANGLE);
        assertThat(MarkerShape.ofCategory(6)).as("round again").isEqualTo(MarkerShape.CIRCLE);
        assertThat(MarkerShape.ofCategory(-1)).as("no category").isEqualTo(MarkerShape.CIRCLE);
    }

    private static String shapesIn(String svg, String colour) {
        StringBuilder found = new StringBuilder();
        Matcher m = Pattern.compile("<(ellipse|rect|polygon)[^>]*fill=\"" + colour + "\"", Pattern.CASE_INSENSITIVE).matcher(svg);
        while (m.find()) {
            found.append(m.group(1)).append(' ');
        }
        return found.toString();
    }

    private static TimelineEvent event(String id, String category, String date) {
        return TimelineEvent.point(id, "Event " + id, IsoDates.parse(date)).withCategory(category);
    }
}
