package org.chronoline.app;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * A table whose columns share its width while their least widths fit in it, and keep their widths
 * with a sideways scroll bar where they do not. A constrained resize policy never shows that scroll
 * bar (JavaFX 20 and later): beside the filters at 1024 x 768 the list's Category and Where, and in
 * a narrowed problems list the Problem column, were cut off the table's right edge, out of reach.
 * The least widths are those that keep every word whole ({@link WrappingCells}).
 */
final class SidewaysScrolling {
    private SidewaysScrolling() {
    }

    /** Lets {@code table} scroll sideways when its visible columns' least widths do not fit in its rows' width. */
    static <S> void whenNeeded(TableView<S> table) {
        InvalidationListener refit = o -> fitOrScroll(table);
        table.widthProperty().addListener(refit);
        table.getVisibleLeafColumns().forEach(column -> column.minWidthProperty().addListener(refit));
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(column -> column.minWidthProperty().addListener(refit));
            }
            fitOrScroll(table);
        });
        // The rows' width, beside the vertical scroll bar when there is one (its width grows with the text size).
        table.skinProperty().addListener((o, was, skin) -> {
            if (table.lookup(".clipped-container") instanceof Region rows) {
                rows.widthProperty().addListener(refit);
            }
        });
    }

    private static <S> void fitOrScroll(TableView<S> table) {
        double least = table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getMinWidth).sum();
        double room = table.lookup(".clipped-container") instanceof Region rows && rows.getWidth() > 0 ? rows.getWidth()
                : table.getWidth() - table.snappedLeftInset() - table.snappedRightInset(); // before the first layout
        var policy = least > room ? TableView.UNCONSTRAINED_RESIZE_POLICY : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
            if (policy == TableView.UNCONSTRAINED_RESIZE_POLICY) {
                // Each column as narrow as its words allow: there is no room for more. A dialog narrowed at a stroke
                // kept the widths that filled it, and its last column was a long scroll away.
                for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                    table.resizeColumn(column, column.getMinWidth() - column.getWidth());
                }
            }
            // The skin allows or hides the scroll bar at once, but its rows' layout decides on the bar only when
            // their width, height, count or position change next: a dialog made narrower at a stroke showed none.
            table.refresh();
        }
    }
}
