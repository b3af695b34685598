package org.chronoline.app;

import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.PresentationSteps;

/**
 * Every step of a presentation at a glance (key G): numbered tiles with date and title, to click
 * on or choose with the arrow keys and Space or Enter.
 */
final class StepOverview extends VBox {
    private final TilePane tiles = new TilePane();

    /** @param choose called with the chosen step's number, from 1 */
    StepOverview(PresentationSteps steps, IntConsumer choose) {
        getStyleClass().add("present-overview");
        setId("present-overview");
        Label title = new Label(Messages.get("present.grid.title", steps.title(), steps.size()));
        title.getStyleClass().add("present-overview-title");
        Label hint = new Label(Messages.get("present.grid.hint"));
        hint.getStyleClass().add("present-overview-hint");
        tiles.getStyleClass().add("present-overview-tiles");
        for (int i = 0; i < steps.size(); i++) {
            TimelineEvent event = steps.steps().get(i);
            int number = i + 1;
            Button tile = new Button(number + "\n" + event.dateText() + "\n" + DisplayText.line(event.title()));
            tile.getStyleClass().add("present-tile");
            tile.setWrapText(true);
            tile.setMnemonicParsing(false);
            tile.setOnAction(e -> choose.accept(number));
            tile.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    tile.fire();
                    e.consume();
                }
            });
            tiles.getChildren().add(tile);
        }
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("present-overview-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, hint, scroll);
        setVisible(false);
    }

    /** Shows the tiles with the current step's (from 0) tile focused. */
    void show(int current) {
        setVisible(true);
        tiles.getChildren().get(current).requestFocus();
    }

    void hide() {
        setVisible(false);
    }
}
