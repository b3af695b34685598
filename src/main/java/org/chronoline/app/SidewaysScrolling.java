package org.chronoline.app;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
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
    /** A column's property: its width while the columns shared the table's, kept while they scroll. */
    private static final String SHARED_WIDTH = "sideways.sharedWidth";

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
        double room = table.lookup(".clipped-container") instanceof Region rows && rows.getWidth() > 0 ? rows.getWidth()
                : table.getWidth() - table.snappedLeftInset() - table.snappedRightInset(); // before the first layout
        if (room <= 0) {
            return; // not laid out yet: a table given no room would start unconstrained, its first column at its least
        }
        double least = table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getMinWidth).sum();
        boolean scroll = least > room;
        if (scroll == (table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY)) {
            return;
        }
        if (scroll) {
            // Each column as narrow as its words allow: there is no room for more (a dialog narrowed at a stroke kept the
            // widths that filled it, its last column a long scroll away). The widths they had are kept for when there is:
            // the constrained policy shares the room out from the widths it finds.
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                column.getProperties().put(SHARED_WIDTH, column.getWidth());
                table.resizeColumn(column, column.getMinWidth() - column.getWidth());
            }
        } else {
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                if (column.getProperties().remove(SHARED_WIDTH) instanceof Double width) {
                    table.resizeColumn(column, width - column.getWidth());
                }
            }
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        // The skin allows or hides the scroll bar at once, but its rows' layout decides on the bar only when their
        // width, height, count or position change next (a dialog made narrower at a stroke showed none), or when a
        // row asks to be laid out again.
        for (Node row : table.lookupAll(".table-row-cell")) {
            if (row instanceof Parent parent) {
                parent.requestLayout();
            }
        }
    }
}
