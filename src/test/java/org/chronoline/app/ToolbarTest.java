package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The toolbar's buttons are its actions: one for each, in order, greyed out exactly when the action is,
 * doing what the action does when clicked, and named for a screen reader and in a tooltip.
 */
class ToolbarTest extends WindowTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void eachButtonIsItsActionGreyedOutWithItAndDoesItWhenClicked(FxRobot robot) {
        waitForTimeline(77);
        List<Action> actions = window.actions().toolbar().stream().filter(a -> a != ActionUtils.ACTION_SEPARATOR).toList();
        List<Button> buttons = buttons(robot);
        assertThat(buttons).hasSameSizeAs(actions);
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            Button button = buttons.get(i);
            String name = action.getText().replace("_", "");
            assertThat(button.getAccessibleText()).isEqualTo(name);
            assertThat(button.getTooltip().getText()).as("%s explained", name).isNotBlank();
            assertThat(button.getGraphic()).as("%s has its icon", name).isNotNull();
            assertThat(button.getText()).as("%s shows its icon alone", name).isNullOrEmpty();
            assertThat(button.isDisabled()).as("%s greyed out as its action is", name).isEqualTo(action.isDisabled());
        }
        Button undo = button(robot, window.actions().undo);
        Button back = button(robot, window.actions().back);
        assertThat(undo.isDisabled()).as("nothing to undo yet").isTrue();
        assertThat(back.isDisabled()).as("no view to go back to yet").isTrue();

        double before = timeline().getScale().secondsPerPixel();
        robot.clickOn(button(robot, window.actions().zoomIn));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> timeline().getScale().secondsPerPixel() < before * 0.9);
        waitUntil(() -> !back.isDisabled());

        robot.clickOn(back);
        waitUntil(() -> Math.abs(timeline().getScale().secondsPerPixel() - before) < before * 0.01);
        assertThat(undo.isDisabled()).as("a view is no edit").isTrue();
    }

    private Button button(FxRobot robot, Action action) {
        String name = action.getText().replace("_", "");
        return buttons(robot).stream().filter(b -> name.equals(b.getAccessibleText())).findFirst().orElseThrow();
    }

    private static List<Button> buttons(FxRobot robot) {
        return robot.lookup(".main-toolbar").queryAs(javafx.scene.control.ToolBar.class).getItems().stream()
                .filter(Button.class::isInstance).map(Button.class::cast).toList();
    }
}
