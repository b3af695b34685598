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

    /**
     * Gives {@code node} the keys and scrolls the scroll pane it is in the least that shows it, once laid out: JavaFX
     * scrolls to what Tab reaches, not to what the program hands the keys to. After Pick on Timeline the keys went to
     * the button, pushed out of view by the link just added, and nothing showed where they were.
     */
    static void focusInView(Node node) {
        node.requestFocus();
        javafx.application.Platform.runLater(() -> {
            if (node.getScene() == null) {
                return;
            }
            // Laid out first: what was just added above it has its height only then.
            node.getScene().getRoot().applyCss();
            node.getScene().getRoot().layout();
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof javafx.scene.control.ScrollPane scroll) {
                    scrollToShow(scroll, node);
                    return;
                }
            }
        });
    }

    /** Scrolls {@code scroll} the least that shows {@code node}, inside its content, or its top when it is taller than the view. */
    static void scrollToShow(javafx.scene.control.ScrollPane scroll, Node node) {
        javafx.geometry.Bounds at = scroll.getContent() == null ? null
                : scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = scroll.getContent() == null ? 0 : scroll.getContent().getLayoutBounds().getHeight() - viewport;
        if (at == null || hidden <= 0 || viewport <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        double target = at.getMinY() < top ? at.getMinY()
                : at.getMaxY() > top + viewport ? Math.min(at.getMinY(), at.getMaxY() - viewport) : top;
        scroll.setVvalue(Math.max(0, Math.min(1, target / hidden)));
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
