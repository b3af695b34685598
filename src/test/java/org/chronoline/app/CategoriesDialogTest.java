package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.chronoline.model.Category;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit > Categories: it opened with nothing chosen, its colour box disabled and named "White", and
 * named every other colour in hex ("#1F77B4"), in English in every language. It opens on the
 * first category, shows a colour as a colour, and a colour chosen is the category's.
 */
class CategoriesDialogTest extends WindowTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    @Test
    void theColourBoxShowsTheFirstCategorysColourWithoutANameAndRecolours(FxRobot robot) {
        waitForTimeline(77);
        Platform.runLater(() -> CategoriesDialog.show(window.dialogs(), window.session(), window.editing()::perform));
        waitUntil(() -> robot.lookup("#categories-colour").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#categories-list").queryAs(ListView.class);
        ColorPicker colour = robot.lookup("#categories-colour").queryAs(ColorPicker.class);
        Category first = window.session().document().categories().get(0);

        assertThat(list.getSelectionModel().getSelectedIndex()).as("the first category chosen").isZero();
        assertThat(colour.isDisabled()).isFalse();
        assertThat(hex(colour.getValue())).isEqualToIgnoringCase(first.color());
        assertThat(colour.lookupAll(".color-picker-label")).allSatisfy(label ->
                assertThat(((Labeled) label).getText()).as("no colour name or hex code").isNullOrEmpty());
        assertThat(robot.lookup("#categories-dialog .label").queryAllAs(Label.class))
                .anySatisfy(label -> assertThat(label.getLabelFor()).as("the box has its label").isSameAs(colour));

        robot.interact(() -> {
            colour.setValue(Color.web("#123456"));
            colour.fireEvent(new ActionEvent());
        });
        assertThat(window.session().document().categories().get(0).color()).isEqualToIgnoringCase("#123456");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#categories-dialog").tryQuery().isEmpty());
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
