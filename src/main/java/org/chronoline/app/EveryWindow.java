package org.chronoline.app;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Something every window of the program needs, the dialogs' too: done to each window, or to each
 * of its scenes, once, from when it is asked for on. Menus and lists that pop up are left out: they
 * have no fields or commands of their own.
 */
final class EveryWindow {
    /** What has been installed, by name. */
    private static final Set<Object> INSTALLED = new HashSet<>();

    private EveryWindow() {
    }

    /** Calls {@code install} with every window, now and later, once each. Call on the JavaFX thread. */
    static void each(String name, Consumer<Window> install) {
        Object key = EveryWindow.class.getName() + ":" + name;
        if (!INSTALLED.add(key)) {
            return;
        }
        Consumer<Window> once = window -> {
            if (!(window instanceof PopupWindow) && window.getProperties().putIfAbsent(key, Boolean.TRUE) == null) {
                install.accept(window); // not a menu or a list, nor a window seen before (shown again)
            }
        };
        Window.getWindows().forEach(once);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(once);
            }
        });
    }

    /** Calls {@code install} with every scene of every window, now and later, once each. Call on the JavaFX thread. */
    static void eachScene(String name, Consumer<Scene> install) {
        Object key = EveryWindow.class.getName() + ":scene:" + name;
        each(name, window -> {
            if (window.getScene() != null) {
                once(window.getScene(), key, install);
            }
            window.sceneProperty().addListener((o, old, now) -> {
                if (now != null) {
                    once(now, key, install);
                }
            });
        });
    }

    private static void once(Scene scene, Object key, Consumer<Scene> install) {
        if (scene.getProperties().putIfAbsent(key, Boolean.TRUE) == null) {
            install.accept(scene);
        }
    }
}
