package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timeline file is edited by one running Chronoline at a time: the first to open it holds it, the
 * others see it read-only until it is let go. Two at once each wrote their kept edits over the
 * other's, and a save in one deleted the copy the other still needed.
 */
public class OpenFilesTest {
    @TempDir
    Path dir;
    private final List<Process> running = new ArrayList<>();
    private final List<OpenFiles.Claim> claims = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Process p : running) {
            letGo(p);
        }
        claims.forEach(OpenFiles.Claim::release);
    }

    @Test
    void aFileAnotherChronolineHasOpenIsSeenHeldUntilItLetsGo() throws Exception {
        Path file = Files.writeString(dir.resolve("events.json"), "{}");
        Process other = holdOpenElsewhere(dir.resolve("locks"), file);

        OpenFiles.Claim mine = claim(dir.resolve("locks"), file);
        assertThat(mine.isHeldElsewhere()).isTrue();
        assertThat(mine.tryAgain()).as("still held").isTrue();

        letGo(other);
        assertThat(mine.tryAgain()).as("let go: this one has it now").isFalse();
        assertThat(mine.isHeldElsewhere()).isFalse();
        assertThat(holdsElsewhere(dir.resolve("locks"), file)).as("and another Chronoline sees it held").isTrue();
    }

    @Test
    void aLinkAndTheFileItNamesAreOneFile() throws Exception {
        Path file = Files.writeString(dir.resolve("events.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
        holdOpenElsewhere(dir.resolve("locks"), file);

        assertThat(claim(dir.resolve("locks"), link).isHeldElsewhere()).isTrue();
        assertThat(claim(dir.resolve("locks"), dir.resolve("sub").resolve("..").resolve("events.json")).isHeldElsewhere()).isTrue();
        assertThat(claim(dir.resolve("locks"), Files.writeString(dir.resolve("other.json"), "{}")).isHeldElsewhere())
                .as("another file is free").isFalse();
        // ".." after a link to a folder is the folder the link leads into's parent, not the link's: it was taken away first.
        Path deep = Files.createDirectories(dir.resolve("deep").resolve("inner"));
        Path intoDeep = Files.createSymbolicLink(dir.resolve("sub-link"), deep);
        Path sameFile = Files.writeString(dir.resolve("deep").resolve("t.json"), "{}");
        holdOpenElsewhere(dir.resolve("locks"), sameFile);
        assertThat(claim(dir.resolve("locks"), intoDeep.resolve("..").resolve("t.json")).isHeldElsewhere()).isTrue();
    }

    /** One process's windows are not "another Chronoline": they share the claim, and it is let go when the last lets go. */
    @Test
    void windowsOfOneProcessShareTheirClaim() throws Exception {
        Path file = Files.writeString(dir.resolve("events.json"), "{}");
        OpenFiles.Claim first = new OpenFiles(dir.resolve("locks")).claim(file);
        OpenFiles.Claim second = new OpenFiles(dir.resolve("locks")).claim(file);
        assertThat(first.isHeldElsewhere()).isFalse();
        assertThat(second.isHeldElsewhere()).isFalse();

        first.release();
        assertThat(holdsElsewhere(dir.resolve("locks"), file)).as("the second still holds it").isTrue();
        second.release();
        assertThat(holdsElsewhere(dir.resolve("locks"), file)).isFalse();
    }

    /** Where no lock can be made (the data folder cannot be written), a file can be edited, as before there were locks. */
    @Test
    void whereNoLockCanBeMadeEveryoneMayEdit() throws Exception {
        Path file = Files.writeString(dir.resolve("events.json"), "{}");
        Path notAFolder = Files.writeString(dir.resolve("locks"), "x");

        assertThat(claim(notAFolder, file).isHeldElsewhere()).isFalse();
    }

    /** A timeline file's name can be as long as the system allows: its lock's name is not made of it. */
    @Test
    void aLongNameHasALockOfItsOwn() throws Exception {
        Path file = Files.writeString(dir.resolve("é".repeat(120) + ".json"), "{}");

        assertThat(OpenFiles.lockName(file)).hasSizeLessThan(40).isNotEqualTo(OpenFiles.lockName(dir.resolve("other.json")));
        assertThat(claim(dir.resolve("locks"), file).isHeldElsewhere()).isFalse();
    }

    @Test
    void aSaveAsOverAFileOpenElsewhereIsSeenBeforeItWrites() throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.json"), "{}");
        Path theirs = Files.writeString(dir.resolve("theirs.json"), "{}");
        holdOpenElsewhere(dir.resolve("data").resolve("open"), theirs);
        FileLifecycle lifecycle = new FileLifecycle(dir.resolve("data").resolve("untitled.json"));
        lifecycle.opened(mine, FileStamp.of(mine));

        assertThat(lifecycle.isOpenElsewhere()).isFalse();
        assertThat(lifecycle.reserve(theirs)).isFalse();
        assertThat(lifecycle.reserve(mine)).isTrue();
        assertThat(lifecycle.reserve(dir.resolve("new.json"))).isTrue();
        lifecycle.closed();
    }

    /**
     * A Save As target was checked, then written, then held: another Chronoline opening it while it
     * was written had it too, and went on with the old version. It is held from the check on; a
     * save that fails lets it go.
     */
    @Test
    void aSaveAsTargetIsHeldWhileItIsWritten() throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.json"), "{}");
        Path target = dir.resolve("copy.json");
        Path locks = dir.resolve("data").resolve("open");
        FileLifecycle lifecycle = new FileLifecycle(dir.resolve("data").resolve("untitled.json"));
        lifecycle.opened(mine, FileStamp.of(mine));

        assertThat(lifecycle.reserve(target)).isTrue();
        assertThat(holdsElsewhere(locks, target)).as("held while it is written").isTrue();
        lifecycle.saveFailed(target);
        assertThat(holdsElsewhere(locks, target)).as("the save failed: let go").isFalse();

        assertThat(lifecycle.reserve(target)).isTrue();
        Files.writeString(target, "{}");
        lifecycle.saved(target, FileStamp.of(target));
        assertThat(holdsElsewhere(locks, target)).as("now the timeline's file").isTrue();
        assertThat(holdsElsewhere(locks, mine)).as("the one before let go").isFalse();
        lifecycle.closed();
        assertThat(holdsElsewhere(locks, target)).isFalse();
    }

    /** Saved under a new name, the timeline holds that file and lets go of the one before. */
    @Test
    void aSaveAsMovesTheClaim() throws Exception {
        Path before = Files.writeString(dir.resolve("before.json"), "{}");
        Path after = Files.writeString(dir.resolve("after.json"), "{}");
        FileLifecycle lifecycle = new FileLifecycle(dir.resolve("data").resolve("untitled.json"));
        lifecycle.opened(before, FileStamp.of(before));
        assertThat(holdsElsewhere(dir.resolve("data").resolve("open"), before)).isTrue();

        lifecycle.saved(after, FileStamp.of(after));

        assertThat(holdsElsewhere(dir.resolve("data").resolve("open"), before)).isFalse();
        assertThat(holdsElsewhere(dir.resolve("data").resolve("open"), after)).isTrue();
        lifecycle.closed();
        assertThat(holdsElsewhere(dir.resolve("data").resolve("open"), after)).isFalse();
    }

    private OpenFiles.Claim claim(Path locks, Path file) {
        OpenFiles.Claim claim = new OpenFiles(locks).claim(file);
        claims.add(claim);
        return claim;
    }

    /** Whether another process, asking now, would find {@code file} held. */
    private boolean holdsElsewhere(Path locks, Path file) throws Exception {
        Process p = running(start(locks, file));
        boolean held = "elsewhere".equals(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine());
        letGo(p);
        running.remove(p);
        return held;
    }

    /** Starts a Java process that holds {@code file} open as a Chronoline window does, until its input closes. */
    private Process holdOpenElsewhere(Path locks, Path file) throws IOException {
        Process p = running(start(locks, file));
        assertThat(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine()).isEqualTo("held");
        return p;
    }

    /** Starts a stand-in Chronoline for {@code file}, with the lock folder {@code locks}. */
    public static Process start(Path locks, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldsAFileOpen.class.getName(),
                locks.toString(), file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private void letGo(Process p) throws Exception {
        p.getOutputStream().close();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    private Process running(Process p) {
        running.add(p);
        return p;
    }

    /** A stand-in for a Chronoline with a file open: says whether it holds it or another does, and keeps running until its input closes. */
    public static final class HoldsAFileOpen {
        public static void main(String[] args) throws IOException {
            OpenFiles.Claim claim = new OpenFiles(Path.of(args[0])).claim(Path.of(args[1]));
            System.out.println(claim.isHeldElsewhere() ? "elsewhere" : "held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the test lets go
            }
        }
    }
}
