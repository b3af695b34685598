package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student who typed "Moskow" was told "No matches" and nothing more, as if the timeline had
 * nothing on Moscow. The list under the search field offers the timeline's word nearest to it.
 */
class DidYouMeanTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private Button suggestion(FxRobot robot) {
        return robot.lookup("#search-suggestion").queryButton();
    }

    @Test
    void aMisspeltWordIsOfferedMendedAndTheKeyboardTakesTheOffer(FxRobot robot) {
        waitForTimeline(77);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("CFE Moskow");
        waitUntil(() -> suggestion(robot).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggestion(robot).getText()).isEqualTo("Did you mean \u201cCFE Moscow\u201d?");
        assertThat(status(robot)).endsWith("\u00b7 No matches; did you mean \u201cCFE Moscow\u201d?");
        // Seen whole, under "No matches", inside the list that opened under the field.
        Node list = robot.lookup("#search-results").query();
        Bounds listBounds = list.localToScene(list.getLayoutBounds());
        Bounds offer = suggestion(robot).localToScene(suggestion(robot).getLayoutBounds());
        assertThat(list.isVisible() && list.getParent().isVisible()).isTrue();
        assertThat(listBounds.contains(offer)).as("%s inside %s", offer, listBounds).isTrue();
        assertThat(robot.lookup(".search-none").queryLabeled().getText()).isEqualTo("No matches");

        robot.type(KeyCode.DOWN);
        waitUntil(() -> suggestion(robot).isFocused());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> timeline().getMatches() != null && !timeline().getMatches().isEmpty());
        TextField field = robot.lookup("#search").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("CFE Moscow");
        assertThat(field.isFocused()).as("the keys back in the field, to press Enter for the first match").isTrue();
        assertThat(field.getCaretPosition()).isEqualTo(field.getText().length());
        assertThat(suggestion(robot).isVisible()).isFalse();
        assertThat(timeline().getMatches()).contains("two-plus-two-moscow");
    }

    @Test
    void aClickTakesTheOfferAndAWordNothingIsNearOffersNothing(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn("#search");
        robot.write("inspecting");
        waitUntil(() -> suggestion(robot).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(suggestion(robot));
        waitUntil(() -> "inspection".equals(robot.lookup("#search").queryAs(TextField.class).getText()));
        waitUntil(() -> timeline().getMatches() != null && !timeline().getMatches().isEmpty());

        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText("zzqqxx"));
        waitUntil(() -> status(robot).endsWith("No matches"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggestion(robot).isVisible()).isFalse();
        assertThat(robot.lookup(".search-none").queryLabeled().isVisible()).isTrue();
    }
}
