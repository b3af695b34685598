package org.chronoline.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chronoline.io.SaveFailedException;
import org.chronoline.io.StudyProgressFile;
import org.chronoline.model.DisplayText;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.study.StudyProgress;
import org.chronoline.text.Messages;
import org.chronoline.view.KeyedFocus;
import org.chronoline.view.TimelineContent;

/**
 * Studying a set of events (the shown ones, or a tour) in a window of its own, keyboard first:
 * put cards in order, say when something happened, turn cards; and see what is known. 1 to 4 switch
 * between them, Esc ends. The student's progress is kept after every answer, in their own data.
 */
final class StudyMode {
    /** The four things to do, in the order of their keys 1 to 4. */
    enum Mode { ORDER, WHEN, CARDS, PROGRESS }

    private final Stage stage = new Stage();
    private final List<TimelineEvent> set;
    private final StudyProgressFile file;
    private final StudyProgress progress;
    private final Consumer<String> status;
    private final ExecutorService saving = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chronoline-study-progress");
        t.setDaemon(true);
        return t;
    });
    private final BorderPane root = new BorderPane();
    private final ToggleGroup modes = new ToggleGroup();
    private final OrderPane order;
    private final WhenPane when;
    private final CardsPane cards;
    private final ProgressPane summary;
    private Runnable onEnded = () -> { };
    /** The window's scene, whose theme, text size and Text Size keys this one shares; null for a window of its own. */
    private final Scene ownerScene;
    private static final KeyCombination LARGER = LocalKeys.of("Shortcut+Shift+EQUALS");
    private static final KeyCombination SMALLER = LocalKeys.of("Shortcut+Shift+MINUS");

    private StudyMode(Window owner, String title, List<TimelineEvent> set, TimelineContent content, StudyProgressFile file,
                      Consumer<String> status, Random random) {
        this.set = List.copyOf(set);
        this.file = file;
        this.progress = file.read();
        progress.startSession(LocalDate.now().toEpochDay()); // the cards due depend on the days since each was seen
        this.status = status;
        Runnable changed = this::keep;
        order = new OrderPane(this.set, content, progress, changed, random);
        when = new WhenPane(this.set, content, progress, changed, random);
        cards = new CardsPane(this.set, content, progress, changed, random);
        summary = new ProgressPane(this.set, progress, file, changed, deck -> {
            show(Mode.CARDS);
            cards.practiseNeedsWork(deck);
        });

        Label heading = new Label(Messages.get("study.window.title", DisplayText.inSentence(title)));
        heading.getStyleClass().add("study-heading");
        heading.setId("study-heading");
        // The modes keep their names whole; the heading takes the rest, on two lines if it must
        // (German at 140% on a 1024-pixel screen cut both: "1 Ord…", "Lernen: Gezeigte Ereigni…"), or goes above them.
        StudyBar bar = new StudyBar(heading);
        bar.getStyleClass().add("study-bar");
        for (Mode mode : Mode.values()) {
            ToggleButton button = new ToggleButton((mode.ordinal() + 1) + "  " + Messages.get(messageKey(mode)));
            button.setId("study-mode-" + mode.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(modes);
            button.setUserData(mode);
            button.getStyleClass().add("study-mode");
            button.setMinWidth(Region.USE_PREF_SIZE);
            bar.modes().getChildren().add(button);
        }
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                modes.selectToggle(was); // one mode is always chosen
            } else {
                show((Mode) now.getUserData());
            }
        });
        Label keys = new Label(Messages.get("study.keys"));
        keys.getStyleClass().add("study-keys");
        keys.setWrapText(true); // at twice the size it was cut: "Esc beendet das L…"
        root.setTop(bar);
        root.setBottom(keys);
        root.getStyleClass().add("study");

        Scene scene = new Scene(root, 1100, 720);
        ownerScene = owner == null ? null : owner.getScene();
        if (ownerScene != null) {
            // The window's theme and text size, also as they change: Ctrl+Shift+= here makes its text larger, and this
            // with it (below). Set once, a teacher at the projector could not make Study larger from it (a walk-through).
            Bindings.bindContent(scene.getStylesheets(), ownerScene.getStylesheets());
            root.styleProperty().bind(ownerScene.getRoot().styleProperty());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        KeyedFocus.install(scene); // 1 to 4 hand the keys to a pane: it wears the keyboard's ring
        stage.setScene(scene);
        stage.setTitle(Messages.get("study.window.title", DisplayText.inSentence(title)));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setOnHidden(e -> {
            saving.shutdown();
            onEnded.run();
        });
        Icons.setWindowIcons(stage);
        modes.selectToggle(modes.getToggles().get(0));
    }

    /** Opens the study window over {@code owner}, maximised: the whole screen for studying. */
    static StudyMode open(Window owner, String title, List<TimelineEvent> set, TimelineContent content, StudyProgressFile file,
                          Consumer<String> status, Runnable onEnded) {
        StudyMode mode = new StudyMode(owner, title, set, content, file, status, new Random());
        mode.onEnded = onEnded;
        // The whole of the owner's screen, whatever its size (a 1024 x 768 projector too), maximised where the system can.
        Rectangle2D area = (owner == null ? Screen.getPrimary()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()))
                        .stream().findFirst().orElse(Screen.getPrimary())).getVisualBounds();
        mode.stage.setX(area.getMinX());
        mode.stage.setY(area.getMinY());
        mode.stage.setWidth(area.getWidth());
        mode.stage.setHeight(area.getHeight());
        mode.stage.setMaximized(true);
        mode.stage.show();
        mode.stage.toFront();
        return mode;
    }

    Stage stage() {
        return stage;
    }

    /** Shows one of the four. */
    void show(Mode mode) {
        for (var toggle : modes.getToggles()) {
            if (toggle.getUserData() == mode && !toggle.isSelected()) {
                modes.selectToggle(toggle);
                return; // the listener comes back here
            }
        }
        Node pane = switch (mode) {
            case ORDER -> order;
            case WHEN -> when;
            case CARDS -> cards;
            case PROGRESS -> summary;
        };
        if (mode == Mode.CARDS) {
            cards.begin();
        }
        if (mode == Mode.PROGRESS) {
            summary.refresh();
        }
        root.setCenter(pane);
        Platform.runLater(((StudyPane) pane)::focusFirst);
    }

    Mode showing() {
        return (Mode) modes.getSelectedToggle().getUserData();
    }

    OrderPane order() {
        return order;
    }

    WhenPane when() {
        return when;
    }

    CardsPane cards() {
        return cards;
    }

    ProgressPane summary() {
        return summary;
    }

    StudyProgress progress() {
        return progress;
    }

    void end() {
        stage.close();
    }

    private void onKey(KeyEvent e) {
        if (ownerScene != null && (LARGER.match(e) || SMALLER.match(e))) {
            // View > Text Size's keys, as in the window: its command, whose size this window follows.
            ownerScene.getAccelerators().entrySet().stream().filter(key -> key.getKey().match(e)).findFirst()
                    .ifPresent(command -> command.getValue().run());
            e.consume();
            return;
        }
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.getCode() == KeyCode.ESCAPE) {
            end();
            e.consume();
            return;
        }
        // In a text field the digits are typed ("When Was It?" starts in one): there Ctrl with a digit switches, and
        // elsewhere too, for a student who learnt it there. (Alt and a Mac's Command with a digit are not ours.)
        boolean control = e.isControlDown();
        if (e.isAltDown() || (typing ? !control : e.isShortcutDown() && !control)) {
            return;
        }
        int digit = switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            default -> 0;
        };
        if (digit > 0) {
            show(Mode.values()[digit - 1]);
            e.consume();
        }
    }

    /** Keeps the progress in the background: a copy, so the student may go on at once. */
    private void keep() {
        StudyProgress copy = progress.copy();
        saving.execute(() -> {
            try {
                file.write(copy);
            } catch (SaveFailedException e) {
                Platform.runLater(() -> status.accept(Messages.get("study.saveFailed", e.getMessage())));
            }
        });
    }

    /** Waits until what was answered so far is kept: for tests. */
    void awaitKept() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        saving.execute(done::countDown);
        done.await();
    }

    /** Just these events of a timeline, with its categories and without its eras: what a study pane reveals. */
    static TimelineContent only(TimelineContent content, List<TimelineEvent> events) {
        TimelineDocument d = content.document();
        return new TimelineContent(new TimelineDocument(d.version(), d.title(), null, d.categories(), List.of(), events, List.of(),
                ExtraFields.NONE));
    }

    private static String messageKey(Mode mode) {
        return switch (mode) {
            case ORDER -> "study.mode.order";
            case WHEN -> "study.mode.when";
            case CARDS -> "study.mode.cards";
            case PROGRESS -> "study.mode.progress";
        };
    }

    /** What each of the four panes offers the window. */
    interface StudyPane {
        /** Puts the keyboard where the pane starts. */
        void focusFirst();
    }
}
