package org.chronoline.app;

import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.PresentationSteps;
import org.chronoline.view.Theme;

/**
 * What only the teacher sees, on the laptop's own screen while the projector shows the steps: the
 * current and the next step, the event's full description as speaker notes, and the time since
 * the presentation began.
 */
final class PresenterView {
    private static final String STYLESHEET = "/org/chronoline/app/presentation.css";

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
    private final long startNanos = System.nanoTime();
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));

    PresenterView(Stage owner, PresentationSteps steps) {
        this.steps = steps;
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
        VBox after = new VBox(styled("presenter-heading", Messages.get("present.presenter.next")), next);
        after.getStyleClass().add("presenter-after");
        after.setPrefWidth(360);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        room.setId("presenter-room");
        room.setVisible(false);
        room.managedProperty().bind(room.visibleProperty()); // no gap in the bar while the room sees the step
        HBox top = new HBox(styled("presenter-tour", steps.title()), spring, room, elapsed, counter);
        top.getStyleClass().add("presenter-top");
        BorderPane root = new BorderPane(now, top, after, null, null);
        root.getStyleClass().add("presenter");
        root.setId("presenter");
        Scene scene = new Scene(root, 1024, 640);
        scene.getStylesheets().addAll(Theme.LIGHT.stylesheet(), PresenterView.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(Messages.get("present.presenter.title", DisplayText.inSentence(steps.title())));
        Icons.setWindowIcons(stage);
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
        tick();
    }

    Stage stage() {
        return stage;
    }

    void show(int index) {
        TimelineEvent event = steps.steps().get(index);
        counter.setText(Messages.get("present.counter", index + 1, steps.size()));
        currentDate.setText(event.dateText());
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
            ReadingDirection.show(next, following.dateText() + "\n" + title, title);
        }
    }

    /**
     * Says what the room sees when it is not the step shown here: the laptop looked the same
     * whether the projector showed the step, a black screen or the tiles.
     */
    void showRoom(PresentationMode.Blank blank, boolean tiles) {
        String text = switch (blank) {
            case BLACK -> Messages.get("present.presenter.roomBlack");
            case WHITE -> Messages.get("present.presenter.roomWhite");
            case NONE -> tiles ? Messages.get("present.presenter.roomTiles") : "";
        };
        room.setText(text);
        room.setVisible(!text.isEmpty());
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
    }

    void close() {
        clock.stop();
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
