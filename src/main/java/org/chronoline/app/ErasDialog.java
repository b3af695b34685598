package org.chronoline.app;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.chronoline.model.DateInput;
import org.chronoline.model.DateText;
import org.chronoline.model.DisplayText;
import org.chronoline.model.Era;
import org.chronoline.model.EventIds;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.model.UniqueIds;
import org.chronoline.model.edit.Edit;
import org.chronoline.model.edit.Edits;
import org.chronoline.model.edit.EventDraft;
import org.chronoline.text.Messages;

/** Edit > Eras: the named periods drawn behind the events; each change is its own undoable edit. */
final class ErasDialog {
    private ErasDialog() {
    }

    static void show(Dialogs dialogs, DocumentSession session, Consumer<Edit> perform) {
        Dialog<Void> dialog = new Dialog<>();
        dialogs.prepare(dialog);
        dialog.setTitle(Messages.get("eras.title"));
        dialog.setHeaderText(Messages.get("eras.header"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        ListView<Era> list = new ListView<>();
        list.setId("eras-list");
        list.setPrefWidth(380);
        list.setCellFactory(v -> new ListCell<>() {
            {
                Dialogs.wrapInList(this);
            }

            @Override
            protected void updateItem(Era era, boolean empty) {
                super.updateItem(era, empty);
                setText(empty || era == null ? null : DisplayText.inSentence(era.title()) + "  ("
                        + DateText.formatSpan(era.start(), era.end()) + ")");
            }
        });
        Runnable refresh = () -> list.getItems().setAll(session.document().eras());
        Button add = new Button(Messages.get("eras.add"));
        add.setOnAction(e -> edit(dialogs, null).ifPresent(era -> {
            perform.accept(Edits.addEra(session.document(), withUniqueId(era, session)));
            refresh.run();
        }));
        Button change = new Button(Messages.get("eras.edit"));
        change.setOnAction(e -> {
            Era before = list.getSelectionModel().getSelectedItem();
            edit(dialogs, before).ifPresent(after -> {
                perform.accept(Edits.replaceEra(session.document(), before, after));
                refresh.run();
            });
        });
        Button delete = new Button(Messages.get("eras.delete"));
        delete.setOnAction(e -> {
            perform.accept(Edits.deleteEra(session.document(), list.getSelectionModel().getSelectedItem()));
            refresh.run();
        });
        change.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        for (Button b : new Button[] {add, change, delete}) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        refresh.run();
        dialog.getDialogPane().setContent(new HBox(12, list, new VBox(6, add, change, delete)));
        dialog.showAndWait();
    }

    private static Era withUniqueId(Era era, DocumentSession session) {
        String id = UniqueIds.next(era.id(), session.document().eras().stream().map(Era::id).toList());
        return new Era(id, era.title(), era.start(), era.end(), era.color(), era.extras());
    }

    /** A small form for one era; dates at any precision, the end not before the start. */
    private static Optional<Era> edit(Dialogs dialogs, Era era) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialogs.prepare(dialog);
        dialog.setTitle(Messages.get(era == null ? "eras.add" : "eras.edit"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        TextField title = new TextField(era == null ? "" : era.title());
        TextField start = new TextField(era == null ? "" : era.start().toIso());
        TextField end = new TextField(era == null ? "" : era.end().toIso());
        ColorPicker colour = new ColorPicker(era != null && era.color() != null && era.color().matches("#[0-9A-Fa-f]{6}")
                ? Color.web(era.color()) : Color.web("#D0D7DE"));
        Label problem = new Label();
        problem.getStyleClass().add("form-reading");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("form.title")), title);
        grid.addRow(1, new Label(Messages.get("form.start")), start);
        grid.addRow(2, new Label(Messages.get("form.end")), end);
        CategoriesDialog.swatchOnly(colour);
        Label colourLabel = new Label(Messages.get("categories.colour"));
        colourLabel.setLabelFor(colour);
        grid.addRow(3, colourLabel, colour);
        grid.add(problem, 1, 4);
        dialog.getDialogPane().setContent(grid);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            String reason = problem(title.getText(), start.getText(), end.getText());
            problem.setText(reason == null ? "" : reason);
            ok.setDisable(reason != null);
        };
        title.textProperty().addListener((o, a, b) -> check.run());
        start.textProperty().addListener((o, a, b) -> check.run());
        end.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        if (dialog.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return Optional.empty();
        }
        HistoricalDate s = DateInput.parse(start.getText());
        Color c = colour.getValue();
        String hex = String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
        String id = era != null ? era.id() : EventIds.slugOrDefault(title.getText());
        return Optional.of(new Era(id, title.getText().strip(), s, DateInput.parse(end.getText()), hex,
                era == null ? ExtraFields.NONE : era.extras()));
    }

    private static String problem(String title, String start, String end) {
        if (title.isBlank()) {
            return Messages.get("eras.needsTitle");
        }
        try {
            HistoricalDate s = DateInput.parse(start);
            HistoricalDate e = DateInput.parse(end);
            return EventDraft.endsBeforeStart(s, e) ? Messages.get("form.end.beforeStart") : null;
        } catch (InvalidDateException ex) {
            return ex.sentence();
        }
    }
}
