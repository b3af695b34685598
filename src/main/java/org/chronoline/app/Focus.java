package org.chronoline.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

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
