package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.chronoline.view.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window's theme at a first start follows the system's dark setting (here told through
 * {@code chronoline.colorScheme}, as the build does for every test), until a theme is chosen in
 * View > Theme, which is then remembered whatever the system says.
 */
class ThemeTest extends WindowTest {
    @Start
    void start(Stage stage) {
        System.setProperty("chronoline.colorScheme", "dark");
        startWindow(stage);
    }

    @AfterEach
    void systemBackToLight() {
        System.setProperty("chronoline.colorScheme", "light");
    }

    private String themeSheet() {
        return stage.getScene().getStylesheets().get(0);
    }

    private RadioMenuItem themeItem(String id) {
        MenuBar bar = robot().lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, all));
        return (RadioMenuItem) all.stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static void collect(MenuItem item, List<MenuItem> into) {
        into.add(item);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, into));
        }
    }

    /** The brightness of the strip behind the Timeline and List tabs, right of the tabs. */
    private static double tabStripBrightness() throws Exception {
        javafx.scene.Node strip = robot().lookup(".main-views > .tab-header-area > .tab-header-background").query();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage shot = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> strip.snapshot(null, null)).get();
        return shot.getPixelReader().getColor((int) shot.getWidth() - 8, (int) shot.getHeight() / 2).getBrightness();
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @Test
    void aFirstStartOnADarkSystemIsDarkUntilAThemeIsChosenWhichIsThenKept(FxRobot robot) throws Exception {
        waitForTimeline(77);
        waitUntil(() -> window.appearance().systemAnsweredProperty().get());
        assertThat(themeSheet()).isEqualTo(Theme.DARK.stylesheet());
        assertThat(new Settings().get("theme", null)).as("following the system is not a choice to remember").isNull();
        assertThat(themeItem("theme-dark").isSelected()).as("View > Theme shows the theme in use").isTrue();
        // The strip behind the Timeline and List tabs is the theme's: it stayed light grey in the dark theme (walk-through).
        assertThat(tabStripBrightness()).as("the tab strip, dark theme").isLessThan(0.2);

        robot.clickOn("View");
        robot.clickOn("Theme");
        robot.clickOn("Light");
        waitUntil(() -> themeSheet().equals(Theme.LIGHT.stylesheet()));
        assertThat(new Settings().get("theme", null)).isEqualTo("LIGHT");
        assertThat(themeItem("theme-light").isSelected()).isTrue();

        assertThat(tabStripBrightness()).as("the tab strip, light theme").isGreaterThan(0.85);

        // The next start keeps the choice, though the system is still dark.
        Appearance next = new Appearance();
        assertThat(next.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(next.systemAnsweredProperty().get()).isFalse();
    }
}
