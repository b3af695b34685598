package org.chronoline.app;

import impl.org.controlsfx.skin.DecorationPane;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.chronoline.model.Category;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.edit.EventDraft;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineContent;

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

        /**
         * Esc: leaves the form, asking first when it has changes (Apply, Discard, Keep Editing). A
         * second Esc, after one that closed a list in the form, threw away all that was typed.
         */
        void escape();

        /** Lets the user click an event on the timeline; the form adds it as related. */
        void pickOnTimeline(Consumer<TimelineEvent> picked);
    }

    private final TimelineContent content;
    private final TimelineEvent original;
    private final boolean isNew;
    private final Path folder;
    private final Owner owner;
    /** What the form held when it opened. */
    private final List<Object> asOpened;
    /** The fields' rules, the readings under the dates, the problem beside Apply. */
    private final EventFormChecks checks;

    private final TextField title = field("form-title");
    private final TextField start = field("form-start");
    private final Label startReading = reading();
    private final TextField end = field("form-end");
    private final Label endReading = reading();
    private final CheckBox approximate = new CheckBox(Messages.get("form.approximate"));
    private final DatingField dating;
    private final ComboBox<String> category = new ComboBox<>();
    /** Says when the typed category is a new one (made on Apply), and a like-named one that exists. */
    private final Label categoryReading = reading();
    private final ChipsField tags;
    private final ChipsField actors;
    private final TextField location = field("form-location");
    private final TextField summary = field("form-summary");
    private final TextArea description = new TextArea();
    private final FilledText filled = new FilledText();
    private final SourcesEditor sources;
    private final RelatedLinksEditor related;
    private final TextField imagePath = field("form-image");
    private final Label imageReading = reading();
    private final TextField imageCaption = field("form-image-caption");
    private final TextField imageCredit = field("form-image-credit");
    private final Button apply = new Button(Messages.get("form.apply"));

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
        sources = new SourcesEditor(event.sources());
        dating = new DatingField(event.dating());
        related = new RelatedLinksEditor(content, event, owner::pickOnTimeline);
        checks = new EventFormChecks(new EventFormChecks.Fields(title, start, startReading, end, endReading, dating, location, summary,
                description, imagePath, imageReading, imageCaption, imageCredit, sources),
                isNew || event.image() == null ? null : event.image().path());
        build();
        fill(event);
        checks.start();
        asOpened = state();
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                owner.escape();
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                if (!apply.isDisabled()) {
                    applyChanges();
                } else {
                    focusProblemOrFirstField();
                }
                e.consume();
            }
        });
    }

    /** Whether anything has been typed or chosen since the form opened: leaving it then asks first. */
    boolean hasChanges() {
        return !state().equals(asOpened);
    }

    /** What keeps the form from being applied, in words (the first of the fields' problems), or null. */
    String problem() {
        return checks.problem();
    }

    /**
     * Gives the keyboard to the field that keeps the form from being applied, or to the first field
     * when none does: Ctrl+Enter on a form with a bad date did nothing, and "Keep Editing" left the
     * keyboard in the title, away from what was wrong.
     */
    void focusProblemOrFirstField() {
        checks.focusProblem(this::focusFirstField);
    }

    /** Whether the form can be applied as it stands: every field is valid. */
    boolean canApply() {
        return !apply.isDisabled();
    }

    /** The event the form edits (for a new event, its draft). */
    TimelineEvent original() {
        return original;
    }

    boolean isNew() {
        return isNew;
    }

    /**
     * The event's title as the form names it: an event's own, which a title typed does not change
     * until applied ("Apply your changes to “Typed not applied”?" named it by a title it did not have,
     * a walk-through); a new event's as typed, or as it was when that is blank.
     */
    String eventTitle() {
        return !isNew || title.getText().isBlank() ? original.title() : title.getText().strip();
    }

    /** Applies the form as its Apply button does; only when {@link #canApply()}. */
    void apply() {
        applyChanges();
    }

    /** Everything the form holds, as a value: equal while nothing in it changes. */
    Object held() {
        return state();
    }

    /** Everything the form holds, to compare with what it held when it opened. */
    private List<Object> state() {
        return Arrays.asList(title.getText(), start.getText(), end.getText(), approximate.isSelected(), dating.kindValue(),
                dating.margin().getText(), category.getEditor().getText(), tags.state(), actors.state(), location.getText(),
                summary.getText(), description.getText(), sources.typed(), related.links(), imagePath.getText(),
                imageCaption.getText(), imageCredit.getText());
    }

    /** Focus goes back to the title, as typed: the form was open already (Keep Editing, F2 on its event). */
    void focusFirstField() {
        Focus.whenInScene(title);
    }

    /**
     * The form just opened: focus goes to the title, all of it selected, as Tab selects a field's
     * text: with the caret before it, F2 and a letter made "XABM Treaty signed".
     */
    void focusTitleWhole() {
        Focus.whenInScene(title);
        title.selectAll();
    }

    private void build() {
        Label heading = new Label(Messages.get(isNew ? "form.heading.new" : "form.heading.edit"));
        heading.getStyleClass().add("form-heading");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        // At most a third of the form: a long name ("Краткое содержание") goes onto two lines rather than
        // leave the fields too narrow for what they hold (the "how sure" row ran past the panel's edge).
        labels.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(widestLabel(grid), grid.getWidth() * 0.34), grid.widthProperty()));
        labels.maxWidthProperty().bind(labels.minWidthProperty());
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = addRow(grid, row, "form.title", title);
        row = addRow(grid, row, "form.start", new VBox(2, start, startReading));
        row = addRow(grid, row, "form.end", new VBox(2, end, endReading));
        row = addRow(grid, row, "", approximate);
        row = addRow(grid, row, "form.dating", dating);
        category.setEditable(true);
        category.setId("form-category");
        category.setMaxWidth(Double.MAX_VALUE);
        category.getItems().add("");
        content.document().categories().forEach(c -> category.getItems().add(c.name()));
        category.setPromptText(Messages.get("form.category.prompt"));
        // Reached with Tab, its text is selected as a text field's is: typing went in front of the category's
        // name ("ClassroomTalks and negotiations"), and that category was made on Apply. Only with Tab: a click
        // places the caret, and the window or a dialog giving the focus back leaves what was being typed.
        boolean[] tabbed = {false};
        addEventFilter(KeyEvent.KEY_PRESSED, e -> tabbed[0] = e.getCode() == KeyCode.TAB);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> tabbed[0] = false);
        category.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (now && tabbed[0]) {
                Platform.runLater(category.getEditor()::selectAll);
            }
        });
        categoryReading.setId("form-category-reading");
        imageReading.setId("form-image-reading");
        category.getEditor().textProperty().addListener((o, was, typed) -> categoryReading.setText(newCategoryNote(typed)));
        row = addRow(grid, row, "form.category", new VBox(2, category, categoryReading));
        row = addRow(grid, row, "form.tags", tags);
        row = addRow(grid, row, "form.actors", actors);
        row = addRow(grid, row, "form.location", location);
        row = addRow(grid, row, "form.summary", summary);
        description.setPrefRowCount(6);
        description.setId("form-description");
        Focus.tabLeaves(description);
        description.setPromptText(Messages.get("form.description.prompt"));
        Label unwrapped = new Label();
        unwrapped.setId("form-description-unwrapped");
        LongTextAreas.follow(description, unwrapped);
        addRow(grid, row, "form.description", new VBox(2, description, unwrapped));

        Button addSource = new Button(Messages.get("form.source.add"));
        addSource.setId("form-add-source");
        addSource.setOnAction(e -> sources.addEmpty());

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
        apply.disableProperty().bind(checks.invalid());
        // Why Apply is disabled, in words beside it: the marks on the fields said it only in tooltips, to a mouse.
        Label problem = new Label();
        problem.setId("form-problem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(checks.problemText());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox buttonRow = new HBox(8, apply, cancel);
        buttonRow.setAlignment(Pos.CENTER_RIGHT);
        VBox buttons = new VBox(6, problem, buttonRow);
        buttons.getStyleClass().add("form-buttons");

        VBox fieldsBox = new VBox(10, heading, grid,
                section("form.sources"), sources, addSource,
                section("form.related"), related,
                section("form.image"), new HBox(6, imagePath, choose), imageReading, imageCaption, imageCredit);
        fieldsBox.getStyleClass().add("event-form-fields");
        ScrollPane scroll = new ScrollPane(fieldsBox);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("details-scroll");
        // The validation marks are drawn by a pane of ControlsFX's around the fields. Without one
        // here it would make its own the window's scene root, restyling the whole window each
        // time the form opens (with a moment in which no theme colour can be found).
        DecorationPane marks = new DecorationPane();
        marks.setRoot(scroll);
        // Apply and Cancel stay in sight however long the form is.
        setCenter(marks);
        setBottom(buttons);
    }

    private void fill(TimelineEvent e) {
        filled.clear();
        filled.fill(title, e.title());
        start.setText(e.start().toIso());
        end.setText(e.end() == null ? "" : e.end().toIso());
        approximate.setSelected(e.approximate());
        Category c = content.category(e.category());
        category.setValue(c != null ? c.name() : e.category() == null ? "" : e.category());
        // The editor's text follows the value only once the box has a skin; what is applied is the editor's text.
        category.getEditor().setText(category.getValue());
        tags.setValues(e.tags());
        actors.setValues(e.actors());
        filled.fill(location, nullToEmpty(e.location()));
        filled.fill(summary, nullToEmpty(e.summary()));
        filled.fill(description, nullToEmpty(e.description()));
        related.show(e.related());
        if (e.image() != null) {
            imagePath.setText(e.image().path());
            filled.fill(imageCaption, nullToEmpty(e.image().caption()));
            filled.fill(imageCredit, nullToEmpty(e.image().credit()));
        }
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

    // ---- applying ------------------------------------------------------------------------------

    /** The form's fields as a draft; the draft's rules decide, and it becomes the event. */
    private void applyChanges() {
        EventDraft.Result result = draft();
        owner.apply(isNew ? null : original, result.event(), result.newCategory());
    }

    /** The event as the form holds it, as Apply makes it; only when {@link #canApply()}. */
    EventDraft.Result draft() {
        EventDraft draft = new EventDraft()
                .title(filled.of(title))
                .start(start.getText())
                .end(end.getText())
                .approximate(approximate.isSelected())
                .dating(dating.kindValue(), dating.margin().getText())
                .category(category.getEditor().getText())
                .tags(tags.values())
                .actors(actors.values())
                .location(filled.of(location))
                .summary(filled.of(summary))
                .description(filled.of(description))
                .sources(sources.typed())
                .related(related.links())
                .picture(imagePath.getText(), filled.of(imageCaption), filled.of(imageCredit))
                .pictureInFile(isNew ? null : original);
        return draft.build(content.document(), isNew ? null : original);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Set<String> used(Function<TimelineEvent, List<String>> values) {
        Set<String> all = new TreeSet<>();
        for (int i = 0; i < content.events().size(); i++) {
            all.addAll(values.apply(content.events().get(i)));
        }
        return all;
    }

    /** The width the form's longest field name takes on one line. */
    private static double widestLabel(GridPane grid) {
        double widest = 0;
        for (Node node : grid.getChildren()) {
            if (node instanceof Label label && label.getStyleClass().contains("form-label")) {
                widest = Math.max(widest, label.prefWidth(-1));
            }
        }
        return widest;
    }

    private static int addRow(GridPane grid, int row, String labelKey, Node field) {
        Label label = new Label(labelKey.isEmpty() ? "" : Messages.get(labelKey));
        label.getStyleClass().add("form-label");
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        // The field a screen reader names by the label, and a click on the label focuses: the row's own control,
        // or, in a row with more (a date and how it reads, a list and its chips), its first input.
        Node labelled = field instanceof Control ? field : firstInput(field);
        if (labelled != null) {
            label.setLabelFor(labelled);
        }
        grid.addRow(row, label, field);
        return row + 1;
    }

    private static Node firstInput(Node node) {
        if (node instanceof javafx.scene.control.TextInputControl || node instanceof javafx.scene.control.ComboBoxBase<?>
                || node instanceof CheckBox) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstInput(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
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

    /**
     * What a typed category will be: nothing to say for an existing one (by name or id) or none; for
     * a new one, that it is made on Apply, and the existing one whose name holds what was typed
     * ("Talks" beside "Talks and negotiations"): it was made silently, in a lane of its own.
     */
    private String newCategoryNote(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return "";
        }
        if (!isNew && EventDraft.keepsUndefinedCategory(original, name, content.document().categories())) {
            // Apply keeps it as the file has it; the form promised to make it.
            return Messages.get("form.category.undefined", DisplayText.inSentence(name));
        }
        String lower = name.toLowerCase(Messages.locale());
        String alike = null;
        for (Category c : content.document().categories()) {
            if (c.name().equals(name) || c.id().equals(name)) {
                return "";
            }
            if (alike == null && c.name().toLowerCase(Messages.locale()).contains(lower)) {
                alike = c.name();
            }
        }
        String named = DisplayText.inSentence(name);
        return alike == null ? Messages.get("form.category.new", named)
                : Messages.get("form.category.newBeside", named, DisplayText.inSentence(alike));
    }

    private static Label reading() {
        Label label = new Label();
        label.getStyleClass().add("form-reading");
        label.setWrapText(true);
        return label;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
