package org.chronoline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.chronoline.model.DisplayText;
import org.chronoline.model.EventIds;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.model.UniqueIds;
import org.chronoline.model.edit.Edit;
import org.chronoline.model.edit.Edits;
import org.chronoline.text.Messages;
import org.chronoline.view.EventIndex;

/**
 * Edit > Tours: guided paths through the events for presenting. Steps are reordered by dragging
 * them (or with the Up and Down buttons), added from the timeline's selection, and removed; each
 * change is its own undoable edit.
 */
final class ToursDialog {
    private final Dialogs dialogs;
    private final DocumentSession session;
    private final Consumer<Edit> perform;
    private final Set<String> selectedEvents;
    private final List<String> shownEvents;
    private final ListView<Tour> tours = new ListView<>();
    private final ListView<String> steps = new ListView<>();

    private ToursDialog(Dialogs dialogs, DocumentSession session, Consumer<Edit> perform, Set<String> selectedEvents,
            List<String> shownEvents) {
        this.dialogs = dialogs;
        this.session = session;
        this.perform = perform;
        this.selectedEvents = selectedEvents;
        this.shownEvents = shownEvents;
    }

    /**
     * Whether the teacher means to delete a tour with steps: a whole lesson went with one click, and
     * Ctrl+Z reaches it only once this list is closed. The events stay either way.
     */
    private boolean confirmDelete(Tour tour) {
        ButtonType delete = new ButtonType(Messages.get("tours.delete"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = dialogs.alert(Alert.AlertType.CONFIRMATION, Messages.get("tours.delete.title"),
                Messages.get("tours.delete.header", DisplayText.inSentence(tour.title()), tour.steps().size()),
                Messages.get("tours.delete.text", LocalKeys.of("Shortcut+Z").getDisplayText()), delete, ButtonType.CANCEL);
        alert.getDialogPane().setId("delete-tour-dialog");
        dialogs.defaultTo(alert, ButtonType.CANCEL);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == delete;
    }

    /**
     * @param selectedEvents the events selected on the timeline, for "New Tour from Selection" and "Add Selected"
     * @param shownEvents    the ids of the events the filter shows, in time order, for "New Tour from Filter"
     */
    static void show(Dialogs dialogs, DocumentSession session, Consumer<Edit> perform, Set<String> selectedEvents,
            List<String> shownEvents) {
        new ToursDialog(dialogs, session, perform, selectedEvents, shownEvents).open();
    }

    /** The dialog's width where the screen has room: both lists and their buttons side by side. */
    private static final double WIDTH = 880;

    private static FlowPane buttonRow(Button... buttons) {
        FlowPane row = new FlowPane(6, 6, buttons);
        row.setPrefWrapLength(200);
        return row;
    }

    private void open() {
        Dialog<Void> dialog = new Dialog<>();
        dialogs.prepare(dialog);
        dialog.setTitle(Messages.get("tours.title"));
        dialog.setHeaderText(Messages.get("tours.header"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("tours-dialog");
        tours.setId("tours-list");
        steps.setId("tour-steps");
        tours.setPrefWidth(230);
        tours.setPrefHeight(260);
        steps.setPrefWidth(570);
        steps.setPrefHeight(320); // with the buttons under it, within a 768-line screen when they wrap
        tours.setCellFactory(v -> new ListCell<>() {
            {
                Dialogs.wrapInList(this);
            }

            @Override
            protected void updateItem(Tour tour, boolean empty) {
                super.updateItem(tour, empty);
                setText(empty || tour == null ? null : Messages.get("tours.item", DisplayText.inSentence(tour.title()), tour.steps().size()));
            }
        });
        tours.getSelectionModel().selectedItemProperty().addListener((o, old, tour) -> showSteps(tour));
        steps.setCellFactory(v -> new StepCell());

        Button fromSelection = button("tours.fromSelection", this::newFromSelection);
        fromSelection.setDisable(selectedEvents.isEmpty());
        Button fromFilter = button("tours.fromFilter", () -> newTour(shownEvents));
        fromFilter.setId("tours-from-filter");
        fromFilter.setTooltip(new Tooltip(Messages.get("tours.fromFilter.tooltip", shownEvents.size())));
        // Only a filter that leaves some events out makes a tour different from "every event".
        fromFilter.setDisable(shownEvents.isEmpty() || shownEvents.size() == session.document().events().size());
        Button empty = button("tours.new", () -> newTour(List.of()));
        Button rename = button("tours.rename", this::rename);
        Button delete = button("tours.delete", () -> {
            Tour tour = selected();
            if (tour.steps().isEmpty() || confirmDelete(tour)) {
                perform.accept(Edits.deleteTour(session.document(), tour));
                refresh(null);
            }
        });
        Button addSelected = button("tours.addSelected", this::addSelected);
        Button up = button("tours.up", () -> moveStep(-1));
        Button down = button("tours.down", () -> moveStep(1));
        Button remove = button("tours.removeStep", this::removeStep);
        for (Button b : List.of(rename, delete, addSelected)) {
            b.disableProperty().bind(tours.getSelectionModel().selectedItemProperty().isNull());
        }
        for (Button b : List.of(up, down, remove)) {
            b.disableProperty().bind(steps.getSelectionModel().selectedItemProperty().isNull());
        }
        addSelected.disableProperty().unbind();
        addSelected.disableProperty().bind(tours.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(selectedEvents::isEmpty)));
        // Rows of buttons wrap, and the dialog is at most the screen's width, its header wrapping: in Russian
        // the header ran on in one line and the buttons' rows were wider than a 1024-pixel screen, Close off it.
        VBox left = new VBox(6, new Label(Messages.get("tours.list")), tours, buttonRow(fromSelection, fromFilter),
                buttonRow(empty, rename, delete));
        Label stepsLabel = new Label(Messages.get("tours.steps"));
        VBox right = new VBox(6, stepsLabel, steps, buttonRow(addSelected, up, down, remove));
        HBox.setHgrow(right, Priority.ALWAYS);
        dialog.getDialogPane().setContent(new HBox(16, left, right));
        dialogs.fitWidth(dialog.getDialogPane(), 0, stepsLabel, WIDTH);
        refresh(null);
        if (!tours.getItems().isEmpty()) {
            tours.getSelectionModel().select(0);
        }
        dialog.showAndWait();
    }

    private Tour selected() {
        return tours.getSelectionModel().getSelectedItem();
    }

    private void refresh(String selectId) {
        String keep = selectId != null ? selectId : selected() == null ? null : selected().id();
        tours.getItems().setAll(session.document().tours());
        tours.getItems().stream().filter(t -> t.id().equals(keep)).findFirst().ifPresent(t -> tours.getSelectionModel().select(t));
        showSteps(selected());
    }

    private void showSteps(Tour tour) {
        int keep = steps.getSelectionModel().getSelectedIndex();
        steps.getItems().setAll(tour == null ? List.of() : tour.steps());
        if (keep >= 0 && keep < steps.getItems().size()) {
            steps.getSelectionModel().select(keep);
        }
    }

    private void changeSteps(List<String> newSteps, int selectIndex) {
        Tour tour = selected();
        perform.accept(Edits.replaceTour(session.document(), tour, new Tour(tour.id(), tour.title(), newSteps, tour.extras())));
        refresh(tour.id());
        steps.getSelectionModel().select(selectIndex);
    }

    /** The selected events, in time order, as the steps of a new tour. */
    private void newFromSelection() {
        List<TimelineEvent> chosen = new ArrayList<>(session.document().events().stream()
                .filter(e -> selectedEvents.contains(e.id())).toList());
        chosen.sort(EventIndex.timeOrder());
        newTour(chosen.stream().map(TimelineEvent::id).toList());
    }

    private void newTour(List<String> ids) {
        TextInputDialog name = new TextInputDialog(Messages.get("tours.defaultName"));
        dialogs.prepare(name);
        name.setHeaderText(Messages.get("tours.name"));
        name.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(n -> {
            String id = UniqueIds.next(EventIds.slugOrDefault(n), session.document().tours().stream().map(Tour::id).toList());
            perform.accept(Edits.addTour(session.document(), new Tour(id, n, ids, ExtraFields.NONE)));
            refresh(id);
        });
    }

    private void rename() {
        Tour tour = selected();
        TextInputDialog name = new TextInputDialog(tour.title());
        dialogs.prepare(name);
        name.setHeaderText(Messages.get("tours.name"));
        name.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(n -> {
            perform.accept(Edits.replaceTour(session.document(), tour, new Tour(tour.id(), n, tour.steps(), tour.extras())));
            refresh(tour.id());
        });
    }

    private void addSelected() {
        List<String> newSteps = new ArrayList<>(selected().steps());
        session.document().events().stream().filter(e -> selectedEvents.contains(e.id()) && !newSteps.contains(e.id()))
                .forEach(e -> newSteps.add(e.id()));
        changeSteps(newSteps, newSteps.size() - 1);
    }

    private void moveStep(int direction) {
        int index = steps.getSelectionModel().getSelectedIndex();
        moveStep(index, index + direction);
    }

    private void moveStep(int from, int to) {
        List<String> newSteps = new ArrayList<>(selected().steps());
        if (from < 0 || to < 0 || from >= newSteps.size() || to >= newSteps.size() || from == to) {
            return;
        }
        newSteps.add(to, newSteps.remove(from));
        changeSteps(newSteps, to);
    }

    private void removeStep() {
        List<String> newSteps = new ArrayList<>(selected().steps());
        int index = steps.getSelectionModel().getSelectedIndex();
        newSteps.remove(index);
        changeSteps(newSteps, Math.min(index, newSteps.size() - 1));
    }

    /** A step shown by its event's title; dragged onto another step, it moves there. */
    private final class StepCell extends ListCell<String> {
        StepCell() {
            Dialogs.wrapInList(this);
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(getIndex()));
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof StepCell && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                int from = Integer.parseInt(e.getDragboard().getString());
                int to = getItem() == null ? steps.getItems().size() - 1 : getIndex();
                moveStep(from, to);
                e.setDropCompleted(true);
                e.consume();
            });
        }

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            if (empty || id == null) {
                setText(null);
                return;
            }
            TimelineEvent e = session.document().events().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            setText((getIndex() + 1) + ". " + (e == null ? id : DisplayText.inSentence(e.title()) + " (" + e.dateText() + ")"));
        }
    }

    private static Button button(String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
