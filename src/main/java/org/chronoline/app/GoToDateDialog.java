package org.chronoline.app;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chronoline.model.DateInput;
import org.chronoline.model.DateText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.text.Messages;

/**
 * View > Go to Date: type a date at any precision ("1990", "July 2007", "2007-10-12", "480 BCE");
 * the dialog says how it reads it, or why it cannot, before OK is allowed.
 */
final class GoToDateDialog {
    private GoToDateDialog() {
    }

    static Optional<HistoricalDate> ask(Dialogs dialogs) {
        Dialog<HistoricalDate> dialog = new Dialog<>();
        dialogs.prepare(dialog);
        dialog.setTitle(Messages.get("goto.title"));
        dialog.setHeaderText(Messages.get("goto.header"));
        dialog.getDialogPane().getStyleClass().add("goto-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        TextField input = new TextField();
        input.setId("goto-date");
        // The examples under the field, whole, until something is typed: as the field's prompt they were cut
        // ("…2007-10-12, 480 BC", "…2007-10-12, 4"), the example of a year before the common era lost.
        String examples = Messages.get("goto.prompt");
        Label feedback = new Label(examples);
        feedback.getStyleClass().add("goto-feedback");
        feedback.setWrapText(true);
        feedback.setMinHeight(Region.USE_PREF_SIZE); // its second line at twice the text, not "480 BCE..."
        input.setAccessibleText(Messages.get("goto.header"));
        // The field has no prompt now: a screen reader says what is under it, the examples, the reading or the refusal.
        input.accessibleHelpProperty().bind(feedback.textProperty());
        VBox content = new VBox(8, input, feedback);
        dialog.getDialogPane().setContent(content);

        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setDisable(true);
        input.textProperty().addListener((o, old, text) -> {
            feedback.getStyleClass().remove("invalid");
            if (text.isBlank()) {
                feedback.setText(examples);
                ok.setDisable(true);
                return;
            }
            try {
                feedback.setText(Messages.get("goto.reads", DateText.format(DateInput.parse(text))));
                ok.setDisable(false);
            } catch (InvalidDateException e) {
                feedback.setText(e.sentence());
                feedback.getStyleClass().add("invalid");
                ok.setDisable(true);
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? DateInput.parse(input.getText()) : null);
        // Styled first, which puts the field into the dialog's scene (it is inside a scroll pane), so that it can
        // take the keyboard before the dialog shows and gives it to its first button. Not from setOnShown, which
        // would replace the handler that fits the dialog to the screen.
        dialog.getDialogPane().applyCss();
        input.requestFocus();
        return dialog.showAndWait();
    }
}
