package org.chronoline.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.chronoline.text.Messages;

/** Help > Keyboard and Mouse: every way to move around, from the list in the message file. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    static void show(Dialogs dialogs) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-grid");
        for (int i = 1; Messages.has("shortcut." + i + ".keys"); i++) {
            Label keys = new Label(Messages.get("shortcut." + i + ".keys"));
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(i - 1, keys, new Label(Messages.get("shortcut." + i + ".does")));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        dialogs.prepare(alert);
        alert.setTitle(Messages.get("shortcuts.title"));
        alert.setHeaderText(Messages.get("shortcuts.header"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
