package org.chronoline.app;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.chronoline.model.Category;
import org.chronoline.model.DateInput;
import org.chronoline.model.DateText;
import org.chronoline.model.EventIds;
import org.chronoline.model.EventImage;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.edit.Edits;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineContent;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The side panel in editing mode: every field of an event. Dates are typed at any precision and
 * read back ("Reads as July 2007, month"); invalid values are marked at the field with the reason
 * (ControlsFX validation) and Apply stays disabled until they are fixed. Ctrl+Enter applies, Esc
 * cancels.
 */
final class EventForm extends BorderPane {
    /** What the form needs from the window. */
    interface Owner {
        /** The edited event; {@code newCategory} when the user typed a category that does not exist yet. */
        void apply(TimelineEvent before, TimelineEvent after, Category newCategory);

        void cancel();

        /** Lets the user click an event on the timeline; the form adds it as related. */
        void pickOnTimeline(Consumer<TimelineEvent> picked);
    }

    private final TimelineContent content;
    private final TimelineEvent original;
    private final boolean isNew;
    private final Path folder;
    private final Owner owner;
    private final ValidationSupport validation = new ValidationSupport();

    private final TextField title = field("form-title");
    private final TextField start = field("form-start");
    private final Label startReading = reading();
    private final TextField end = field("form-end");
    private final Label endReading = reading();
    private final CheckBox approximate = new CheckBox(Messages.get("form.approximate"));
    private final ComboBox<String> category = new ComboBox<>();
    private final ChipsField tags;
    private final ChipsField actors;
    private final TextField location = field("form-location");
    private final TextField summary = field("form-summary");
    private final TextArea description = new TextArea();
    private final VBox sourceRows = new VBox(10);
    private final List<SourceRow> sources = new ArrayList<>();
    private final List<String> related = new ArrayList<>();
    private final FlowPane relatedChips = new FlowPane(6, 6);
    private final TextField imagePath = field("form-image");
    private final Label imageReading = reading();
    private final TextField imageCaption = field("form-image-caption");
    private final TextField imageCredit = field("form-image-credit");
    private final Button apply = new Button(Messages.get("form.apply"));
    private final SimpleBooleanProperty sourcesInvalid = new SimpleBooleanProperty(this, "sourcesInvalid");

    EventForm(TimelineContent content, TimelineEvent event, boolean isNew, Path folder, Owner owner) {
        this.content = content;
        this.original = event;
        this.isNew = isNew;
        this.folder = folder;
        this.owner = owner;
        getStyleClass().add("event-form");
        setId("event-form");
        tags = new ChipsField(Messages.get("form.tags.prompt"), used(e -> e.tags()));
        actors = new ChipsField(Messages.get("form.actors.prompt"), used(e -> e.actors()));
        tags.setId("form-tags");
        actors.setId("form-actors");
        build();
        fill(event);
        validate();
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                owner.cancel();
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                if (!apply.isDisabled()) {
                    applyChanges();
                }
                e.consume();
            }
        });
    }

    /** Focus goes to the title for a new event, to the first field otherwise. */
    void focusFirstField() {
        title.requestFocus();
        if (isNew) {
            title.selectAll();
        }
    }

    private void build() {
        Label heading = new Label(Messages.get(isNew ? "form.heading.new" : "form.heading.edit"));
        heading.getStyleClass().add("form-heading");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = addRow(grid, row, "form.title", title);
        row = addRow(grid, row, "form.start", new VBox(2, start, startReading));
        row = addRow(grid, row, "form.end", new VBox(2, end, endReading));
        row = addRow(grid, row, "", approximate);
        category.setEditable(true);
        category.setId("form-category");
        category.setMaxWidth(Double.MAX_VALUE);
        category.getItems().add("");
        content.document().categories().forEach(c -> category.getItems().add(c.name()));
        category.setPromptText(Messages.get("form.category.prompt"));
        row = addRow(grid, row, "form.category", category);
        row = addRow(grid, row, "form.tags", tags);
        row = addRow(grid, row, "form.actors", actors);
        row = addRow(grid, row, "form.location", location);
        row = addRow(grid, row, "form.summary", summary);
        description.setWrapText(true);
        description.setPrefRowCount(6);
        description.setId("form-description");
        description.setPromptText(Messages.get("form.description.prompt"));
        addRow(grid, row, "form.description", description);

        Button addSource = new Button(Messages.get("form.source.add"));
        addSource.setId("form-add-source");
        addSource.setOnAction(e -> addSource(null).title.requestFocus());

        SearchableComboBox<TimelineEvent> relatedPicker = new SearchableComboBox<>();
        relatedPicker.setId("form-related-picker");
        relatedPicker.setPromptText(Messages.get("form.related.prompt"));
        relatedPicker.setMaxWidth(Double.MAX_VALUE);
        relatedPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimelineEvent e) {
                return e == null ? "" : e.title() + " (" + e.dateText() + ")";
            }

            @Override
            public TimelineEvent fromString(String text) {
                return null;
            }
        });
        for (int i = 0; i < content.events().size(); i++) {
            TimelineEvent e = content.events().get(i);
            if (!e.id().equals(original.id())) {
                relatedPicker.getItems().add(e);
            }
        }
        relatedPicker.valueProperty().addListener((o, old, picked) -> {
            if (picked != null) {
                addRelated(picked.id());
                Platform.runLater(() -> relatedPicker.setValue(null));
            }
        });
        Button pick = new Button(Messages.get("form.related.pick"));
        pick.setOnAction(e -> owner.pickOnTimeline(picked -> addRelated(picked.id())));
        HBox.setHgrow(relatedPicker, Priority.ALWAYS);

        Button choose = new Button(Messages.get("form.image.choose"));
        choose.setOnAction(e -> chooseImage());
        HBox.setHgrow(imagePath, Priority.ALWAYS);
        imagePath.setPromptText(Messages.get("form.image.prompt"));
        imageCaption.setPromptText(Messages.get("form.image.caption"));
        imageCredit.setPromptText(Messages.get("form.image.credit"));

        apply.setId("form-apply");
        apply.setDefaultButton(false);
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> applyChanges());
        Button cancel = new Button(Messages.get("form.cancel"));
        cancel.setId("form-cancel");
        cancel.setOnAction(e -> owner.cancel());
        BooleanBinding invalid = Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(validation.isInvalid()),
                validation.invalidProperty());
        apply.disableProperty().bind(invalid.or(sourcesInvalid));
        HBox buttons = new HBox(8, apply, cancel);
        buttons.getStyleClass().add("form-buttons");

        VBox fieldsBox = new VBox(10, heading, grid,
                section("form.sources"), sourceRows, addSource,
                section("form.related"), relatedChips, new HBox(6, relatedPicker, pick),
                section("form.image"), new HBox(6, imagePath, choose), imageReading, imageCaption, imageCredit);
        fieldsBox.getStyleClass().add("event-form-fields");
        ScrollPane scroll = new ScrollPane(fieldsBox);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("details-scroll");
        // Apply and Cancel stay in sight however long the form is.
        setCenter(scroll);
        setBottom(buttons);
        relatedChips.getStyleClass().add("chips-field");
    }

    private void fill(TimelineEvent e) {
        title.setText(e.title());
        start.setText(e.start().toIso());
        end.setText(e.end() == null ? "" : e.end().toIso());
        approximate.setSelected(e.approximate());
        Category c = content.category(e.category());
        category.setValue(c != null ? c.name() : e.category() == null ? "" : e.category());
        tags.setValues(e.tags());
        actors.setValues(e.actors());
        location.setText(nullToEmpty(e.location()));
        summary.setText(nullToEmpty(e.summary()));
        description.setText(nullToEmpty(e.description()));
        e.sources().forEach(this::addSource);
        e.related().forEach(this::addRelated);
        if (e.image() != null) {
            imagePath.setText(e.image().path());
            imageCaption.setText(nullToEmpty(e.image().caption()));
            imageCredit.setText(nullToEmpty(e.image().credit()));
        }
    }

    private void validate() {
        validation.registerValidator(title, Validator.createEmptyValidator(Messages.get("form.title.required")));
        validation.registerValidator(start, true, (Control c, String text) -> {
            String problem = dateProblem(text, true);
            startReading.setText(problem == null ? readingOf(text) : problem);
            startReading.pseudoClassStateChanged(INVALID, problem != null);
            return ValidationResult.fromErrorIf(c, problem, problem != null);
        });
        validation.registerValidator(end, false, (Control c, String text) -> {
            String problem = dateProblem(text, false);
            if (problem == null && !text.isBlank() && dateProblem(start.getText(), true) == null
                    && DateInput.parse(text).isBefore(DateInput.parse(start.getText()))) {
                problem = Messages.get("form.end.beforeStart");
            }
            endReading.setText(problem == null ? readingOf(text) : problem);
            endReading.pseudoClassStateChanged(INVALID, problem != null);
            return ValidationResult.fromErrorIf(c, problem, problem != null);
        });
        start.textProperty().addListener((o, old, now) -> validation.revalidate(end));
        validation.registerValidator(imagePath, false, (Control c, String text) -> {
            String problem = imageProblem(text);
            imageReading.setText(problem == null ? "" : problem);
            imageReading.pseudoClassStateChanged(INVALID, problem != null);
            return ValidationResult.fromMessageIf(c, problem, Severity.ERROR, problem != null);
        });
    }

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** Why typed text is not a date, or null when it is (or is blank and not required). */
    private static String dateProblem(String text, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? Messages.get("form.start.required") : null;
        }
        try {
            DateInput.parse(text);
            return null;
        } catch (InvalidDateException e) {
            return e.reason();
        }
    }

    private static String readingOf(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        HistoricalDate date = DateInput.parse(text);
        String precision = Messages.get("precision." + date.precision().name().toLowerCase(Locale.ROOT));
        return Messages.get("form.reads", DateText.format(date), precision);
    }

    private String imageProblem(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Path path = Path.of(text);
        if (path.isAbsolute() || path.normalize().startsWith("..")) {
            return Messages.get("form.image.outside");
        }
        return null;
    }

    private void chooseImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("form.image.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("form.image.filter"), "*.png", "*.jpg",
                "*.jpeg", "*.gif"));
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            Path picked = chosen.toPath().toAbsolutePath();
            imagePath.setText(folder != null && picked.startsWith(folder.toAbsolutePath())
                    ? folder.toAbsolutePath().relativize(picked).toString().replace(File.separatorChar, '/')
                    : picked.toString());
        }
    }

    // ---- sources -------------------------------------------------------------------------------

    /** One source being edited; {@code extras} keeps fields of the source this version does not know. */
    private final class SourceRow extends GridPane {
        final TextField title = new TextField();
        final TextField url = new TextField();
        final TextField publisher = new TextField();
        final TextField date = new TextField();
        final Label problem = reading();
        final ExtraFields extras;

        SourceRow(Source source) {
            getStyleClass().add("form-source");
            extras = source == null ? ExtraFields.NONE : source.extras();
            title.setPromptText(Messages.get("form.source.title"));
            url.setPromptText(Messages.get("form.source.url"));
            publisher.setPromptText(Messages.get("form.source.publisher"));
            date.setPromptText(Messages.get("form.source.date"));
            title.getStyleClass().add("form-source-title");
            url.getStyleClass().add("form-source-url");
            if (source != null) {
                title.setText(source.title());
                url.setText(nullToEmpty(source.url()));
                publisher.setText(nullToEmpty(source.publisher()));
                date.setText(source.date() == null ? "" : source.date().toIso());
            }
            Button up = smallButton("\u2191", "form.source.up", () -> moveSource(this, -1));
            Button down = smallButton("\u2193", "form.source.down", () -> moveSource(this, 1));
            Button remove = smallButton("\u00d7", "form.source.remove", () -> removeSource(this));
            GridPane.setHgrow(title, Priority.ALWAYS);
            add(title, 0, 0, 2, 1);
            add(new HBox(2, up, down, remove), 2, 0);
            add(url, 0, 1, 3, 1);
            add(publisher, 0, 2);
            add(date, 1, 2, 2, 1);
            add(problem, 0, 3, 3, 1);
            setHgap(6);
            setVgap(4);
            for (TextField f : List.of(title, url, publisher, date)) {
                f.textProperty().addListener((o, old, now) -> checkSources());
            }
        }

        boolean isBlank() {
            return title.getText().isBlank() && url.getText().isBlank() && publisher.getText().isBlank() && date.getText().isBlank();
        }

        String problem() {
            if (isBlank()) {
                return null;
            }
            if (title.getText().isBlank()) {
                return Messages.get("form.source.needsTitle");
            }
            if (!url.getText().isBlank()) {
                try {
                    URI uri = new URI(url.getText().strip());
                    if (uri.getScheme() == null) {
                        return Messages.get("form.source.badUrl");
                    }
                } catch (URISyntaxException e) {
                    return Messages.get("form.source.badUrl");
                }
            }
            String dateProblem = dateProblem(date.getText(), false);
            return dateProblem == null ? null : Messages.get("form.source.badDate", dateProblem);
        }

        Source toSource() {
            return new Source(title.getText().strip(), blankToNull(url.getText()), blankToNull(publisher.getText()),
                    date.getText().isBlank() ? null : DateInput.parse(date.getText()), extras);
        }
    }

    private SourceRow addSource(Source source) {
        SourceRow row = new SourceRow(source);
        sources.add(row);
        sourceRows.getChildren().add(row);
        checkSources();
        return row;
    }

    private void moveSource(SourceRow row, int direction) {
        int index = sources.indexOf(row);
        int target = index + direction;
        if (target < 0 || target >= sources.size()) {
            return;
        }
        sources.remove(index);
        sources.add(target, row);
        sourceRows.getChildren().setAll(sources);
    }

    private void removeSource(SourceRow row) {
        sources.remove(row);
        sourceRows.getChildren().remove(row);
        checkSources();
    }

    private void checkSources() {
        boolean invalid = false;
        for (SourceRow row : sources) {
            String problem = row.problem();
            row.problem.setText(problem == null ? "" : problem);
            row.problem.pseudoClassStateChanged(INVALID, problem != null);
            invalid |= problem != null;
        }
        sourcesInvalid.set(invalid);
    }

    // ---- related -------------------------------------------------------------------------------

    private void addRelated(String id) {
        if (id.equals(original.id()) || related.contains(id)) {
            return;
        }
        related.add(id);
        TimelineEvent e = content.event(id);
        Label name = new Label(e == null ? id : e.title());
        Button remove = new Button("\u00d7");
        remove.getStyleClass().add("chip-remove");
        HBox chip = new HBox(2, name, remove);
        chip.getStyleClass().add("chip");
        remove.setOnAction(a -> {
            related.remove(id);
            relatedChips.getChildren().remove(chip);
        });
        relatedChips.getChildren().add(chip);
    }

    // ---- applying ------------------------------------------------------------------------------

    private void applyChanges() {
        Category newCategory = null;
        String categoryId = null;
        String categoryName = category.getEditor().getText() == null ? "" : category.getEditor().getText().strip();
        if (!categoryName.isEmpty()) {
            Category existing = content.document().categories().stream()
                    .filter(c -> c.name().equals(categoryName) || c.id().equals(categoryName)).findFirst().orElse(null);
            if (existing != null) {
                categoryId = existing.id();
            } else {
                newCategory = new Category(uniqueCategoryId(categoryName), categoryName, null);
                categoryId = newCategory.id();
            }
        }
        List<Source> sourceList = new ArrayList<>();
        for (SourceRow row : sources) {
            if (!row.isBlank()) {
                sourceList.add(row.toSource());
            }
        }
        EventImage image = imagePath.getText().isBlank() ? null
                : new EventImage(imagePath.getText().strip(), blankToNull(imageCaption.getText()), blankToNull(imageCredit.getText()),
                        original.image() == null ? ExtraFields.NONE : original.image().extras());
        // A new event is named after what the user typed, not after the form's placeholder.
        HistoricalDate startDate = DateInput.parse(start.getText());
        String id = isNew ? EventIds.generate(title.getText().strip(), startDate, Edits.eventIds(content.document()))
                : original.id();
        TimelineEvent after = new TimelineEvent(id, title.getText().strip(), startDate,
                end.getText().isBlank() ? null : DateInput.parse(end.getText()), approximate.isSelected(), categoryId,
                tags.values(), actors.values(), blankToNull(location.getText()), blankToNull(summary.getText()),
                blankToNull(description.getText()), sourceList, List.copyOf(related), image, original.extras());
        owner.apply(isNew ? null : original, after, newCategory);
    }

    private String uniqueCategoryId(String name) {
        String base = EventIds.slugOrDefault(name);
        Set<String> taken = new TreeSet<>();
        content.document().categories().forEach(c -> taken.add(c.id()));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Set<String> used(Function<TimelineEvent, List<String>> values) {
        Set<String> all = new TreeSet<>();
        for (int i = 0; i < content.events().size(); i++) {
            all.addAll(values.apply(content.events().get(i)));
        }
        return all;
    }

    private static int addRow(GridPane grid, int row, String labelKey, Node field) {
        Label label = new Label(labelKey.isEmpty() ? "" : Messages.get(labelKey));
        label.getStyleClass().add("form-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (field instanceof Control) {
            label.setLabelFor(field);
        }
        grid.addRow(row, label, field);
        return row + 1;
    }

    private static Label section(String key) {
        Label label = new Label(Messages.get(key).toUpperCase(Locale.ROOT));
        label.getStyleClass().add("details-heading");
        return label;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static Label reading() {
        Label label = new Label();
        label.getStyleClass().add("form-reading");
        label.setWrapText(true);
        return label;
    }

    private static Button smallButton(String text, String accessibleKey, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("form-small-button");
        button.setAccessibleText(Messages.get(accessibleKey));
        button.setTooltip(new Tooltip(Messages.get(accessibleKey)));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
