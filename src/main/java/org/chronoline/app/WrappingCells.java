package org.chronoline.app;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
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

    /** Makes the column's cells wrap {@code text} of their item; returns the column. */
    static <S, T> TableColumn<S, T> wrap(TableColumn<S, T> column, Function<T, String> text, String styleClass) {
        column.setCellFactory(c -> {
            TableCell<S, T> cell = new TableCell<>();
            Text shown = new Text();
            shown.getStyleClass().add("wrapping-cell-text");
            shown.textProperty().bind(Bindings.createStringBinding(
                    () -> cell.isEmpty() || cell.getItem() == null ? "" : text.apply(cell.getItem()), cell.itemProperty(), cell.emptyProperty()));
            shown.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> column.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset() - 1, column.widthProperty(), cell.insetsProperty()));
            shown.fontProperty().bind(cell.fontProperty());
            cell.setGraphic(shown);
            cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            cell.getStyleClass().add(styleClass);
            return cell;
        });
        return column;
    }

    /** The same for a column of text. */
    static <S> TableColumn<S, String> wrap(TableColumn<S, String> column, String styleClass) {
        return wrap(column, Function.identity(), styleClass);
    }
}
