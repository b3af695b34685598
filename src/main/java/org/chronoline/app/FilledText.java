package org.chronoline.app;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.TextInputControl;

/**
 * Text fields filled from a timeline's text, and that text back while a field shows it unchanged.
 * JavaFX's fields leave out line breaks, tabs and control characters, and a form that wrote every
 * field back as shown changed text nobody touched ("Treaty of Paris\nsigned" became "Treaty of
 * Parissigned"); a text typed over is taken as typed.
 */
final class FilledText {
    /** Each field as filled: what it showed, and the text it showed. */
    private final Map<TextInputControl, String[]> filled = new HashMap<>();

    /** Shows {@code value} in {@code field}, remembering both. */
    void fill(TextInputControl field, String value) {
        field.setText(value);
        filled.put(field, new String[] {field.getText(), value});
    }

    /** The field's text for the timeline: the text it was filled with while it shows that unchanged. */
    String of(TextInputControl field) {
        String[] shown = filled.get(field);
        return shown != null && shown[0].equals(field.getText()) ? shown[1] : field.getText();
    }

    void clear() {
        filled.clear();
    }
}
