package org.chronoline.app;

import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.chronoline.io.SystemColorScheme;
import org.chronoline.view.Theme;

/**
 * How the window looks for the person in front of it: the theme (light, dark, high contrast; until
 * one is chosen, light or dark as the system is set), the size of all text, 80% to 200% in steps of
 * 10%, and whether all links are drawn, all remembered. The theme is the first
 * stylesheet of the window's scene (a file of colour tokens); the size is the root's font size,
 * which every other size (the timeline's labels included) is a multiple of. Dialogs take both
 * from the window when they are made ({@link Dialogs#prepare}).
 */
final class Appearance {
    static final double BASE_FONT_PX = 14;
    static final int SMALLEST_PERCENT = 80;
    static final int LARGEST_PERCENT = 200;
    private static final int STEP_PERCENT = 10;

    private final Settings settings = new Settings();
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyDoubleWrapper textScale = new ReadOnlyDoubleWrapper(this, "textScale", 1);
    private final BooleanProperty allLinks = new SimpleBooleanProperty(this, "allLinks");
    private final ReadOnlyBooleanWrapper systemAnswered = new ReadOnlyBooleanWrapper(this, "systemAnswered");
    private boolean followingSystem;
    private Scene scene;

    Appearance() {
        String remembered = settings.get("theme", null);
        Theme chosen = Theme.LIGHT;
        for (Theme t : Theme.WINDOW) {
            if (t.name().equals(remembered)) {
                chosen = t;
            }
        }
        theme.set(chosen);
        followingSystem = remembered == null;
        int percent = (int) settings.getDouble("textSizePercent", 100);
        textScale.set(clamp(percent) / 100.0);
        allLinks.set(settings.getBoolean("allLinks", false));
        allLinks.addListener((o, old, now) -> settings.putBoolean("allLinks", now));
        theme.addListener((o, old, now) -> apply());
        if (followingSystem) {
            askTheSystem();
        }
    }

    /**
     * Until a theme is chosen, the window follows the system's dark or light setting. Asking may
     * start a small program (JavaFX 21 cannot tell), so it is asked on a thread of its own and the
     * theme changes when the answer comes, usually before the window first shows.
     */
    private void askTheSystem() {
        Thread asking = new Thread(() -> {
            Optional<SystemColorScheme.Scheme> scheme = SystemColorScheme.ask();
            Platform.runLater(() -> {
                if (followingSystem) {
                    theme.set(scheme.orElse(SystemColorScheme.Scheme.LIGHT) == SystemColorScheme.Scheme.DARK ? Theme.DARK : Theme.LIGHT);
                    systemAnswered.set(true);
                }
            });
        }, "system colour scheme");
        asking.setDaemon(true);
        asking.start();
    }

    /** View > Theme: the person's own choice, remembered, and from now on the system's setting is not followed. */
    void choose(Theme chosen) {
        followingSystem = false;
        settings.put("theme", chosen.name());
        theme.set(chosen);
    }

    /** True once the system's dark or light setting has been applied (only at a start with no theme chosen). */
    ReadOnlyBooleanProperty systemAnsweredProperty() {
        return systemAnswered.getReadOnlyProperty();
    }

    /** Styles the window's scene, now and whenever the theme or the size changes. */
    void applyTo(Scene windowScene) {
        this.scene = windowScene;
        apply();
    }

    /** The theme in use; it changes through {@link #choose} (and, until then, with the system's setting). */
    ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** View > Show All Links: every link among the shown events drawn, faded, not only the selected event's. */
    BooleanProperty allLinksProperty() {
        return allLinks;
    }

    ReadOnlyDoubleProperty textScaleProperty() {
        return textScale.getReadOnlyProperty();
    }

    int textSizePercent() {
        return (int) Math.round(textScale.get() * 100);
    }

    /** Ctrl+Shift+= and Ctrl+Shift+-: one step larger or smaller; false at the end of the range. */
    boolean changeTextSize(int steps) {
        int now = textSizePercent();
        int next = clamp(now + steps * STEP_PERCENT);
        if (next == now) {
            return false;
        }
        setTextSizePercent(next);
        return true;
    }

    void setTextSizePercent(int percent) {
        int clamped = clamp(percent);
        settings.putDouble("textSizePercent", clamped);
        textScale.set(clamped / 100.0);
        apply();
    }

    /** The inline style that sizes a root (the window's, a dialog's) at the chosen text size. */
    String fontStyle() {
        return fontStyle(BASE_FONT_PX * textScale.get());
    }

    private static String fontStyle(double px) {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px);
    }

    private static final java.util.regex.Pattern FONT_STYLE = java.util.regex.Pattern.compile("-fx-font-size: ([0-9.]+)px;");

    /**
     * The style of a window opened beside {@code owner} whose own text is {@code basePx} at 100%: sized as the owner's
     * text is (the presenter view kept its 16 px at any text size, its captions 10 px).
     */
    static String fontStyleBeside(Parent owner, double basePx) {
        java.util.regex.Matcher m = FONT_STYLE.matcher(owner.getStyle() == null ? "" : owner.getStyle());
        return fontStyle(basePx * (m.find() ? Double.parseDouble(m.group(1)) / BASE_FONT_PX : 1));
    }

    private void apply() {
        if (scene == null) {
            return;
        }
        if (scene.getStylesheets().isEmpty()) {
            scene.getStylesheets().add(theme.get().stylesheet());
        } else {
            scene.getStylesheets().set(0, theme.get().stylesheet());
        }
        Parent root = scene.getRoot();
        root.setStyle(fontStyle());
    }

    private static int clamp(int percent) {
        return Math.max(SMALLEST_PERCENT, Math.min(LARGEST_PERCENT, percent));
    }
}
