package org.chronoline.app;

import static org.chronoline.app.DetailsParts.heading;
import static org.chronoline.app.DetailsParts.paragraphs;
import static org.chronoline.app.DetailsParts.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chronoline.model.Category;
import org.chronoline.model.DateText;
import org.chronoline.model.DatingWords;
import org.chronoline.model.DisplayText;
import org.chronoline.model.EventImage;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.RelatedEvents;
import org.chronoline.model.find.SearchQuery;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineContent;

/**
 * The side panel: everything about the selected event, for reading. With nothing selected it
 * introduces the timeline itself. Sources are links that open in the browser (http and https only).
 */
final class DetailsPanel extends BorderPane {
    private final ObjectProperty<TimelineEvent> event = new SimpleObjectProperty<>(this, "event");
    private final ObjectProperty<TimelineContent> timeline = new SimpleObjectProperty<>(this, "timeline", TimelineContent.EMPTY);
    /** The search: what it finds in the summary and description is marked. */
    private final ObjectProperty<SearchQuery> query = new SimpleObjectProperty<>(this, "query", SearchQuery.parse(""));
    private final VBox body = new VBox();
    private final ScrollPane reading = new ScrollPane(body);
    private final SourceLinks links;
    private Runnable onEdit;
    private EventForm form;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private RelatedEvents relations;
    private Consumer<String> followLink = id -> { };
    private Consumer<TimelineEvent> copyCitation = e -> { };
    /** What a tag's chip does: show only the events with that tag, or, pressed already, stop. None: the chips are text. */
    private Consumer<String> onTag;
    /** The tags the filter asks for: their chips are shown pressed. */
    private final ObjectProperty<Set<String>> tagsShown = new SimpleObjectProperty<>(this, "tagsShown", Set.of());
    private Function<EventImage, EventPictures.Picture> pictures =
            image -> EventPictures.Picture.NONE;
    /** The events left by following related links, most recent last, for Back. */
    private final Deque<String> trail = new ArrayDeque<>();
    private boolean goingBack;
    private boolean following;

    DetailsPanel(SourceLinks links) {
        this.links = links;
        getStyleClass().add("details-panel");
        body.getStyleClass().add("details-body");
        reading.getStyleClass().addAll("details-scroll", "details-reading");
        reading.setFitToWidth(true);
        reading.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(reading);
        event.addListener((o, old, now) -> {
            // Selecting an event any other way than by a link starts a new trail.
            if (!following && !goingBack && (now == null || old == null || !now.id().equals(old.id()))) {
                trail.clear();
            }
            if (form == null) {
                rebuild();
            }
        });
        timeline.addListener((o, old, now) -> {
            if (form == null) {
                rebuild();
            }
        });
        query.addListener((o, old, now) -> {
            if (form == null && event.get() != null) {
                double at = reading.getVvalue();
                boolean hadKeys = holdsKeyboard();
                rebuild();
                keepKeyboard(hadKeys);
                reading.setVvalue(at); // the same event, marked anew: the reader stays where they were
            }
        });
        rebuild();
    }

    /**
     * Gives the keyboard to the panel's text ({@link ReadingStop}: a screen reader hears it, the
     * arrows scroll it), or in the form to its first control, the reading scrolled back to the top.
     * Returns false when it has none.
     */
    boolean takeKeyboard() {
        Node stop = ReadingStop.in(body);
        Node first = stop != null && form == null ? stop : firstControl(this);
        if (first == null) {
            return false;
        }
        reading.setVvalue(0);
        first.requestFocus();
        return true;
    }

    private static Node firstControl(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable() && !(node instanceof ScrollPane)) {
            return node;
        }
        List<Node> children = node instanceof ScrollPane scroll ? List.of(scroll.getContent())
                : node instanceof Parent parent ? parent.getChildrenUnmodifiable() : List.of();
        for (Node child : children) {
            Node found = child == null ? null : firstControl(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Links between events of the whole document (not only those the filter shows). */
    void setRelations(RelatedEvents related) {
        relations = related;
        if (form == null) {
            rebuild();
        }
    }

    /** What following a related event's link does: select it, by id. */
    void setOnFollowLink(Consumer<String> follow) {
        followLink = follow;
    }

    /** Where the panel gets events' pictures from. */
    void setPictures(Function<EventImage, EventPictures.Picture> source) {
        pictures = source;
        rebuild();
    }

    void setOnCopyCitation(Consumer<TimelineEvent> copy) {
        copyCitation = copy;
    }

    /** What pressing a tag's chip does, given the tag; the filter it changes is shown by {@link #tagsShownProperty()}. */
    void setOnTag(Consumer<String> action) {
        onTag = action;
        if (form == null) {
            rebuild();
        }
    }

    ObjectProperty<Set<String>> tagsShownProperty() {
        return tagsShown;
    }

    /**
     * A tag's chip pressed: the filter changes, which builds the panel again for the same event. The
     * reader stays where they were, and the keys on the chip they pressed.
     */
    private void pressTag(String tag) {
        double at = reading.getVvalue();
        boolean hadKeys = holdsKeyboard();
        onTag.accept(tag);
        reading.setVvalue(at);
        Platform.runLater(() -> reading.setVvalue(at)); // once the new panel is laid out
        if (hadKeys) {
            body.lookupAll(".details-tag").stream().filter(chip -> chip instanceof ToggleButton && tag.equals(chip.getUserData()))
                    .findFirst().ifPresentOrElse(Node::requestFocus, () -> keepKeyboard(true));
        }
    }

    /** Whether the event being selected is the one Back returns to. */
    boolean isGoingBack() {
        return goingBack;
    }

    /** Returns to the event shown before the last related link was followed; false when there is none. */
    boolean back() {
        if (trail.isEmpty()) {
            return false;
        }
        goingBack = true;
        select(trail.removeLast());
        goingBack = false;
        return true;
    }

    private void follow(TimelineEvent from, String to) {
        if (!goingBack && from != null) {
            trail.addLast(from.id());
        }
        select(to);
    }

    /** Selects the event a link or Back leads to, the keyboard kept in the panel when it was there. */
    private void select(String id) {
        boolean hadKeys = holdsKeyboard();
        following = true;
        followLink.accept(id);
        following = false;
        keepKeyboard(hadKeys);
    }

    /** Whether the keyboard is in this panel (a link or a button of it). */
    boolean holdsKeyboard() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /**
     * The link or button followed is gone with the event it was shown with: the keyboard went to the
     * window's first control (the Timeline tab). It stays in the panel, on its first control.
     */
    private void keepKeyboard(boolean hadKeys) {
        if (hadKeys && !holdsKeyboard()) {
            takeKeyboard();
        }
    }

    /** What the Edit button does; none means the timeline is read-only and the button is not shown. */
    void setOnEdit(Runnable action) {
        onEdit = action;
        if (form == null) {
            rebuild();
        }
    }

    /** Shows an editing form instead of the details, until {@link #stopEditing()}. */
    void startEditing(EventForm editor) {
        form = editor;
        setCenter(editor);
        if (!getStyleClass().contains("editing")) {
            getStyleClass().add("editing"); // the form asks for more room than reading does (DetailsSplit gives it)
        }
        editing.set(true); // the panel shows, if the reader had hidden it, before the form takes the keys
        editor.focusTitleWhole();
    }

    void stopEditing() {
        form = null;
        getStyleClass().remove("editing");
        setCenter(reading);
        rebuild();
        editing.set(false);
    }

    boolean isEditing() {
        return form != null;
    }

    /** Whether the panel holds the event form: it must then be on screen. */
    ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The form being shown, or null. */
    EventForm form() {
        return form;
    }

    ObjectProperty<TimelineEvent> eventProperty() {
        return event;
    }

    ObjectProperty<TimelineContent> timelineProperty() {
        return timeline;
    }

    ObjectProperty<SearchQuery> queryProperty() {
        return query;
    }

    private void rebuild() {
        body.getChildren().clear();
        reading.setVvalue(0);
        TimelineEvent e = event.get();
        if (e == null) {
            showTimeline();
        } else {
            showEvent(e);
        }
        if (body.lookup(".details-title") instanceof Label heading) {
            ReadingStop.install(heading, reading);
        }
    }

    private void showTimeline() {
        TimelineContent c = timeline.get();
        body.getChildren().add(text(c.document().title(), "details-title"));
        double[] extent = c.eventExtent();
        if (extent != null) {
            String span = DateText.years(extent[0], extent[1]);
            body.getChildren().add(text(Messages.get("details.stats", c.events().size(), span), "details-date"));
        }
        if (c.document().description() != null) {
            paragraphs(c.document().description()).forEach(p -> body.getChildren().add(HighlightedText.paragraph(p, null, "details-paragraph")));
        }
        // No timeline open, a new one, or a filter that hides every event: nothing to click.
        if (c.events().size() > 0) {
            body.getChildren().add(text(Messages.get("details.empty.hint"), "details-hint"));
        }
    }

    private void showEvent(TimelineEvent e) {
        // The buttons keep their whole names and go onto a second line when the panel is narrow (large text).
        FlowPane bar = new FlowPane(6, 6);
        bar.setAlignment(Pos.TOP_RIGHT);
        bar.getStyleClass().add("details-toolbar");
        if (!trail.isEmpty()) {
            Button back = new Button(Messages.get("details.back"));
            back.setId("details-back");
            back.setTooltip(new Tooltip(Messages.get("details.back.tooltip")));
            back.setOnAction(a -> back());
            bar.getChildren().add(back);
        }
        Button cite = new Button(Messages.get("details.copyCitation"));
        cite.setId("details-cite");
        cite.setTooltip(new Tooltip(Messages.get("details.copyCitation.tooltip")));
        cite.setOnAction(a -> copyCitation.accept(e));
        bar.getChildren().add(cite);
        if (onEdit != null) {
            Button edit = new Button(Messages.get("details.edit"));
            edit.setId("details-edit");
            edit.getStyleClass().add("details-edit-button");
            edit.setTooltip(new Tooltip(Messages.get("details.edit.tooltip")));
            edit.setOnAction(a -> onEdit.run());
            bar.getChildren().add(edit);
        }
        bar.getChildren().forEach(button -> ((Button) button).setMinWidth(Region.USE_PREF_SIZE));
        body.getChildren().add(bar);
        Category category = timeline.get().category(e.category());
        if (category != null) {
            Region swatch = CategorySwatch.of(category, timeline.get().document().categories());
            HBox chip = new HBox(6, swatch, text(category.name(), "details-category"));
            chip.getStyleClass().add("details-chip");
            body.getChildren().add(chip);
        }
        body.getChildren().add(text(e.title(), "details-title"));
        body.getChildren().add(text(e.dateOnScreen(), "details-date"));
        for (String says : DatingWords.whoSaysWhat(e)) {
            Label line = text(says, "details-dating");
            body.getChildren().add(line);
        }
        if (e.summary() != null) {
            body.getChildren().add(HighlightedText.paragraph(DisplayText.block(e.summary()), query.get(), "details-summary"));
        }
        DetailsParts.picture(pictures.apply(e.image()), e.image(), body.getChildren(), reading.widthProperty());
        add(DetailsParts.field(Messages.get("details.where"), e.location()));
        if (!e.actors().isEmpty()) {
            add(DetailsParts.field(Messages.get("details.who"), DisplayText.names(e.actors())));
        }
        if (e.description() != null) {
            paragraphs(e.description()).forEach(p -> body.getChildren().add(HighlightedText.paragraph(p, query.get(), "details-paragraph")));
        }
        if (!e.tags().isEmpty()) {
            FlowPane tags = new FlowPane(6, 6);
            tags.getStyleClass().add("details-tags");
            for (String tag : e.tags()) {
                tags.getChildren().add(onTag == null ? text(tag, "details-tag") : tagChip(tag));
            }
            body.getChildren().addAll(heading(Messages.get("details.tags")), tags);
        }
        if (!e.sources().isEmpty()) {
            body.getChildren().add(heading(Messages.get("details.sources")));
            for (Source source : e.sources()) {
                body.getChildren().add(DetailsParts.source(source, links));
            }
        }
        if (relations != null) {
            // Related events as links that select them; following one can be undone with Back.
            relations.groups(e).forEach((group, events) -> {
                if (!events.isEmpty()) {
                    body.getChildren().addAll(heading(Messages.get(group.messageKey())),
                            DetailsParts.related(events, target -> follow(e, target.id())));
                }
            });
        }
    }

    /**
     * A tag as a button that filters by it. They looked like buttons already, and did nothing. While
     * the filter asks for the tag it is shown pressed (and heard so), and pressed again stops asking.
     * Its text is shown as the rest of the panel's is (DisplayText: no direction overrides, no controls)
     * and wraps, a long tag within the panel's width.
     */
    private ToggleButton tagChip(String tag) {
        String shownTag = DisplayText.line(tag);
        ToggleButton chip = new ToggleButton(shownTag);
        chip.setUserData(tag);
        chip.getStyleClass().add("details-tag");
        chip.setMnemonicParsing(false);
        chip.setWrapText(true);
        chip.setMinHeight(Region.USE_PREF_SIZE);
        chip.maxWidthProperty().bind(body.widthProperty().subtract(8)); // the panel's width, known before the tags are laid out
        boolean shown = tagsShown.get().contains(tag);
        chip.setSelected(shown);
        chip.setTooltip(new Tooltip(Messages.get(shown ? "details.tag.stop" : "details.tag.showOnly", DisplayText.inSentence(shownTag))));
        chip.setAccessibleHelp(chip.getTooltip().getText());
        chip.setOnAction(a -> pressTag(tag));
        return chip;
    }

    private void add(Node part) {
        if (part != null) {
            body.getChildren().add(part);
        }
    }
}
