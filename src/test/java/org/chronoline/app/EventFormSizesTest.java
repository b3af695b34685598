package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

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

    private void editCfeSigned(FxRobot robot) {
        waitForTimeline(77);
        editWithF2(robot, "cfe-signed");
    }

    /** A list field's prompt is shown whole ("Добавить человека или государство…" was cut to its first words). */
    @ParameterizedTest
    @ValueSource(strings = {"#form-tags", "#form-actors"})
    void aListFieldShowsItsWholePrompt(String field, FxRobot robot) {
        editCfeSigned(robot);

        javafx.scene.control.TextField input = robot.lookup(field + " .chips-input").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.text.Text prompt = new javafx.scene.text.Text(input.getPromptText());
        prompt.setFont(input.getFont());
        double room = input.getWidth() - input.snappedLeftInset() - input.snappedRightInset();
        assertThat(room).as("%s: room for \"%s\"", field, input.getPromptText()).isGreaterThanOrEqualTo(prompt.getLayoutBounds().getWidth());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#form-title", "#form-start", "#form-dating", "#form-margin", "#form-category", "#form-location", "#form-actors"})
    void everyFieldLiesWithinThePanel(String field, FxRobot robot) {
        editCfeSigned(robot);

        javafx.scene.layout.Region control = robot.lookup(field).queryAs(javafx.scene.layout.Region.class);
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

    /**
     * At 1024 the source's fields kept their own narrow width in a wider card ("Date publi"), and a
     * related event's title was cut at 220 pixels ("CFE negotiations open in Vie..."), even at 1366.
     * The fields take the card's width and a title wraps within the panel.
     */
    @org.junit.jupiter.api.Test
    void sourcesShowTheirWholePromptsAndRelatedTitlesAreWhole(FxRobot robot) {
        editCfeSigned(robot);

        List<String> cut = new java.util.ArrayList<>();
        for (Node node : robot.lookup(".form-source .text-field").queryAll()) {
            javafx.scene.control.TextField field = (javafx.scene.control.TextField) node;
            if (field.getText().isEmpty()) {
                javafx.scene.text.Text prompt = new javafx.scene.text.Text(field.getPromptText());
                prompt.setFont(field.getFont());
                if (field.getWidth() - field.snappedLeftInset() - field.snappedRightInset() < prompt.getLayoutBounds().getWidth()) {
                    cut.add(field.getPromptText());
                }
            }
        }
        for (Node node : robot.lookup(".chip .label").queryAll()) {
            javafx.scene.control.Labeled label = (javafx.scene.control.Labeled) node;
            Node shown = label.lookup(".text");
            if (shown instanceof javafx.scene.text.Text text && !text.getText().equals(label.getText())) {
                cut.add(text.getText());
            }
        }
        assertThat(cut).isEmpty();
    }
}
