package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recent files: newest first, and written only when the list changes. */
class RecentFilesTest {
    private final Settings settings = new Settings();
    private final AtomicInteger writes = new AtomicInteger();
    private final RecentFiles recent = new RecentFiles(settings, writes::incrementAndGet);

    @BeforeEach
    void nothingRemembered() {
        settings.clear();
    }

    @Test
    void theNewestComesFirstAndEachFileOnce() {
        Path a = Path.of("a.json").toAbsolutePath();
        Path b = Path.of("b.json").toAbsolutePath();

        recent.add(a);
        recent.add(b);
        recent.add(Path.of("x", "..", "a.json"));

        assertThat(recent.list()).containsExactly(a, b);
        assertThat(writes).hasValue(3);
    }

    @Test
    void reopeningTheNewestFileWritesNothing() {
        Path a = Path.of("a.json").toAbsolutePath();
        recent.add(a);

        recent.add(a);
        recent.add(Path.of("a.json"));

        assertThat(recent.list()).containsExactly(a);
        assertThat(writes).as("a start that reopens the last file leaves the store alone").hasValue(1);
    }
}
