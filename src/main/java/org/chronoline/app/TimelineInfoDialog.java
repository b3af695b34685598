package org.chronoline.app;

import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.edit.Edit;
import org.chronoline.model.edit.Edits;
import org.chronoline.text.Messages;

/** Edit > Timeline Title and Description. */
final class TimelineInfoDialog {
    private TimelineInfoDialog() {
    }

    static void show(Dialogs dialogs, TimelineDocument document, Consumer<Edit> perform) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialogs.prepare(dialog);
        dialog.setTitle(Messages.get("info.title"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        TextField title = new TextField(document.title());
        TextArea description = new TextArea(document.description() == null ? "" : document.description());
        Focus.tabLeaves(description);
        description.setWrapText(true);
        description.setPrefRowCount(5);
        dialog.getDialogPane().setContent(new VBox(6, new Label(Messages.get("info.timelineTitle")), title,
                new Label(Messages.get("info.description")), description));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> perform.accept(Edits.setTitleAndDescription(document,
                title.getText().strip(), description.getText().isBlank() ? null : description.getText().strip())));
    }
}
