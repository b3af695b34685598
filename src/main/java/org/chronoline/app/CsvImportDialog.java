package org.chronoline.app;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.util.StringConverter;
import org.chronoline.io.CsvColumns.Column;
import org.chronoline.io.CsvColumns.Field;
import org.chronoline.io.CsvColumns;
import org.chronoline.io.CsvImporter;
import org.chronoline.io.Problem;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.launch.UserPreferences;
import org.chronoline.model.DisplayText;
import org.chronoline.model.Graphemes;
import org.chronoline.text.Messages;

/**
 * File > Import CSV: the spreadsheet's first rows as a table, with a choice above each column of
 * the field it holds (guessed from its header, and remembered for spreadsheets with the same
 * headers), the rows that cannot become events marked with the reason, and a count of what the
 * import will bring in. Nothing is imported until Import is pressed.
 */
final class CsvImportDialog {
    private static final Preferences MAPPINGS = UserPreferences.root().node("org/chronoline/csv-mappings");
    /** The choices offered for a column: ignore it, a field, or a source's part. */
    private static final List<Column> CHOICES = choices();

    private final CsvImporter.Sheet sheet;
    private final Path file;
    private final List<ComboBox<Column>> pickers = new ArrayList<>();
    private final ListView<String> problems = new ListView<>();
    private final Label summary = new Label();
    private final TableView<CsvImporter.Row> table = new TableView<>();
    private CsvImporter.Result result;

    private CsvImportDialog(CsvImporter.Sheet sheet, Path file) {
        this.sheet = sheet;
        this.file = file;
    }

    /** Shows the preview; the result is the imported timeline, or empty when cancelled or unreadable. */
    static Optional<CsvImporter.Result> ask(Dialogs dialogs, Path file) {
        CsvImporter.Sheet sheet;
        try {
            sheet = CsvImporter.read(file);
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            dialogs.prepare(alert);
            alert.setTitle(Messages.get("csv.import.title"));
            alert.setHeaderText(Messages.get("csv.import.unreadable", file.getFileName()));
            alert.setContentText(e instanceof NoSuchFileException ? Messages.get("problem.io.notFound") : e.getMessage());
            alert.showAndWait();
            return Optional.empty();
        }
        return new CsvImportDialog(sheet, file).show(dialogs);
    }

    private Optional<CsvImporter.Result> show(Dialogs dialogs) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialogs.prepare(dialog);
        dialog.setResizable(true);
        dialog.setTitle(Messages.get("csv.import.title"));
        dialog.setHeaderText(Messages.get("csv.import.header", file.getFileName(), sheet.rows().size()));
        dialog.getDialogPane().setId("csv-import");
        ButtonType importButton = new ButtonType(Messages.get("csv.import.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);

        List<Column> guessed = remembered().orElse(CsvColumns.recognise(sheet.headers()));
        table.setId("csv-preview");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (int i = 0; i < sheet.headers().size(); i++) {
            table.getColumns().add(column(i, i < guessed.size() ? guessed.get(i) : Column.IGNORED));
        }
        table.getItems().setAll(sheet.rows().subList(0, Math.min(sheet.rows().size(), CsvImporter.PREVIEW_ROWS)));
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(CsvImporter.Row row, boolean empty) {
                super.updateItem(row, empty);
                Problem problem = empty || row == null ? null : problemAt(row.line());
                getStyleClass().removeAll("csv-row-problem", "csv-row-warning");
                setTooltip(null);
                if (problem != null) {
                    // Left out in red; imported with a warning (a picture left out) in yellow: both were red (a walk-through).
                    getStyleClass().add(problem.isError() ? "csv-row-problem" : "csv-row-warning");
                    setTooltip(new Tooltip(problem.message()));
                }
            }
        });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        table.setPrefSize(Math.min(900, screen.getWidth() - 160), Math.min(320, screen.getHeight() - 420));
        problems.setId("csv-problems");
        problems.setPrefHeight(110);
        // Always there, so that the dialog does not change size under the pointer as problems come and go.
        problems.setPlaceholder(new Label(Messages.get("csv.import.noProblems")));
        summary.setId("csv-summary");
        summary.getStyleClass().add("csv-summary");
        Label hint = new Label(Messages.get("csv.import.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        hint.setPrefWidth(table.getPrefWidth());
        summary.setPrefWidth(table.getPrefWidth());
        problems.setPrefWidth(table.getPrefWidth());
        VBox content = new VBox(8, hint, table, summary, problems);
        dialog.getDialogPane().setContent(content);
        update();
        Node importNode = dialog.getDialogPane().lookupButton(importButton);
        importNode.setId("csv-import-button");
        importNode.disableProperty().bind(Bindings.createBooleanBinding(
                () -> result == null || result.rowsImported() == 0, summary.textProperty())); // as the summary counts them

        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != importButton || result == null) {
            return Optional.empty();
        }
        remember(mapping());
        return Optional.of(result);
    }

    private TableColumn<CsvImporter.Row, String> column(int index, Column guess) {
        TableColumn<CsvImporter.Row, String> column = new TableColumn<>();
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(index < cell.getValue().cells().size()
                ? DisplayText.line(cell.getValue().cells().get(index)) : ""));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty || text == null ? null : Graphemes.cut(text, 81));
            }
        });
        ComboBox<Column> picker = new ComboBox<>(FXCollections.observableArrayList(CHOICES));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Column c) {
                return label(c);
            }

            @Override
            public Column fromString(String s) {
                return null;
            }
        });
        picker.setValue(CHOICES.contains(guess) ? guess : Column.IGNORED);
        picker.valueProperty().addListener((o, old, now) -> update());
        picker.setId("csv-column-" + index);
        pickers.add(picker);
        Label header = new Label(sheet.headers().get(index));
        header.getStyleClass().add("csv-header");
        column.setGraphic(new VBox(4, header, picker));
        column.setPrefWidth(170);
        column.setSortable(false);
        return column;
    }

    /** What each column now holds. */
    List<Column> mapping() {
        return pickers.stream().map(p -> p.getValue() == null ? Column.IGNORED : p.getValue()).toList();
    }

    private void update() {
        String fileName = file.getFileName().toString();
        result = CsvImporter.convert(sheet, mapping(), TimelineFileReader.titleOf(fileName), fileName);
        List<String> lines = new ArrayList<>();
        for (Problem p : result.problems()) {
            lines.add(p.line() > 0 ? Messages.get("csv.import.problemLine", p.line(), p.path().isEmpty() ? "" : p.path() + ": ",
                    p.message()) : p.message());
        }
        problems.getItems().setAll(lines);
        summary.setText(Messages.get("csv.import.summary", result.rowsImported(), result.rowsRead(),
                result.rowsRead() - result.rowsImported()));
        table.refresh();
    }

    private Problem problemAt(long line) {
        // The row's error, where it has one: that is why it is left out; else its first warning.
        return result == null ? null : result.problems().stream().filter(p -> p.line() == line)
                .min(java.util.Comparator.comparing(p -> !p.isError())).orElse(null);
    }

    private static String label(Column c) {
        if (c == null || c.field() == Field.IGNORE) {
            return Messages.get("csv.import.ignore");
        }
        return CsvColumns.label(c);
    }

    private static List<Column> choices() {
        List<Column> choices = new ArrayList<>();
        choices.add(Column.IGNORED);
        for (Field f : Field.values()) {
            if (f == Field.IGNORE) {
                continue;
            }
            if (f == Field.SOURCE_TITLE || f == Field.SOURCE_URL || f == Field.SOURCE_PUBLISHER || f == Field.SOURCE_DATE) {
                for (int s = 1; s <= 5; s++) {
                    choices.add(new Column(f, s));
                }
            } else {
                choices.add(new Column(f, 0));
            }
        }
        return choices;
    }

    // ---- remembered mappings -------------------------------------------------------------------

    /** The key for spreadsheets with these headers: the next export of the same sheet maps the same way. */
    private String key() {
        return Integer.toHexString(String.join("\u0000", sheet.headers()).hashCode());
    }

    private Optional<List<Column>> remembered() {
        String saved = MAPPINGS.get(key(), null);
        if (saved == null) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        for (String part : saved.split(",", -1)) {
            String[] fieldAndSource = part.split(":");
            try {
                columns.add(new Column(Field.valueOf(fieldAndSource[0]), Integer.parseInt(fieldAndSource[1])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return columns.size() == sheet.headers().size() ? Optional.of(columns) : Optional.empty();
    }

    private void remember(List<Column> columns) {
        MAPPINGS.put(key(), String.join(",", columns.stream().map(c -> c.field().name() + ":" + c.source()).toList()));
    }
}
