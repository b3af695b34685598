package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import org.chronoline.text.Messages;
import org.chronoline.view.PresentationSteps;
import org.chronoline.view.TimelineContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With a Russian layout active, JavaFX on Linux gives the keys that type Cyrillic letters no key
 * code (as a GTK window does here): no letter shortcut worked. They are taken as the Latin keys at
 * the same place, outside fields and with Ctrl; a letter typed into a field stays a letter.
 */
class CyrillicKeysTest extends WindowTest {
    @Start
    void start(Stage stage) {
        Messages.use(Locale.forLanguageTag("ru")); // where a Russian layout is the likely one
        startWindow(stage);
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    /** A key as GTK gives it in a Russian layout: the letter, and no code. */
    private void press(FxRobot robot, String letter, boolean control) {
        press(robot, stage, letter, control);
    }

    private static void press(FxRobot robot, Stage window, String letter, boolean control) {
        robot.interact(() -> {
            javafx.event.EventTarget focused = window.getScene().getFocusOwner() != null ? window.getScene().getFocusOwner() : window.getScene();
            Event.fireEvent(focused, new KeyEvent(KeyEvent.KEY_PRESSED, "", letter, KeyCode.UNDEFINED, false, control, false, false));
            Event.fireEvent(focused, new KeyEvent(KeyEvent.KEY_TYPED, letter, "", KeyCode.UNDEFINED, false, control, false, false));
            Event.fireEvent(focused, new KeyEvent(KeyEvent.KEY_RELEASED, "", letter, KeyCode.UNDEFINED, false, control, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theShortcutsWorkInARussianLayoutAndLettersTypedStayLetters(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("cfe-signed")));
        robot.interact(() -> timeline().requestFocus());

        press(robot, "ъ", false); // the ] key
        assertThat(timeline().getSelectedEvent().id()).as("Ъ, the ] key, selects the next event").isNotEqualTo("cfe-signed");
        String next = timeline().getSelectedEvent().id();
        press(robot, "х", false); // the [ key
        assertThat(timeline().getSelectedEvent().id()).as("Х, the [ key, goes back").isEqualTo("cfe-signed");

        press(robot, "а", true); // Ctrl+F
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        assertThat(search.isFocused()).as("Ctrl+А is Ctrl+F: the search").isTrue();

        List<KeyCode> seen = new ArrayList<>();
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> seen.add(e.getCode()));
        press(robot, "т", false); // N
        press(robot, "ъ", false);
        assertThat(search.getText()).as("typed into the field, letters").isEqualTo("тъ");
        assertThat(seen).as("not taken as keys").containsOnly(KeyCode.UNDEFINED);
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("cfe-signed");

        press(robot, "ф", true); // Ctrl+A in the field: all its text
        assertThat(search.getSelectedText()).isEqualTo("тъ");
        assertThat(next).isNotNull();
    }

    /**
     * Presenting, И (the B key) blanks the screen and, pressed again, shows it: the slides' own keys
     * met the key before it was taken as B, so the second press showed the screen and the key taken
     * as B blanked it again.
     */
    @Test
    void presentingTheBKeyBlanksAndShowsAgain(FxRobot robot) {
        waitForTimeline(77);
        TimelineContent content = timeline().getContent();
        PresentationSteps steps = PresentationSteps.ofTour(content.document().tours().get(0), content::event);
        PresentationMode[] mode = new PresentationMode[1];
        robot.interact(() -> mode[0] = PresentationMode.startIn(stage, content, steps, new EventPictures(() -> null, new Background()),
                () -> { }, new Rectangle2D(0, 0, 1024, 768)));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            press(robot, mode[0].stage(), "и", false);
            assertThat(mode[0].blank()).as("И blanks").isEqualTo(PresentationMode.Blank.BLACK);
            int step = mode[0].steps().index();
            press(robot, mode[0].stage(), "и", false);
            assertThat(mode[0].blank()).as("and shows again").isEqualTo(PresentationMode.Blank.NONE);
            assertThat(mode[0].steps().index()).isEqualTo(step);
        } finally {
            robot.interact(() -> mode[0].end());
        }
    }
}
