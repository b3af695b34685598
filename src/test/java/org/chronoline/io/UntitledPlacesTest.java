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

/** Each running Chronoline keeps the unsaved edits of a timeline with no file in a place of its own. */
class UntitledPlacesTest {
    @TempDir
    Path data;
    private final List<Process> running = new ArrayList<>();
    private final List<UntitledPlaces.Claim> claims = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Process p : running) {
            p.getOutputStream().close();
            p.waitFor(10, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
        for (UntitledPlaces.Claim c : claims) {
            c.release();
        }
    }

    @Test
    void twoChronolinesRunningAtOnceKeepTheirUntitledEditsApart() throws Exception {
        Path first = Path.of(startChronoline());
        Path second = Path.of(startChronoline());

        assertThat(first.getFileName()).hasToString("untitled.json");
        assertThat(second).as("not the first one's copy, written over every 30 seconds").isNotEqualTo(first);
        assertThat(second.getParent()).isEqualTo(first.getParent());
    }

    @Test
    void aPlaceIsFreeAgainOnceItsChronolineHasStopped() throws Exception {
        String first = startChronoline();
        Process firstProcess = running.remove(0);
        firstProcess.getOutputStream().close();
        assertThat(firstProcess.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(startChronoline()).isEqualTo(first);
    }

    @Test
    void editsLeftByAChronolineThatStoppedAreTheNextOnesToOffer() throws Exception {
        Files.writeString(data.resolve("untitled-3.json.recovery"), "{}");

        assertThat(claim().place().getFileName()).hasToString("untitled-3.json");
        assertThat(claim().place().getFileName()).as("then the lowest free place").hasToString("untitled.json");
    }

    @Test
    void editsOfAChronolineStillRunningAreLeftToIt() throws Exception {
        Files.writeString(data.resolve("untitled.json.recovery"), "{}");
        String running = startChronoline(); // it has the place of the copy, as the one that wrote it would

        assertThat(Path.of(running).getFileName()).hasToString("untitled.json");
        assertThat(claim().place().getFileName()).hasToString("untitled-2.json");
    }

    /**
     * A second look in this process passes over the place it holds without opening its lock file:
     * closing it would have let go of the lock, and another Chronoline could then take the place.
     */
    @Test
    void aPlaceThisProcessHoldsStaysHeld() throws Exception {
        UntitledPlaces.Claim held = claim();
        UntitledPlaces.Claim other = claim();

        assertThat(other.place()).isNotEqualTo(held.place());
        assertThat(Path.of(startChronoline()).getFileName()).as("both still held").hasToString("untitled-3.json");
    }

    /** A lock file that cannot be opened (another user's, a link, a folder) is passed over, not taken for every place. */
    @Test
    void aLockFileThatCannotBeUsedIsPassedOver() throws Exception {
        Files.createDirectory(data.resolve("untitled.json.lock"));

        assertThat(claim().place().getFileName()).hasToString("untitled-2.json");
    }

    @Test
    void whereNoLockCanBeMadeTheFirstPlaceIsUsedAsBefore() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("file"), "x");

        UntitledPlaces.Claim claim = UntitledPlaces.claim(notAFolder.resolve("data"));

        assertThat(claim.place()).isEqualTo(notAFolder.resolve("data").resolve("untitled.json"));
        claim.release();
    }

    private UntitledPlaces.Claim claim() {
        UntitledPlaces.Claim claim = UntitledPlaces.claim(data);
        claims.add(claim);
        return claim;
    }

    /** Starts a Java process that asks for its untitled place as Chronoline does and holds it until its input closes. */
    private String startChronoline() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Dchronoline.data=" + data, "-cp", System.getProperty("java.class.path"),
                HoldsItsUntitledPlace.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        running.add(process);
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).as("the process's place").isNotNull();
        return line;
    }

    /** A stand-in for a running Chronoline: prints its untitled place and keeps running until its input closes. */
    public static final class HoldsItsUntitledPlace {
        public static void main(String[] args) throws IOException {
            System.out.println(FileLifecycle.defaultUntitledPlace());
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the test lets go
            }
        }
    }
}
