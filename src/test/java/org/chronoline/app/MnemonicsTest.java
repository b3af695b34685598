package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Alt and a letter open a menu, then a letter chooses its item: two items of one menu with the same
 * underlined letter (or two menus) make the letter step between them instead. English's View menu
 * had four such pairs (Find / Filters / Fit All, List / Layout / Language), and each language some.
 */
class MnemonicsTest extends WindowTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "ru", "pl"})
    void noTwoItemsOfAMenuShareTheirLetter(String language, FxRobot robot) {
        List<String> clashes = new ArrayList<>();
        robot.interact(() -> {
            window.files().close(); // the English window @Start made: left open, its timers and hooks would keep it
            Messages.use(Locale.forLanguageTag(language));
            startWindow(stage);
        });
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> {
            clashes.addAll(clashesIn(language + " menu bar", bar.getMenus()));
            for (Menu menu : bar.getMenus()) {
                collect(language, menu, clashes);
            }
        });
        assertThat(clashes).isEmpty();
    }

    private static void collect(String language, Menu menu, List<String> clashes) {
        clashes.addAll(clashesIn(language + " " + menu.getText().replace("_", ""), menu.getItems()));
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(language, sub, clashes);
            }
        }
    }

    private static List<String> clashesIn(String where, List<? extends MenuItem> items) {
        Map<String, String> byLetter = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (MenuItem item : items) {
            String text = item.getText();
            if (text == null || !item.isMnemonicParsing() || !item.isVisible()) {
                continue;
            }
            int at = text.indexOf('_');
            if (at < 0 || at + 1 >= text.length()) {
                continue;
            }
            String letter = text.substring(at + 1, at + 2).toLowerCase(Locale.ROOT);
            String before = byLetter.putIfAbsent(letter, text);
            if (before != null) {
                clashes.add(where + ": " + before + " / " + text);
            }
        }
        return clashes;
    }
}
