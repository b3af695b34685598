package org.chronoline.app;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.chronoline.model.DateText;
import org.chronoline.model.Dating;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.PresentationSteps;

/**
 * Every step of a presentation at a glance (key G): numbered tiles with date and title, to click
 * on or choose with the arrow keys and Space or Enter.
 */
final class StepOverview extends VBox {
    private static final javafx.css.PseudoClass CURRENT = javafx.css.PseudoClass.getPseudoClass("current");

    private final TilePane tiles = new TileRows();
    private final ScrollPane scroll;
    private final PresentationSteps steps;
    private final IntConsumer choose;

    /** @param choose called with the chosen step's number, from 1 */
    StepOverview(PresentationSteps steps, IntConsumer choose) {
        this.steps = steps;
        this.choose = choose;
        getStyleClass().add("present-overview");
        setId("present-overview");
        Label title = new Label(Messages.get("present.grid.title", DisplayText.inSentence(steps.title()), steps.size()));
        title.getStyleClass().add("present-overview-title");
        title.setWrapText(true); // a tour's long name whole
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(Messages.get("present.grid.hint"));
        hint.getStyleClass().add("present-overview-hint");
        // On a 1024x768 projector at 150% type it ended in "G or Esc goe...": the way back out, cut.
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        tiles.getStyleClass().add("present-overview-tiles");
        scroll = new ScrollPane(tiles); // before the tiles, whose focus scrolls it
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("present-overview-scroll");
        // Home and End go to the first and last tile: the scroll pane's own scrolled there and left the keys behind,
        // and Enter then chose a tile out of sight (a walk-through).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) && !tiles.getChildren().isEmpty()
                    && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShiftDown()) {
                List<Node> all = tiles.getChildren();
                all.get(e.getCode() == KeyCode.HOME ? 0 : all.size() - 1).requestFocus();
                e.consume();
            }
        });
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, hint, scroll);
        setVisible(false);
    }

    /**
     * Makes the tiles, the first time the grid is shown: made with the presentation, 10,000 steps' tiles (a school's
     * whole course) held its first slide back for 20 to 40 seconds, styled though never seen (a walk-through).
     */
    private void fill() {
        for (int i = 0; i < steps.size(); i++) {
            TimelineEvent event = steps.steps().get(i);
            int number = i + 1;
            Button tile = new Button(null, tileText(number, event));
            tile.getStyleClass().add("present-tile");
            tile.setMnemonicParsing(false);
            tile.setAccessibleText(spoken(number, event));
            tile.setOnAction(e -> choose.accept(number));
            tile.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    tile.fire();
                    e.consume();
                }
            });
            // The arrows went on among tiles below the view, the focused one out of sight.
            tile.focusedProperty().addListener((o, was, focused) -> {
                if (focused) {
                    Focus.scrollToShow(scroll, tile);
                }
            });
            tiles.getChildren().add(tile);
        }
    }

    /**
     * The step's number and date on one line (the date wraps under the number when long), the title
     * below in bold; every line in type the back of the room reads.
     */
    private static VBox tileText(int number, TimelineEvent event) {
        Label step = new Label(Integer.toString(number));
        step.getStyleClass().add("present-tile-number");
        // A disputed date as the event's own only: its "or ..." took four lines in Russian, the title cut to a word.
        // The step itself, and what a screen reader says of the tile, have the whole; "before", "c." stay.
        String when = event.dating().is(Dating.DISPUTED) ? DateText.formatSpan(event.start(), event.end()) : event.dateText();
        Label date = new Label(DateText.unbroken(when));
        date.getStyleClass().add("present-tile-date");
        date.setWrapText(true);
        Label title = new TileTitle();
        title.getStyleClass().add("present-tile-title");
        title.setWrapText(true);
        ReadingDirection.show(title, DisplayText.line(event.title())); // in its direction, in pieces where Linux needs them
        title.setMaxHeight(Double.MAX_VALUE);
        VBox.setVgrow(title, Priority.ALWAYS);
        HBox head = new HBox(step, date);
        head.getStyleClass().add("present-tile-head");
        VBox text = new VBox(head, title);
        text.getStyleClass().add("present-tile-text");
        for (Label label : List.of(step, date, title)) {
            label.setMnemonicParsing(false);
        }
        // The number and date keep their lines; a long title ends in an ellipsis where its tile ends.
        step.setMinWidth(Region.USE_PREF_SIZE);
        date.setMinHeight(Region.USE_PREF_SIZE);
        return text;
    }

    /**
     * Tiles in as many columns as fit at the tiles' least width (their {@code -fx-pref-width}),
     * widened to share what is left, in rows as tall as their tallest tile; the gaps and padding are
     * the tile pane's, from the stylesheet. At their least width alone, five tiles left a sixth's
     * room beside them at 1920x1080, the grid off the middle of the screen; with every row as tall as
     * the tallest tile of all (a two-line date over three lines of title), a 1024x768 projector at
     * 150% type showed six tiles of 77, most of them half empty.
     */
    private static final class TileRows extends TilePane {
        /** How the tiles lie at a width: so many to a row, each this wide, and each row's height. */
        private record Rows(int columns, double tileWidth, double[] heights) {
        }

        @Override
        protected void layoutChildren() {
            List<Node> tiles = getManagedChildren();
            Rows rows = rowsFor(getWidth());
            if (rows.heights().length == 0) {
                return; // nothing to lay out, or no width yet
            }
            double y = snappedTopInset();
            for (int i = 0; i < tiles.size(); i++) {
                int row = i / rows.columns();
                int column = i % rows.columns();
                tiles.get(i).resizeRelocate(snappedLeftInset() + column * (rows.tileWidth() + snapSpaceX(getHgap())), y,
                        rows.tileWidth(), rows.heights()[row]);
                if (column == rows.columns() - 1 || i == tiles.size() - 1) {
                    y += rows.heights()[row] + snapSpaceY(getVgap());
                }
            }
        }

        /** The height of the rows the tiles make at this width: the scroll pane asks it before laying them out. */
        @Override
        protected double computePrefHeight(double width) {
            double[] heights = rowsFor(width >= 0 ? width : getWidth()).heights();
            double height = snappedTopInset() + snappedBottomInset() + Math.max(0, heights.length - 1) * snapSpaceY(getVgap());
            for (double row : heights) {
                height += row;
            }
            return height;
        }

        private Rows rowsFor(double width) {
            List<Node> tiles = getManagedChildren();
            if (tiles.isEmpty() || width <= 0) {
                return new Rows(1, 0, new double[0]);
            }
            double gap = snapSpaceX(getHgap());
            double room = width - snappedLeftInset() - snappedRightInset();
            double least = leastTileWidth();
            int columns = Math.max(1, (int) ((room + gap) / (least + gap)));
            // Down to a whole device pixel: TilePane rounded a tile up to one, and at 150% the row lost its last tile.
            double scale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getRenderScaleX();
            double tileWidth = Math.max(least, Math.floor((room - (columns - 1) * gap) / columns * scale) / scale);
            double[] heights = new double[(tiles.size() + columns - 1) / columns];
            for (int i = 0; i < tiles.size(); i++) {
                heights[i / columns] = Math.max(heights[i / columns], snapSizeY(tiles.get(i).prefHeight(tileWidth)));
            }
            return new Rows(columns, tileWidth, heights);
        }

        /** One tile at its least: the grid narrows with the window down to it, not to one tile as widened. */
        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + (getChildren().isEmpty() ? 0 : leastTileWidth());
        }

        /** A tile's least width, up to a whole device pixel. */
        private double leastTileWidth() {
            return snapSizeX(getChildren().get(0).prefWidth(-1));
        }
    }

    /**
     * A tile's title: up to three lines of it set its row's height (the row's tiles have its tallest one's),
     * and it takes all the room its tile has, so that a tile made taller by a neighbour's two-line date
     * shows a fourth line instead of cutting its title with that line's room left below it.
     */
    private static final class TileTitle extends Label {
        /** Three lines of bold text, in the label's font size. */
        private static final double THREE_LINES_EM = 3.9;

        TileTitle() {
            // A title in pieces (ShapedWords) has no ellipsis: its lines past the third are hidden, not drawn over the tile.
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.heightProperty().bind(heightProperty());
            setClip(clip);
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.min(super.computePrefHeight(width), THREE_LINES_EM * getFont().getSize() + snappedTopInset() + snappedBottomInset());
        }
    }

    /**
     * Shows the tiles with the current step's (from 0) tile marked, focused and in view: from step 60
     * the grid opened at tiles 1 to 20, where the current one was nowhere to be seen.
     */
    void show(int current) {
        if (tiles.getChildren().isEmpty()) {
            fill();
        }
        setVisible(true);
        for (int i = 0; i < tiles.getChildren().size(); i++) {
            tiles.getChildren().get(i).pseudoClassStateChanged(CURRENT, i == current);
        }
        applyCss();
        layout();
        Node tile = tiles.getChildren().get(current);
        tile.requestFocus();
        Focus.scrollToShow(scroll, tile);
    }

    void hide() {
        setVisible(false);
    }

    /**
     * What a screen reader says of a step's tile: its number, date and title, with one full stop after a date that ends
     * with one ("12 октября 1986 г."): it was read "г.. Reagan".
     */
    static String spoken(int number, TimelineEvent event) {
        String date = event.dateText();
        return number + ". " + date + (date.endsWith(".") ? " " : ". ") + DisplayText.inSentence(event.title());
    }
}
