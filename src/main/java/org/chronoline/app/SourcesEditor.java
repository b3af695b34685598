package org.chronoline.app;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Source;
import org.chronoline.model.edit.EventDraft;
import org.chronoline.text.Messages;

/**
 * The event form's sources: one small block of fields per source (title, address, publisher,
 * date), moved up and down and removed with buttons, each saying at once what is wrong with it by
 * the {@linkplain EventDraft.SourceText#problem() draft's rules}. Blank blocks are left out.
 */
final class SourcesEditor extends VBox {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final List<SourceRow> rows = new ArrayList<>();
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper(this, "invalid");
    private final ReadOnlyStringWrapper firstProblem = new ReadOnlyStringWrapper(this, "firstProblem");

    SourcesEditor(List<Source> sources) {
        super(10);
        sources.forEach(this::add);
    }

    /** Whether a source cannot be kept as typed: the form cannot be applied then. */
    ReadOnlyBooleanProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    /** The sources as typed, blank ones included (the draft leaves them out). */
    List<EventDraft.SourceText> typed() {
        return rows.stream().map(SourceRow::typed).toList();
    }

    /** A new, empty source, its title focused. */
    void addEmpty() {
        add(null).title.requestFocus();
    }

    /** One source being edited; {@code extras} keeps fields of the source this version does not know, {@code gives} its date for the event. */
    private final class SourceRow extends GridPane {
        final TextField title = new TextField();
        final TextField url = new TextField();
        final TextField publisher = new TextField();
        final TextField date = new TextField();
        final TextField language = new TextField();
        final Label problem = new Label();
        /** Move up and Move down, each off where it cannot move the source (the first's up, the last's down). */
        final Button up;
        final Button down;
        /** The source's own text back while a field shows it unchanged: a source title's line break survives an edit elsewhere. */
        final FilledText filled = new FilledText();
        final ExtraFields extras;
        /** The date the source gives for the event, where sources differ: kept as it was. */
        final HistoricalDate gives;

        SourceRow(Source source) {
            getStyleClass().add("form-source");
            extras = source == null ? ExtraFields.NONE : source.extras();
            gives = source == null ? null : source.gives();
            title.setPromptText(Messages.get("form.source.title"));
            url.setPromptText(Messages.get("form.source.url"));
            publisher.setPromptText(Messages.get("form.source.publisher"));
            date.setPromptText(Messages.get("form.source.date"));
            language.setPromptText(Messages.get("form.source.language"));
            language.getStyleClass().add("form-source-language");
            title.getStyleClass().add("form-source-title");
            url.getStyleClass().add("form-source-url");
            problem.getStyleClass().add("form-reading");
            problem.setWrapText(true);
            if (source != null) {
                EventDraft.SourceText text = EventDraft.SourceText.of(source);
                filled.fill(title, text.title());
                filled.fill(url, nullToEmpty(text.url()));
                filled.fill(publisher, nullToEmpty(text.publisher()));
                filled.fill(date, nullToEmpty(text.date()));
                filled.fill(language, nullToEmpty(text.language()));
            }
            up = smallButton("\u2191", "form.source.up", () -> move(this, -1));
            down = smallButton("\u2193", "form.source.down", () -> move(this, 1));
            Button remove = smallButton("\u00d7", "form.source.remove", () -> remove(this));
            GridPane.setHgrow(title, Priority.ALWAYS);
            add(title, 0, 0, 2, 1);
            add(url, 0, 1, 3, 1);
            add(publisher, 0, 2);
            add(date, 1, 2, 2, 1);
            add(language, 0, 3);
            add(problem, 0, 4, 3, 1);
            // Beside the title, but last for Tab (which goes in the order of the children): the keys went from the
            // title to Move Up, Move Down and Remove, and what was typed for the address was lost (a space removed the source).
            add(new HBox(2, up, down, remove), 2, 0);
            setHgap(6);
            setVgap(4);
            // The fields take the card's width, the publisher and the date half of it each: without columns that grow,
            // they kept their own width, "Date publi" cut at 1024 beside empty room.
            ColumnConstraints publisherColumn = new ColumnConstraints();
            publisherColumn.setHgrow(Priority.ALWAYS);
            ColumnConstraints dateColumn = new ColumnConstraints();
            dateColumn.setHgrow(Priority.ALWAYS);
            ColumnConstraints buttonsColumn = new ColumnConstraints();
            buttonsColumn.setHgrow(Priority.NEVER);
            getColumnConstraints().setAll(publisherColumn, dateColumn, buttonsColumn);
            for (TextField f : List.of(title, url, publisher, date, language)) {
                f.setMaxWidth(Double.MAX_VALUE);
                f.setPrefColumnCount(6);
            }
            for (TextField f : List.of(title, url, publisher, date, language)) {
                f.textProperty().addListener((o, old, now) -> check());
                // Named to a screen reader by what it holds: the prompt that says it is gone once it is filled.
                f.setAccessibleText(f.getPromptText());
            }
        }

        /** The field that keeps the source from being kept, or null. */
        TextField problemField() {
            EventDraft.SourceText.Field field = typed().problemField();
            return field == null ? null : switch (field) {
                case TITLE -> title;
                case URL -> url;
                case DATE -> date;
            };
        }

        EventDraft.SourceText typed() {
            return new EventDraft.SourceText(filled.of(title), filled.of(url), filled.of(publisher), filled.of(date), gives, filled.of(language), extras);
        }
    }

    private SourceRow add(Source source) {
        SourceRow row = new SourceRow(source);
        rows.add(row);
        getChildren().add(row);
        check();
        updateMoves();
        return row;
    }

    /** Only the moves there are: one source has none, and the keys stopped on two buttons that did nothing (a keyboard walk-through). */
    private void updateMoves() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).up.setDisable(i == 0);
            rows.get(i).down.setDisable(i == rows.size() - 1);
        }
    }

    private void move(SourceRow row, int direction) {
        int index = rows.indexOf(row);
        int target = index + direction;
        if (target < 0 || target >= rows.size()) {
            return;
        }
        Button pressed = direction < 0 ? row.up : row.down;
        boolean keyed = pressed.isFocused();
        rows.remove(index);
        rows.add(target, row);
        getChildren().setAll(rows);
        check(); // which problem comes first
        updateMoves();
        if (keyed) {
            // The keys stay on the source moved (a button pressed has them, by key or click): on the same button, or on
            // the other where it has gone as far as it goes.
            (pressed.isDisabled() ? (direction < 0 ? row.down : row.up) : pressed).requestFocus();
        }
    }

    private void remove(SourceRow row) {
        rows.remove(row);
        getChildren().remove(row);
        check();
        updateMoves();
    }

    /** The first source's problem in words, or null when every source is valid. */
    ReadOnlyStringProperty firstProblemProperty() {
        return firstProblem.getReadOnlyProperty();
    }

    /** Gives the keyboard to the first field that keeps a source from being kept; false when every source is valid. */
    boolean focusFirstProblem() {
        for (SourceRow row : rows) {
            TextField field = row.problemField();
            if (field != null) {
                Focus.whenInScene(field);
                return true;
            }
        }
        return false;
    }

    private void check() {
        String first = null;
        for (SourceRow row : rows) {
            String problem = row.typed().problem();
            // A language that is not a code is said, and kept as the file keeps it: it stops nothing.
            String warning = row.typed().languageWarning();
            row.problem.setText(problem != null ? problem : warning == null ? "" : warning);
            row.problem.pseudoClassStateChanged(INVALID, problem != null);
            row.language.setAccessibleHelp(warning);
            // A screen reader hears why with the field, which the line under it is not tied to.
            TextField wrong = problem == null ? null : row.problemField();
            for (TextField field : List.of(row.title, row.url, row.date)) {
                field.setAccessibleHelp(field == wrong ? problem : null);
            }
            if (first == null) {
                first = problem;
            }
        }
        firstProblem.set(first);
        invalid.set(first != null);
    }

    static Button smallButton(String text, String accessibleKey, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("form-small-button");
        button.setAccessibleText(Messages.get(accessibleKey));
        button.setTooltip(new Tooltip(Messages.get(accessibleKey)));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
