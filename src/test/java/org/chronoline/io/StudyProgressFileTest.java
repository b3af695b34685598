package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chronoline.model.study.StudyProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress is kept per timeline, outside it, survives being read back, and a damaged file is a fresh start. */
class StudyProgressFileTest {
    @Test
    void keepsProgressPerTimelineTitleAndReadsItBack(@TempDir Path dir) throws IOException {
        StudyProgressFile cfe = StudyProgressFile.in(dir, "Arms Control in Europe, 1972–2026");
        StudyProgressFile other = StudyProgressFile.in(dir, "../../etc/passwd 🚀");
        StudyProgress progress = new StudyProgress(3, Map.of("cfe-signed", 4, "putin-cfe-decree", 1), Map.of("cfe-signed", 88),
                Map.of("cfe-signed", 20_424L, "putin-cfe-decree", 20_425L));

        cfe.write(progress);

        StudyProgress back = cfe.read();
        assertThat(back.sessions()).isEqualTo(3);
        assertThat(back.boxes()).isEqualTo(progress.boxes());
        assertThat(back.lastWhen()).isEqualTo(progress.lastWhen());
        assertThat(back.seen()).as("the day each was last seen").isEqualTo(progress.seen());
        assertThat(other.read().boxes()).as("another timeline starts fresh").isEmpty();
        assertThat(other.path().getParent()).as("any title makes a safe name").isEqualTo(dir);
        assertThat(other.path().getFileName().toString()).matches("[0-9a-f]{24}\\.json");
    }

    @Test
    void aDamagedFileIsAFreshStartAndIsReplacedOnTheNextAnswer(@TempDir Path dir) throws IOException {
        StudyProgressFile file = StudyProgressFile.in(dir, "T");
        Files.writeString(file.path(), "{\"sessions\": \"many\", \"boxes\": [1, 2");

        assertThat(file.read().boxes()).isEmpty();
        file.write(new StudyProgress(1, Map.of("a", 9), Map.of("a", 400)));
        assertThat(file.read().boxes()).as("clamped to the boxes there are").containsEntry("a", StudyProgress.BOXES);
        assertThat(file.read().lastWhen()).containsEntry("a", 100);
    }
}
