package org.chronoline.app;

import java.util.Collection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.chronoline.model.DisplayText;
import org.chronoline.text.Messages;
import org.controlsfx.control.textfield.TextFields;

/**
 * A list of short values (tags, actors) shown as chips: type and press Enter or a comma to add
 * one; click its cross (or Tab to it and press Space) or press Backspace in the empty field to remove
 * the last. Values already
 * used elsewhere in the timeline are suggested while typing.
 */
final class ChipsField extends FlowPane {
    private final ObservableList<String> values = FXCollections.observableArrayList();
    private static final double MIN_INPUT_WIDTH = 120;
    private final TextField input = new TextField();

    ChipsField(String prompt, Collection<String> suggestions) {
        super(6, 6);
        getStyleClass().add("chips-field");
        input.setPromptText(prompt);
        input.getStyleClass().add("chips-input");
        input.setPrefColumnCount(10);
        // Wide enough for its prompt, whatever the language and text size: ten columns cut "Add a person or state…"
        // to "Add a person or s" (and German's longer words sooner); never wider than the row.
        input.fontProperty().addListener((o, was, font) -> fitPrompt(prompt, font));
        fitPrompt(prompt, input.getFont());
        input.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> getWidth() <= 0 ? Double.MAX_VALUE : Math.max(MIN_INPUT_WIDTH, getWidth() - snappedLeftInset() - snappedRightInset()),
                widthProperty(), insetsProperty()));
        if (!suggestions.isEmpty()) {
            TextFields.bindAutoCompletion(input, suggestions);
        }
        input.setOnAction(e -> commitTyped());
        input.textProperty().addListener((o, old, text) -> {
            if (text.contains(",")) {
                for (String part : text.split(",")) {
                    add(part);
                }
                input.clear();
            }
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !values.isEmpty()) {
                values.remove(values.size() - 1);
                e.consume();
            }
        });
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitTyped();
            }
        });
        values.addListener((ListChangeListener<String>) change -> rebuild());
        rebuild();
    }

    /**
     * As narrow as the form may make it: a flow's least width is otherwise its widest child's, and
     * the prompt's width would have widened the whole form past its panel. The field takes the row.
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.min(input.prefWidth(-1), MIN_INPUT_WIDTH);
    }

    private void fitPrompt(String prompt, Font font) {
        Text measured = new Text(prompt);
        measured.setFont(font);
        // The field's own padding and a caret's room beside the text.
        input.setPrefWidth(Math.ceil(measured.getLayoutBounds().getWidth() + font.getSize() * 1.6));
    }

    TextField input() {
        return input;
    }

    /** The values as they stand, and what is being typed, without turning the typing into a value (for comparing). */
    List<Object> state() {
        return List.of(List.copyOf(values), input.getText());
    }

    /** The values, including one still being typed. */
    List<String> values() {
        commitTyped();
        return List.copyOf(values);
    }

    void setValues(List<String> newValues) {
        values.setAll(newValues);
    }

    private void commitTyped() {
        if (!input.getText().isBlank()) {
            add(input.getText());
            input.clear();
        }
    }

    private void add(String value) {
        String v = value.strip();
        if (!v.isEmpty() && !values.contains(v)) {
            values.add(v);
        }
    }

    private void rebuild() {
        getChildren().clear();
        for (String value : values) {
            Label text = new Label(DisplayText.line(value));
            Button remove = new Button("\u00d7");
            remove.getStyleClass().add("chip-remove");
            // A Tab stop, so that any value, not only the last, can be removed from the keyboard; the keys then go to the field.
            remove.setAccessibleText(Messages.get("form.chip.remove", DisplayText.inSentence(value)));
            remove.setOnAction(e -> {
                values.remove(value);
                input.requestFocus();
            });
            remove.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    remove.fire(); // not the form's Apply, which Enter presses elsewhere
                    e.consume();
                }
            });
            HBox chip = new HBox(2, text, remove);
            chip.getStyleClass().add("chip");
            getChildren().add(chip);
        }
        getChildren().add(input);
    }
}
