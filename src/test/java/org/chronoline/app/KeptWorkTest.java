package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.chronoline.io.FileStamp;
import org.chronoline.io.RecoveryFiles;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.edit.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The user's work, kept through what a reviewer did to it: a text longer than the reader takes,
 * a recovery copy that cannot be read, edits undone before quitting, a change on disk while the
 * event form has typing in it, Save pressed with the form open, an edit made while the file was
 * read again, and a change on disk while the question about kept edits was open.
 */
class KeptWorkTest extends WindowTest {
    @TempDir
    static Path dir;
    Path file;
    byte[] original;

    @Start
    void start(Stage stage) throws IOException {
        file = Files.createTempDirectory(dir, "kept").resolve("work.json");
        Files.copy(BUNDLED, file);
        original = Files.readAllBytes(file);
        this.stage = stage;
        forgetUntitledEdits();
        new Settings().clear();
        window = new MainWindow(stage, openedLinks::add);
        window.timeline().todayProperty().set(null);
        stage.show();
        window.open(file);
    }

    /**
     * Another program changes the file, and it is read again; an edit made while it is read was
     * dropped when the reading ended, Undo and all, without a word. Now the window asks, as for any
     * change on disk under unsaved edits, and Enter keeps the edit.
     */
    @Test
    void anEditMadeWhileTheFileIsReadAgainIsNotDropped(FxRobot robot) throws IOException {
        waitForTimeline(77);
        anotherProgramReplacesTheFileWithALargeOne(robot);
        // In one turn of JavaFX's thread, so that the reading cannot end in between on a fast machine.
        boolean[] stillReading = new boolean[1];
        robot.interact(() -> {
            window.editing().perform(Edits.setTitleAndDescription(window.session().document(), "My title", null));
            stillReading[0] = reading(robot);
        });
        assertThat(stillReading[0]).as("edited while the file was being read").isTrue();

        waitUntil(() -> robot.lookup("#changed-dialog").tryQuery().isPresent());
        assertThat(window.session().document().title()).isEqualTo("My title");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().document().title()).isEqualTo("My title");
        assertThat(window.session().document().events()).hasSize(77);
        assertThat(window.session().isModified()).isTrue();
    }

    /**
     * A new timeline started, and edited, while the open file is read again: when the reading ended,
     * it replaced the new timeline, its edits and their kept copy gone. The window has moved on: the
     * reading is dropped.
     */
    @Test
    void aNewTimelineStartedWhileTheFileIsReadAgainStays(FxRobot robot) throws IOException {
        waitForTimeline(77);
        anotherProgramReplacesTheFileWithALargeOne(robot);
        // In one turn of JavaFX's thread, so that the reading cannot end in between on a fast machine (it did, once).
        boolean[] stillReading = new boolean[1];
        robot.interact(() -> {
            window.files().newTimeline();
            window.editing().perform(Edits.setTitleAndDescription(window.session().document(), "My new one", null));
            stillReading[0] = reading(robot);
        });
        assertThat(stillReading[0]).as("started while the file was being read").isTrue();

        waitUntil(() -> !reading(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().document().title()).isEqualTo("My new one");
        assertThat(window.session().file()).isNull();
        assertThat(window.session().isModified()).isTrue();
    }

    /**
     * An edit's copy is written a moment after it, not at the next 30-second turn: a Chronoline that cannot run
     * its shutdown hook (the X display lost, which GTK answers by ending the process; a power cut) lost up to
     * 30 seconds of work with no copy (walk-through).
     */
    @Test
    void anEditIsKeptAMomentAfterIt(FxRobot robot) throws IOException {
        waitForTimeline(77);
        Path copy = RecoveryFiles.pathFor(file);
        Files.deleteIfExists(copy);
        long before = System.nanoTime();
        robot.interact(() -> window.editing().perform(Edits.setTitleAndDescription(window.session().document(), "Kept soon", null)));

        try {
            WaitForAsyncUtils.waitFor(6, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(copy));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no copy " + (System.nanoTime() - before) / 1_000_000 + " ms after the edit", e);
        }
        waitUntil(() -> {
            try {
                return Files.readString(copy).contains("\"Kept soon\"");
            } catch (IOException e) {
                return false;
            }
        });
    }

    /**
     * The file changes while the question about kept edits is open. A reading began behind it, and
     * when it ended after Restore, the restored edits were gone and their copy deleted. The change
     * waits for the answer, and is then asked about, the restored edits being unsaved.
     */
    @Test
    void aChangeOnDiskWaitsForTheQuestionAboutKeptEdits(FxRobot robot) throws IOException {
        waitForTimeline(77);
        Files.writeString(RecoveryFiles.pathFor(file), Files.readString(file).replace("\"Arms Control in Europe, 1972–2026\"", "\"Kept title\""));
        Files.setLastModifiedTime(RecoveryFiles.pathFor(file), FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        robot.interact(() -> window.open(file));
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        Files.writeString(file, Files.readString(file).replace("\"Arms Control in Europe, 1972–2026\"", "\"Their title\""));
        WaitForAsyncUtils.sleep(2500, java.util.concurrent.TimeUnit.MILLISECONDS); // the watcher sees it: nothing is read behind the question
        assertThat(window.session().document().title()).isEqualTo("Arms Control in Europe, 1972–2026");
        robot.clickOn("Restore");

        waitUntil(() -> robot.lookup("#changed-dialog").tryQuery().isPresent());
        assertThat(window.session().document().title()).isEqualTo("Kept title");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().document().title()).isEqualTo("Kept title");
        assertThat(window.session().isModified()).isTrue();
    }

    /** Another program puts a timeline of 200,000 events in the file's place, whole; returns once it is being read. */
    private void anotherProgramReplacesTheFileWithALargeOne(FxRobot robot) throws IOException {
        Path theirs = Files.writeString(file.resolveSibling("theirs.tmp"), timelineOf(200_000));
        Files.move(theirs, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        waitUntil(() -> reading(robot));
    }

    private TimelineEvent event(String id) {
        return window.session().document().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * A text the reader would refuse is refused by the form as it is typed, and by Save whatever
     * made it: the file on disk stays one Chronoline opens. It was saved, and the file then said
     * "this text is 10,001 characters long" and did not open.
     */
    @Test
    void aTextLongerThanTheReaderTakesIsNeverSaved(FxRobot robot) throws IOException {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("cfe-signed")));
        robot.clickOn("#details-edit");
        waitUntil(() -> robot.lookup("#form-summary").tryQuery().isPresent());
        TextField summary = robot.lookup("#form-summary").queryAs(TextField.class);
        robot.interact(() -> summary.setText("x".repeat(10_000)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-apply").queryButton().isDisabled()).as("10,000 characters fit").isFalse();
        robot.interact(() -> summary.appendText("yz"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-apply").queryButton().isDisabled()).as("10,002 do not").isTrue();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#leave-form-dialog").tryQuery().isPresent() || robot.lookup("#event-form").tryQuery().isEmpty());
        if (robot.lookup("#leave-form-dialog").tryQuery().isPresent()) {
            robot.clickOn("Discard Changes");
        }
        waitUntil(() -> robot.lookup("#event-form").tryQuery().isEmpty());

        // Another way in (a tag is a text too): Save refuses, in words, and writes nothing.
        TimelineEvent signed = event("cfe-signed");
        robot.interact(() -> window.editing().perform(Edits.replaceEvent(window.session().document(), signed,
                signed.withTags(List.of("t".repeat(10_001))), Edits.Verb.EDIT)));
        robot.interact(() -> window.files().save(null));
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#error-dialog .content").queryLabeled().getText())
                .contains("the \u201ctags\u201d text of \u201cCFE Treaty signed in Paris\u201d is 10,001 characters long")
                .contains("The file on disk is unchanged.");
        robot.clickOn("OK");
        assertThat(Files.readAllBytes(file)).as("untouched").isEqualTo(original);
        assertThat(window.session().isModified()).as("the edits are still open").isTrue();
    }

    /**
     * Kept edits older than the file (it was synced or changed by another program since) were offered
     * as any others: restored and saved, they replaced that later change unsaid. The question says
     * so, and how to keep both; edits kept after the file's last change are offered as before.
     */
    @Test
    void theRestoreQuestionSaysWhenTheFileChangedAfterTheEditsWereKept(FxRobot robot) throws IOException {
        waitForTimeline(77);
        Path copy = RecoveryFiles.pathFor(file);
        Files.copy(file, copy);
        long now = System.currentTimeMillis();
        Files.setLastModifiedTime(copy, FileTime.fromMillis(now - 3_600_000));
        Files.setLastModifiedTime(file, FileTime.fromMillis(now));

        robot.interact(() -> window.open(file));
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        String said = robot.lookup("#recovery-dialog .content").queryLabeled().getText();
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said).contains("The file itself was changed on ")
                .contains("to keep both, save them under another name (File > Save As)");

        Files.copy(file, copy);
        Files.setLastModifiedTime(file, FileTime.fromMillis(now - 3_600_000));
        Files.setLastModifiedTime(copy, FileTime.fromMillis(now));
        robot.interact(() -> window.open(file));
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        said = robot.lookup("#recovery-dialog .content").queryLabeled().getText();
        robot.clickOn("Discard");
        assertThat(said).startsWith("Changes were kept safe at ").doesNotContain("changed on");
    }

    /**
     * Another program changes the file while it has unsaved edits here, and Chronoline stops before
     * the question about that is answered. The copy of the edits, written after the change, was
     * newer than the file, so the next start offered it with nothing said, and restored and saved
     * it replaced the other program's change (a teacher's walk-through). The copy keeps what the
     * file was when its edits began, and the question says the file has changed since.
     */
    @Test
    void editsKeptAfterAnotherProgramChangedTheFileAreOfferedSayingSo(FxRobot robot) throws IOException {
        waitForTimeline(77);
        Path copy = RecoveryFiles.pathFor(file);
        robot.interact(() -> window.editing().perform(Edits.deleteEvents(window.session().document(), List.of("start1-signed"))));
        Files.writeString(file, Files.readString(file).replace("INF Treaty signed", "INF Treaty signed (changed by git)"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        robot.interact(() -> window.files().writeRecovery());
        waitUntil(() -> Files.exists(copy) && new RecoveryFiles().changedSince(copy, file) != null);
        assertThat(Files.getLastModifiedTime(copy).toMillis()).as("the copy is newer than the change")
                .isGreaterThan(Files.getLastModifiedTime(file).toMillis() + 10_000);
        assertThat(new RecoveryFiles().changedSince(copy, file)).as("the file changed after the edits began").isTrue();
        if (robot.lookup("#changed-dialog").tryQuery().isPresent()) {
            robot.clickOn("Keep My Version");
        }

        // The next start, with such a copy as a crash leaves it (newer than the file): the question says the file changed since.
        robot.interact(() -> window.session().undo());
        robot.interact(() -> window.files().writeRecovery());
        waitUntil(() -> !Files.exists(copy));
        new RecoveryFiles().write(file, window.session().document(), new org.chronoline.io.FileStamp(1, 2, "an older file", org.chronoline.io.FileStamp.NO_CHECKSUM));
        robot.interact(() -> window.open(file));
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        String said = robot.lookup("#recovery-dialog .content").queryLabeled().getText();
        robot.clickOn("Discard");
        assertThat(said).contains("The file itself was changed on ").contains(", after these edits began");
    }

    /**
     * Restored over a change another program made after the edits began (the question says so), the
     * edits are saved only once asked: Enter (Restore) then Ctrl+S replaced that change with nothing
     * asked, though the question spoke of it. And Undo takes the restored edits back to the file's
     * version: restored, they could not be undone (a walk-through).
     */
    @Test
    void editsRestoredOverAChangeOnDiskAskBeforeSavingAndCanBeUndone(FxRobot robot) throws IOException {
        waitForTimeline(77);
        Path copy = RecoveryFiles.pathFor(file);
        robot.interact(() -> window.editing().perform(Edits.deleteEvents(window.session().document(), List.of("start1-signed"))));
        TimelineDocument edited = window.session().document();
        robot.interact(() -> window.session().undo());
        robot.interact(() -> window.files().writeRecovery());
        waitUntil(() -> !Files.exists(copy));
        // The copy of edits begun from an older file; the file since changed by another program.
        new RecoveryFiles().write(file, edited, new FileStamp(1, 2, "an older file", FileStamp.NO_CHECKSUM));
        byte[] changed = Files.readString(file).replace("INF Treaty signed", "INF Treaty signed (changed by git)")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, changed);

        robot.interact(() -> window.open(file));
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // Restore, the default
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().document().events()).as("restored").hasSize(76);
        assertThat(window.session().isModified()).isTrue();
        // Its copy, kept again, says the edits began before the change: after a second crash, the question does too.
        Path base = copy.resolveSibling(copy.getFileName() + ".base");
        waitUntil(() -> {
            try {
                return !Files.readString(base).contains("an older file");
            } catch (IOException notYet) {
                return false;
            }
        });
        assertThat(new RecoveryFiles().changedSince(copy, file)).as("the copy's base after the restore").isTrue();

        robot.interact(() -> window.files().save(null));
        waitUntil(() -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // Cancel, the default
        waitUntil(() -> robot.lookup("#conflict-dialog").tryQuery().isEmpty());
        assertThat(Files.readAllBytes(file)).as("the other program's change, not written over").isEqualTo(changed);

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().document().events()).as("undone: the file's version").hasSize(77);
        assertThat(window.session().document().events()).anyMatch(e -> e.title().equals("INF Treaty signed (changed by git)"));
        assertThat(window.session().isModified()).isFalse();
        assertThat(stage.getTitle()).doesNotContain("*");
        // Undone back to the file's own version, Save has nothing to save, and asks nothing.
        robot.interact(() -> window.files().save(null));
        WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#conflict-dialog").tryQuery()).as("nothing asked").isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(changed);
    }

    /**
     * Typing in the event form, not yet applied, is kept against a crash with the edits, as Apply
     * would make it; only applied edits were kept, and a crash lost the rest (an editing walk-through).
     * Half typed (a date that does not read yet), the last copy stands; discarded, the copy goes.
     */
    @Test
    void typingNotYetAppliedIsKeptAgainstACrash(FxRobot robot) throws IOException {
        waitForTimeline(77);
        Path copy = RecoveryFiles.pathFor(file);
        robot.interact(() -> window.timeline().select(window.timeline().getContent().event("cfe-signed")));
        robot.clickOn("#details-edit");
        waitUntil(() -> robot.lookup("#form-title").tryQuery().isPresent());
        robot.clickOn("#form-title").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).write("Typed, not applied");
        waitUntil(() -> Files.exists(copy));
        assertThat(titleInCopy(copy)).isEqualTo("Typed, not applied");
        assertThat(Files.readAllBytes(file)).as("the file itself untouched").isEqualTo(original);
        assertThat(window.session().isModified()).as("nothing applied").isFalse();

        robot.clickOn("#form-start").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).write("1990-13-45");
        robot.clickOn("#form-title").write(" again");
        WaitForAsyncUtils.sleep(3, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(titleInCopy(copy)).as("half typed: the last copy stands").isEqualTo("Typed, not applied");
        robot.clickOn("#form-start").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).write("1990-11-19");
        waitUntil(() -> "Typed, not applied again".equals(titleInCopy(copy))); // typed whole again, kept again

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#leave-form-dialog").tryQuery().isPresent());
        robot.clickOn("Discard Changes");
        waitUntil(() -> !Files.exists(copy));
    }

    /**
     * A related event picked on the timeline, outside the form's keys and clicks, is kept a moment
     * after, not at the 30-second turn (the row it adds to the form is what tells).
     */
    @Test
    void aRelatedEventPickedOnTheTimelineIsKeptAMomentAfter(FxRobot robot) throws Exception {
        waitForTimeline(77);
        Path copy = RecoveryFiles.pathFor(file);
        robot.interact(() -> window.timeline().select(window.timeline().getContent().event("two-plus-two-moscow")));
        robot.clickOn("#details-edit");
        waitUntil(() -> robot.lookup("#form-related-pick").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#form-related-pick").queryButton().fire());
        robot.interact(() -> window.timeline().select(window.timeline().getContent().event("sochi-declaration")));
        WaitForAsyncUtils.waitFor(6, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(copy)
                && new TimelineFileReader().read(copy).document().events().stream().filter(e -> e.id().equals("two-plus-two-moscow"))
                        .anyMatch(e -> e.relatedIds().contains("sochi-declaration")));
        robot.interact(() -> window.editing().closeForm()); // its typing dropped: the copy goes
        waitUntil(() -> !Files.exists(copy));
    }

    /**
     * Text pasted into the form from its right-click menu is kept a moment after, as typing is: the menu's choice
     * reached only the menu's own window, and the paste waited for the 30-second turn.
     */
    @Test
    void textPastedFromTheFieldsMenuIsKeptAMomentAfter(FxRobot robot) throws Exception {
        waitForTimeline(77);
        Path copy = RecoveryFiles.pathFor(file);
        robot.interact(() -> window.timeline().select(window.timeline().getContent().event("cfe-signed")));
        robot.clickOn("#details-edit");
        waitUntil(() -> robot.lookup("#form-title").tryQuery().isPresent());
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent pasted = new javafx.scene.input.ClipboardContent();
            pasted.putString("Pasted, not applied");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(pasted);
        });
        robot.clickOn("#form-title").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.sleep(3, java.util.concurrent.TimeUnit.SECONDS); // past the moment the keys and the click are kept after
        // What a right-click makes the platform send (Monocle sends no menu events), at the field's middle.
        robot.interact(() -> {
            javafx.scene.control.TextField field = robot.lookup("#form-title").query();
            javafx.geometry.Point2D scene = field.localToScene(field.getWidth() / 2, field.getHeight() / 2);
            javafx.geometry.Point2D screen = field.localToScreen(field.getWidth() / 2, field.getHeight() / 2);
            field.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null));
        });
        waitUntil(() -> robot.lookup(".text-menu").tryQuery().isPresent());
        robot.clickOn("Paste");
        WaitForAsyncUtils.waitFor(6, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(copy)
                && "Pasted, not applied".equals(titleInCopy(copy)));
        robot.interact(() -> window.editing().closeForm());
        waitUntil(() -> !Files.exists(copy));
    }

    private static String titleInCopy(Path copy) {
        return new TimelineFileReader().read(copy).document().events().stream().filter(e -> e.id().equals("cfe-signed"))
                .findFirst().orElseThrow().title();
    }

    /** When the time the edits were kept cannot be read, the question says nothing of it (it read "kept safe at ."). */
    @Test
    void theRestoreQuestionWithoutATimeNamesNone(FxRobot robot) {
        waitForTimeline(77);
        javafx.application.Platform.runLater(() -> new FileQuestions(window.dialogs()).askToRestore("Header", -1));
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        String said = robot.lookup("#recovery-dialog .content").queryLabeled().getText();
        robot.clickOn("Discard");
        assertThat(said).startsWith("Changes were kept safe. Restore them?").doesNotContain(" at ");
    }

    /**
     * Esc on the question (or its window's close button) deleted the kept edits, as Discard does: it
     * is "not now". The copy is set aside under a name of its own, which the status line gives, and
     * this window's next edits do not write over it.
     */
    @Test
    void escOnTheRestoreQuestionKeepsTheEditsForLater(FxRobot robot) throws IOException {
        waitForTimeline(77);
        Path copy = RecoveryFiles.pathFor(file);
        String kept = Files.readString(file).replace("CFE Treaty signed in Paris", "CFE Treaty signed in Paris (kept edit)");
        Files.writeString(copy, kept);

        robot.interact(() -> window.open(file));
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#recovery-dialog .button").queryAll()).extracting(b -> ((javafx.scene.control.Button) b).getText())
                .contains("Restore", "Discard", "Keep for Later");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Path aside;
        try (java.util.stream.Stream<Path> beside = Files.list(file.getParent())) {
            aside = beside.filter(p -> p.getFileName().toString().startsWith("work.json.recovery-kept-")).findFirst().orElseThrow();
        }
        assertThat(aside.getFileName().toString()).as("a timeline the Open dialog lists").endsWith(".json");
        assertThat(Files.readString(aside)).isEqualTo(kept);
        assertThat(window.statusText()).contains(aside.toString());
        // Said whole, in a window of 1366 x 768 as in 1024 x 768 (its second line was cut at the window's foot).
        for (double[] size : new double[][] {{1366, 768}, {1024, 768}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.Label said = robot.lookup(".status-label").query();
            // Its height follows its width a layout pass later: waited for, not assumed (the assertions below say what is wrong).
            try {
                WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS,
                        () -> said.localToScene(said.getLayoutBounds()).getMaxY() <= stage.getScene().getHeight() + 0.5);
            } catch (java.util.concurrent.TimeoutException stillOut) {
                // it fails below
            }
            javafx.geometry.Bounds bounds = said.localToScene(said.getLayoutBounds());
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) said.lookup(".text");
            assertThat(drawn.getText()).as("the status line at %s", size[0]).isEqualTo(said.getText());
            assertThat(drawn.localToScene(drawn.getLayoutBounds()).getMaxY()).as("its last line in the label at %s", size[0])
                    .isLessThanOrEqualTo(bounds.getMaxY() + 0.5);
            assertThat(bounds.getMaxY()).as("the label in the window at %s", size[0]).isLessThanOrEqualTo(stage.getScene().getHeight() + 0.5);
        }
        // Found again in File > Open Recent, first: said only by the status line, the next message replaced it.
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().stream().filter(item -> "Open _Recent".equals(item.getText())).findFirst().orElseThrow();
        robot.interact(() -> recent.getOnShowing().handle(null));
        assertThat(recent.getItems().get(0).getText()).isEqualTo(aside.getFileName() + "  \u2014  " + aside.getParent());
        assertThat(window.session().isModified()).as("the file as it was saved").isFalse();
        robot.interact(() -> window.editing().perform(Edits.deleteEvents(window.session().document(), List.of("start1-signed"))));
        robot.interact(() -> window.files().writeRecovery());
        waitUntil(() -> Files.exists(copy));
        assertThat(Files.readString(aside)).as("not written over by this window's own edits").isEqualTo(kept);
    }

    /** Kept edits that cannot be read are said to be so, and kept: they may be all there is of the work. They were deleted. */
    @Test
    void keptEditsThatCannotBeReadAreKept(FxRobot robot) throws IOException {
        waitForTimeline(77);
        Path copy = RecoveryFiles.pathFor(file);
        Files.writeString(copy, "{\"version\": 1, \"title\": \"cut sh");
        Files.setLastModifiedTime(copy, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        robot.interact(() -> window.open(file));
        waitUntil(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        robot.clickOn("Restore");
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        String said = robot.lookup("#error-dialog .content").queryLabeled().getText();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        // Set aside under a name of its own, which is said: in place, the next copy of new edits would have replaced it.
        Path aside;
        try (java.util.stream.Stream<Path> beside = Files.list(file.getParent())) {
            aside = beside.filter(p -> p.getFileName().toString().startsWith("work.json.recovery-unreadable-")).findFirst().orElseThrow();
        }
        assertThat(said).contains(aside.toString()).contains("which is kept");
        assertThat(Files.readString(aside)).startsWith("{\"version\": 1, \"title\": \"cut sh");
        robot.interact(() -> window.editing().perform(Edits.deleteEvents(window.session().document(), List.of("start1-signed"))));
        robot.interact(() -> window.files().writeRecovery());
        waitUntil(() -> Files.exists(copy));
        assertThat(aside).as("still there after new edits were kept").exists();
    }

    /**
     * Edits undone back to what is saved: the copy kept of them goes (at the next turn of the
     * recovery timer, and when the window closes), or the next start offered to restore edits the
     * user had undone, Restore first.
     */
    @Test
    void editsUndoneBeforeQuittingAreNotOfferedAgain(FxRobot robot) {
        waitForTimeline(77);
        Path copy = RecoveryFiles.pathFor(file);
        robot.interact(() -> window.editing().perform(Edits.deleteEvents(window.session().document(), List.of("start1-signed"))));
        robot.interact(() -> window.files().writeRecovery());
        waitUntil(() -> Files.exists(copy));

        robot.interact(() -> window.session().undo());
        assertThat(window.session().isModified()).isFalse();
        robot.interact(() -> window.files().writeRecovery());
        waitUntil(() -> !Files.exists(copy));

        robot.interact(() -> window.editing().perform(Edits.deleteEvents(window.session().document(), List.of("start1-signed"))));
        robot.interact(() -> window.files().writeRecovery());
        waitUntil(() -> Files.exists(copy));
        robot.interact(() -> window.session().undo());
        robot.interact(() -> window.files().close()); // the window closing, nothing unsaved: no question, and no copy left
        waitUntil(() -> !Files.exists(copy));
    }

    /**
     * Ended by the system (logging out, shutting down, kill), Chronoline keeps the unsaved edits at
     * once, off JavaFX: a SIGTERM ended it with no copy, up to 30 seconds of work lost.
     */
    @Test
    void editsAreKeptWhenTheSystemEndsChronoline(FxRobot robot) throws Exception {
        waitForTimeline(77);
        Path copy = RecoveryFiles.pathFor(file);
        robot.interact(() -> window.editing().perform(Edits.deleteEvents(window.session().document(), List.of("start1-signed"))));

        Thread shutdown = new Thread(() -> window.files().keepAtExit());
        shutdown.start();
        shutdown.join(10_000);

        assertThat(copy).exists();
        assertThat(new org.chronoline.io.TimelineFileReader().read(copy).document().events()).hasSize(76);
        Files.delete(copy);
        robot.interact(() -> window.session().undo());
        robot.interact(() -> window.files().keepAtExit());
        assertThat(copy).as("nothing unsaved, nothing kept").doesNotExist();
    }

    /** A change on disk while the form holds typing asks, as unsaved edits do; it reloaded and closed the form, the typing lost. */
    @Test
    void aChangeOnDiskAsksWhileTheFormHasTyping(FxRobot robot) throws IOException {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("cfe-signed")));
        robot.clickOn("#details-edit");
        waitUntil(() -> robot.lookup("#form-location").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#form-location").queryAs(TextField.class).setText("Paris, Élysée"));

        Files.writeString(file, Files.readString(file).replace("\"Arms Control in Europe, 1972–2026\"", "\"Their title\""));
        waitUntil(() -> robot.lookup("#changed-dialog").tryQuery().isPresent());
        robot.clickOn("Keep My Version");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-location").queryAs(TextField.class).getText()).as("still typed").isEqualTo("Paris, Élysée");
    }

    /** Save with the form open asks about its changes first and, applied, saves them; it said "Saved" and left them out. */
    @Test
    void saveWithTheFormOpenSavesWhatIsTyped(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("cfe-signed")));
        robot.clickOn("#details-edit");
        waitUntil(() -> robot.lookup("#form-location").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#form-location").queryAs(TextField.class).setText("Paris, Élysée"));

        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#leave-form-dialog").tryQuery().isPresent());
        robot.clickOn("Apply Changes");
        waitUntil(() -> !window.session().isModified());
        TimelineDocument saved = new TimelineFileReader().read(file).document();
        assertThat(saved.events().stream().filter(e -> e.id().equals("cfe-signed")).findFirst().orElseThrow().location())
                .isEqualTo("Paris, Élysée");
        assertThat(FileStamp.of(file)).isNotNull();
    }
}
