package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A start without a file, away from the project folder, as a user's double-click starts it: the
 * bundled timeline inside Chronoline is read while the window is built, as a named file is, and
 * opens with no file behind it (a save asks where, never over Chronoline's own copy).
 */
class BundledStartTest extends WindowTest {

    @Start
    void start(Stage stage) throws Exception {
        startWindowReadEarly(stage, BundledTimeline.inside(), null);
    }

    @Test
    void theTimelineInsideOpensReadBeforeTheWindowShowedWithNoFileBehindIt() {
        waitForTimeline(77);

        assertThat(window.session().file()).isNull();
        assertThat(stage.getTitle()).contains("Arms Control in Europe");
        assertThat(window.session().isModified()).as("unchanged: nothing to save").isFalse();
        assertThat(stage.getTitle()).as("no star for unsaved changes").doesNotStartWith("*");
    }

    /** Closing it asks nothing: it was not changed (it used to ask to save "changes" nobody made). */
    @Test
    void closingItUnchangedAsksNothing(FxRobot robot) {
        waitForTimeline(77);
        AtomicBoolean closed = new AtomicBoolean();
        Platform.runLater(() -> {
            window.setOnClosed(() -> closed.set(true));
            window.requestClose();
        });
        waitUntil(() -> closed.get() || robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        boolean asked = robot.lookup("#unsaved-dialog").tryQuery().isPresent();
        if (asked) {
            robot.clickOn("Don't Save");
        }

        assertThat(asked).as("asked to save changes nobody made").isFalse();
        assertThat(closed).isTrue();
    }
}
