package org.chronoline.app;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.chronoline.text.Messages;

/**
 * What the timeline's place shows when no timeline is open (the file a window was started with
 * could not be read, or its reading was cancelled): that nothing is open, and the three ways on,
 * as buttons. Without it the window showed an empty grid of 1970-1972 under "Click an event on
 * the timeline", with nothing to click and no word of what to do.
 */
final class NothingOpenPane extends VBox {
    private final Button open = new Button(Messages.get("nothing.open"));

    /**
     * @param shown whether nothing is open and nothing is being opened
     * @param focusTimeline gives the keyboard to the timeline, when this pane had it and a timeline takes its place
     */
    NothingOpenPane(ObservableBooleanValue shown, Runnable chooseAndOpen, Runnable newTimeline, Runnable openBundled,
            Runnable focusTimeline) {
        getStyleClass().add("nothing-open");
        setId("nothing-open");
        setAlignment(Pos.CENTER);
        setFillWidth(false);

        Label heading = new Label(Messages.get("nothing.heading"));
        heading.getStyleClass().add("nothing-open-heading");
        heading.setWrapText(true);
        Label text = new Label(Messages.get("nothing.text"));
        text.getStyleClass().add("nothing-open-text");
        text.setWrapText(true);

        Button created = new Button(Messages.get("nothing.new"));
        Button bundled = new Button(Messages.get("nothing.bundled"));
        open.setId("nothing-open-file");
        created.setId("nothing-new");
        bundled.setId("nothing-bundled");
        open.setDefaultButton(true);
        open.setOnAction(e -> chooseAndOpen.run());
        created.setOnAction(e -> newTimeline.run());
        bundled.setOnAction(e -> openBundled.run());
        FlowPane buttons = new FlowPane(open, created, bundled);
        buttons.getStyleClass().add("nothing-open-buttons");
        buttons.setAlignment(Pos.CENTER);

        getChildren().addAll(heading, text, buttons);
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
        // The keyboard starts where the way on is, not on an empty timeline; once the pane is shown, that
        // is: a load's end clears "opening" a moment before it opens the document, and that moment must
        // not take the keyboard from where the user put it while the file was read.
        sceneProperty().addListener((o, old, scene) -> Platform.runLater(this::takeKeyboardIfShown));
        visibleProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(this::takeKeyboardIfShown);
            } else if (getScene() != null && isInHere(getScene().getFocusOwner())) {
                focusTimeline.run(); // not on to the next control, the search field
            }
        });
    }

    private void takeKeyboardIfShown() {
        if (isVisible() && getScene() != null && !isInHere(getScene().getFocusOwner())) {
            open.requestFocus();
        }
    }

    private boolean isInHere(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }
}
