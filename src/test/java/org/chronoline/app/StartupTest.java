package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.chronoline.bench.SyntheticTimeline;
import org.chronoline.io.LoadResult;
import org.chronoline.io.TimelineSource;
import org.chronoline.view.TimeScale;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Start-up as the application does it: the file is read while the window is built, and opened before it shows. */
class StartupTest extends WindowTest {

    @Start
    void start(Stage stage) throws Exception {
        Path file = copyOfBundled();
        startWindowReadEarly(stage, TimelineSource.of(file), file);
    }

    @Test
    void aFileReadBeforeTheWindowShowsOpensFittedToAllItsEvents() {
        waitForTimeline(77);

        double[] extent = timeline().getContent().extent();
        TimeScale scale = timeline().getScale();
        assertThat(scale.xOf(extent[0])).as("the first event is in view").isGreaterThanOrEqualTo(0);
        assertThat(scale.xOf(extent[1])).as("the last event is in view").isLessThanOrEqualTo(timeline().getWidth());
        assertThat(scale.span(timeline().getWidth())).as("and not much more than the timeline")
                .isLessThan(2 * (extent[1] - extent[0]));
        assertThat(window.session().file()).isNotNull();
        assertThat(stage.getScene().getFocusOwner()).as("the arrow keys move the timeline, not the tabs above it").isSameAs(timeline());
    }

    /** What is made ready beside the reading waits for it: it must not hold the file back from the window. */
    @Test
    void whatFollowsTheReadingRunsOnlyOnceTheFileIsRead() throws Exception {
        AtomicReference<DocumentLoad.EarlyRead> reading = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> readWhenItRan = new CompletableFuture<>();

        reading.set(DocumentLoad.startEarly(TimelineSource.of(copyOfBundled()), () -> {
            try {
                started.await();
                readWhenItRan.complete(reading.get().isDone());
            } catch (InterruptedException e) {
                readWhenItRan.completeExceptionally(e);
            }
        }));
        started.countDown();

        assertThat(readWhenItRan.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reading.get().get().result().isLoaded()).isTrue();
    }

    /**
     * A large file given on the command line is read from before the window exists; once the
     * window shows, its progress bar says how far that reading has got, and Cancel stops it (it
     * went on reading the whole file, both cores busy, for a window that no longer wanted it).
     */
    @Test
    void theFirstReadingShowsHowFarItHasGotAndCancelStopsIt(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForTimeline(77);
        Path large = dir.resolve("large.json");
        SyntheticTimeline.write(large, 20_000, 7);
        GatedSource gated = new GatedSource(large);
        DocumentLoad.EarlyRead early = DocumentLoad.startEarly(gated, () -> { });
        Button cancel = robot.lookup(".cancel-load-button").queryButton();
        StatusBar status = robot.lookup(".status-bar").queryAs(StatusBar.class);

        robot.interact(() -> window.open(gated, large, early));
        waitUntil(gated::reachedGate);
        waitUntil(() -> status.getProgress() > 0);
        assertThat(status.getProgress()).as("about half the file is read").isBetween(0.4, 0.6);
        robot.clickOn(cancel);
        waitUntil(early::isCancelled);
        gated.release();
        waitUntil(() -> !cancel.isVisible());

        assertThat(early.get().result().status()).as("the reading stopped").isEqualTo(LoadResult.Status.CANCELLED);
        waitUntil(gated::closedPastTheGate);
        assertThat(gated.servedPastTheGate()).as("at most one more chunk").isLessThanOrEqualTo(64 * 1024);
        assertThat(timeline().getContent().events().size()).as("the timeline that was open stays").isEqualTo(77);
        assertThat(status.getText()).contains("cancelled");
    }

    /** Another file opened before the first one's load has even started (a drop, a recent file) stops the first reading too. */
    @Test
    void aLoadCancelledBeforeItRunsStopsTheFirstReadingToo(FxRobot robot, @TempDir Path dir) throws Exception {
        Path large = dir.resolve("large.json");
        SyntheticTimeline.write(large, 20_000, 7);
        GatedSource gated = new GatedSource(large);
        DocumentLoad.EarlyRead early = DocumentLoad.startEarly(gated, () -> { });
        DocumentLoad load = new DocumentLoad(gated, early);
        waitUntil(gated::reachedGate);

        robot.interact(() -> load.cancel());
        gated.release();

        assertThat(early.get(30_000).result().status()).isEqualTo(LoadResult.Status.CANCELLED);
        assertThat(gated.servedPastTheGate()).isLessThanOrEqualTo(64 * 1024);
    }
}
