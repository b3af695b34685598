package org.chronoline.app;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.CheckComboBox;

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

    /** The keys a check combo box's open list takes: moving, checking, closing. */
    private static final Set<KeyCode> LIST_KEYS = Set.of(KeyCode.UP, KeyCode.DOWN, KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP,
            KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.ESCAPE);

    /**
     * Has a check combo box work from the keyboard as a combo box does: Space, Enter, F4 or Alt+Down
     * opens its list; the arrows, Home, End and the page keys move in it, Space checks or unchecks,
     * Esc or Enter closes it, the keys staying on the box; Tab closes it and goes on, as does the
     * keys leaving the box any other way (F6, a click elsewhere). Other keys (F1, F5, Alt+F4) are
     * the window's, open or not. ControlsFX's box has the keys while its list is drawn by the plain
     * combo box inside it, which never has them (controlsfx#1085): the list opened only with the mouse.
     */
    static void openFromKeyboard(CheckComboBox<?> box) {
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            ComboBox<?> inner = innerOf(box);
            if (inner == null || e.isControlDown() || e.isMetaDown() || e.isShortcutDown()) {
                return;
            }
            KeyCode key = e.getCode();
            boolean altArrow = e.isAltDown() && (key == KeyCode.DOWN || key == KeyCode.UP);
            if (!inner.isShowing()) {
                if (!e.isAltDown() && (key == KeyCode.SPACE || key == KeyCode.ENTER || key == KeyCode.F4) || altArrow) {
                    box.show();
                    e.consume();
                }
                return;
            }
            if (key == KeyCode.TAB) {
                box.hide(); // and the Tab goes on to the next control
            } else if (altArrow || !e.isAltDown() && (key == KeyCode.ENTER || key == KeyCode.F4)) {
                box.hide();
                e.consume();
            } else if (!e.isAltDown() && LIST_KEYS.contains(key) && inner.getSkin() instanceof ComboBoxListViewSkin<?> skin
                    && skin.getPopupContent() != null) {
                // To the list, whose own handler checks with Space and closes with Esc.
                Node list = skin.getPopupContent();
                list.fireEvent(e.copyFor(list, list));
                e.consume();
            }
        });
        box.focusedProperty().addListener((o, had, has) -> {
            if (!has) {
                box.hide();
            }
        });
    }

    private static ComboBox<?> innerOf(CheckComboBox<?> box) {
        for (Node node : box.lookupAll(".combo-box")) {
            if (node instanceof ComboBox<?> inner) {
                return inner;
            }
        }
        return null;
    }
}
