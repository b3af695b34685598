package org.chronoline.app;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.chronoline.model.Category;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.edit.Edit;
import org.chronoline.model.edit.Edits;
import org.chronoline.text.Messages;

/** Edit > Edit Selected Events: one category, and tags to add or remove, for several events at once. */
final class BulkEditDialog {
    private BulkEditDialog() {
    }

    static void show(Dialogs dialogs, TimelineDocument document, Set<String> ids, Consumer<Edit> perform) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialogs.prepare(dialog);
        dialog.setTitle(Messages.get("bulk.title"));
        dialog.setHeaderText(Messages.get("bulk.header", ids.size()));
        dialog.getDialogPane().setId("bulk-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        String unchanged = Messages.get("bulk.unchanged");
        String none = Messages.get("categories.delete.none");
        ComboBox<String> category = new ComboBox<>();
        category.setId("bulk-category");
        category.getItems().addAll(unchanged, none);
        document.categories().forEach(c -> category.getItems().add(c.name()));
        category.setValue(unchanged);
        TextField add = new TextField();
        add.setId("bulk-add-tags");
        add.setPromptText(Messages.get("bulk.tags.prompt"));
        TextField remove = new TextField();
        remove.setPromptText(Messages.get("bulk.tags.prompt"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("form.category")), category);
        grid.addRow(1, new Label(Messages.get("bulk.addTags")), add);
        grid.addRow(2, new Label(Messages.get("bulk.removeTags")), remove);
        dialog.getDialogPane().setContent(grid);
        if (dialog.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        boolean setsCategory = !category.getValue().equals(unchanged);
        String id = !setsCategory || category.getValue().equals(none) ? null : document.categories().stream()
                .filter(c -> c.name().equals(category.getValue())).findFirst().map(Category::id).orElse(null);
        List<String> toAdd = tags(add.getText());
        List<String> toRemove = tags(remove.getText());
        if (setsCategory || !toAdd.isEmpty() || !toRemove.isEmpty()) {
            perform.accept(Edits.changeEvents(document, ids, setsCategory, id, toAdd, toRemove));
        }
    }

    private static List<String> tags(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
