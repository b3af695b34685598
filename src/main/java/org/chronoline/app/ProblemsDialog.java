package org.chronoline.app;

import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.chronoline.io.LoadResult;
import org.chronoline.io.Problem;
import org.chronoline.text.Messages;

/**
 * Lists the problems of a file with their positions, so they can be fixed in a text editor:
 * line and column, error or warning, the field, and what is wrong. "Copy All" puts them on the
 * clipboard in the same form as {@code --check} prints them.
 */
final class ProblemsDialog {
    private ProblemsDialog() {
    }

    /** For a file that opened with warnings, or could not be opened while another timeline stays open. */
    static void show(Dialogs dialogs, String fileName, LoadResult result) {
        show(dialogs, fileName, result, true);
    }

    /**
     * @param anotherStaysOpen whether a timeline stays open behind a file that could not be opened
     *     (not so for the file Chronoline was started with: then the intro does not say it does)
     */
    static void show(Dialogs dialogs, String fileName, LoadResult result, boolean anotherStaysOpen) {
        boolean opened = result.isLoaded();
        Alert alert = new Alert(opened ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        dialogs.prepare(alert);
        alert.setTitle(Messages.get("problems.title", fileName));
        alert.setHeaderText(Messages.get(opened ? "problems.header.warnings" : "problems.header.invalid", fileName));
        alert.getDialogPane().getStyleClass().add("problems-dialog");

        String intro = result.status() == LoadResult.Status.UNREADABLE ? "problems.intro.unreadable"
                : opened ? "problems.intro.warnings" : anotherStaysOpen ? "problems.intro.invalid" : "problems.intro.invalidNothingOpen";
        Label introLabel = new Label(Messages.get(intro));
        introLabel.setWrapText(true);
        introLabel.getStyleClass().add("problems-intro");
        introLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // whole, the list giving way, when the dialog is made short

        TableView<Problem> table = new TableView<>();
        table.getStyleClass().add("problems-table");
        table.getItems().setAll(result.problems());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Every column at least as wide as its widest word (WrappingCells): narrowed, the list scrolls sideways rather than
        // crush Line:Col and Kind to slivers, and the line number is what an editor needs to find the mistake.
        TableColumn<Problem, String> position = WrappingCells.wrap(column("problems.column.position", 6,
                p -> p.hasPosition() ? p.line() + ":" + p.column() : ""), "problem-position");
        TableColumn<Problem, String> where = WrappingCells.wrap(column("problems.column.where", 12, Problem::path), "problem-where");
        // A file that cannot be read at all has a problem with no place in it: no empty columns for one.
        position.setVisible(result.problems().stream().anyMatch(Problem::hasPosition));
        where.setVisible(result.problems().stream().anyMatch(p -> !p.path().isEmpty()));
        table.getColumns().add(position);
        table.getColumns().add(WrappingCells.wrap(column("problems.column.severity", 6, p -> p.severity().word()), "problem-severity"));
        table.getColumns().add(where);
        table.getColumns().add(WrappingCells.wrap(column("problems.column.message", 30, Problem::message), "problem-message"));
        SidewaysScrolling.whenNeeded(table);
        VBox content = new VBox(10, introLabel, table);
        if (result.omittedProblems() > 0) {
            content.getChildren().add(new Label(Messages.get("problems.more", result.omittedProblems())));
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        alert.getDialogPane().setContent(Dialogs.fillsHeight(content));
        // Widths and heights in the type's size: at 200% the list kept its pixels and showed one problem, in a list that
        // scrolled inside a dialog that scrolled, on a 768-line screen. Now the list takes the height the screen leaves.
        dialogs.fitWidth(alert.getDialogPane(), WIDTH_EM, introLabel);
        double em = introLabel.getFont().getSize();
        for (TableColumn<Problem, ?> each : table.getColumns()) {
            each.setPrefWidth(each.getPrefWidth() * em);
        }
        int lines = result.problems().stream().mapToInt(ProblemsDialog::linesAbout).sum();
        table.setPrefHeight(em * Math.min(MOST_LINES_EM, 4.5 + 2 * lines));
        table.setMinHeight(em * LEAST_HEIGHT_EM);
        alert.setResizable(true);

        ButtonType copy = new ButtonType(Messages.get("problems.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        alert.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(result.problems().stream().map(p -> p.format(fileName)).collect(Collectors.joining("\n")));
            Clipboard.getSystemClipboard().setContent(text);
            e.consume();
        });
        alert.show();
    }

    /**
     * About how many lines a problem takes in the list, for the list's first height: its sentence at
     * some 60 characters a line, its field at some 20 (the dialog can be made larger, and the list
     * scrolls).
     */
    private static int linesAbout(Problem problem) {
        int sentence = (problem.message().length() + 59) / 60;
        int field = (problem.path().length() + 19) / 20;
        return Math.max(1, Math.max(sentence, field));
    }

    /** The dialog's width in its type's em: some 130 characters of problems beside their places. */
    private static final double WIDTH_EM = 63;
    /** The list's height at most, in em, before the screen has its say: some fifteen problems of a line. */
    private static final double MOST_LINES_EM = 30;
    /** The list's least height, in em: its header and two or three problems, below which the dialog scrolls instead. */
    private static final double LEAST_HEIGHT_EM = 7;

    /** A column {@code ems} wide, in em of the dialog's type (made pixels once its type is known). */
    private static TableColumn<Problem, String> column(String titleKey, double ems,
                                                       Function<Problem, String> value) {
        TableColumn<Problem, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setPrefWidth(ems);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
