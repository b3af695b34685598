package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The event form in the side panel of a 1024 x 768 window, in the language with the longest field
 * names: every field lies within the panel (the "how sure" row in Russian ran past its edge when
 * the names took their whole length on one line).
 */
class EventFormSizesTest extends WindowTest {
    @Start
    void start(Stage stage) {
        Messages.use(Locale.forLanguageTag("ru"));
        startWindow(stage);
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#form-title", "#form-start", "#form-dating", "#form-margin", "#form-category", "#form-location"})
    void everyFieldLiesWithinThePanel(String field, FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("cfe-signed")));
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#event-form").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Control control = robot.lookup(field).queryAs(Control.class);
        Node scroller = control.getParent();
        while (!(scroller instanceof javafx.scene.control.ScrollPane)) {
            scroller = scroller.getParent();
        }
        Node viewport = scroller.lookup(".viewport"); // what can be seen of the form, left of its scroll bar
        Bounds panel = viewport.localToScene(viewport.getLayoutBounds());
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        assertThat(bounds.getMaxX()).as("%s ends within the panel", field).isLessThanOrEqualTo(panel.getMaxX() + 0.5);
        assertThat(bounds.getWidth()).as("%s is wide enough to read", field).isGreaterThanOrEqualTo(40);
    }
}
