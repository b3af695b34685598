package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student saw the tags under an event drawn as buttons, pressed "missile defence" to see the
 * rest of that story, and nothing happened. A tag now shows only the events with it, and again
 * every event when pressed a second time.
 */
class TagChipsTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private ToggleButton chip(FxRobot robot, String tag) {
        return robot.lookup("#details .details-tag").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().equals(tag)).findFirst().orElseThrow();
    }

    /** The tags come after the description: the reader scrolls down to them. */
    private void scrollToTags(FxRobot robot) {
        javafx.scene.control.ScrollPane reading = robot.lookup("#details .details-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            Node tags = robot.lookup("#details .details-tags").query();
            double y = reading.getContent().sceneToLocal(tags.localToScene(tags.getLayoutBounds())).getMinY();
            double room = reading.getContent().getLayoutBounds().getHeight() - reading.getViewportBounds().getHeight();
            reading.setVvalue(Math.min(1, Math.max(0, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTagShowsOnlyItsEventsAndPressedAgainShowsThemAll(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("two-plus-two-moscow")));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> tags = robot.lookup("#details .details-tag").queryAllAs(ToggleButton.class).stream().map(ToggleButton::getText).toList();
        assertThat(tags).containsExactly("CFE", "missile defence", "two-plus-two");
        assertThat(chip(robot, "missile defence").isSelected()).isFalse();
        assertThat(chip(robot, "missile defence").getTooltip().getText()).isEqualTo("Show only the events tagged \u201cmissile defence\u201d");

        scrollToTags(robot);
        robot.clickOn(chip(robot, "missile defence"));
        waitUntil(() -> timeline().getContent().events().size() == 16);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.finder().filterProperty().get().tags()).isEqualTo(Set.of("missile defence"));
        assertThat(timeline().getSelectedEvent().id()).as("the event read stays selected").isEqualTo("two-plus-two-moscow");
        assertThat(chip(robot, "missile defence").isSelected()).as("shown pressed").isTrue();
        assertThat(chip(robot, "missile defence").queryAccessibleAttribute(AccessibleAttribute.SELECTED)).as("and heard so").isEqualTo(true);
        assertThat(chip(robot, "CFE").isSelected()).isFalse();
        assertThat(status(robot)).contains("The filter shows 16 events tagged \u201cmissile defence\u201d. Select the tag again to show the others.");
        assertThat(robot.lookup("#filter-toggle").queryAs(javafx.scene.control.ToggleButton.class).getAccessibleText())
                .as("the tool bar's Filter button is marked on").isEqualTo("Filter, on: some events are hidden");
        // Each category counts what the rest of the filter lets through: "Treaties signed 23" under a tag that left few.
        robot.clickOn("#filter-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        long treaties = window.session().document().events().stream()
                .filter(e -> "signing".equals(e.category()) && e.tags().contains("missile defence")).count();
        assertThat(robot.lookup(".legend-count").queryAllAs(javafx.scene.control.Label.class).stream()
                .mapToLong(l -> Long.parseLong(l.getText())).sum()).isEqualTo(16);
        assertThat(((javafx.scene.control.Label) robot.lookup("#legend-signing").query().getParent().lookup(".legend-count")).getText())
                .isEqualTo(Long.toString(treaties));
        robot.clickOn("#filter-toggle");
        WaitForAsyncUtils.waitForFxEvents();

        scrollToTags(robot);
        robot.clickOn(chip(robot, "missile defence"));
        waitUntil(() -> timeline().getContent().events().size() == 77);
        assertThat(window.finder().filterProperty().get().isEmpty()).isTrue();
        assertThat(chip(robot, "missile defence").isSelected()).isFalse();
        assertThat(status(robot)).contains("The filter no longer asks for the tag \u201cmissile defence\u201d.");
    }

    /** By keyboard: Tab reaches the tags; Space presses one, and the keys stay on it, the panel not scrolled back to its top. */
    @Test
    void theKeyboardPressesATagAndStaysOnIt(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("two-plus-two-moscow")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> chip(robot, "CFE").requestFocus());
        javafx.scene.control.ScrollPane reading = robot.lookup("#details .details-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> reading.setVvalue(0.8));
        WaitForAsyncUtils.waitForFxEvents();
        double before = reading.getVvalue();

        robot.type(KeyCode.SPACE);
        waitUntil(() -> timeline().getContent().events().size() == 24);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(ToggleButton.class);
        assertThat(((ToggleButton) focused).getText()).isEqualTo("CFE");
        assertThat(((ToggleButton) focused).isSelected()).isTrue();
        assertThat(reading.getVvalue()).as("the reader stays where they were").isCloseTo(before, org.assertj.core.api.Assertions.within(0.01));

        robot.type(KeyCode.SPACE);
        waitUntil(() -> timeline().getContent().events().size() == 77);
    }
}
