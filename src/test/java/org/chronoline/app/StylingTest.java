package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every part of the window finds the theme's colours whenever it is styled: JavaFX says so, in its
 * log, when a rule's colour cannot be found (the control then briefly has none).
 */
class StylingTest extends WindowTest {
    private final List<String> complaints = new CopyOnWriteArrayList<>();
    private final Logger css = Logger.getLogger("javafx.css");
    private final Handler listening = new Handler() {
        @Override
        public void publish(LogRecord record) {
            complaints.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Start
    void start(Stage stage) {
        css.addHandler(listening);
        startWindow(stage);
    }

    @AfterEach
    void stopListening() {
        css.removeHandler(listening);
    }

    /**
     * A teacher who enlarges the text on a 1024 x 768 projector keeps Present and Study in the toolbar:
     * the search field gives way first (they went behind the toolbar's ">>" while it kept its width).
     */
    @Test
    void largeTextOnASmallScreenKeepsPresentAndStudyInTheToolbar(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            window.appearance().setTextSizePercent(150);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.Node search = robot.lookup(".search-field").query();
        double searchLeft = search.localToScene(search.getLayoutBounds()).getMinX();
        for (String name : List.of("Present", "Study")) {
            javafx.scene.control.Button button = robot.lookup(".main-toolbar .button").queryAllAs(javafx.scene.control.Button.class)
                    .stream().filter(b -> name.equals(b.getAccessibleText())).findFirst().orElseThrow();
            assertThat(button.getScene()).as("%s is in the toolbar, not behind its \">>\"", name).isNotNull();
            assertThat(button.isVisible()).as("%s shown", name).isTrue();
            assertThat(button.localToScene(button.getLayoutBounds()).getMaxX()).as("%s left of the search field", name)
                    .isLessThanOrEqualTo(searchLeft);
        }
        robot.interact(() -> window.appearance().setTextSizePercent(100));
    }

    @Test
    void theEventFormAndTheFilterPanelFindEveryColour(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn("Filter");
        waitUntil(() -> robot.lookup("#filter-tags").tryQuery().isPresent());
        robot.interact(() -> timeline().select(timeline().getContent().event("cfe-signed")));
        robot.clickOn("#details-edit");
        waitUntil(() -> robot.lookup("#form-start").tryQuery().isPresent());
        robot.clickOn("#form-cancel");

        assertThat(complaints).isEmpty();
    }
}
