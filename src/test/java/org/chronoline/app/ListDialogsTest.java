package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit > Tours and Edit > Eras on an old projector's 1024 x 768: a long step title ("Tashkent
 * agreement on the Soviet share of the CFE Treaty (15 May 1992)") or an era with its dates was cut
 * behind a scroll bar sideways while the dialog had room. They wrap within their list.
 */
class ListDialogsTest extends WindowTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#tour-steps", "#eras-list"})
    void aLongItemWrapsInsteadOfScrollingSideways(String list, FxRobot robot) {
        waitForTimeline(77);
        Platform.runLater(() -> {
            if (list.equals("#eras-list")) {
                ErasDialog.show(window.dialogs(), window.session(), edit -> { });
            } else {
                ToursDialog.show(window.dialogs(), window.session(), edit -> { }, Set.of(), List.of());
            }
        });
        waitUntil(() -> robot.lookup(list).tryQuery().isPresent());
        if (list.equals("#tour-steps")) {
            robot.interact(() -> robot.lookup("#tours-list").queryAs(ListView.class).getSelectionModel().select(0));
        }
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> shown = robot.lookup(list).queryAs(ListView.class);
        assertThat(shown.getItems()).isNotEmpty();
        List<Node> sideways = shown.lookupAll(".scroll-bar").stream()
                .filter(bar -> ((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL && bar.isVisible()).toList();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(list).tryQuery().isEmpty());

        assertThat(sideways).as("a scroll bar sideways under " + list).isEmpty();
    }

    /** Deleting a tour with steps asks first: a whole lesson went with one click, and Ctrl+Z reaches it only once the list is closed. */
    @org.junit.jupiter.api.Test
    void deletingATourWithStepsAsksFirst(FxRobot robot) {
        waitForTimeline(77);
        List<org.chronoline.model.edit.Edit> done = new java.util.ArrayList<>();
        Platform.runLater(() -> ToursDialog.show(window.dialogs(), window.session(), done::add, Set.of(), List.of()));
        waitUntil(() -> robot.lookup("#tours-list").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#tours-list").queryAs(ListView.class).getSelectionModel().select(0));
        robot.clickOn("Delete");
        waitUntil(() -> robot.lookup("#delete-tour-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#delete-tour-dialog .header-panel .label").queryLabeled().getText())
                .isEqualTo("Delete the tour \u201cThe CFE story, 1989\u20132023\u201d and its 23 steps?");
        robot.type(KeyCode.ENTER); // Cancel, the default
        waitUntil(() -> robot.lookup("#delete-tour-dialog").tryQuery().isEmpty());
        assertThat(done).as("nothing deleted").isEmpty();

        robot.clickOn("Delete");
        waitUntil(() -> robot.lookup("#delete-tour-dialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#delete-tour-dialog .button").lookup(org.testfx.matcher.control.LabeledMatchers.hasText("Delete"))
                .queryAs(javafx.scene.control.Button.class));
        waitUntil(() -> !done.isEmpty());
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#tours-dialog").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.CLOSE)).fire());
        waitUntil(() -> robot.lookup("#tours-dialog").tryQuery().isEmpty());
    }

    /**
     * In Russian the Tours dialog's header ran on in one line and its rows of buttons were wider than
     * the screen: at 1024 x 768 both ends were cut and Close was off it. It is as wide as fits, its
     * header and buttons wrapping, everything inside the pane.
     */
    @org.junit.jupiter.api.Test
    void theToursDialogFitsA1024PixelScreenInRussian(FxRobot robot) {
        waitForTimeline(77);
        org.chronoline.text.Messages.use(java.util.Locale.forLanguageTag("ru"));
        try {
            Platform.runLater(() -> ToursDialog.show(window.dialogs(), window.session(), edit -> { }, Set.of(), List.of()));
            waitUntil(() -> robot.lookup("#tours-dialog").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.DialogPane pane = robot.lookup("#tours-dialog").queryAs(javafx.scene.control.DialogPane.class);
            assertThat(pane.getWidth()).as("the dialog's width").isLessThanOrEqualTo(964);
            javafx.geometry.Bounds inside = pane.localToScreen(pane.getLayoutBounds());
            for (Node button : pane.lookupAll(".button")) {
                javafx.geometry.Bounds b = button.localToScreen(button.getLayoutBounds());
                if (b != null && button.isVisible()) {
                    assertThat(b.getMaxX()).as("%s inside the dialog", ((javafx.scene.control.Button) button).getText())
                            .isLessThanOrEqualTo(inside.getMaxX() + 0.5);
                }
            }
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> robot.lookup("#tours-dialog").tryQuery().isEmpty());
        } finally {
            org.chronoline.text.Messages.use(java.util.Locale.ENGLISH);
        }
    }

    /** In Russian the question on leaving a form cut its button to "Продолжить редактиров...": a button is as wide as its name. */
    @org.junit.jupiter.api.Test
    void aQuestionsButtonsKeepTheirWholeNamesInRussian(FxRobot robot) {
        waitForTimeline(77);
        org.chronoline.text.Messages.use(java.util.Locale.forLanguageTag("ru"));
        try {
            Platform.runLater(() -> {
                javafx.scene.control.Alert alert = window.dialogs().alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                        org.chronoline.text.Messages.get("form.leave.title"), "Header", "Text.",
                        new javafx.scene.control.ButtonType(org.chronoline.text.Messages.get("form.leave.discard"),
                                javafx.scene.control.ButtonBar.ButtonData.NO),
                        new javafx.scene.control.ButtonType(org.chronoline.text.Messages.get("form.leave.keep"),
                                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
                alert.getDialogPane().setId("ru-question");
                alert.show();
            });
            waitUntil(() -> robot.lookup("#ru-question").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = new java.util.ArrayList<>();
            clipped(robot.lookup("#ru-question .button-bar").query(), cut);
            robot.interact(() -> robot.lookup("#ru-question").query().getScene().getWindow().hide());
            assertThat(cut).as("buttons whose names are cut").isEmpty();
        } finally {
            org.chronoline.text.Messages.use(java.util.Locale.ENGLISH);
        }
    }
}
