package org.chronoline.app;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Where the main window opens and how large: as it was last time on the same screen, or, the first
 * time, as large as suits the screen (at most 1400 x 860, never beyond the screen's visual bounds:
 * on a 1024 x 768 projector the menu bar and the status bar are both on screen). Each screen has
 * its own remembered size and place, so a laptop that is sometimes plugged into a projector keeps
 * both. Dialogs are fitted to their screen by {@link Dialogs}.
 */
final class WindowPlacement {
    private static final double PREFERRED_WIDTH = 1400;
    private static final double PREFERRED_HEIGHT = 860;

    private final Settings settings;

    WindowPlacement(Settings settings) {
        this.settings = settings;
    }

    /** Sizes and places the window before it is shown. */
    void place(Stage stage) {
        place(stage, rememberedScreen().getVisualBounds());
    }

    /**
     * Sizes and places the window in a screen's usable area. The window's least size is kept within
     * the area: a 1024 x 768 projector at 150% is 683 pixels wide for the window, whose least width
     * of 720 put its right edge (the search, the details' text) off the screen.
     */
    void place(Stage stage, Rectangle2D area) {
        stage.setMinWidth(Math.min(stage.getMinWidth(), area.getWidth()));
        stage.setMinHeight(Math.min(stage.getMinHeight(), area.getHeight()));
        String key = key(area);
        double width = Math.min(settings.getDouble(key + ".width", Math.min(PREFERRED_WIDTH, area.getWidth() * 0.94)), area.getWidth());
        double height = Math.min(settings.getDouble(key + ".height", Math.min(PREFERRED_HEIGHT, area.getHeight() * 0.94)),
                area.getHeight());
        width = Math.max(stage.getMinWidth(), width);
        height = Math.max(stage.getMinHeight(), height);
        double x = settings.getDouble(key + ".x", area.getMinX() + (area.getWidth() - width) / 2);
        double y = settings.getDouble(key + ".y", area.getMinY() + (area.getHeight() - height) / 2);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(Math.max(area.getMinX(), Math.min(x, area.getMaxX() - width)));
        stage.setY(Math.max(area.getMinY(), Math.min(y, area.getMaxY() - height)));
        stage.setMaximized(settings.getBoolean(key + ".maximized", false));
        stage.setOnHiding(e -> remember(stage));
    }

    /** Remembers the window's size and place for the screen it is on. */
    void remember(Stage stage) {
        Rectangle2D area = screenOf(stage).getVisualBounds();
        String key = key(area);
        settings.put("window.screen", key);
        settings.putBoolean(key + ".maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            settings.putDouble(key + ".width", stage.getWidth());
            settings.putDouble(key + ".height", stage.getHeight());
            settings.putDouble(key + ".x", stage.getX());
            settings.putDouble(key + ".y", stage.getY());
        }
        settings.flush();
    }

    private Screen rememberedScreen() {
        String remembered = settings.get("window.screen", null);
        for (Screen screen : Screen.getScreens()) {
            if (key(screen.getVisualBounds()).equals(remembered)) {
                return screen;
            }
        }
        return Screen.getPrimary();
    }

    static Screen screenOf(Window window) {
        List<Screen> under = Screen.getScreensForRectangle(window.getX() + window.getWidth() / 2, window.getY() + window.getHeight() / 2,
                1, 1);
        return under.isEmpty() ? Screen.getPrimary() : under.get(0);
    }

    /** A screen by its usable area, which tells a laptop's screen from a projector's. */
    private static String key(Rectangle2D area) {
        return String.format(Locale.ROOT, "window.%.0fx%.0f@%.0f,%.0f", area.getWidth(), area.getHeight(), area.getMinX(),
                area.getMinY());
    }
}
