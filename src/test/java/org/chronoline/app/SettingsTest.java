package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/**
 * A setting is kept even when Chronoline does not get to exit: Java writes preferences every 30
 * seconds and at exit, so a text size chosen just before the system ended Chronoline (or it
 * crashed) was gone at the next start.
 */
class SettingsTest {
    private static final String NODE = "settings-test";

    /**
     * The other Javas: one changes a setting, waits five seconds and stops as a killed program does,
     * with no exit of its own; the next, started afterwards, prints what it finds.
     */
    public static void main(String[] args) throws InterruptedException {
        Settings settings = new Settings();
        if (args[0].equals("read")) {
            System.out.println(settings.getDouble("textSizePercent", -1));
            return;
        }
        settings.putDouble("textSizePercent", Double.parseDouble(args[0]));
        Thread.sleep(5_000); // the write comes a second after the change; a busy machine may take longer
        Runtime.getRuntime().halt(0);
    }

    /** What another Java with the same settings says. */
    private static String run(String argument) throws Exception {
        return run(argument, System.getProperty("java.util.prefs.userRoot"));
    }

    /** What another Java says whose preferences live under {@code userRoot} (null: the user's own). */
    private static String run(String argument, String userRoot) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dchronoline.prefs=" + NODE));
        if (userRoot != null) {
            command.add("-Djava.util.prefs.userRoot=" + userRoot);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SettingsTest.class.getName(), argument));
        Process other = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return said;
    }

    @Test
    void aSettingIsKeptWhenChronolineIsStoppedSecondsAfterItChanged() throws Exception {
        Preferences node = Preferences.userRoot().node("org/chronoline/" + NODE);
        node.clear();
        node.flush();
        double chosen = 140 + (System.nanoTime() & 7) * 10; // not a value an earlier run left

        assertThat(run("" + chosen)).isEmpty();

        assertThat(run("read").strip()).isEqualTo(Double.toString(chosen));
        node.removeNode();
        Preferences.userRoot().node("org/chronoline").flush();
    }

    /**
     * Where the home cannot be written (a service account, a locked-down lab machine), Chronoline works as on a first
     * start, quietly: Java printed four warnings about its preferences' folder and lock on every start and command.
     */
    @Test
    void aHomeThatCannotBeWrittenGivesNoWarnings(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path notAFolder = java.nio.file.Files.writeString(dir.resolve("home"), "a file where the home would be");
        assertThat(run("read", notAFolder.toString()).strip()).as("nothing remembered, nothing said").isEqualTo("-1.0");
        assertThat(run("150", notAFolder.toString())).as("a setting changed: kept for the run, nothing said").isEmpty();
    }
}
