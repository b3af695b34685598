package org.chronoline.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.chronoline.Version;
import org.chronoline.model.DateText;
import org.chronoline.text.Messages;

/** Help > About: what Chronoline is and which version runs. */
final class AboutDialog {
    private AboutDialog() {
    }

    /**
     * What it says: the build's time as the timeline writes dates, in the reader's language and time ("7 December 2026,
     * 12:54"); it was ISO in UTC ("2026-12-07 11:54 UTC") in every language.
     */
    static String text() {
        java.time.Instant built = Version.builtAt();
        return Messages.get("about.text") + "\n\n" + Messages.get("about.build", Version.current(),
                built == null ? Version.built() : DateText.moment(built, java.time.ZoneId.systemDefault()), Version.runtime());
    }

    static Alert show(Dialogs dialogs) {
        String text = text();
        // As wide as a sentence reads well, and its words in content of their own, which scrolls where the screen is too
        // short: at twice the text on 1366 x 768 the dialog was a column 400 pixels wide, its text cut at "from 1972 to …".
        Alert alert = dialogs.alert(Alert.AlertType.INFORMATION, Messages.get("about.title"), Messages.get("about.header", Version.current()),
                text, ButtonType.OK);
        javafx.scene.control.DialogPane pane = alert.getDialogPane();
        double em = pane.lookup(".content.label") instanceof Label said ? said.getFont().getSize() : javafx.scene.text.Font.getDefault().getSize();
        Label words = new Label(text);
        words.setWrapText(true);
        words.setPrefWidth(pane.getPrefWidth() - 2 * em); // the dialog's width less the content's padding: wrapped at it
        pane.setContent(words);
        var icon = AboutDialog.class.getResource("/org/chronoline/icons/chronoline-64.png");
        if (icon != null) {
            alert.setGraphic(new ImageView(icon.toExternalForm()));
        }
        alert.show();
        return alert;
    }
}
