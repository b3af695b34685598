package org.chronoline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.chronoline.model.DisplayText;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineContent;
import org.controlsfx.control.SearchableComboBox;

/**
 * The event form's related events: a chip per link with what it means (led to, in response to,
 * part of, see also), a searchable list of the timeline's events to add one, and a button to pick
 * one on the timeline. The links come back in the file's order, each with what the form did not
 * show (an unknown type, fields of a later version), so editing loses none.
 */
final class RelatedLinksEditor extends VBox {
    private final TimelineContent content;
    private final TimelineEvent original;
    private final List<RelatedLink> links = new ArrayList<>();
    private final FlowPane chips = new FlowPane(6, 6);
    private final SearchableComboBox<TimelineEvent> picker;
    /** A chip's own padding and rounding, beside its title. */
    private static final double CHIP_INSETS = 24;

    /** @param pickOnTimeline lets the user click an event on the timeline, which is then added */
    RelatedLinksEditor(TimelineContent content, TimelineEvent original, Consumer<Consumer<TimelineEvent>> pickOnTimeline) {
        super(10);
        this.content = content;
        this.original = original;
        chips.getStyleClass().add("chips-field");

        picker = new SearchableComboBox<>();
        picker.setId("form-related-picker");
        picker.setPromptText(Messages.get("form.related.prompt"));
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimelineEvent e) {
                return e == null ? "" : DisplayText.inSentence(e.title()) + " (" + e.dateText() + ")";
            }

            @Override
            public TimelineEvent fromString(String text) {
                return null;
            }
        });
        List<TimelineEvent> others = new ArrayList<>(content.events().size());
        for (int i = 0; i < content.events().size(); i++) {
            TimelineEvent e = content.events().get(i);
            if (!e.id().equals(original.id())) {
                others.add(e);
            }
        }
        picker.getItems().setAll(others); // one change for the list's listeners, not one per event
        ComboBoxes.measureFewRows(picker);
        // The picker's value is only what its list highlights: the arrows move it, and typing (a space) chose the
        // first match. An event is added when chosen: Enter, or a click in the list. Tab moves on, adding nothing.
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Platform.runLater(() -> choose(picker)); // once ControlsFX has taken the first match when none is highlighted
            } else if (e.getCode() == KeyCode.TAB) {
                Platform.runLater(() -> picker.setValue(null));
            }
        });
        // Closed without a choice (Esc, a click elsewhere): the highlighted event no longer shows as if chosen. The
        // list hides before a click's choice is taken (the skin's own filter runs first): emptied after that, a turn later.
        picker.showingProperty().addListener((o, was, showing) -> {
            if (!showing) {
                Platform.runLater(() -> Platform.runLater(() -> picker.setValue(null)));
            }
        });
        picker.skinProperty().addListener((o, old, skin) -> {
            if (picker.lookup("#filtered") instanceof ComboBox<?> shown) {
                whenListChosen(shown, () -> Platform.runLater(() -> choose(picker)));
            }
        });
        Button pick = new Button(Messages.get("form.related.pick"));
        pick.setId("form-related-pick");
        pick.setMinWidth(Region.USE_PREF_SIZE); // its words whole: cut to "…" beside the picker, it said nothing
        // The keys to what the link means, in view: at the button, pushed out of view by the link added, they were nowhere to be seen.
        pick.setOnAction(e -> pickOnTimeline.accept(picked -> {
            if (add(picked.id())) {
                Focus.focusInView(chips.getChildren().get(chips.getChildren().size() - 1).lookup(".chip-type"));
            }
        }));
        HBox.setHgrow(picker, Priority.ALWAYS);
        getChildren().addAll(chips, new HBox(6, picker, pick));
    }

    /** Adds the event the picker holds, if any, and empties it for the next. */
    private void choose(ComboBox<TimelineEvent> picker) {
        TimelineEvent picked = picker.getValue();
        if (picked != null) {
            add(picked.id());
            picker.setValue(null);
        }
    }

    /**
     * Runs {@code then} when an item of the combo box's list (its popup, made with its skin) is
     * chosen: clicked, or Enter pressed on it. While the list shows, it has the keys.
     */
    private static void whenListChosen(ComboBox<?> combo, Runnable then) {
        combo.skinProperty().addListener((o, old, skin) -> {
            if (skin instanceof ComboBoxListViewSkin<?> listSkin && listSkin.getPopupContent() instanceof ListView<?> list) {
                list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        then.run();
                    }
                });
                // A filter: the row consumes the release of a click on the row already highlighted, and of every touch tap.
                list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                    if (e.getButton() == MouseButton.PRIMARY && cellOf(e.getPickResult().getIntersectedNode()) != null) {
                        then.run();
                    }
                });
            }
        });
    }

    private static ListCell<?> cellOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return cell.isEmpty() ? null : cell;
            }
        }
        return null;
    }

    /** Shows the event's own links as the file has them, even two to the same event. */
    void show(List<RelatedLink> existing) {
        existing.forEach(this::chip);
    }

    /** The links as edited, in order. */
    List<RelatedLink> links() {
        return List.copyOf(links);
    }

    /** Adds a "see also" link to a picked event, unless it is this event or already linked; whether it did. */
    private boolean add(String id) {
        if (!id.equals(original.id()) && links.stream().noneMatch(l -> l.id().equals(id))) {
            chip(RelatedLink.to(id));
            return true;
        }
        return false;
    }

    /** A link as a chip: the other event's title above what the link means and ×. */
    private void chip(RelatedLink link) {
        links.add(link);
        TimelineEvent e = content.event(link.id());
        Label name = new Label(e == null ? link.id() : e.title());
        ComboBox<String> type = new ComboBox<>();
        type.getItems().addAll(RelatedLink.TYPES);
        if (link.type() != null && !RelatedLink.TYPES.contains(link.type())) {
            type.getItems().add(link.type()); // a type of a later version: kept as it is
        }
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(String t) {
                return t == null ? "" : RelatedLink.TYPES.contains(t) ? Messages.get("form.link." + t) : t;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        type.setValue(link.type() == null ? RelatedLink.SEE_ALSO : link.type());
        type.getStyleClass().add("chip-type");
        type.setAccessibleText(Messages.get("form.link.type", DisplayText.inSentence(name.getText())));
        Button remove = new Button("\u00d7");
        remove.getStyleClass().add("chip-remove");
        remove.setAccessibleText(Messages.get("form.chip.remove", DisplayText.inSentence(name.getText())));
        // The title above what the link means, wrapped to the panel's width: cut at 220 pixels, "CFE negotiations open
        // in Vie..." read so even at 1366 with room beside it.
        name.setMinWidth(40);
        name.setWrapText(true);
        name.maxWidthProperty().bind(Bindings.max(40, chips.widthProperty().subtract(CHIP_INSETS)));
        type.setMinWidth(60);
        HBox meaning = new HBox(4, type, remove);
        meaning.setAlignment(Pos.CENTER_LEFT);
        VBox chip = new VBox(2, name, meaning);
        chip.getStyleClass().add("chip");
        type.valueProperty().addListener((o, was, now) -> {
            int at = chips.getChildren().indexOf(chip);
            RelatedLink current = links.get(at);
            // "See also" is what a plain id means: written as one, unless the link had more to keep.
            String written = RelatedLink.SEE_ALSO.equals(now) && current.type() == null ? null : now;
            links.set(at, new RelatedLink(current.id(), written, current.extras()));
        });
        remove.setOnAction(a -> {
            links.remove(chips.getChildren().indexOf(chip));
            chips.getChildren().remove(chip);
            // The keys go on in the form, to where a link is added, as a tag's do: with the cross gone they went to the
            // window's first control, and the next ] left the form.
            picker.requestFocus();
        });
        chips.getChildren().add(chip);
    }
}
