package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
 * Started on another program's timeline, which opens as unsaved edits with no file, Chronoline
 * cannot offer the kept edits another one left (they would replace what it opened): it keeps them,
 * and never writes its own copy over them. It wrote over them within 30 seconds.
 */
class UntitledRecoveryKeptTest extends WindowTest {
    private final Path place = FileLifecycle.defaultUntitledPlace();

    @Start
    void start(Stage stage) throws Exception {
        TimelineDocument bundled = new TimelineFileReader().read(BUNDLED).document();
        Files.createDirectories(place.getParent());
        this.stage = stage;
        forgetUntitledEdits();
        forgetSetAside();
        new Settings().clear();
        window = new MainWindow(stage, openedLinks::add);
        window.timeline().todayProperty().set(null);
        new RecoveryFiles().write(place, Edits.setTitleAndDescription(bundled, "Their unsaved work", null).apply(bundled));
        stage.show();
        window.open(Path.of("src/test/resources/timelinejs/every-field.json"));
    }

    @AfterEach
    void forget() throws Exception {
        forgetUntitledEdits();
        forgetSetAside();
    }

    private Stream<Path> setAside() throws Exception {
        return Files.list(place.getParent()).filter(p -> p.getFileName().toString().startsWith("untitled.json.recovery-earlier-"));
    }

    private void forgetSetAside() throws Exception {
        try (Stream<Path> aside = setAside()) {
            for (Path p : aside.toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void theirKeptEditsAreSetAsideNotWrittenOver(FxRobot robot) throws Exception {
        waitUntil(() -> window.session().document() != null && window.session().isModified());
        robot.interact(() -> window.files().writeRecovery());
        waitUntil(() -> {
            try (Stream<Path> aside = setAside()) {
                return aside.findAny().isPresent();
            } catch (Exception e) {
                return false;
            }
        });
        Path aside;
        try (Stream<Path> found = setAside()) {
            aside = found.findFirst().orElseThrow();
        }
        assertThat(new TimelineFileReader().read(aside).document().title()).isEqualTo("Their unsaved work");
        // A timeline the Open dialog lists, and first in Open Recent: said only by the status line, it was as good as lost.
        assertThat(aside.getFileName().toString()).endsWith(".json");
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().stream().filter(item -> "Open _Recent".equals(item.getText())).findFirst().orElseThrow();
        waitUntil(() -> {
            robot.interact(() -> recent.getOnShowing().handle(null));
            return recent.getItems().get(0).getText().startsWith(aside.getFileName().toString());
        });
        waitUntil(() -> Files.exists(RecoveryFiles.pathFor(place)));
        assertThat(window.stage().isShowing()).isTrue();
    }
}
