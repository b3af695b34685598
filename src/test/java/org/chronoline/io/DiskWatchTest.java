package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another program changing, replacing or removing the file is noticed, without the window's thread. */
class DiskWatchTest {
    @TempDir
    Path dir;

    /** A file opened through a symbolic link elsewhere: a change to what it points to is noticed. Only the link's folder was watched. */
    @Test
    void noticesAChangeWhereALinkLeads() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("work.json");
        Files.writeString(real, "one");
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("link")).resolve("work.json"), Path.of("../real/work.json"));
        Semaphore changes = new Semaphore(0);
        try (DiskWatch watch = DiskWatch.start(link, changes::release)) {
            Thread.sleep(200);
            Files.writeString(real.resolveSibling("other.json"), "not ours");
            assertThat(changes.tryAcquire(1, TimeUnit.SECONDS)).as("another file beside the target is not ours").isFalse();
            Files.writeString(real, "two");
            assertThat(changes.tryAcquire(15, TimeUnit.SECONDS)).as("the target written in place").isTrue();
        }
    }

    @Test
    void noticesAChangeAReplacementAndARemovalButNotOtherFiles() throws Exception {
        Path file = Files.writeString(dir.resolve("events.json"), "one");
        Semaphore changes = new Semaphore(0);
        try (DiskWatch watch = DiskWatch.start(file, changes::release)) {
            Thread.sleep(200); // the watcher registers on its own thread
            Files.writeString(dir.resolve("other.json"), "not ours");
            assertThat(changes.tryAcquire(1, TimeUnit.SECONDS)).as("another file is not ours").isFalse();

            Files.writeString(file, "two");
            assertThat(changes.tryAcquire(15, TimeUnit.SECONDS)).as("written in place").isTrue();
            changes.drainPermits();

            Path edited = Files.writeString(dir.resolve(".events.json.swp"), "three");
            Files.move(edited, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertThat(changes.tryAcquire(15, TimeUnit.SECONDS)).as("replaced by a rename, as editors save").isTrue();
            changes.drainPermits();

            Files.delete(file);
            assertThat(changes.tryAcquire(15, TimeUnit.SECONDS)).as("removed").isTrue();
        }
    }

    @Test
    void stopsWhenClosed() throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("events.json"), "one");
        Semaphore changes = new Semaphore(0);
        DiskWatch.start(file, changes::release).close();

        Files.writeString(file, "two");

        assertThat(changes.tryAcquire(3, TimeUnit.SECONDS)).isFalse();
    }
}
