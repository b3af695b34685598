package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.geometry.Point2D;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A text field's right-click menu speaks the window's language: JavaFX's own has no Polish, and
 * a Polish window showed "Undo, Cut, Copy, Paste" in English. Its items work on the field.
 */
class TextMenusTest extends WindowTest {
    @Start
    void start(Stage stage) {
        Messages.use(Locale.forLanguageTag("pl"));
        startWindow(stage);
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void aPolishWindowsTextFieldsHaveAPolishMenuThatWorks(FxRobot robot) {
        waitForTimeline(77);
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(search).write("CFE");

        requestMenu(robot, search);
        ContextMenu menu = shownMenu();
        assertThat(menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList())
                .containsExactly("Cofnij", "Ponów", "Wytnij", "Kopiuj", "Wklej", "Usuń", "Zaznacz wszystko");
        assertThat(item(menu, "Kopiuj").isDisable()).as("nothing selected to copy").isTrue();
        robot.clickOn("Zaznacz wszystko");
        assertThat(search.getSelectedText()).isEqualTo("CFE");

        requestMenu(robot, search);
        waitUntil(() -> !item(shownMenu(), "Kopiuj").isDisable());
        robot.clickOn("Kopiuj");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).isEqualTo("CFE");

        robot.interact(search::clear);
        requestMenu(robot, search);
        robot.clickOn("Wklej");
        assertThat(search.getText()).isEqualTo("CFE");
        robot.type(KeyCode.ESCAPE);
    }

    /** What a right-click makes the platform send (Monocle, the tests' headless platform, sends no menu events): at the field's middle. */
    private static void requestMenu(FxRobot robot, TextField field) {
        robot.interact(() -> {
            double x = field.getWidth() / 2;
            double y = field.getHeight() / 2;
            Point2D scene = field.localToScene(x, y);
            Point2D screen = field.localToScreen(x, y);
            field.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), screen.getX(),
                    screen.getY(), false, null));
        });
    }

    private static ContextMenu shownMenu() {
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing()));
        return (ContextMenu) Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).findFirst().orElseThrow();
    }

    private static MenuItem item(ContextMenu menu, String text) {
        List<MenuItem> items = menu.getItems();
        return items.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}
