package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F6 and Shift+F6 move the keys between the window's regions: the timeline, the side panel, the
 * search field, the filters when open. F6 did nothing, and a keyboard user walked through the whole
 * side panel with Tab to reach the search field (keyboard walk-through).
 */
class WindowRegionsTest extends WindowTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private Node focus() {
        WaitForAsyncUtils.waitForFxEvents();
        return stage.getScene().getFocusOwner();
    }

    private boolean inside(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void f6GoesFromRegionToRegionAndShiftF6Back(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("cfe-signed")));
        robot.interact(() -> timeline().requestFocus());

        robot.type(KeyCode.F6);
        assertThat(inside(focus(), "details")).as("the side panel, after the timeline").isTrue();
        robot.type(KeyCode.F6);
        assertThat(focus()).as("the search field").isSameAs(robot.lookup("#search").query());
        robot.type(KeyCode.F6);
        assertThat(focus()).as("round to the timeline: the filters are closed").isSameAs(timeline());
        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertThat(focus()).as("Shift+F6: back to the search field").isSameAs(robot.lookup("#search").query());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(inside(focus(), "filters")).as("the filters, opened").isTrue();
        robot.type(KeyCode.F6);
        assertThat(focus()).as("from the filters, the timeline").isSameAs(timeline());
        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertThat(inside(focus(), "filters")).as("and back").isTrue();
    }
}
