package org.chronoline.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;

/**
 * One event as a large card for the class: date, title, summary, place, and the picture when
 * there is one. Sizes and colours come from the presentation stylesheet.
 */
final class StepCard extends HBox {
    private final Label date = label("step-date");
    private final Label title = label("step-title");
    private final Label summary = label("step-summary");
    private final Label location = label("step-location");
    private final Label caption = label("step-caption");
    private final ImageView picture = new ImageView();
    private final VBox pictureBox = new VBox(picture, caption);

    StepCard() {
        getStyleClass().add("step-card");
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        VBox text = new VBox(date, title, summary, location);
        text.getStyleClass().add("step-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        pictureBox.getStyleClass().add("step-picture");
        // The picture's height follows the type size, so that it scales with the screen like the text.
        // A very long summary is cut short (with an ellipsis) rather than pushing the timeline off screen.
        summary.setMinHeight(0);
        text.setMinHeight(0);
        getChildren().addAll(text, pictureBox);
    }

    void show(TimelineEvent event, EventPictures.Picture image) {
        date.setText(event.dateOnScreen());
        ReadingDirection.show(title, DisplayText.line(event.title()));
        setOptional(summary, DisplayText.block(event.summary()));
        setOptional(location, DisplayText.line(event.location()));
        if (shown != null) {
            shown.imageProperty().removeListener(arriving);
        }
        shown = image;
        captionText = event.image() == null ? null : DisplayText.line(event.image().caption());
        image.imageProperty().addListener(arriving);
        showPicture(image.image());
    }

    /** What the card says, in reading order: date, title, summary, place and the picture's caption, each a sentence. */
    String spokenText() {
        return java.util.stream.Stream.of(date, title, summary, location, caption)
                .filter(label -> label.isVisible() && label.getText() != null && !label.getText().isBlank())
                .map(label -> label.getText().strip())
                .map(text -> text.matches("(?s).*[.!?…]$") ? text : text + ".") // a summary's own full stop, not two
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * A picture read in the background takes its place on the card when it arrives. Heard weakly: the pictures live as
     * long as the timeline (most events share the one for none), and a card they held kept its whole presentation.
     */
    private final ChangeListener<Image> arrived = (o, was, now) -> showPicture(now);
    private final ChangeListener<Image> arriving = new WeakChangeListener<>(arrived);
    private EventPictures.Picture shown;
    private String captionText;

    private void showPicture(Image image) {
        picture.setImage(image);
        fit(image);
        setOptional(caption, image == null ? null : captionText);
        pictureBox.setVisible(image != null);
        pictureBox.setManaged(image != null);
    }

    /**
     * Sizes the picture with the type (five title lines high, a third of the card wide) and never
     * past its own size, once it has loaded in the background.
     */
    private void fit(Image image) {
        picture.fitHeightProperty().unbind();
        picture.fitWidthProperty().unbind();
        if (image == null) {
            return;
        }
        picture.fitHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(title.getFont().getSize() * 5, loaded(image.getHeight()))),
                title.fontProperty(), image.heightProperty()));
        picture.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(getWidth() * 0.3, loaded(image.getWidth()))), widthProperty(), image.widthProperty()));
    }

    /** A loading picture's size is 0: until it is known, it takes no room. */
    private static double loaded(double size) {
        return size > 0 ? size : 1;
    }

    private static void setOptional(Label label, String text) {
        ReadingDirection.show(label, text == null ? "" : text);
        label.setVisible(text != null && !text.isBlank());
        label.setManaged(label.isVisible());
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
