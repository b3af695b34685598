package org.chronoline.app;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import org.chronoline.text.Messages;

/**
 * The right-click menu of every text field and text area (Undo, Cut, Paste, Select All) in the
 * window's language. JavaFX's own is in the system's language and has no Polish or Russian: a
 * Polish window showed it in English, a German window on a French system in French. A field that
 * has a menu of its own keeps it.
 */
final class TextMenus {
    /**
     * Fired on a field after its menu changed what it holds (Undo, Redo, Cut, Paste, Delete): unlike a key or a click
     * in the field, the menu's choice reaches only the menu's own window, and the event form, which keeps its typing
     * against a crash, heard nothing of a paste.
     */
    static final EventType<Event> EDITED = new EventType<>(Event.ANY, "TEXT_MENU_EDITED");

    private TextMenus() {
    }

    /** Every window's text fields from now on, the dialogs' too; once. Call on the JavaFX thread. */
    static void installEverywhere() {
        EveryWindow.eachScene("textMenus", scene ->
            // Before the field's own handlers: it then shows this menu (Control shows a control's menu) instead of JavaFX's.
            scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
                TextInputControl field = fieldOf(e.getTarget());
                if (field != null && field.getContextMenu() == null) {
                    field.setContextMenu(menuFor(field));
                }
            }));
    }

    private static TextInputControl fieldOf(EventTarget target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl field) {
                return field;
            }
        }
        return null;
    }

    /** The menu of one field, its items enabled for what the field holds when it opens. */
    static ContextMenu menuFor(TextInputControl field) {
        MenuItem undo = item("textMenu.undo", edited(field, field::undo));
        MenuItem redo = item("textMenu.redo", edited(field, field::redo));
        MenuItem cut = item("textMenu.cut", edited(field, field::cut));
        MenuItem copy = item("textMenu.copy", field::copy);
        MenuItem paste = item("textMenu.paste", edited(field, field::paste));
        MenuItem delete = item("textMenu.delete", edited(field, () -> field.deleteText(field.getSelection())));
        MenuItem selectAll = item("textMenu.selectAll", field::selectAll);
        ContextMenu menu = new ContextMenu(undo, redo, new SeparatorMenuItem(), cut, copy, paste, delete, new SeparatorMenuItem(),
                selectAll);
        menu.getStyleClass().add("text-menu");
        menu.setOnShowing(e -> {
            boolean editable = field.isEditable() && !field.isDisabled();
            boolean selected = field.getSelection().getLength() > 0;
            undo.setDisable(!editable || !field.isUndoable());
            redo.setDisable(!editable || !field.isRedoable());
            cut.setDisable(!editable || !selected);
            copy.setDisable(!selected);
            paste.setDisable(!editable || !Clipboard.getSystemClipboard().hasString());
            delete.setDisable(!editable || !selected);
            selectAll.setDisable(field.getLength() == 0 || field.getSelection().getLength() == field.getLength());
        });
        return menu;
    }

    /** The action, then {@link #EDITED} fired on the field, to be heard by what holds it. */
    private static Runnable edited(TextInputControl field, Runnable action) {
        return () -> {
            action.run();
            field.fireEvent(new Event(field, field, EDITED));
        };
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }
}
