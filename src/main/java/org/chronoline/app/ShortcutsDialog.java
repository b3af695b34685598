package org.chronoline.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.chronoline.text.Messages;

/**
 * Help > Keyboard and Mouse: every way to move around, from the list in the message file, under the
 * headings it gives (shortcut.section.N before item N). The keys
 * are what it is for: both columns wrap rather than cut a key short ("Ctrl +..." at twice the text
 * size on a 1024-pixel screen), and the dialog is as wide as the screen allows.
 */
final class ShortcutsDialog {
    /** A comfortable width, in em of the dialog's type: keys and what they do, each column a short line. */
    private static final double WIDTH_EM = 52;

    private ShortcutsDialog() {
    }

    static void show(Dialogs dialogs) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-grid");
        ColumnConstraints keysColumn = new ColumnConstraints();
        keysColumn.setPercentWidth(42);
        ColumnConstraints doesColumn = new ColumnConstraints();
        doesColumn.setPercentWidth(58);
        grid.getColumnConstraints().addAll(keysColumn, doesColumn);
        Label measure = null;
        int row = 0;
        for (int i = 1; Messages.has("shortcut." + i + ".keys"); i++) {
            if (Messages.has("shortcut.section." + i)) {
                // The keys first, by what they are for, and the mouse last: the list began with 13 mouse gestures.
                Label section = new Label(Messages.get("shortcut.section." + i));
                section.getStyleClass().add("shortcuts-section");
                section.setWrapText(true);
                grid.add(section, 0, row++, 2, 1);
            }
            Label keys = new Label(Messages.get("shortcut." + i + ".keys"));
            keys.getStyleClass().add("shortcut-keys");
            keys.setWrapText(true);
            Label does = new Label(Messages.get("shortcut." + i + ".does"));
            does.setWrapText(true);
            grid.addRow(row++, keys, does);
            measure = does;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        dialogs.prepare(alert);
        alert.setTitle(Messages.get("shortcuts.title"));
        alert.setHeaderText(Messages.get("shortcuts.header"));
        alert.getDialogPane().setContent(grid);
        if (measure != null) {
            dialogs.fitWidth(alert.getDialogPane(), WIDTH_EM, measure);
        }
        // The keys on the list, which they scroll at once: on OK, the arrows and Page Down did nothing (a keyboard walk-through).
        // Given before the dialog shows, as Go to Date does (GoToDateDialog): setOnShown would replace the handler that
        // fits the dialog to the screen.
        alert.getDialogPane().applyCss();
        alert.getDialogPane().getContent().requestFocus();
        alert.show();
    }
}
