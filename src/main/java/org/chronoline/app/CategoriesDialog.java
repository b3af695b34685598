package org.chronoline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.chronoline.model.Category;
import org.chronoline.model.DisplayText;
import org.chronoline.model.EventIds;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.UniqueIds;
import org.chronoline.model.edit.Edit;
import org.chronoline.model.edit.Edits;
import org.chronoline.text.Messages;

/**
 * Edit > Categories: add, rename, recolour, reorder and delete categories (lanes). Every change
 * is its own undoable edit, applied at once, so the timeline behind the dialog follows along.
 */
final class CategoriesDialog {

    private final DocumentSession session;
    private final Consumer<Edit> perform;
    private final ListView<Category> list = new ListView<>();
    private final ColorPicker colour = new ColorPicker();
    private final Dialogs dialogs;

    private CategoriesDialog(Dialogs dialogs, DocumentSession session, Consumer<Edit> perform) {
        this.dialogs = dialogs;
        this.session = session;
        this.perform = perform;
    }

    static void show(Dialogs dialogs, DocumentSession session, Consumer<Edit> perform) {
        new CategoriesDialog(dialogs, session, perform).open();
    }

    private void open() {
        Dialog<Void> dialog = new Dialog<>();
        dialogs.prepare(dialog);
        dialog.setTitle(Messages.get("categories.title"));
        dialog.setHeaderText(Messages.get("categories.header"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("categories-dialog");
        list.setId("categories-list");
        list.setPrefWidth(380);
        list.setPrefHeight(300);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Category c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setGraphic(CategorySwatch.of(c, getListView().getItems()));
                setText(DisplayText.inSentence(c.name()) + "  (" + countEvents(c.id()) + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, c) -> {
            if (c != null && c.color() != null && c.color().matches("#[0-9A-Fa-f]{6}")) {
                colour.setValue(Color.web(c.color()));
            }
        });
        colour.setOnAction(e -> recolour());
        Button add = button("categories.add", this::add);
        add.setId("categories-add");
        Button rename = button("categories.rename", this::rename);
        Button up = button("categories.up", () -> move(-1));
        Button down = button("categories.down", () -> move(1));
        Button delete = button("categories.delete", this::delete);
        delete.setId("categories-delete");
        for (Button b : List.of(rename, up, down, delete)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        colour.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        colour.setId("categories-colour");
        swatchOnly(colour);
        Label colourLabel = new Label(Messages.get("categories.colour"));
        colourLabel.setLabelFor(colour);
        VBox buttons = new VBox(6, add, rename, colourLabel, colour, up, down, delete);
        buttons.setFillWidth(true);
        for (Button b : List.of(add, rename, up, down, delete)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        dialog.getDialogPane().setContent(new HBox(12, list, buttons));
        refresh(session.document().categories().isEmpty() ? null
                : session.document().categories().get(0).id()); // the first chosen: every button works from the start
        dialog.showAndWait();
    }

    private long countEvents(String id) {
        return session.document().events().stream().filter(e -> id.equals(e.category())).count();
    }

    private void refresh(String selectId) {
        list.getItems().setAll(session.document().categories());
        if (selectId != null) {
            list.getItems().stream().filter(c -> c.id().equals(selectId)).findFirst()
                    .ifPresent(c -> list.getSelectionModel().select(c));
        }
    }

    private void apply(Edit edit, String selectId) {
        perform.accept(edit);
        refresh(selectId);
    }

    private void add() {
        Optional<String> name = ask(Messages.get("categories.add.prompt"), "");
        name.ifPresent(n -> {
            TimelineDocument d = session.document();
            String id = UniqueIds.next(EventIds.slugOrDefault(n), d.categories().stream().map(Category::id).toList());
            Category category = new Category(id, n, Category.nextColor(d.categories()));
            apply(Edits.addCategory(d, category), id);
        });
    }

    private void rename() {
        Category c = list.getSelectionModel().getSelectedItem();
        ask(Messages.get("categories.rename.prompt"), c.name()).ifPresent(n ->
                apply(Edits.replaceCategory(session.document(), c, new Category(c.id(), n, c.color(), c.extras())), c.id()));
    }

    private void recolour() {
        Category c = list.getSelectionModel().getSelectedItem();
        if (c == null) {
            return;
        }
        Color v = colour.getValue();
        String hex = String.format("#%02X%02X%02X", Math.round(v.getRed() * 255), Math.round(v.getGreen() * 255),
                Math.round(v.getBlue() * 255));
        if (!hex.equalsIgnoreCase(c.color())) {
            apply(Edits.replaceCategory(session.document(), c, new Category(c.id(), c.name(), hex, c.extras())), c.id());
        }
    }

    private void move(int direction) {
        Category c = list.getSelectionModel().getSelectedItem();
        int index = session.document().categories().indexOf(c);
        int target = index + direction;
        if (target >= 0 && target < session.document().categories().size()) {
            apply(Edits.moveCategory(session.document(), c.id(), target), c.id());
        }
    }

    /** Deleting asks where the category's events go: to "Uncategorised" or to another category. */
    private void delete() {
        Category c = list.getSelectionModel().getSelectedItem();
        String none = Messages.get("categories.delete.none");
        List<String> choices = new ArrayList<>();
        choices.add(none);
        session.document().categories().stream().filter(o -> !o.id().equals(c.id())).forEach(o -> choices.add(o.name()));
        ChoiceDialog<String> where = new ChoiceDialog<>(none, choices);
        dialogs.prepare(where);
        where.setTitle(Messages.get("categories.delete"));
        where.setHeaderText(Messages.get("categories.delete.header", DisplayText.inSentence(c.name()), countEvents(c.id())));
        where.setContentText(Messages.get("categories.delete.moveTo"));
        where.getDialogPane().setId("category-delete-dialog");
        where.showAndWait().ifPresent(choice -> {
            String target = choice.equals(none) ? null : session.document().categories().stream()
                    .filter(o -> o.name().equals(choice)).findFirst().map(Category::id).orElse(null);
            apply(Edits.deleteCategory(session.document(), c.id(), target), null);
        });
    }

    private Optional<String> ask(String prompt, String initial) {
        TextInputDialog input = new TextInputDialog(initial);
        dialogs.prepare(input);
        input.setTitle(Messages.get("categories.title"));
        input.setHeaderText(prompt);
        return input.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * A colour picker that shows the colour and not its name: JavaFX names a colour in English
     * only, or gives its hex code ("White" in a Polish window, "#1F77B4" for the others).
     */
    static void swatchOnly(ColorPicker picker) {
        picker.getStyleClass().add("swatch-picker");
    }

    private static Button button(String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
