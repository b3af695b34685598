package org.chronoline.app;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.chronoline.model.Category;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.EventIndex;
import org.chronoline.view.TimelineView;

/**
 * The events as a list (View > List): date, title, category and place, sortable by each, showing
 * the same filtered events as the timeline. Selecting a row selects the event on the timeline and
 * in the side panel, and the other way round.
 */
final class EventTable extends TableView<TimelineEvent> {
    private final TimelineView timeline;
    private boolean syncing;

    EventTable(Finder finder, TimelineView timeline) {
        this.timeline = timeline;
        setId("event-table");
        getStyleClass().add("event-table");
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
        // Each document and each filter makes new content: the reason the list is empty is told again.
        timeline.contentProperty().addListener((o, old, now) -> placeholder.setText(Messages.get(whyEmpty(finder))));
        placeholder.setText(Messages.get(whyEmpty(finder)));

        TableColumn<TimelineEvent, TimelineEvent> date = new TableColumn<>(Messages.get("list.date"));
        date.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        date.setComparator(EventIndex.earliestFirst()); // sorted by the earliest each may have been, as the README says
        WrappingCells.wrap(date, TimelineEvent::dateText, "list-date");
        date.setPrefWidth(170);
        // No column narrower than its longer words ("negotiations", "Washington", "September"): where the
        // columns do not fit (the list beside the filters at 1024 x 768) the list scrolls sideways instead of breaking words.
        date.setMinWidth(100);
        TableColumn<TimelineEvent, String> title = column("list.title", 300, TimelineEvent::title);
        TableColumn<TimelineEvent, String> category = column("list.category", 170, e -> {
            Category c = timeline.getContent().category(e.category());
            return c == null ? "" : c.name();
        });
        TableColumn<TimelineEvent, String> location = column("list.location", 150, e -> e.location() == null ? "" : e.location());
        title.setMinWidth(130);
        category.setMinWidth(100);
        location.setMinWidth(100);
        getColumns().add(date);
        getColumns().add(title);
        getColumns().add(category);
        getColumns().add(location);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        SortedList<TimelineEvent> sorted = new SortedList<>(finder.shown());
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(
                () -> getComparator() == null ? EventIndex.earliestFirst() : getComparator(), comparatorProperty()));
        setItems(sorted);

        getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!syncing && now != null) {
                syncing = true;
                timeline.select(timeline.getContent().event(now.id()));
                syncing = false;
            }
        });
        timeline.selectedEventProperty().addListener((o, old, now) -> follow(now));
        getItems().addListener((ListChangeListener<TimelineEvent>) c -> follow(timeline.getSelectedEvent()));
        // Made when first shown (Ctrl+L), with an event already selected: the list starts at it, the keys' place too.
        follow(timeline.getSelectedEvent());
    }

    private void follow(TimelineEvent selected) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (selected == null) {
                getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < getItems().size(); i++) {
                if (getItems().get(i).id().equals(selected.id())) {
                    getSelectionModel().clearAndSelect(i);
                    scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
            getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<TimelineEvent, String> column(String key, double width,
                                                            Function<TimelineEvent, String> value) {
        TableColumn<TimelineEvent, String> column = new TableColumn<>(Messages.get(key));
        // Shown as text made safe: no direction overrides, no invisible control characters.
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(DisplayText.line(value.apply(cell.getValue()))));
        column.setComparator(Comparator.comparing(String::toString, String.CASE_INSENSITIVE_ORDER));
        column.setPrefWidth(width);
        return WrappingCells.wrap(column, "list-" + key.substring("list.".length()));
    }

    /** Why no event is listed: no timeline is open, the timeline has none yet, or the filters hide them all. */
    private static String whyEmpty(Finder finder) {
        if (finder.document() == null) {
            return "list.empty.nothingOpen";
        }
        return finder.document().events().isEmpty() ? "timeline.noEvents" : "list.empty";
    }
}
