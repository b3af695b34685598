package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.application.ParametersImpl;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        ChronolineApp.FirstFile first = ChronolineApp.FirstFile.startReading(List.of("class list.CSV"));

        assertThat(first.path()).isEqualTo(Path.of("class list.CSV"));
        assertThat(first.reading()).isNull();
    }

    @Test
    void aNamedFileIsReadAheadFromThatFile() throws Exception {
        Path file = WindowTest.copyOfBundled();

        ChronolineApp.FirstFile first = ChronolineApp.FirstFile.startReading(List.of(file.toString()));

        assertThat(first.path()).isEqualTo(file);
        assertThat(first.reading().get().result().document().events()).hasSize(77);
        assertThat(first.reading().get().source().name()).isEqualTo("events.json");
    }
}
