package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The event form in German at 1024 x 768, whose words are longer than the English the form was first laid out for. */
class EventFormGermanTest extends WindowTest {
    @Start
    void start(Stage stage) {
        Messages.use(Locale.GERMAN);
        startWindow(stage);
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    /** The "how sure" choice was 150 pixels whatever its words: "wie angegeben" read "wie angege...". */
    @Test
    void theHowSureChoiceShowsItsWholeWords(FxRobot robot) {
        waitForTimeline(77);
        editWithF2(robot, "cfe-signed");

        ComboBox<?> kind = robot.lookup("#form-dating").queryAs(ComboBox.class);
        ListCell<?> button = (ListCell<?>) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) kind.getSkin()).getDisplayNode();
        assertThat(button.getText()).isEqualTo("wie angegeben");
        Node shown = button.lookup(".text");
        assertThat(((Text) shown).getText()).as("drawn whole").isEqualTo("wie angegeben");
    }
}
