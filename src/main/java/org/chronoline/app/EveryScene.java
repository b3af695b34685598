package org.chronoline.app;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Something every window of the program needs, the dialogs' too: done to each window's scene once,
 * from when it is asked for on. Menus and lists that pop up are left out: they have no fields or
 * commands of their own.
 */
final class EveryScene {
    /** What has been installed, by name. */
    private static final Set<Object> INSTALLED = new HashSet<>();

    private EveryScene() {
    }

    /**
     * Calls {@code install} with every scene of every window, now and later, once each; {@code name}
     * tells one installation from another. Call on the JavaFX thread.
     */
    static void install(String name, Consumer<Scene> install) {
        Object key = EveryScene.class.getName() + ":" + name;
        if (!INSTALLED.add(key)) {
            return;
        }
        Consumer<Window> watch = window -> watch(window, key, install);
        Window.getWindows().forEach(watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(watch);
            }
        });
    }

    private static void watch(Window window, Object key, Consumer<Scene> install) {
        if (window instanceof PopupWindow || window.getProperties().putIfAbsent(key, Boolean.TRUE) != null) {
            return; // a menu or a list, or a window seen before (shown again)
        }
        if (window.getScene() != null) {
            once(window.getScene(), key, install);
        }
        window.sceneProperty().addListener((o, old, now) -> {
            if (now != null) {
                once(now, key, install);
            }
        });
    }

    private static void once(Scene scene, Object key, Consumer<Scene> install) {
        if (scene.getProperties().putIfAbsent(key, Boolean.TRUE) == null) {
            install.accept(scene);
        }
    }
}
