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
}
