package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The menus name the keys as a German keyboard labels them, and as the shortcuts list already named
 * them: "Strg+S", "Entf". JavaFX said "Ctrl+S" and "Delete" beside a list that said "Strg + S".
 */
class LocalKeysTest extends WindowTest {
    @Start
    void start(Stage stage) {
        Messages.use(Locale.GERMAN);
        startWindow(stage);
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void theMenusNameTheKeysInTheLanguage(FxRobot robot) {
        waitForTimeline(77);
        List<String> shown = new ArrayList<>();
        for (Menu menu : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
            collect(menu, shown);
        }

        assertThat(shown).contains("Strg+S", "Strg+Umschalt+K", "Entf", "Einfg", "F5", "Alt+\u2190", "Strg+Umschalt+=", "Pos1", "Ende");
        assertThat(shown).noneMatch(text -> text.contains("Ctrl") || text.contains("Shift") || text.contains("Delete"));
    }

    /** What the menus show is only what they say: the keys still work as before. */
    @Test
    void theKeysMatchAsBefore() {
        javafx.scene.input.KeyCombination save = LocalKeys.of("Shortcut+S");
        KeyEvent ctrlS = new KeyEvent(KeyEvent.KEY_PRESSED, "s", "s", KeyCode.S, false, true, false, false);
        KeyEvent ctrlD = new KeyEvent(KeyEvent.KEY_PRESSED, "d", "d", KeyCode.D, false, true, false, false);

        assertThat(save.match(ctrlS)).isTrue();
        assertThat(save.match(ctrlD)).isFalse();
        assertThat(save).isEqualTo(LocalKeys.of("Shortcut+S")).isNotEqualTo(LocalKeys.of("Shortcut+D"));
        assertThat(save.hashCode()).isEqualTo(LocalKeys.of("Shortcut+S").hashCode());
    }

    private static void collect(Menu menu, List<String> shown) {
        for (MenuItem item : menu.getItems()) {
            if (item.getAccelerator() != null) {
                shown.add(item.getAccelerator().getDisplayText());
            }
            if (item instanceof Menu sub) {
                collect(sub, shown);
            }
        }
    }
}
