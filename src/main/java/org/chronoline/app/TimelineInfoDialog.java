package org.chronoline.app;

import java.util.Objects;
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
        // The timeline's own text while the fields show it unchanged: OK wrote the title back without its line breaks.
        FilledText filled = new FilledText();
        TextField title = new TextField();
        filled.fill(title, document.title());
        TextArea description = new TextArea();
        filled.fill(description, document.description() == null ? "" : document.description());
        Focus.tabLeaves(description);
        description.setPrefRowCount(5);
        Label unwrapped = new Label();
        LongTextAreas.follow(description, unwrapped);
        dialog.getDialogPane().setContent(new VBox(6, new Label(Messages.get("info.timelineTitle")), title,
                new Label(Messages.get("info.description")), description, unwrapped));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
        // The keys on the title, to type: they were on OK (a keyboard walk-through). Given before the dialog shows, as Go to
        // Date does: setOnShown would replace the handler that fits the dialog to the screen.
        dialog.getDialogPane().applyCss();
        title.requestFocus();
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            String newTitle = typed(filled.of(title), document.title());
            String text = filled.of(description);
            String newDescription = text.isBlank() ? null : typed(text, document.description());
            if (!newTitle.equals(document.title()) || !Objects.equals(newDescription, document.description())) {
                perform.accept(Edits.setTitleAndDescription(document, newTitle, newDescription)); // nothing changed, nothing to undo
            }
        });
    }

    /** A text as the timeline will have it: its own unchanged, or what was typed without the spaces around it. */
    private static String typed(String text, String before) {
        return text.equals(before) ? text : text.strip();
    }
}
