package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.chronoline.io.TimelineSource;
import org.chronoline.view.TimeScale;
import org.junit.jupiter.api.Test;
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
    }

    /** What is made ready beside the reading waits for it: it must not hold the file back from the window. */
    @Test
    void whatFollowsTheReadingRunsOnlyOnceTheFileIsRead() throws Exception {
        AtomicReference<Future<DocumentLoad.Outcome>> reading = new AtomicReference<>();
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
}
