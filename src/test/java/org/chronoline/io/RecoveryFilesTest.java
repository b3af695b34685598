package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.chronoline.model.TimelineDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryFilesTest {

    @Test
    void writesUnsavedEditsBesideTheFileFindsThemAndRemovesThem(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("events.json");
        Files.copy(TestFiles.file("minimal.json"), document);
        Files.setLastModifiedTime(document, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        TimelineDocument edited = new TimelineFileReader().read(document).document();
        RecoveryFiles recovery = new RecoveryFiles();

        recovery.write(document, edited);

        assertThat(recovery.find(document)).contains(dir.resolve("events.json.recovery").toAbsolutePath());
        assertThat(new TimelineFileReader().read(dir.resolve("events.json.recovery")).document()).isEqualTo(edited);
        recovery.delete(document);
        assertThat(recovery.find(document)).isEmpty();
    }

    @Test
    void ignoresARecoveryFileOlderThanTheDocument(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("events.json");
        Files.copy(TestFiles.file("minimal.json"), document);
        Files.copy(TestFiles.file("minimal.json"), dir.resolve("events.json.recovery"));
        Files.setLastModifiedTime(dir.resolve("events.json.recovery"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        assertThat(new RecoveryFiles().find(document)).isEmpty();
    }
}
