package org.chronoline.app;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.chronoline.model.Category;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.EventIndex;
import org.chronoline.view.TimelineView;

/**
 * The events as a list (View > List): date, title, category and place, sortable by each, showing
 * the same filtered events as the timeline. Selecting a row selects the event on the timeline and
 * in the side panel, and the other way round; several too, as Ctrl+click does on the timeline: with
 * Shift and the arrows, or Ctrl and the arrows then Ctrl+Space (the keyboard had no way to select
 * events that are not next to each other, for a tour or a deletion). Its menu (a right-click, the Menu key, Shift+F10) has
 * the selected event's commands, as on the timeline, and Sort By each column, which the keyboard
 * could not reach: the column headers take no keys.
 */
final class EventTable extends TableView<TimelineEvent> {
    private final TimelineView timeline;
    private boolean syncing;
    private ContextMenu showing;

    /** @param forEvent the menu of an event's commands (WindowActions.forEvent) */
    EventTable(Finder finder, TimelineView timeline, Function<TimelineEvent, ContextMenu> forEvent) {
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
        // No column narrower than its longest word (WrappingCells, at least these): where the columns do not fit
        // (the list beside the filters at 1024 x 768) the list scrolls sideways instead of breaking words (SidewaysScrolling).
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
        SidewaysScrolling.whenNeeded(this);

        SortedList<TimelineEvent> sorted = new SortedList<>(finder.shown());
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(
                () -> getComparator() == null ? EventIndex.earliestFirst() : getComparator(), comparatorProperty()));
        setItems(sorted);

        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getSelectionModel().getSelectedItems().addListener((ListChangeListener<TimelineEvent>) c -> selectOnTimeline());
        timeline.selectedEventProperty().addListener((o, old, now) -> follow(now));
        timeline.getSelectedIds().addListener((SetChangeListener<String>) c -> follow(timeline.getSelectedEvent()));
        getItems().addListener((ListChangeListener<TimelineEvent>) c -> follow(timeline.getSelectedEvent()));
        // Made when first shown (Ctrl+L), with an event already selected: the list starts at it, the keys' place too.
        follow(timeline.getSelectedEvent());

        setOnContextMenuRequested(e -> {
            e.consume();
            if (e.isKeyboardTrigger() && showing != null && showing.isShowing()) {
                return; // the platform's request and ours, for one key
            }
            showing = menu(forEvent);
            showing.show(this, e.getScreenX(), e.getScreenY());
        });
        // Not every platform's JavaFX turns these keys into a menu request (TimelineContextMenu): asked for here.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean menuKey = e.getCode() == KeyCode.CONTEXT_MENU && !e.isShiftDown() || e.getCode() == KeyCode.F10 && e.isShiftDown();
            if (menuKey && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                Point2D at = new Point2D(24, 48); // by the first rows, under the headers
                Point2D screen = localToScreen(at);
                fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, at.getX(), at.getY(),
                        screen == null ? 0 : screen.getX(), screen == null ? 0 : screen.getY(), true, null));
                e.consume();
            }
        });
        // F2 is the window's Edit Event: the table took it to edit a cell, which it never does here, and the menu's key did nothing.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && getScene() != null) {
                getScene().getAccelerators().entrySet().stream().filter(key -> key.getKey().match(e)).findFirst().ifPresent(command -> {
                    command.getValue().run();
                    e.consume();
                });
            }
        });
        typeAhead();
    }

    /**
     * Letters typed go to the next row whose title begins with them ({@link TypeAhead}); a space typed
     * among them is part of the title. The list had none: a title was reached with the arrows alone.
     */
    private void typeAhead() {
        TypeAhead typeAhead = new TypeAhead(Messages.locale());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
            if (e.getCode() == KeyCode.SPACE && plain && typeAhead.typing(System.nanoTime() / 1_000_000)) {
                e.consume(); // the space is typed, not the list's own
            } else if (e.getCode().isNavigationKey() || e.getCode() == KeyCode.ENTER) {
                typeAhead.stop(); // a move ends the typing: a Space after it selects, as ever
            }
        });
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> typeAhead.stop());
        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String key = e.getCharacter();
            long now = System.nanoTime() / 1_000_000;
            boolean printable = !key.isEmpty() && !Character.isISOControl(key.codePointAt(0))
                    && (!key.isBlank() || typeAhead.typing(now));
            if (!printable || !typedAsText(e) || getItems().isEmpty()) {
                return;
            }
            e.consume();
            List<String> titles = getItems().stream().map(event -> DisplayText.line(event.title())).toList();
            int row = typeAhead.find(titles, getFocusModel().getFocusedIndex(), key, now);
            if (row >= 0) {
                getSelectionModel().clearAndSelect(row);
                getFocusModel().focus(row);
                // Scrolled only as far as shows the row, as the arrows scroll.
                if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    flow.scrollTo(row);
                }
            }
        });
    }

    /**
     * Whether a typed key is text, as a text field takes it (TextInputControlBehavior): with Ctrl, Alt or
     * Cmd it is a command, but AltGr (Ctrl+Alt on Windows) and Option on a Mac type letters (ą, ł, ż).
     */
    private static boolean typedAsText(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || MAC && e.isMetaDown()) {
            return (e.isControlDown() || MAC) && e.isAltDown() && !e.isMetaDown();
        }
        return true;
    }

    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");

    /** The selected event's commands, then Sort By each column: the one sorted by again reverses it. */
    private ContextMenu menu(Function<TimelineEvent, ContextMenu> forEvent) {
        // The timeline's selected event: of several rows selected, the one last chosen (forEvent selects what it is given).
        TimelineEvent selected = getSelectionModel().isEmpty() ? null : timeline.getSelectedEvent();
        ContextMenu menu = selected == null ? new ContextMenu() : forEvent.apply(selected);
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        Menu sortBy = new Menu(Messages.get("list.sortBy"));
        sortBy.setId("list-sort-by");
        ToggleGroup group = new ToggleGroup();
        for (TableColumn<TimelineEvent, ?> column : getColumns()) {
            boolean current = getSortOrder().size() == 1 && getSortOrder().get(0) == column;
            boolean reversed = current && column.getSortType() == TableColumn.SortType.DESCENDING;
            RadioMenuItem item = new RadioMenuItem(reversed ? Messages.get("list.sortBy.reversed", column.getText()) : column.getText());
            item.setToggleGroup(group);
            item.setSelected(current);
            item.setOnAction(a -> sortBy(column));
            sortBy.getItems().add(item);
        }
        menu.getItems().add(sortBy);
        menu.setId("list-context-menu");
        return menu;
    }

    /** The menu shown last, for tests. */
    ContextMenu shownMenu() {
        return showing;
    }

    boolean menuShowing() {
        return showing != null && showing.isShowing();
    }

    /** Sorts by {@code column}, in its order; by the column sorted by already, the other way round. */
    void sortBy(TableColumn<TimelineEvent, ?> column) {
        if (getSortOrder().size() == 1 && getSortOrder().get(0) == column) {
            column.setSortType(column.getSortType() == TableColumn.SortType.ASCENDING
                    ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
        } else {
            column.setSortType(TableColumn.SortType.ASCENDING);
            getSortOrder().setAll(column);
        }
    }

    /** The rows selected here, selected on the timeline: the one last chosen its selected event, the others with it. */
    private void selectOnTimeline() {
        // The row with the keys, when it is selected: the list tells its selected item only after its selected rows.
        TimelineEvent focused = getFocusModel().getFocusedItem();
        TimelineEvent chosen = focused != null && getSelectionModel().getSelectedItems().contains(focused) ? focused
                : getSelectionModel().getSelectedItem();
        if (syncing || chosen == null) {
            return;
        }
        syncing = true;
        try {
            TimelineEvent primary = timeline.getContent().event(chosen.id());
            Set<String> rows = new HashSet<>();
            getSelectionModel().getSelectedItems().forEach(e -> rows.add(e.id()));
            if (rows.size() == 1 || primary == null) {
                timeline.select(primary);
                return;
            }
            for (String id : List.copyOf(timeline.getSelectedIds())) {
                if (!rows.contains(id) && timeline.getContent().event(id) != null) {
                    timeline.toggleSelected(timeline.getContent().event(id));
                }
            }
            for (String id : rows) {
                TimelineEvent e = timeline.getContent().event(id);
                if (e != null && !timeline.getSelectedIds().contains(id)) {
                    timeline.toggleSelected(e);
                }
            }
            timeline.setSelectedEvent(primary); // already selected: the others stay with it
        } finally {
            syncing = false;
        }
    }

    /** The timeline's selection, here: its selected event the row last chosen, in view. */
    private void follow(TimelineEvent selected) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            getSelectionModel().clearSelection();
            if (selected == null) {
                return;
            }
            int primary = -1;
            for (int i = 0; i < getItems().size(); i++) {
                String id = getItems().get(i).id();
                if (id.equals(selected.id())) {
                    primary = i;
                } else if (timeline.getSelectedIds().contains(id)) {
                    getSelectionModel().select(i);
                }
            }
            if (primary >= 0) {
                getSelectionModel().select(primary);
                getFocusModel().focus(primary);
                scrollTo(Math.max(0, primary - 3));
            }
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
