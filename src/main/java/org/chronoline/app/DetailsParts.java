package org.chronoline.app;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chronoline.model.DateText;
import org.chronoline.model.DisplayText;
import org.chronoline.model.EventImage;
import org.chronoline.model.Links;
import org.chronoline.model.Source;
import org.chronoline.model.SourceLanguage;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;

/**
 * The pieces the side panel reads an event with: a heading, a named field, paragraphs, a source
 * with the address a click opens, related events as links, a picture with its caption. Text from
 * the file is shown through {@link DisplayText}: no direction overrides, control characters made
 * visible. Each piece has its style class in the window's stylesheet.
 */
final class DetailsParts {
    /** Room the picture leaves beside it in the panel: the body's padding and a scroll bar. */
    private static final double PICTURE_MARGIN = 48;
    private static final Object REFUSED = new Object();

    private DetailsParts() {
    }

    /** A label from the file's text, wrapped, with {@code styleClass}. */
    static Label text(String text, String styleClass) {
        return styled(new Label(text), styleClass);
    }

    /** A section's heading, in capitals. */
    static Label heading(String text) {
        return text(text.toUpperCase(Locale.ROOT), "details-heading");
    }

    /** A field under its name (Where, Who), or null when it has no value. */
    static Node field(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return new VBox(1, heading(name), text(value, "details-field-value"));
    }

    /** The paragraphs of a text (separated by blank lines), ready to show; a very long one in pieces ({@link ParagraphPieces}). */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(DisplayText::block)
                .flatMap(p -> ParagraphPieces.of(p, ParagraphPieces.MOST).stream())
                .toList();
    }

    /**
     * A source: its title a link when its address may be opened (http, https, mail), with the
     * address a click opens under it; otherwise the address shown, never opened, with why. Then
     * its publisher and date.
     */
    static Node source(Source source, SourceLinks links) {
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
            links.attach(link, target);
            box.getChildren().addAll(ReadingDirection.showLink(link, link.getText()), text(target, "details-source-target"));
        } else {
            box.getChildren().add(text(source.title(), "details-source-title"));
            if (source.url() != null) {
                // Shown, never opened: the address is there to read, with the reason it is not a link.
                box.getChildren().addAll(text(source.url(), "details-source-address"),
                        text(Messages.get("details.source.notOpened"), "details-source-reason"));
            }
        }
        String meta = String.join(" · ", nonNull(source.publisher(), source.date() == null ? null : DateText.format(source.date()),
                SourceLanguage.note(source)));
        if (!meta.isEmpty()) {
            box.getChildren().add(text(meta, "details-source-meta"));
        }
        return box;
    }

    /** Related events as links, each with its date; {@code follow} is given the one clicked. */
    static Node related(List<TimelineEvent> events, Consumer<TimelineEvent> follow) {
        VBox list = new VBox(2);
        list.getStyleClass().add("details-related");
        for (TimelineEvent target : events) {
            Hyperlink link = new Hyperlink(DisplayText.line(target.title()));
            link.setWrapText(true);
            link.getStyleClass().add("details-related-link");
            link.setOnAction(a -> follow.accept(target));
            list.getChildren().add(new VBox(0, ReadingDirection.showLink(link, link.getText()),
                    text(target.dateOnScreen(), "details-source-meta")));
        }
        return list;
    }

    /**
     * Adds an event's picture to {@code into} with its caption and credit, or why it is not shown.
     * It is read in the background: its place is kept, and filled (or explained) when it comes.
     * It is as wide as {@code room} less the panel's margins, never wider than the picture itself
     * (a small one is not blown up).
     */
    static void picture(EventPictures.Picture picture, EventImage image, ObservableList<Node> into, ObservableDoubleValue room) {
        if (picture.isNone()) {
            return;
        }
        Label refusal = text("", "details-picture-refused");
        refusal.setId("details-picture-refused");
        refusal.textProperty().bind(picture.refusalProperty());
        if (picture.refusal() != null) {
            into.add(refusal);
            return;
        }
        ImageView view = new ImageView();
        view.imageProperty().bind(picture.imageProperty());
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> picture.image() == null ? 0
                : Math.min(room.get() - PICTURE_MARGIN, picture.image().getWidth()), room, picture.imageProperty()));
        view.setId("details-picture");
        Label note = text("", "details-picture-note");
        note.textProperty().bind(picture.noteProperty());
        note.visibleProperty().bind(picture.noteProperty().isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        into.addAll(view, note);
        String words = String.join(" · ", nonNull(image.caption(), image.credit()));
        Label caption = text(words, "details-caption");
        if (!words.isEmpty()) {
            into.add(caption);
        }
        ChangeListener<String> refused = (o, was, reason) -> {
            if (reason != null) {
                int at = into.indexOf(view);
                into.removeAll(view, note, caption);
                if (at >= 0) {
                    into.add(at, refusal);
                }
            }
        };
        // The picture is kept for the next showing of its event: it holds the listener weakly, the view strongly,
        // so that the panel's earlier pieces are let go with it (each showing added one that held them all).
        view.getProperties().put(REFUSED, refused);
        picture.refusalProperty().addListener(new WeakChangeListener<>(refused));
    }

    static <T extends Region> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        if (node instanceof Label label) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            // Text from the file, shown safely: no direction overrides, control characters made visible. In pieces
            // where it is Arabic, Hebrew or Indic (they wrap wrongly on Linux otherwise), and in the direction it reads.
            ReadingDirection.show(label, DisplayText.block(label.getText()));
        }
        VBox.setMargin(node, Insets.EMPTY);
        return node;
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
