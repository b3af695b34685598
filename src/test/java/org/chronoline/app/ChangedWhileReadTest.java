package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javafx.stage.Stage;
import org.chronoline.io.TimelineSource;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Another program changes the file just after Chronoline has read it at its start, before the
 * window shows. The window notices and, with nothing unsaved, shows the newer file. It took the
 * file's stamp once the window had the document, so the change passed for its own, and the next
 * save wrote over it without asking.
 */
class ChangedWhileReadTest extends WindowTest {
    Path file;

    @Start
    void start(Stage stage) throws Exception {
        file = copyOfBundled();
        TimelineSource changedOnceRead = new TimelineSource() {
            private boolean changed;

            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public InputStream open() throws IOException {
                long whole = Files.size(file);
                return new FilterInputStream(Files.newInputStream(file)) {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = super.read();
                        read += b < 0 ? 0 : 1;
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = super.read(buffer, offset, length);
                        read += Math.max(0, n);
                        return n;
                    }

                    @Override
                    public void close() throws IOException {
                        super.close();
                        if (!changed && read >= whole) { // once it has been read whole, not when its start was looked at
                            changed = true;
                            changed = true;
                            Files.writeString(file, Files.readString(file)
                                    .replace("\"Arms Control in Europe, 1972–2026\"", "\"Changed while read\""));
                            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 2_000));
                        }
                    }
                };
            }

            @Override
            public long size() throws IOException {
                return Files.size(file);
            }

            @Override
            public Path path() {
                return file;
            }
        };
        startWindowReadEarly(stage, changedOnceRead, file);
    }

    @Test
    void theChangeIsShownNotWrittenOver(FxRobot robot) {
        waitUntil(() -> window.session().document() != null && "Changed while read".equals(window.session().document().title()));
        assertThat(window.session().isModified()).isFalse();
    }
}
