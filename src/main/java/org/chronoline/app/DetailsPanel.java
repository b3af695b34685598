package org.chronoline.app;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
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
import org.chronoline.model.Links;
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
    private final Consumer<String> openLink;
    private Runnable onEdit;
    private EventForm form;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private RelatedEvents relations;
    private Consumer<String> followLink = id -> { };
    private Consumer<TimelineEvent> copyCitation = e -> { };
    private Function<EventImage, EventPictures.Picture> pictures =
            image -> EventPictures.Picture.NONE;
    /** The events left by following related links, most recent last, for Back. */
    private final Deque<String> trail = new ArrayDeque<>();
    private boolean goingBack;
    private boolean following;

    DetailsPanel(Consumer<String> openLink) {
        this.openLink = openLink;
        getStyleClass().add("details-panel");
        body.getStyleClass().add("details-body");
        reading.getStyleClass().add("details-scroll");
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
        editor.focusFirstField();
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
        body.getChildren().add(styled(new Label(c.document().title()), "details-title"));
        double[] extent = c.eventExtent();
        if (extent != null) {
            String span = DateText.years(extent[0], extent[1]);
            body.getChildren().add(styled(new Label(Messages.get("details.stats", c.events().size(), span)), "details-date"));
        }
        if (c.document().description() != null) {
            paragraphs(c.document().description()).forEach(p -> body.getChildren().add(HighlightedText.paragraph(p, null, "details-paragraph")));
        }
        // No timeline open, a new one, or a filter that hides every event: nothing to click.
        if (c.events().size() > 0) {
            body.getChildren().add(styled(new Label(Messages.get("details.empty.hint")), "details-hint"));
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
            Region swatch = styled(new Region(), "details-swatch");
            if (category.color() != null && category.color().matches("#[0-9A-Fa-f]{6}")) {
                swatch.setStyle("-fx-background-color: " + category.color() + ";");
            }
            HBox chip = new HBox(6, swatch, styled(new Label(category.name()), "details-category"));
            chip.getStyleClass().add("details-chip");
            body.getChildren().add(chip);
        }
        body.getChildren().add(styled(new Label(e.title()), "details-title"));
        body.getChildren().add(styled(new Label(e.dateText()), "details-date"));
        for (String says : DatingWords.whoSaysWhat(e)) {
            Label line = styled(new Label(says), "details-dating");
            line.setWrapText(true);
            body.getChildren().add(line);
        }
        if (e.summary() != null) {
            body.getChildren().add(HighlightedText.paragraph(DisplayText.block(e.summary()), query.get(), "details-summary"));
        }
        picture(e.image());
        field(Messages.get("details.where"), e.location());
        if (!e.actors().isEmpty()) {
            field(Messages.get("details.who"), String.join(", ", e.actors()));
        }
        if (e.description() != null) {
            paragraphs(e.description()).forEach(p -> body.getChildren().add(HighlightedText.paragraph(p, query.get(), "details-paragraph")));
        }
        if (!e.tags().isEmpty()) {
            FlowPane tags = new FlowPane(6, 6);
            tags.getStyleClass().add("details-tags");
            for (String tag : e.tags()) {
                tags.getChildren().add(styled(new Label(tag), "details-tag"));
            }
            body.getChildren().addAll(heading(Messages.get("details.tags")), tags);
        }
        if (!e.sources().isEmpty()) {
            body.getChildren().add(heading(Messages.get("details.sources")));
            for (Source source : e.sources()) {
                body.getChildren().add(source(source));
            }
        }
        if (relations != null) {
            relations.groups(e).forEach((group, events) -> links(e, group.messageKey(), events));
        }
    }

    /** The event's picture with its caption and credit, or why it is not shown. */
    private void picture(EventImage image) {
        EventPictures.Picture picture = pictures.apply(image);
        if (picture.isNone()) {
            return;
        }
        Label refusal = styled(new Label(), "details-picture-refused");
        refusal.setId("details-picture-refused");
        refusal.textProperty().bind(picture.refusalProperty());
        if (picture.refusal() != null) {
            body.getChildren().add(refusal);
            return;
        }
        // The picture is read in the background: its place is kept, and filled (or explained) when it comes.
        ImageView view = new ImageView();
        view.imageProperty().bind(picture.imageProperty());
        view.setPreserveRatio(true);
        view.setSmooth(true);
        // As wide as the panel allows, never wider than the picture itself (a small one is not blown up).
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> picture.image() == null ? 0
                : Math.min(reading.getWidth() - 48, picture.image().getWidth()), reading.widthProperty(), picture.imageProperty()));
        view.setId("details-picture");
        Label note = styled(new Label(), "details-picture-note");
        note.textProperty().bind(picture.noteProperty());
        note.visibleProperty().bind(picture.noteProperty().isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        body.getChildren().addAll(view, note);
        String words = String.join(" · ", nonNull(image.caption(), image.credit()));
        Label caption = styled(new Label(words), "details-caption");
        if (!words.isEmpty()) {
            body.getChildren().add(caption);
        }
        picture.refusalProperty().addListener((o, was, reason) -> {
            if (reason != null) {
                int at = body.getChildren().indexOf(view);
                body.getChildren().removeAll(view, note, caption);
                if (at >= 0) {
                    body.getChildren().add(at, refusal);
                }
            }
        });
    }

    /** Related events as links that select them; following one can be undone with Back. */
    private void links(TimelineEvent from, String headingKey, List<TimelineEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        body.getChildren().add(heading(Messages.get(headingKey)));
        VBox list = new VBox(2);
        list.getStyleClass().add("details-related");
        for (TimelineEvent target : events) {
            Hyperlink link = new Hyperlink(DisplayText.line(target.title()));
            link.setWrapText(true);
            link.getStyleClass().add("details-related-link");
            Label date = styled(new Label(target.dateText()), "details-source-meta");
            link.setOnAction(a -> follow(from, target.id()));
            list.getChildren().add(new VBox(0, link, date));
        }
        body.getChildren().add(list);
    }

    private Node source(Source source) {
        VBox box = new VBox(2);
        box.getStyleClass().add("details-source");
        Optional<URI> openable = Links.openable(source.url());
        if (openable.isPresent()) {
            // The real target is written under the title, so the reader sees where a click leads before clicking.
            String target = Links.target(openable.get());
            Hyperlink link = new Hyperlink(DisplayText.line(source.title()));
            link.setWrapText(true);
            link.getStyleClass().add("details-source-link");
            link.setTooltip(new Tooltip(Messages.get(Links.isMail(openable.get()) ? "details.source.mails" : "details.source.opens",
                    target)));
            link.setOnAction(a -> openLink.accept(target));
            Label address = styled(new Label(target), "details-source-target");
            box.getChildren().addAll(link, address);
        } else {
            Label title = styled(new Label(source.title()), "details-source-title");
            box.getChildren().add(title);
            if (source.url() != null) {
                // Shown, never opened: the address is there to read, with the reason it is not a link.
                Label address = styled(new Label(source.url()), "details-source-address");
                Label reason = styled(new Label(Messages.get("details.source.notOpened")), "details-source-reason");
                box.getChildren().addAll(address, reason);
            }
        }
        String meta = String.join(" · ", nonNull(source.publisher(), source.date() == null ? null : DateText.format(source.date())));
        if (!meta.isEmpty()) {
            box.getChildren().add(styled(new Label(meta), "details-source-meta"));
        }
        return box;
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private void field(String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Label label = styled(new Label(value), "details-field-value");
        body.getChildren().add(new VBox(1, heading(name), label));
    }

    private static Label heading(String text) {
        return styled(new Label(text.toUpperCase(Locale.ROOT)), "details-heading");
    }

    /** The paragraphs of a text (separated by blank lines), ready to show. */
    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(DisplayText::block)
                .toList();
    }

    private static <T extends Region> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        if (node instanceof Label) {
            // Text from the file, shown safely: no direction overrides, control characters made visible.
            ((Label) node).setText(DisplayText.block(((Label) node).getText()));
            ((Label) node).setWrapText(true);
            ((Label) node).setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox.setMargin(node, Insets.EMPTY);
        return node;
    }
}
