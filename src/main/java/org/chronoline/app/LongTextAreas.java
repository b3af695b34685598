package org.chronoline.app;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.chronoline.text.Messages;

/**
 * A text area that stops wrapping its lines while its text is too long to wrap as it is typed
 * ({@link SlowText}): a description of 198,000 characters of Latin, Arabic and emoji held the window
 * for more than a minute when Edit opened it, and each key typed into it would again (a
 * walk-through). Unwrapped, the same text is laid out in a quarter of a second. Text that JavaFX
 * wraps quickly at any length (Latin, Cyrillic, Chinese, emoji) always wraps.
 */
final class LongTextAreas {
    private LongTextAreas() {
    }

    /** Wraps the area's lines while its text wraps quickly; otherwise not, with {@code note} saying why, shown. */
    static void follow(TextArea area, Label note) {
        note.getStyleClass().add("form-reading");
        note.setWrapText(true);
        Runnable check = () -> {
            int most = SlowText.mostWrappedQuickly(area.getText());
            boolean wraps = area.getLength() <= most;
            if (area.isWrapText() != wraps) {
                area.setWrapText(wraps);
            }
            note.setText(wraps ? "" : Messages.get("form.text.unwrapped", most));
            note.setVisible(!wraps);
            note.setManaged(!wraps);
        };
        area.textProperty().addListener((o, was, now) -> check.run());
        check.run();
    }
}
