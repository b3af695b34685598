package org.chronoline.app;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chronoline.model.Category;
import org.chronoline.model.DateInput;
import org.chronoline.model.DateText;
import org.chronoline.model.DisplayText;
import org.chronoline.model.EventIds;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.model.SavedView;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.UniqueIds;
import org.chronoline.model.edit.Edit;
import org.chronoline.model.edit.Edits;
import org.chronoline.model.find.EventFilter;
import org.chronoline.text.Messages;
import org.controlsfx.control.CheckComboBox;

/**
 * The filter sidebar: a legend of the categories with a checkbox each (and "only" to show one
 * alone), tags and actors to require, a date range, one button to clear it all, and views saved in
 * the file. It edits the {@link Finder}'s filter and follows it when it changes elsewhere.
 */
final class FilterPanel extends ScrollPane {
    private final Dialogs dialogs;
    private final Finder finder;
    private final Consumer<Edit> perform;
    private final VBox legend = new VBox(4);
    private final CheckComboBox<String> tags = new CheckComboBox<>();
    private final CheckComboBox<String> actors = new CheckComboBox<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Label rangeProblem = new Label();
    private final ComboBox<SavedView> views = new ComboBox<>();
    /** The saved view chosen last: named again whenever the filter is its filter. */
    private SavedView lastChosen;
    private final Label status = new Label();
    private boolean updating;
    /** While the range typed is being set as the filter's. */
    private boolean typingRange;

    /** @param leave gives the keys back to the timeline or the list: Esc in the panel, the filters left as they are */
    FilterPanel(Finder finder, Dialogs dialogs, Consumer<Edit> perform, Runnable leave) {
        this.dialogs = dialogs;
        this.finder = finder;
        this.perform = perform;
        setId("filters");
        // A list's open popup takes its own Esc first (it is a window of its own), as a field's menu does.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                leave.run();
                e.consume();
            }
        });
        getStyleClass().add("filter-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label heading = new Label(Messages.get("filter.title"));
        heading.getStyleClass().add("filter-heading");
        tags.setId("filter-tags");
        actors.setId("filter-actors");
        titledByChecks(tags, Messages.get("filter.tags.any"));
        titledByChecks(actors, Messages.get("filter.actors.any"));
        tags.setMaxWidth(Double.MAX_VALUE);
        actors.setMaxWidth(Double.MAX_VALUE);
        ComboBoxes.measureFewRows(tags);
        ComboBoxes.measureFewRows(actors);
        ComboBoxes.openFromKeyboard(tags);
        ComboBoxes.openFromKeyboard(actors);
        tags.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!updating) {
                finder.filterProperty().set(finder.filterProperty().get().withTags(Set.copyOf(tags.getCheckModel().getCheckedItems())));
            }
        });
        actors.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!updating) {
                finder.filterProperty().set(finder.filterProperty().get().withActors(Set.copyOf(actors.getCheckModel().getCheckedItems())));
            }
        });
        from.setId("filter-from");
        to.setId("filter-to");
        from.setPromptText(Messages.get("filter.from.prompt"));
        to.setPromptText(Messages.get("filter.to.prompt"));
        // Named for screen readers also once typed in: a prompt is gone then.
        from.setAccessibleText(from.getPromptText());
        to.setAccessibleText(to.getPromptText());
        from.textProperty().addListener((o, a, b) -> rangeChanged(from));
        to.textProperty().addListener((o, a, b) -> rangeChanged(to));
        rangeProblem.setId("filter-range-problem");
        rangeProblem.getStyleClass().add("form-reading");
        rangeProblem.setWrapText(true);

        Button clear = new Button(Messages.get("filter.clear"));
        clear.setId("filter-clear");
        clear.setMaxWidth(Double.MAX_VALUE);
        clear.setOnAction(e -> {
            showDates(EventFilter.NONE); // a date still being mended is no filter yet, and goes too
            finder.clearFilters();
        });
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> finder.filterProperty().get().isEmpty()
                && from.getText().isBlank() && to.getText().isBlank(), finder.filterProperty(), from.textProperty(), to.textProperty()));

        views.setId("saved-views");
        views.setPromptText(Messages.get("filter.views.prompt"));
        views.setMaxWidth(Double.MAX_VALUE);
        views.setCellFactory(v -> new ViewCell());
        views.setButtonCell(new ViewCell());
        views.setOnAction(e -> {
            if (!updating && views.getValue() != null) {
                lastChosen = views.getValue();
                showDates(views.getValue().filter());
                finder.filterProperty().set(views.getValue().filter());
            }
        });
        Button save = new Button(Messages.get("filter.views.save"));
        save.setOnAction(e -> saveView());
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> finder.filterProperty().get().isEmpty(),
                finder.filterProperty()));
        Button delete = new Button(Messages.get("filter.views.delete"));
        delete.disableProperty().bind(views.valueProperty().isNull());
        delete.setOnAction(e -> perform.accept(Edits.deleteView(finder.document(), views.getValue())));
        // Side by side where they fit, one under the other in a longer language.
        FlowPane viewButtons = new FlowPane(6, 6, save, delete);

        status.getStyleClass().add("filter-status");
        status.textProperty().bind(finder.filterStatusProperty());
        status.setWrapText(true);

        // How many are shown, first: under the fields it was below the fold of a 768-line screen.
        status.setId("filter-status");
        VBox body = new VBox(10, heading, status, section("filter.categories"), legend,
                section("filter.tags"), tags, section("filter.actors"), actors,
                section("filter.dates"), new HBox(6, from, new Label("\u2013"), to), rangeProblem,
                clear, section("filter.views"), views, viewButtons);
        body.getStyleClass().add("filter-body");
        setContent(body);
        // The date fields follow a range set elsewhere (a view, Clear, the View menu), never one set from them:
        // there they keep what is being typed, a bound left out included.
        finder.filterProperty().addListener((o, old, now) -> follow(now,
                !typingRange && (!Objects.equals(old.from(), now.from()) || !Objects.equals(old.to(), now.to()))));
    }

    /** Rebuilds the legend and the lists of tags and actors for the open document. */
    void documentChanged(TimelineDocument document) {
        updating = true;
        try {
            EventFilter f = finder.filterProperty().get();
            legend.getChildren().clear();
            Set<String> known = document.categoryIds();
            Map<String, Long> all = EventFilter.NONE.countByCategory(document.events(), known);
            for (Category c : document.categories()) {
                legend.getChildren().add(legendRow(document.categories(), c, c.id(), c.name(), all.getOrDefault(c.id(), 0L)));
            }
            long uncategorised = all.getOrDefault(EventFilter.UNCATEGORISED, 0L);
            if (uncategorised > 0) {
                legend.getChildren().add(legendRow(document.categories(), null, EventFilter.UNCATEGORISED,
                        Messages.get("timeline.lane.uncategorised"), uncategorised));
            }
            Set<String> allTags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            Set<String> allActors = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (TimelineEvent e : document.events()) {
                allTags.addAll(e.tags());
                allActors.addAll(e.actors());
            }
            tags.getItems().setAll(allTags);
            actors.getItems().setAll(allActors);
            SavedView chosen = views.getValue();
            views.getItems().setAll(document.views());
            views.setValue(chosen != null && document.views().contains(chosen) ? chosen : null);
            follow(f, false);
        } finally {
            updating = false;
        }
    }

    private HBox legendRow(List<Category> categories, Category category, String id, String name, long events) {
        String shown = DisplayText.line(name);
        CheckBox box = new CheckBox();
        box.setAccessibleText(shown);
        box.setId("legend-" + (id.isEmpty() ? "uncategorised" : id));
        box.getStyleClass().add("legend-checkbox");
        box.setUserData(id);
        box.setSelected(!finder.filterProperty().get().hiddenCategories().contains(id));
        box.setOnAction(e -> {
            Set<String> hidden = new HashSet<>(finder.filterProperty().get().hiddenCategories());
            if (box.isSelected()) {
                hidden.remove(id);
            } else {
                hidden.add(id);
            }
            finder.filterProperty().set(finder.filterProperty().get().withHiddenCategories(hidden));
        });
        Region swatch = CategorySwatch.of(category, categories);
        // The name is a label of its own so that a long one wraps (a check box's own text measures
        // its lines without the box and cut "Talks and negotiations" to "Talks and ...").
        Label label = new Label(shown);
        label.getStyleClass().add("legend-name");
        label.setLabelFor(box);
        label.setWrapText(true);
        label.setMnemonicParsing(false);
        label.setOnMouseClicked(e -> {
            box.requestFocus();
            box.fire();
        });
        Label count = new Label(Long.toString(events));
        count.getStyleClass().add("legend-count");
        Button only = new Button(Messages.get("filter.only"));
        only.getStyleClass().add("legend-only");
        only.setTooltip(new Tooltip(Messages.get("filter.only.tooltip", DisplayText.inSentence(shown))));
        only.setAccessibleText(only.getTooltip().getText()); // seven buttons named "only" said nothing of which
        only.setOnAction(e -> {
            Set<String> hidden = new HashSet<>();
            legend.getChildren().forEach(row -> hidden.add((String) ((HBox) row).getChildren().get(0).getUserData()));
            hidden.remove(id);
            finder.filterProperty().set(finder.filterProperty().get().withHiddenCategories(hidden));
        });
        // A long name wraps onto more lines ("Suspensions, withdrawals and ..." cut short said little); the count and "only" keep their size.
        label.setMinWidth(40);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        box.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        only.setMinWidth(Region.USE_PREF_SIZE);
        swatch.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, box, swatch, label, count, only);
        row.getStyleClass().add("legend-row");
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** Gives the keys to the panel's first control: the first category's check box. */
    void focusFirst() {
        Node first = legend.getChildren().isEmpty() ? tags : ((HBox) legend.getChildren().get(0)).getChildren().get(0);
        Focus.whenInScene(first);
    }

    /** Shows a filter set elsewhere (a saved view, Clear All), its dates too when {@code dates}. */
    private void follow(EventFilter f, boolean dates) {
        boolean was = updating;
        updating = true;
        try {
            for (var node : legend.getChildren()) {
                CheckBox box = (CheckBox) ((HBox) node).getChildren().get(0);
                box.setSelected(!f.hiddenCategories().contains((String) box.getUserData()));
            }
            check(tags, f.tags());
            check(actors, f.actors());
            recount(f);
            if (dates) {
                showDates(f);
            }
            if (views.getValue() == null || !views.getValue().filter().equals(f)) {
                // Named again when its filter comes back (Back after a related link cleared it): the filter was put back
                // and the view's name stayed blank.
                views.setValue(lastChosen != null && lastChosen.filter().equals(f) && views.getItems().contains(lastChosen) ? lastChosen : null);
            }
        } finally {
            updating = was;
        }
    }

    /**
     * Each category's count: how many of its events the rest of the filter (tags, people, dates)
     * lets through, which is how many its box shows. They counted every event whatever the rest
     * chose: "Treaties signed 23" under a tag that left two.
     */
    private void recount(EventFilter f) {
        TimelineDocument document = finder.document();
        if (document == null) {
            return;
        }
        Map<String, Long> counts = f.countByCategory(document.events(), document.categoryIds());
        for (Node node : legend.getChildren()) {
            HBox row = (HBox) node;
            Label count = (Label) row.lookup(".legend-count");
            count.setText(Long.toString(counts.getOrDefault((String) row.getChildren().get(0).getUserData(), 0L)));
        }
    }

    /** The date fields showing {@code f}'s range, what was being typed and what was wrong with it gone. */
    private void showDates(EventFilter f) {
        boolean was = updating;
        updating = true;
        try {
            if (!sameDate(from.getText(), f.from())) {
                from.setText(f.from() == null ? "" : f.from().toIso());
            }
            if (!sameDate(to.getText(), f.to())) {
                to.setText(f.to() == null ? "" : f.to().toIso());
            }
            rangeProblem.setText("");
        } finally {
            updating = was;
        }
    }

    /** The box shows what is checked ("ABM, CFE"), or {@code none} when nothing is: it said "Any tag" with a tag checked. */
    private static void titledByChecks(CheckComboBox<String> box, String none) {
        box.setTitle(none);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            List<String> checked = box.getCheckModel().getCheckedItems().stream().sorted().toList(); // as the list, made from a TreeSet
            box.setTitle(checked.isEmpty() ? none : String.join(", ", checked));
        });
    }

    private static void check(CheckComboBox<String> box, Set<String> values) {
        if (Set.copyOf(box.getCheckModel().getCheckedItems()).equals(values)) {
            return;
        }
        box.getCheckModel().clearChecks();
        values.forEach(v -> box.getCheckModel().check(v));
    }

    private static boolean sameDate(String text, HistoricalDate date) {
        try {
            return text.isBlank() ? date == null : DateInput.parse(text).equals(date);
        } catch (InvalidDateException e) {
            return false;
        }
    }

    /**
     * The dates typed, as the filter's range. A bound that is no date, or that would end the range
     * before it starts (the one being typed), is left out until it is mended, and what is wrong is
     * said under the fields: kept while "2010" was typed after "201", the range said one thing
     * and did another.
     */
    private void rangeChanged(TextField edited) {
        if (updating) {
            return;
        }
        String problem = "";
        HistoricalDate start = null;
        HistoricalDate end = null;
        try {
            start = from.getText().isBlank() ? null : DateInput.parse(from.getText());
        } catch (InvalidDateException e) {
            problem = e.sentence();
        }
        try {
            end = to.getText().isBlank() ? null : DateInput.parse(to.getText());
        } catch (InvalidDateException e) {
            problem = problem.isEmpty() ? e.sentence() : problem;
        }
        if (start != null && end != null && end.endsBefore(start)) { // "2007" to "July 2007" is a range
            problem = Messages.get("form.end.beforeStart");
            if (edited == from) {
                start = null;
            } else {
                end = null;
            }
        }
        if (problem.isEmpty()) {
            problem = shortYearNote(from.getText(), start);
        }
        if (problem.isEmpty()) {
            problem = shortYearNote(to.getText(), end);
        }
        rangeProblem.setText(problem);
        typingRange = true;
        try {
            finder.filterProperty().set(finder.filterProperty().get().withRange(start, end));
        } finally {
            typingRange = false;
        }
    }

    /** "90" is the year 90, and filters so; said, with the year it likely meant, for it was not. */
    private static String shortYearNote(String typed, HistoricalDate read) {
        long meant = DateInput.recentYearMeant(typed, Year.now().getValue());
        // (Not for "00", the year 0: that is 1 BCE, and says so wherever it is shown.)
        return meant == 0 || read == null || read.year() <= 0 ? "" : Messages.get("filter.shortYear", typed.strip(), DateText.year(read.year()),
                DateText.year(meant));
    }

    private void saveView() {
        TextInputDialog name = new TextInputDialog();
        dialogs.prepare(name);
        name.setTitle(Messages.get("filter.views.save"));
        name.setHeaderText(Messages.get("filter.views.name"));
        name.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(n -> {
            String id = finder.document().views().stream().filter(v -> v.title().equals(n)).map(SavedView::id).findFirst()
                    .orElse(uniqueViewId(n));
            SavedView view = new SavedView(id, n, finder.filterProperty().get(), ExtraFields.NONE);
            perform.accept(Edits.saveView(finder.document(), view));
        });
    }

    private String uniqueViewId(String title) {
        List<String> taken = finder.document().views().stream().map(SavedView::id).toList();
        return UniqueIds.next(EventIds.slugOrDefault(title), taken);
    }

    /** Chooses a saved view, as from the View menu. */
    void choose(SavedView view) {
        lastChosen = view;
        views.setValue(view);
        showDates(view.filter());
        finder.filterProperty().set(view.filter());
    }

    private static Label section(String key) {
        Label label = new Label(Messages.get(key).toUpperCase(Locale.ROOT));
        label.getStyleClass().add("details-heading");
        return label;
    }

    private static final class ViewCell extends ListCell<SavedView> {
        @Override
        protected void updateItem(SavedView view, boolean empty) {
            super.updateItem(view, empty);
            setText(empty || view == null ? null : view.title());
        }
    }
}
