package org.chronoline.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.chronoline.io.TimelineSource;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineView;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real main window, headless, on the bundled timeline; subclasses drive it like a user.
 * Links the window would open in a browser are recorded in {@link #openedLinks} instead.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    static final Path BUNDLED = Path.of("data", "events.json");

    final List<String> openedLinks = new ArrayList<>();
    MainWindow window;
    Stage stage;

    /** Call from each test class's {@code @Start} method: TestFX only finds those declared in the test class itself. */
    void startWindow(Stage stage) {
        this.stage = stage;
        forgetUntitledEdits();
        new Settings().clear(); // each test's window starts as on a first start, not where the last test left it
        stage.getIcons().clear(); // TestFX gives every test the same stage
        window = new MainWindow(stage, openedLinks::add);
        window.timeline().todayProperty().set(null);
        stage.show();
        window.open(copyOfBundled());
    }

    /**
     * Builds the window as the application does: the timeline is read while the window is built
     * and opened before it shows. {@code file} is null for one with no file (the bundled timeline inside Chronoline).
     */
    void startWindowReadEarly(Stage stage, TimelineSource source, Path file) throws Exception {
        this.stage = stage;
        forgetUntitledEdits();
        new Settings().clear();
        window = new MainWindow(stage, openedLinks::add);
        window.timeline().todayProperty().set(null);
        DocumentLoad.EarlyRead early = DocumentLoad.startEarly(source, Messages::prepare);
        early.get();
        window.open(source, file, early);
        stage.show();
    }

    /**
     * Moves the window back onto the headless screen whenever a test's new size would take it past the
     * screen's right or bottom edge, as a desktop's window manager does. JavaFX's headless painter cannot
     * show a window reaching past the screen: each frame threw BufferOverflowException on the render
     * thread, and once a run's Java died of native heap corruption just after. The screen (surefire's
     * headless.geometry) is as large as the largest window a test asks for, 1920 x 1080. Installed before
     * each test (after TestFX's start), also for the tests that build their window themselves.
     */
    @org.junit.jupiter.api.BeforeEach
    void keepTheWindowOnTheScreen() throws Exception {
        Stage shown = org.testfx.api.FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.asyncFx(() -> keepOnTheScreen(shown)).get(15, TimeUnit.SECONDS);
    }

    private static void keepOnTheScreen(Stage stage) {
        if (stage.getProperties().putIfAbsent(ON_THE_SCREEN, Boolean.TRUE) != null) {
            return; // TestFX gives every test the same stage
        }
        javafx.beans.InvalidationListener fit = change -> {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
            if (stage.getX() + stage.getWidth() > screen.getMaxX()) {
                stage.setX(Math.max(screen.getMinX(), screen.getMaxX() - stage.getWidth()));
            }
            if (stage.getY() + stage.getHeight() > screen.getMaxY()) {
                stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - stage.getHeight()));
            }
        };
        stage.widthProperty().addListener(fit);
        stage.heightProperty().addListener(fit);
    }

    private static final Object ON_THE_SCREEN = new Object();

    /** After each test: its window ended whole on the screen (see {@link #keepOnTheScreen}). */
    @org.junit.jupiter.api.AfterEach
    void theWindowEndedOnTheScreen() throws Exception {
        Stage shown = org.testfx.api.FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.waitForFxEvents();
        String outside = WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
            boolean on = !shown.isShowing() || shown.isFullScreen()
                    || screen.contains(shown.getX(), shown.getY(), shown.getWidth(), shown.getHeight());
            return on ? null : String.format("the window (%s, %s, %s x %s) past the screen %s", shown.getX(), shown.getY(),
                    shown.getWidth(), shown.getHeight(), screen);
        }).get(15, TimeUnit.SECONDS);
        org.assertj.core.api.Assertions.assertThat(outside).isNull();
    }

    /**
     * Stops what keeps a test's window alive once the next test has put its own on the stage: the
     * recovery timer (a running animation is held by JavaFX's pulse) and the watch on its file.
     * Without it every window of the run stayed in memory, some hundreds of them, and a test that
     * reads a ten-megabyte title after them ran out of the test's 1.5 GB.
     */
    @org.junit.jupiter.api.AfterEach
    void stopTheWindowsTimers() throws Exception {
        if (window != null) {
            MainWindow ended = window;
            org.testfx.api.FxToolkit.setupFixture(() -> ended.files().close());
        }
    }

    /**
     * No kept edits of a timeline with no file, left by an earlier test that edited one for longer
     * than the recovery timer: a window would offer them at its start.
     */
    static void forgetUntitledEdits() {
        try {
            java.nio.file.Files.deleteIfExists(org.chronoline.io.RecoveryFiles.pathFor(org.chronoline.io.FileLifecycle.defaultUntitledPlace()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether a file is being read: its progress and Cancel show in the status bar. */
    static boolean reading(FxRobot robot) {
        return robot.lookup(".cancel-load-button").queryButton().isVisible();
    }

    /** A valid timeline of {@code events} short events: large enough, in the hundreds of thousands, to take a while to read. */
    static String timelineOf(int events) {
        StringBuilder text = new StringBuilder("{\"version\": 1, \"title\": \"Many\", \"events\": [");
        for (int i = 0; i < events; i++) {
            text.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i)
                    .append("\", \"title\": \"Event ").append(i).append("\", \"start\": \"1990-11-19\"}");
        }
        return text.append("]}").toString();
    }

    /**
     * A copy of the bundled timeline in a folder of its own: tests edit, and the window writes
     * recovery files beside the file it has open, which must never land in the project's data/.
     */
    static Path copyOfBundled() {
        try {
            Path folder = java.nio.file.Files.createTempDirectory("chronoline-test");
            folder.toFile().deleteOnExit();
            Path copy = folder.resolve("events.json");
            java.nio.file.Files.copy(BUNDLED, copy);
            copy.toFile().deleteOnExit();
            return copy;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    TimelineView timeline() {
        return window.timeline();
    }

    /** Filters the window to one category, every other hidden. */
    void showOnly(FxRobot robot, String category) {
        java.util.Set<String> others = new java.util.HashSet<>();
        window.session().document().categories().forEach(c -> others.add(c.id()));
        others.remove(category);
        robot.interact(() -> window.finder().filterProperty().set(window.finder().filterProperty().get().withHiddenCategories(others)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects the event and opens it in the form with F2, as the keyboard does. */
    void editWithF2(org.testfx.api.FxRobot robot, String id) {
        robot.interact(() -> timeline().select(timeline().getContent().event(id)));
        robot.interact(() -> timeline().requestFocus());
        robot.type(javafx.scene.input.KeyCode.F2);
        waitUntil(() -> robot.lookup("#event-form").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the window's status line says. */
    static String status(org.testfx.api.FxRobot robot) {
        return robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText();
    }

    /** Where the visible text inside a node is drawn, in the scene. */
    static Bounds drawnText(Node node) {
        List<Text> texts = new ArrayList<>();
        texts(node, texts);
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (Text text : texts) {
            if (text.isVisible() && !text.getText().isBlank()) {
                Bounds drawn = text.localToScene(text.getBoundsInLocal());
                minX = Math.min(minX, drawn.getMinX());
                maxX = Math.max(maxX, drawn.getMaxX());
            }
        }
        org.assertj.core.api.Assertions.assertThat(maxX).as("text drawn in %s", node).isGreaterThan(minX);
        return new javafx.geometry.BoundingBox(minX, 0, maxX - minX, 1);
    }

    /**
     * What the visible text inside a node says, its pieces in order, each checked to end within {@code right} (a
     * scene x): on Linux a wrapped line of shaped text ran past its room with the whole text.
     */
    static String saidWithin(Node node, double right, String room) {
        List<Text> texts = new ArrayList<>();
        texts(node, texts);
        StringBuilder said = new StringBuilder();
        for (Text text : texts) {
            if (text.isVisible() && !text.getText().isEmpty()) {
                org.assertj.core.api.Assertions.assertThat(text.localToScene(text.getBoundsInLocal()).getMaxX())
                        .as("\"%s\" within %s", text.getText(), room).isLessThanOrEqualTo(right + 1);
                said.append(text.getText());
            }
        }
        return said.toString();
    }

    /** The Text nodes in a node, itself included. */
    static void texts(Node node, List<Text> into) {
        if (node instanceof Text text) {
            into.add(text);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts(child, into));
        }
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until the file has loaded and the view has come to rest: a timeline just opened is
     * fitted at once, and a pulse or two later the lanes' scroll bar may narrow the drawing area,
     * which keeps the period by changing the scale; a test that measures the view starts after that.
     */
    void waitForTimeline(int events) {
        waitUntil(() -> timeline().getContent().events().size() == events && !timeline().isAnimating());
        double[] last = {Double.NaN, Double.NaN, Double.NaN};
        waitUntil(() -> {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            double[] now = {timeline().getScale().startSecond(), timeline().getScale().secondsPerPixel(), timeline().getViewportWidth()};
            boolean still = java.util.Arrays.equals(now, last) && !timeline().isAnimating();
            System.arraycopy(now, 0, last, 0, now.length);
            return still;
        });
    }

    /** The centre of an event's marker on screen. */
    Point2D screenPointOf(FxRobot robot, String eventId) {
        Bounds local = timeline().eventBounds(eventId);
        if (local == null) {
            throw new AssertionError("event " + eventId + " is not drawn");
        }
        Bounds screen = timeline().localToScreen(local);
        return new Point2D(screen.getMinX() + Math.min(screen.getWidth() / 2, 6), screen.getCenterY());
    }

    /** Labels on screen whose text is drawn shortened (JavaFX puts an ellipsis in the drawn text). */
    static void clipped(Node node, List<String> clipped) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && labeled.getTextOverrun() != OverrunStyle.CLIP && !labeled.isWrapText()) {
            for (Node part : labeled.getChildrenUnmodifiable()) {
                if (part instanceof Text drawn && !drawn.getText().equals(labeled.getText().replace("_", ""))
                        && drawn.getText().endsWith(labeled.getEllipsisString())) {
                    clipped.add(labeled.getText() + " (" + labeled.getClass().getSimpleName() + ", " + (int) labeled.getWidth() + " px)");
                }
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> clipped(child, clipped));
        }
    }

}
