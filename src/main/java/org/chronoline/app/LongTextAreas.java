package org.chronoline.app;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.chronoline.text.Messages;

/**
 * A text area that stops wrapping its lines while its text is too long to wrap as it is typed. JavaFX
 * wraps text with right-to-left or joined letters (Arabic, Hebrew, emoji) by looking for each line's
 * break from the start of the whole text: a description of 198,000 characters of Latin, Arabic and
 * emoji held the window for more than a minute when Edit opened it, and each key typed into it would
 * again (a walk-through). Unwrapped, the same text is laid out in a quarter of a second. Text of
 * plain letters wraps quickly at any length and always wraps.
 */
final class LongTextAreas {
    /** The longest text with letters that are slow to wrap that is still wrapped: laid out in tens of milliseconds. */
    static final int MOST_WRAPPED = 20_000;

    private LongTextAreas() {
    }

    /** Whether the text is wrapped quickly: short enough, or of letters JavaFX wraps without looking back (before Hebrew). */
    static boolean wrapsQuickly(CharSequence text) {
        if (text.length() <= MOST_WRAPPED) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0590') {
                return false;
            }
        }
        return true;
    }

    /** Wraps the area's lines while its text wraps quickly; otherwise not, with {@code note} saying why, shown. */
    static void follow(TextArea area, Label note) {
        note.getStyleClass().add("form-reading");
        note.setWrapText(true);
        Runnable check = () -> {
            boolean wraps = wrapsQuickly(area.getText());
            if (area.isWrapText() != wraps) {
                area.setWrapText(wraps);
            }
            note.setText(wraps ? "" : Messages.get("form.text.unwrapped", MOST_WRAPPED));
            note.setVisible(!wraps);
            note.setManaged(!wraps);
        };
        area.textProperty().addListener((o, was, now) -> check.run());
        check.run();
    }
}
