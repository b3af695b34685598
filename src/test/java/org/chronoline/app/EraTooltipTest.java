package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.chronoline.model.Era;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An era too short on screen for its name on the ribbon says it when the pointer rests on the ribbon. */
class EraTooltipTest extends WindowTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void theRibbonOfAShortEraNamesItWhenPointedAt(FxRobot robot) {
        waitForTimeline(77);
        WaitForAsyncUtils.waitForFxEvents();
        Era negotiated = timeline().getContent().document().eras().stream().filter(e -> e.title().equals("CFE negotiated"))
                .findFirst().orElseThrow();
        double x = timeline().getScale().xOf((negotiated.startSecond() + negotiated.endSecond()) / 2.0);
        double rowHeight = timeline().renderer().metrics().eraRowHeight();
        double top = timeline().renderer().axisHeight();
        for (int row = 0; row < 3 && timeline().getHoveredEra() == null; row++) {
            Point2D point = timeline().localToScreen(x, top + row * rowHeight + rowHeight / 2);
            robot.moveTo(point);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(timeline().getHoveredEra()).isEqualTo(negotiated);
        waitUntil(() -> shownTooltip() != null);
        assertThat(shownTooltip().getText()).startsWith("CFE negotiated\n").contains("1989", "1990");
    }

    /** The tooltip on screen, if one is. */
    private static Tooltip shownTooltip() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing()).map(w -> (Tooltip) w)
                .findFirst().orElse(null);
    }
}
