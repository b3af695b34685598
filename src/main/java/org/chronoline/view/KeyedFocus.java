package org.chronoline.view;

import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Marks a node {@code :keyed} while it holds focus that came with a key: Tab, but also Esc leaving
 * the event form, a dialog closed from the keyboard, F9 hiding the side panel. JavaFX sets
 * {@code :focus-visible} only for Tab, so focus a program handed back after a key wore the mark of
 * a click, and a keyboard user could not find where the keys had gone. A press of the mouse takes
 * the mark away.
 */
final class KeyedFocus {
    static final PseudoClass KEYED = PseudoClass.getPseudoClass("keyed");

    private final Node node;
    /** Whether the window's last input was a key rather than a press of the mouse. */
    private boolean lastInputKey;
    private final EventHandler<KeyEvent> key = e -> lastInputKey = true;
    private final EventHandler<MouseEvent> mouse = e -> {
        lastInputKey = false;
        mark(false);
    };

    private KeyedFocus(Node node) {
        this.node = node;
    }

    static void install(Node node) {
        KeyedFocus focus = new KeyedFocus(node);
        node.sceneProperty().addListener((o, old, scene) -> {
            focus.listen(old, false);
            focus.listen(scene, true);
        });
        focus.listen(node.getScene(), true);
        node.focusedProperty().addListener((o, was, now) -> focus.mark(now && focus.lastInputKey));
    }

    private void listen(Scene scene, boolean on) {
        if (scene == null) {
            return;
        }
        if (on) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, key);
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, mouse);
        } else {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, key);
            scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, mouse);
        }
    }

    private void mark(boolean keyed) {
        node.pseudoClassStateChanged(KEYED, keyed);
    }
}
