package org.chronoline.app;

import javafx.scene.control.Alert;
import javafx.scene.image.ImageView;
import org.chronoline.Version;
import org.chronoline.text.Messages;

/** Help > About: what Chronoline is and which version runs. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Dialogs dialogs) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        dialogs.prepare(alert);
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("about.header", Version.current()));
        alert.setContentText(Messages.get("about.text") + "\n\n" + Messages.get("about.build", Version.current(), Version.built(),
                Version.runtime()));
        var icon = AboutDialog.class.getResource("/org/chronoline/icons/chronoline-64.png");
        if (icon != null) {
            alert.setGraphic(new ImageView(icon.toExternalForm()));
        }
        alert.show();
    }
}
