package org.chronoline.view;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;

/**
 * Marks the node that holds a window's focus {@code :keyed} when the focus came with a key: Tab,
 * but also Esc leaving the event form, a dialog closed from the keyboard, F9 hiding the side
 * panel, Ctrl+L showing the list, the filters opened from the keyboard. JavaFX sets
 * {@code :focus-visible} only for Tab, so focus a program handed over after a key wore the mark
 * of a click (modena's thin line), and a keyboard user could not find where the keys had gone. A
 * press of the mouse takes the mark away. The stylesheets draw {@code :keyed} as they draw
 * {@code :focus-visible}.
 */
public final class KeyedFocus {
    static final PseudoClass KEYED = PseudoClass.getPseudoClass("keyed");
    private static final Object INSTALLED = new Object();

    /**
     * Whether the last input to any window was a key rather than a press of the mouse: a dialog
     * closed by Enter hands the focus back to its owner, whose own last input may have been a click.
     * A window brought forward by a click on its title bar or the taskbar (no press reaches its
     * scene) after keys elsewhere wears the ring until the mouse is pressed in it: the lesser
     * mistake, a ring where a click put the focus, rather than none where a key did.
     */
    private static boolean lastInputKey;

    private final Scene scene;
    private Node marked;
    private final ChangeListener<Boolean> windowFocus = (o, was, now) -> markOwner();

    private KeyedFocus(Scene scene) {
        this.scene = scene;
    }

    /** Marks the focus of {@code scene} when it came with a key; once for each scene, however often asked. */
    public static void install(Scene scene) {
        if (scene.getProperties().putIfAbsent(KeyedFocus.class, INSTALLED) != null) {
            return;
        }
        KeyedFocus focus = new KeyedFocus(scene);
        // A key marks where the keys are, also when it moves nothing: the timeline at the start, a dialog shown before
        // any key (the kept edits' question) wore no ring through any number of keys (a keyboard walk-through).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            lastInputKey = true;
            focus.markOwner();
        });
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            lastInputKey = false;
            focus.markOwner();
        });
        scene.focusOwnerProperty().addListener((o, old, now) -> focus.markOwner());
        scene.windowProperty().addListener((o, old, now) -> {
            focus.follow(old, false);
            focus.follow(now, true);
        });
        focus.follow(scene.getWindow(), true);
    }

    /**
     * No input yet: the program's first window has just opened, and the focus it gives (the timeline's) is the
     * keyboard's, as a browser rings the first focus of a page before any click. It wore the bar of a click, a line
     * down its left side that a keyboard user starting the program on a projector missed (a keyboard walk-through).
     */
    public static void beforeAnyInput() {
        lastInputKey = true;
    }

    /** Marks the focus of whatever scene {@code node} is in, now and in the scenes it moves to. */
    public static void install(Node node) {
        node.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                install(scene);
            }
        });
        if (node.getScene() != null) {
            install(node.getScene());
        }
    }

    private void follow(Window window, boolean on) {
        if (window == null) {
            return;
        }
        if (on) {
            window.focusedProperty().addListener(windowFocus);
        } else {
            window.focusedProperty().removeListener(windowFocus);
        }
        markOwner();
    }

    /** The focus owner marked while it has the keys of a focused window and they came with a key; no other node marked. */
    private void markOwner() {
        Window window = scene.getWindow();
        Node owner = lastInputKey && window != null && window.isFocused() ? scene.getFocusOwner() : null;
        if (marked != null && marked != owner) {
            marked.pseudoClassStateChanged(KEYED, false);
        }
        marked = owner;
        if (owner != null) {
            owner.pseudoClassStateChanged(KEYED, true);
        }
    }
}
