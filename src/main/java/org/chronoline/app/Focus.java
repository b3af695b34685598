package org.chronoline.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Gives a control the keyboard once it can take it. JavaFX ignores a focus request from a node
 * that is not in a scene yet, without a word, and many are not when they are made: a tab's content,
 * a scroll pane's content and a dialog's fields join the scene only once their container has its
 * skin, on the next styling pass. The window's timeline at start, the event form's first field and
 * the Go to Date field were all left without the keyboard that way.
 */
final class Focus {
    private Focus() {
    }

    /**
     * Tab and Shift+Tab leave a text area for the next or previous control, as in every other field
     * of a form (descriptions need no tab characters). JavaFX's text areas type a tab on Tab, so the keyboard could
     * not get past a description to the sources and the Apply button, and each try indented the text.
     */
    static void tabLeaves(TextArea area) {
        boolean[] moving = {false};
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (moving[0] || e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            e.consume();
            // The text area's own keys move the focus on Ctrl+Tab and Ctrl+Shift+Tab: given as those, past this filter.
            moving[0] = true;
            try {
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            } finally {
                moving[0] = false;
            }
        });
    }

    /** Focuses {@code node} now when it is in a scene, otherwise as soon as it joins one. */
    static void whenInScene(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> property, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }
}
