package org.chronoline.app;

import javafx.scene.Node;
import javafx.scene.control.Control;

/**
 * Combo boxes that may hold thousands of items (every event, every tag or person of a large
 * timeline). JavaFX's ComboBoxListViewSkin measures the text of every item for the width of the
 * box and its list, unless told how many to measure: with 100,000 events the edit form took
 * seconds to open, and with 20,000 different tags the filter's tag list as long to drop down.
 */
final class ComboBoxes {
    /** The key JavaFX's combo box skin reads for how many items to measure for its width. */
    static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth";
    /** The items measured: enough for the list to fit most of its text, few enough to cost nothing. */
    static final int ROWS_MEASURED = 30;

    private ComboBoxes() {
    }

    /**
     * Has {@code box} and the combo boxes its skin shows inside it (ControlsFX's searchable and
     * check combo boxes each show a plain one) measure only {@link #ROWS_MEASURED} items. Their width
     * is then the layout's, or that of their first items.
     */
    static void measureFewRows(Control box) {
        box.getProperties().put(ROWS_TO_MEASURE, ROWS_MEASURED);
        box.skinProperty().addListener((o, old, skin) -> {
            for (Node inner : box.lookupAll(".combo-box")) {
                inner.getProperties().put(ROWS_TO_MEASURE, ROWS_MEASURED);
            }
        });
    }
}
