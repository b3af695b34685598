package org.chronoline.app;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Adds a node that most windows never show ("No timeline is open", "no events yet") to its place
 * the first time it is to be shown, not before: a window should start fast (the filter panel and
 * the list are made when first shown for the same reason). The node binds its own visibility.
 */
final class MadeWhenShown {
    private MadeWhenShown() {
    }

    /**
     * Makes and adds the node a moment after {@code shown} turns true and only if it still is,
     * since a load's end turns it true and false again in one go.
     */
    static void add(Pane place, ObservableBooleanValue shown, Supplier<? extends Node> make) {
        Runnable addIfShown = new Runnable() {
            private boolean added;

            @Override
            public void run() {
                if (!added && shown.get()) {
                    added = true;
                    place.getChildren().add(make.get());
                }
            }
        };
        if (shown.get()) {
            Platform.runLater(addIfShown);
        }
        shown.addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(addIfShown);
            }
        });
    }
}
