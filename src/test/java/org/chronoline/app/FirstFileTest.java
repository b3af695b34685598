package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.application.ParametersImpl;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a window opens first, and the reading started for it before JavaFX starts. */
class FirstFileTest {

    /** The reading starts before JavaFX, so the file must be the one JavaFX then hands the window as its first unnamed argument. */
    @Test
    void theArgumentsTakenForFilesAreThoseJavaFxCallsUnnamed() {
        List<String[]> cases = List.of(new String[0], new String[] {"timeline.json"}, new String[] {"--lang", "de", "cold-war.json"},
                new String[] {"--title=x", "a.json"}, new String[] {"--=x.json"}, new String[] {"--1=x.json"}, new String[] {"--_a=1", "b.json"},
                new String[] {"-x=y.json"}, new String[] {"--é=1.json"}, new String[] {"--", "--x"});
        for (String[] args : cases) {
            assertThat(ChronolineApp.FirstFile.unnamed(args)).as(String.join(" ", args))
                    .isEqualTo(new ParametersImpl(args).getUnnamed());
        }
    }

    @Test
    void aSpreadsheetIsNotReadAheadItIsImportedWithQuestions() {
        ChronolineApp.FirstFile first = ChronolineApp.FirstFile.startReading(List.of("class list.CSV"), null);

        assertThat(first.path()).isEqualTo(Path.of("class list.CSV"));
        assertThat(first.reading()).isNull();
    }

    @Test
    void aNamedFileIsReadAheadFromThatFile() throws Exception {
        Path file = WindowTest.copyOfBundled();

        ChronolineApp.FirstFile first = ChronolineApp.FirstFile.startReading(List.of(file.toString()), null);

        assertThat(first.path()).isEqualTo(file);
        assertThat(first.reading().get(30_000).result().document().events()).hasSize(77);
        assertThat(first.reading().get(30_000).source().name()).isEqualTo("events.json");
    }

    @Test
    void withoutAFileInTheProjectFolderItsCopyIsRead() throws Exception {
        Path copy = WindowTest.copyOfBundled();

        ChronolineApp.FirstFile first = ChronolineApp.FirstFile.startReading(List.of(), copy);

        assertThat(first.path()).isEqualTo(copy);
        assertThat(first.reading().get(30_000).result().document().events()).hasSize(77);
    }

    /** As a user's double-click starts it: the timeline inside Chronoline, read ahead, with no file behind it. */
    @Test
    void withoutAFileElsewhereTheTimelineInsideIsReadWithNoFile() throws Exception {
        ChronolineApp.FirstFile first = ChronolineApp.FirstFile.startReading(List.of(), null);

        assertThat(first.path()).isNull();
        assertThat(first.source().name()).isEqualTo("events.json");
        DocumentLoad.Outcome outcome = first.reading().get(30_000);
        assertThat(outcome.result().document().title()).isEqualTo("Arms Control in Europe, 1972–2026");
        assertThat(outcome.result().document().events()).hasSize(77);
        assertThat(outcome.content()).as("indexed on the reading's thread too").isNotNull();
    }

    /** A file that takes longer to read than the window to build is read once the window shows, with progress and Cancel. */
    @Test
    void aLargeFileIsReadOnceTheWindowShows(@TempDir Path dir) throws Exception {
        Path large = dir.resolve("large.json");
        try (RandomAccessFile sparse = new RandomAccessFile(large.toFile(), "rw")) {
            sparse.setLength(ChronolineApp.FirstFile.READ_AFTER_THE_WINDOW_BYTES + 1);
        }
        Path justBelow = dir.resolve("medium.json");
        try (RandomAccessFile sparse = new RandomAccessFile(justBelow.toFile(), "rw")) {
            sparse.setLength(ChronolineApp.FirstFile.READ_AFTER_THE_WINDOW_BYTES);
        }

        ChronolineApp.FirstFile first = ChronolineApp.FirstFile.startReading(List.of(large.toString()), null);
        ChronolineApp.FirstFile below = ChronolineApp.FirstFile.startReading(List.of(justBelow.toString()), null);

        assertThat(first.path()).isEqualTo(large);
        assertThat(first.reading()).as("not read ahead").isNull();
        assertThat(below.reading()).as("read ahead").isNotNull();
        below.reading().cancel();
    }
}
