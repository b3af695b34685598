package org.chronoline.app;

import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Table columns whose text wraps onto as many lines as it needs instead of ending in an ellipsis:
 * a date or a title cut to "30 October 1..." says nothing. The text is a wrapping {@link Text},
 * whose height the row follows (a table row asks its cells' height for no width in particular, so
 * a cell's own wrapping text would stay one line high). Its colour is the theme's, on emphasis
 * when the row is selected (CSS class {@code wrapping-cell-text}).
 */
final class WrappingCells {
    private WrappingCells() {
    }

    /**
     * Makes the column's cells wrap {@code text} of their item, never inside a word ({@link WholeWords});
     * returns the column.
     */
    static <S, T> TableColumn<S, T> wrap(TableColumn<S, T> column, Function<T, String> text, String styleClass) {
        WholeWords<S, T> words = new WholeWords<>(column, text);
        column.setCellFactory(c -> {
            TableCell<S, T> cell = new TableCell<>();
            words.measureAs(cell);
            Text shown = new Text();
            shown.getStyleClass().add("wrapping-cell-text");
            shown.textProperty().bind(Bindings.createStringBinding(
                    () -> cell.isEmpty() || cell.getItem() == null ? "" : text.apply(cell.getItem()), cell.itemProperty(), cell.emptyProperty()));
            shown.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> column.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset() - 1, column.widthProperty(), cell.insetsProperty()));
            shown.fontProperty().bind(cell.fontProperty());
            // A title in Arabic or Hebrew reads from the right, against the column's right edge, as in the side panel.
            shown.textProperty().addListener((o, was, now) -> ReadingDirection.orient(shown, now));
            cell.setGraphic(shown);
            if (ShapedWords.NEEDED) {
                // Text JavaFX shapes is wrapped in pieces on Linux (ShapedWords): a title in Arabic ran past its column there.
                ShapedWords.Wrapped shaped = new ShapedWords.Wrapped("wrapping-cell-text");
                shaped.wrappingWidthProperty().bind(shown.wrappingWidthProperty());
                shaped.fontProperty().bind(cell.fontProperty());
                shown.textProperty().addListener((o, was, now) -> {
                    boolean inPieces = ShapedWords.needed(now);
                    if (inPieces) {
                        shaped.setText(now);
                        ReadingDirection.orient(shaped, now);
                    }
                    cell.setGraphic(inPieces ? shaped : shown);
                });
            }
            cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            cell.getStyleClass().add(styleClass);
            return cell;
        });
        return column;
    }

    /**
     * Keeps a column at least as wide as the widest word of its text in any row, in its cells' font:
     * a word wider than the column was broken inside ("Kennebunkpor" / "t"), whatever the text size,
     * under a least width fixed in pixels. Its title's width counts too, in the bold type of titles. The least width the column was given stays its least; a
     * word wider than {@value #MOST_EMS} ems (an address) may still be broken. The column only widens,
     * so that it does not jump as the filter changes, and each row is measured once in a font: a
     * filter changed shows rows measured already (the list is replaced whole), an edit adds one new
     * row. Of a row's words only those longer in characters than the {@value #MEASURED} longest so far
     * are measured, so that 100,000 rows cost little.
     */
    private static final class WholeWords<S, T> {
        private static final double MOST_EMS = 16;
        private static final int MEASURED = 24;
        private final TableColumn<S, T> column;
        private final Function<T, String> text;
        private final ListChangeListener<S> rowsChanged = c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    widen(c.getAddedSubList());
                }
            }
        };
        private final ChangeListener<ObservableList<S>> itemsChanged = (o, old, now) -> watch(old, now);
        /** The rows measured in the font, by identity; let go of once it holds twice the rows shown. */
        private Set<S> measured = Collections.newSetFromMap(new IdentityHashMap<>());
        private Font font;
        private double insets;
        private double least = -1;
        private double widest;

        WholeWords(TableColumn<S, T> column, Function<T, String> text) {
            this.column = column;
            this.text = text;
            // A column dragged to another place leaves its table and comes back: its listeners go with it, once.
            column.tableViewProperty().addListener((o, was, table) -> {
                if (was != null) {
                    was.itemsProperty().removeListener(itemsChanged);
                    watch(was.getItems(), null);
                }
                if (table != null) {
                    table.itemsProperty().addListener(itemsChanged);
                    watch(null, table.getItems());
                }
            });
        }

        private void watch(ObservableList<S> old, ObservableList<S> now) {
            if (old != null) {
                old.removeListener(rowsChanged);
            }
            if (now != null) {
                now.addListener(rowsChanged);
                widen(now);
            }
        }

        /**
         * The font and padding the column's text is shown in, from its cells as they are made and as theirs
         * change (a cell may be thrown away, and the text size changed after).
         */
        void measureAs(TableCell<S, T> cell) {
            InvalidationListener taken = o -> {
                double padding = cell.snappedLeftInset() + cell.snappedRightInset() + 1;
                if (cell.getFont().equals(font) && padding == insets) {
                    return;
                }
                if (!cell.getFont().equals(font)) {
                    widest = 0; // every row measured again, in the new size
                    measured = Collections.newSetFromMap(new IdentityHashMap<>());
                }
                font = cell.getFont();
                insets = padding;
                TableView<S> table = column.getTableView();
                widen(table == null || table.getItems() == null ? List.of() : table.getItems());
            };
            cell.fontProperty().addListener(taken);
            cell.insetsProperty().addListener(taken);
            taken.invalidated(null);
        }

        private void widen(List<? extends S> rows) {
            if (font == null) {
                return; // no cell yet: measured once there is one
            }
            if (least < 0) {
                least = column.getMinWidth();
            }
            TableView<S> table = column.getTableView();
            if (table != null && table.getItems() != null && measured.size() > 2 * Math.max(1000, table.getItems().size())) {
                measured = Collections.newSetFromMap(new IdentityHashMap<>()); // rows of other documents, or edited since
            }
            // The longest words in characters, then the widest of them in the font.
            PriorityQueue<String> longest = new PriorityQueue<>(Comparator.comparingInt(String::length));
            for (S row : rows) {
                if (!measured.add(row)) {
                    continue;
                }
                ObservableValue<T> value = column.getCellObservableValue(row);
                String shown = value == null || value.getValue() == null ? null : text.apply(value.getValue());
                if (shown == null) {
                    continue;
                }
                int start = 0;
                for (int i = 0; i <= shown.length(); i++) {
                    if (i == shown.length() || shown.charAt(i) == ' ') {
                        // A word is copied out only when it is among the longest in characters so far.
                        if (longest.size() < MEASURED || i - start > longest.peek().length()) {
                            longest.add(shown.substring(start, i));
                            if (longest.size() > MEASURED) {
                                longest.poll();
                            }
                        }
                        start = i + 1;
                    }
                }
            }
            Text measure = new Text();
            measure.setFont(font);
            for (String word : longest) {
                measure.setText(word);
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
            // Its title, which does not wrap, whole too: over "5:51" at 200%, "Line:Col" was cut to "Lin...".
            if (column.getText() != null && !column.getText().isEmpty()) {
                measure.setText(column.getText());
                measure.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
            column.setMinWidth(Math.max(least, Math.min(Math.ceil(widest + insets), MOST_EMS * font.getSize())));
        }
    }

    /** The same for a column of text. */
    static <S> TableColumn<S, String> wrap(TableColumn<S, String> column, String styleClass) {
        return wrap(column, Function.identity(), styleClass);
    }
}
