package org.chronoline.app;

import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.PresentationSteps;
import org.chronoline.view.Theme;

/**
 * What only the teacher sees, on the laptop's own screen while the projector shows the steps: the
 * current and the next step, the event's full description as speaker notes, the time since
 * the presentation began, and a small picture of what the room sees.
 */
final class PresenterView {
    private static final String STYLESHEET = "/org/chronoline/app/presentation.css";
    /** The presenter view's text at 100%: a little larger than the window's, read at arm's length while talking. */
    private static final double BASE_FONT_PX = 16;
    /** The room's picture's width: the next step's column's, inside its padding. */
    private static final double ROOM_PICTURE_WIDTH = 320;
    /** The share of the top bar the tour's name keeps, when it is that long, beside a long prompt. */
    private static final double TOUR_SHARE = 0.25;

    private final PresentationSteps steps;
    private final Stage stage = new Stage();
    private final Label counter = styled("presenter-counter");
    private final Label elapsed = styled("presenter-elapsed");
    private final Label currentDate = styled("presenter-date");
    private final Label currentTitle = styled("presenter-title");
    private final Label next = styled("presenter-next");
    /** The step's notes, a label per paragraph: each in the direction it reads (an Arabic one and an English one). */
    private final VBox notes = new VBox();
    /** What the room sees when it is not the step: a black or white screen, or the steps as tiles. */
    private final Label room = styled("presenter-room");
    /** A small picture of what the room sees, drawn again each second and just after each step. */
    private final ImageView roomPicture = new ImageView();
    /** What the projector shows, drawn into {@link #roomPicture}. */
    private final Node roomShown;
    private final long startNanos = System.nanoTime();
    /** The window's root, whose style carries its text size; and what follows it while this view is open. */
    private final Parent windowRoot;
    private final ChangeListener<String> followTextSize;
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    /** After a step, once the timeline has glided to it. */
    private final PauseTransition settled = new PauseTransition(Duration.millis(PresentationMode.STEP_MILLIS + 100));

    /** The teacher's view of {@code steps}; {@code roomShown} is what the projector shows, pictured small under the next step. */
    PresenterView(Stage owner, PresentationSteps steps, Node roomShown) {
        windowRoot = owner.getScene().getRoot();
        this.steps = steps;
        this.roomShown = roomShown;
        notes.getStyleClass().add("presenter-notes");
        currentTitle.setWrapText(true);
        next.setWrapText(true);
        ScrollPane notesScroll = new ScrollPane(notes);
        notesScroll.setFitToWidth(true);
        notesScroll.getStyleClass().add("presenter-notes-scroll");
        VBox.setVgrow(notesScroll, Priority.ALWAYS);
        VBox now = new VBox(styled("presenter-heading", Messages.get("present.presenter.current")), currentDate, currentTitle,
                styled("presenter-heading", Messages.get("present.presenter.notes")), notesScroll);
        now.getStyleClass().add("presenter-now");
        roomPicture.setId("presenter-room-picture");
        roomPicture.setPreserveRatio(true);
        roomPicture.setSmooth(true);
        roomPicture.setFitWidth(ROOM_PICTURE_WIDTH);
        StackPane framed = new StackPane(roomPicture);
        framed.getStyleClass().add("presenter-room-picture");
        framed.setMaxWidth(Region.USE_PREF_SIZE);
        VBox after = new VBox(styled("presenter-heading", Messages.get("present.presenter.next")), next,
                styled("presenter-heading", Messages.get("present.presenter.roomPicture")), framed);
        after.getStyleClass().add("presenter-after");
        after.setPrefWidth(360);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        room.setId("presenter-room");
        room.setVisible(false);
        room.managedProperty().bind(room.visibleProperty()); // no gap in the bar while the room sees the step
        // A long prompt wraps: the time and the counter stay whole beside it (they were cut to "Elaps..." and "...").
        room.setWrapText(true);
        elapsed.setMinWidth(Region.USE_PREF_SIZE);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        Label tour = styled("presenter-tour", DisplayText.line(steps.title()));
        HBox top = new HBox(tour, spring, room, elapsed, counter);
        top.getStyleClass().add("presenter-top");
        // The prompt wraps before the tour's name goes: beside "No step 2100: there are 77 steps, ..." it read "...".
        tour.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.min(tour.prefWidth(-1), top.getWidth() * TOUR_SHARE),
                top.widthProperty(), tour.fontProperty()));
        BorderPane root = new BorderPane(now, top, after, null, null);
        root.getStyleClass().add("presenter");
        root.setId("presenter");
        // At the window's text size, and following it while open (View > Text Size, in the window behind).
        root.setStyle(Appearance.fontStyleBeside(windowRoot, BASE_FONT_PX));
        followTextSize = (o, was, style) -> root.setStyle(Appearance.fontStyleBeside(windowRoot, BASE_FONT_PX));
        windowRoot.styleProperty().addListener(followTextSize);
        Scene scene = new Scene(root, 1024, 640);
        scene.getStylesheets().addAll(Theme.LIGHT.stylesheet(), PresenterView.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(Messages.get("present.presenter.title", DisplayText.inSentence(steps.title())));
        Icons.setWindowIcons(stage);
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
        settled.setOnFinished(e -> pictureRoom());
        tick();
    }

    Stage stage() {
        return stage;
    }

    void show(int index) {
        TimelineEvent event = steps.steps().get(index);
        counter.setText(Messages.get("present.counter", index + 1, steps.size()));
        currentDate.setText(event.dateOnScreen());
        ReadingDirection.show(currentTitle, DisplayText.line(event.title()));
        String description = event.description() != null ? event.description() : event.summary();
        List<String> paragraphs = description != null ? DetailsParts.paragraphs(description) : List.of(Messages.get("present.presenter.noNotes"));
        notes.getChildren().setAll(paragraphs.stream().map(p -> DetailsParts.text(p, "presenter-notes-paragraph")).toList());
        TimelineEvent following = index + 1 < steps.size() ? steps.steps().get(index + 1) : null;
        if (following == null) {
            ReadingDirection.show(next, Messages.get("present.presenter.end"));
        } else {
            // In the direction its title reads, whichever way its date's digits or words would set it.
            String title = DisplayText.line(following.title());
            ReadingDirection.show(next, following.dateOnScreen() + "\n" + title, title);
        }
        // Drawn after this pulse, not now: a step is also shown from within the slides' layout (a new width), which a
        // picture would lay out again from inside; and again once the timeline has glided there.
        Platform.runLater(this::pictureRoom);
        settled.playFromStart();
    }

    /**
     * Draws what the projector shows into the small picture: the teacher, facing the class, sees the step, the black
     * screen or the tiles the room sees without turning round, 320 pixels wide.
     */
    void pictureRoom() {
        double width = roomShown.getLayoutBounds().getWidth();
        double height = roomShown.getLayoutBounds().getHeight();
        if (width <= 0 || height <= 0 || roomShown.getScene() == null || !stage.isShowing()) {
            return; // nothing to draw, or no one to see it (the teacher closed this window)
        }
        // In the presenter screen's own pixels: sharp on a screen at 150% or 200%.
        double scale = ROOM_PICTURE_WIDTH * stage.getOutputScaleX() / width;
        int w = (int) Math.ceil(width * scale);
        int h = (int) Math.ceil(height * scale);
        SnapshotParameters drawn = new SnapshotParameters();
        drawn.setTransform(new Scale(scale, scale));
        drawn.setViewport(new Rectangle2D(0, 0, w, h)); // the screen alone, the same size each time
        WritableImage reused = roomPicture.getImage() instanceof WritableImage image && image.getWidth() == w && image.getHeight() == h
                ? image : null;
        roomPicture.setImage(roomShown.snapshot(drawn, reused));
    }

    /** The room's picture as last drawn, or null before the first. */
    Image roomPicture() {
        return roomPicture.getImage();
    }

    /**
     * Says what the room sees when it is not the step shown here: the laptop looked the same
     * whether the projector showed the step, a black screen or the tiles; and a step's number or
     * year being typed, whose prompt the room reads ({@code prompt}, empty when none): the teacher
     * saw it only in the room's small picture, and turned to the wall to read it before Enter.
     */
    void showRoom(PresentationMode.Blank blank, boolean tiles, String prompt) {
        String text = switch (blank) {
            case BLACK -> Messages.get("present.presenter.roomBlack");
            case WHITE -> Messages.get("present.presenter.roomWhite");
            case NONE -> tiles ? Messages.get("present.presenter.roomTiles") : prompt.replace("\n", " \u00b7 ");
        };
        room.setText(text);
        room.setVisible(!text.isEmpty());
        pictureRoom();
    }

    String roomText() {
        return room.isVisible() ? room.getText() : "";
    }

    /** Minutes and seconds since the presentation began: "12:05", or "1:02:05" past the hour. */
    static String elapsedText(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    private void tick() {
        elapsed.setText(Messages.get("present.presenter.elapsed", elapsedText((System.nanoTime() - startNanos) / 1_000_000_000L)));
        pictureRoom();
    }

    void close() {
        clock.stop();
        settled.stop();
        windowRoot.styleProperty().removeListener(followTextSize);
        stage.hide();
    }

    /** The notes as shown, their paragraphs separated by a blank line. */
    String notesText() {
        return notes.getChildren().stream().map(paragraph -> ((Label) paragraph).getText()).collect(Collectors.joining("\n\n"));
    }

    String nextText() {
        return next.getText();
    }

    private static Label styled(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label styled(String styleClass, String text) {
        Label label = styled(styleClass);
        label.setText(text);
        return label;
    }
}
