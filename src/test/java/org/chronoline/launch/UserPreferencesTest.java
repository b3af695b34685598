package org.chronoline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a user's home cannot be written, Chronoline remembers for the run alone, without Java's warnings. */
class UserPreferencesTest {
    @Test
    void javasStoreIsUsedWhereItsFolderIsOrCanBeMade(@TempDir Path home) throws Exception {
        Path folder = home.resolve(".java").resolve(".userPrefs");
        assertThat(UserPreferences.storeUsable("Linux", folder)).as("made, as Java's store would make it").isTrue();
        assertThat(folder).isDirectory();
        assertThat(UserPreferences.storeUsable("Linux", folder)).as("there already").isTrue();

        Path file = Files.writeString(home.resolve("a-file"), "");
        assertThat(UserPreferences.storeUsable("Linux", file.resolve(".java").resolve(".userPrefs")))
                .as("under a file: never a folder").isFalse();
        assertThat(UserPreferences.storeUsable("Linux", Path.of("/proc/no-such-home/.java/.userPrefs"))).as("a home that cannot be made").isFalse();
        assertThat(UserPreferences.storeUsable("Windows 11", file.resolve("x"))).as("the registry").isTrue();
        assertThat(UserPreferences.storeUsable("Mac OS X", file.resolve("x"))).as("property lists").isTrue();
    }

    @Test
    void preferencesInMemoryRememberForTheRun() throws Exception {
        Preferences root = new UserPreferences.InMemory(null, "");
        Preferences node = root.node("org/chronoline/default");
        node.put("language", "de");
        node.putDouble("size", 1.25);
        node.flush();
        assertThat(root.node("org/chronoline/default").get("language", null)).isEqualTo("de");
        assertThat(node.getDouble("size", 1)).isEqualTo(1.25);
        assertThat(node.keys()).containsExactlyInAnyOrder("language", "size");
        node.remove("language");
        assertThat(node.get("language", "en")).isEqualTo("en");
        node.clear();
        assertThat(node.keys()).isEmpty();
    }
}
