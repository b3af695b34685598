package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chronoline.io.OpenFilesTest;
import org.chronoline.io.RecoveryFiles;
import org.chronoline.io.UserFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A timeline already open in another Chronoline (double-clicked again in the file manager, say)
 * opens here read-only: the other's kept edits are neither offered nor deleted, nothing here writes
 * over its work, and once it lets go of the file this window may edit it. Both were editable: each
 * wrote its kept edits over the other's, this one offered to restore, or delete, the edits the
 * other was still making, and a save in either deleted the copy the other still needed.
 */
class OpenElsewhereTest extends WindowTest {
    @TempDir
    static Path dir;
    Path file;
    Process other;

    @Start
    void start(Stage stage) throws IOException {
        file = Files.createTempDirectory(dir, "open").resolve("work.json");
        Files.copy(BUNDLED, file);
        other = OpenFilesTest.start(UserFolders.data().resolve("open"), file);
        assertThat(new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8)).readLine())
                .isEqualTo("held");
        this.stage = stage;
        forgetUntitledEdits();
        new Settings().clear();
        window = new MainWindow(stage, openedLinks::add);
        stage.show();
    }

    @AfterEach
    void letGo() throws Exception {
        closeOther();
    }

    private void closeOther() throws Exception {
        other.getOutputStream().close();
        if (!other.waitFor(20, TimeUnit.SECONDS)) {
            other.destroyForcibly();
        }
    }

    @Test
    void aFileOpenInAnotherChronolineOpensReadOnlyAndIsTakenOverOnceLetGo(FxRobot robot) throws Exception {
        Path theirCopy = RecoveryFiles.pathFor(file);
        Files.copy(BUNDLED, theirCopy); // the other window's kept edits, being made

        robot.interact(() -> window.open(file));
        waitForTimeline(77);

        assertThat(robot.lookup("#recovery-dialog").tryQuery()).as("the other's edits are not offered here").isEmpty();
        assertThat(theirCopy).as("nor deleted").exists();
        assertThat(status(robot)).contains("work.json is open in another Chronoline window: shown here read-only");
        robot.interact(() -> timeline().select(timeline().getContent().event("cfe-signed")));
        robot.clickOn(timeline()).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().document().events()).as("nothing deleted").hasSize(77);
        assertThat(robot.lookup("#details-edit").tryQuery().map(n -> n.isDisabled() || !n.isVisible()).orElse(true))
                .as("no editing").isTrue();
        robot.interact(() -> window.files().writeRecovery());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(Files.mismatch(theirCopy, BUNDLED)).as("their copy untouched").isEqualTo(-1L);

        robot.interact(() -> window.files().takeOverIfLetGo());
        assertThat(window.session().isReadOnly()).as("the other still has it").isTrue();

        closeOther(); // it stopped with its edits kept: they are this window's to offer now
        javafx.application.Platform.runLater(() -> window.files().takeOverIfLetGo()); // the question waits for an answer
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().isReadOnly()).isFalse();
        assertThat(status(robot)).contains("work.json is no longer open in another Chronoline window: you can edit it here");
        robot.interact(() -> timeline().select(timeline().getContent().event("cfe-signed")));
        robot.clickOn(timeline()).type(KeyCode.DELETE);
        waitUntil(() -> window.session().document().events().size() == 76);
    }

    /**
     * The file changed on disk after the other Chronoline stopped, before this window was used again:
     * the reload keeps it read-only, and the window, used again, takes it over and offers what the
     * other left unsaved. The reload took it silently, and the other's copy was written over unoffered.
     */
    @Test
    void aReloadDoesNotTakeTheFileOverUnoffered(FxRobot robot) throws Exception {
        Path theirCopy = RecoveryFiles.pathFor(file);
        Files.copy(BUNDLED, theirCopy);
        robot.interact(() -> window.open(file));
        waitForTimeline(77);
        closeOther();

        org.chronoline.model.TimelineDocument fewer = new org.chronoline.io.TimelineFileReader().read(file).document();
        Files.write(file, org.chronoline.io.TimelineFileWriter.toBytes(org.chronoline.model.edit.Edits.deleteEvents(fewer,
                java.util.List.of("abm-signed")).apply(fewer)));
        waitUntil(() -> window.session().document().events().size() == 76);
        assertThat(window.session().isReadOnly()).as("not taken by the reload").isTrue();

        javafx.application.Platform.runLater(() -> window.files().takeOverIfLetGo());
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().isReadOnly()).isFalse();
    }

    /** A copy of a timeline open in another Chronoline may be saved under another name, and edited here. */
    @Test
    void aCopyMayBeSavedAndEdited(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(file));
        waitForTimeline(77);
        Path copy = file.resolveSibling("copy.json");

        robot.interact(() -> window.files().saveTo(copy, null));
        waitUntil(() -> copy.equals(window.session().file()));

        assertThat(window.session().isReadOnly()).isFalse();
        assertThat(copy).exists();
    }

    /** Save As over a file another Chronoline has open is refused: that window would write over it with its own version. */
    @Test
    void saveAsOverAFileOpenElsewhereIsRefused(FxRobot robot) throws Exception {
        Path mine = file.resolveSibling("mine.json");
        Files.copy(BUNDLED, mine);
        robot.interact(() -> window.open(mine));
        waitForTimeline(77);
        byte[] before = Files.readAllBytes(file);

        javafx.application.Platform.runLater(() -> window.files().saveTo(file, null)); // the refusal waits for OK
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#error-dialog .content").queryLabeled().getText())
                .contains("work.json is open in another Chronoline window");
        robot.clickOn("OK");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
