package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Future;
import javafx.stage.Stage;
import org.chronoline.io.TimelineSource;
import org.chronoline.view.TimeScale;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Start-up as the application does it: the file is read while the window is built, and opened before it shows. */
class StartupTest extends WindowTest {

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new Settings().clear();
        window = new MainWindow(stage, openedLinks::add);
        window.timeline().todayProperty().set(null);
        Path file = copyOfBundled();
        Future<DocumentLoad.Outcome> early = DocumentLoad.startEarly(TimelineSource.of(file));
        early.get();
        window.open(file, early);
        stage.show();
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
}
