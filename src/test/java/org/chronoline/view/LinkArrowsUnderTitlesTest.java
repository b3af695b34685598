package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.junit.jupiter.api.Test;

/**
 * An arrow between events in lanes far apart runs under the titles between them: where it passes a
 * title, the title stays readable (a plate of the background covers the arrow there) instead of
 * being struck through by a line in the selection colour.
 */
class LinkArrowsUnderTitlesTest {
    private static final TimelineContent BUNDLED = new TimelineContent(new TimelineFileReader().read(Path.of("data/events.json")).document());

    @Test
    void noArrowStrikesThroughATitle() throws Exception {
        int[] crossings = {0};
        List<String> struck = FxThread.call(() -> {
            TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
            List<String> out = new java.util.ArrayList<>();
            for (String selected : List.of("putin-moratorium-proposal", "putin-cfe-decree", "cfe-signed")) {
                List<ShownLink> links = ShownLink.of(BUNDLED, BUNDLED.event(selected), false);
                Marks marks = new Marks(Set.of(selected), null, null, null, links);
                TimelineRenderer.Drawing d = renderer.whole(BUNDLED, LayoutMode.BY_CATEGORY, 900, marks);
                TimelineLayout layout = renderer.layout(d);
                TimelinePainter.Frame frame = renderer.frame(layout, d.width(), d.height(), 0);
                List<LinkRoutes.Route> routes = LinkRoutes.of(layout, frame, BUNDLED, links, renderer.measurerFor(renderer.style().axisFont()));
                PixelReader pixels = renderer.image(d, 1).getPixelReader();
                Color arrow = renderer.style().selection();
                for (ItemBox item : layout.items()) {
                    if (item.label() == null || item.labelInside() || selected.equals(item.event().id())) {
                        continue;
                    }
                    double top = item.y() + frame.lanesTop() + 3;
                    double bottom = top + item.height() - 6;
                    for (LinkRoutes.Route route : routes) {
                        boolean counted = false;
                        for (int i = 0; i <= 400; i++) {
                            double[] p = route.at(i / 400.0);
                            if (p[0] < item.labelX() + 1 || p[0] > item.labelX() + item.labelWidth() - 1 || p[1] < top || p[1] > bottom) {
                                continue;
                            }
                            if (!counted) {
                                crossings[0]++;
                                counted = true;
                            }
                            Color c = pixels.getColor((int) p[0], (int) p[1]);
                            if (distance(c, arrow) < 0.12) {
                                out.add(selected + ": an arrow over \"" + item.label() + "\" at " + (int) p[0] + ", " + (int) p[1]);
                                break;
                            }
                        }
                    }
                }
            }
            return out;
        });
        assertThat(crossings[0]).as("titles that arrows pass in these drawings").isGreaterThan(0);
        assertThat(struck).as("titles struck through").isEmpty();
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }
}
