package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.chronoline.io.FileLifecycle;
import org.chronoline.io.RecoveryFiles;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.edit.Edits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The kept edits of a timeline that had no file (new, imported, or the bundled one edited), left
 * by a Chronoline that stopped, are offered when the next one starts, whatever it opens. They were
 * offered only for a file being opened, so never, and the next save of any file deleted them.
 */
class UntitledRecoveryTest extends WindowTest {
    private final Path kept = RecoveryFiles.pathFor(FileLifecycle.defaultUntitledPlace());

    @Start
    void start(Stage stage) throws Exception {
        TimelineDocument bundled = new TimelineFileReader().read(BUNDLED).document();
        TimelineDocument work = Edits.setTitleAndDescription(bundled, "My unsaved work", null).apply(bundled);
        Files.createDirectories(FileLifecycle.defaultUntitledPlace().getParent());
        this.stage = stage;
        new Settings().clear();
        window = new MainWindow(stage, openedLinks::add);
        window.timeline().todayProperty().set(null);
        new RecoveryFiles().write(FileLifecycle.defaultUntitledPlace(), work); // as a Chronoline that stopped left it
        stage.show();
        window.open(copyOfBundled());
    }

    @AfterEach
    void forget() {
        forgetUntitledEdits();
    }

    @Test
    void areOfferedAtTheNextStartAndRestoredUnsavedWithNoFile(FxRobot robot) {
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#recovery-dialog .header-panel .label").queryLabeled().getText())
                .startsWith("Chronoline closed without saving a timeline that had no file yet");
        // A file is open: restoring takes its place in the window, which is said, and Enter keeps the edits for later.
        javafx.scene.control.DialogPane pane = robot.lookup("#recovery-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getContentText()).endsWith("Restored, the timeline takes the place of \u201cevents.json\u201d in this window;"
                + " \u201cevents.json\u201d stays on disk as it is, and in File > Open Recent.");
        assertThat(robot.lookup("#recovery-dialog .button").queryAllAs(javafx.scene.control.Button.class))
                .filteredOn(javafx.scene.control.Button::isDefaultButton).extracting(javafx.scene.control.Button::getText)
                .containsExactly("Keep for Later");
        waitUntil(() -> robot.lookup("Keep for Later").queryButton().isFocused());
        robot.clickOn("Restore");
        waitUntil(() -> "My unsaved work".equals(window.session().document().title()));
        assertThat(window.session().isModified()).as("unsaved until saved").isTrue();
        assertThat(window.session().file()).as("no file: Save asks where").isNull();
        assertThat(kept).as("kept until it is saved").exists();
    }
}
