package org.chronoline.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;

/**
 * The root of what Chronoline remembers for this user: Java's preferences, or, where their store cannot be kept,
 * preferences held in memory for this run. On Linux and other Unix systems Java keeps them in files under
 * ~/.java/.userPrefs; for a user whose home cannot be written (a service account, a locked-down lab machine) Java
 * printed four warnings on every command, `check` included, which has nothing to remember. Chronoline then works as
 * on a first start each time, quietly. (The registry on Windows and the property lists on macOS always take them.)
 */
public final class UserPreferences {
    private UserPreferences() {
    }

    /** The user's preferences root, decided once per run. */
    public static Preferences root() {
        return Root.ROOT;
    }

    private static final class Root {
        static final Preferences ROOT = storeUsable(System.getProperty("os.name", ""), storeFolder())
                ? Preferences.userRoot() : new InMemory(null, "");
    }

    /** Where Java keeps a Unix user's preferences: the folder its own file store writes. */
    private static Path storeFolder() {
        return Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home", ".")), ".java", ".userPrefs");
    }

    /** Whether Java's own store may be used: always on Windows and macOS; elsewhere when its folder is there or can be made. */
    static boolean storeUsable(String osName, Path folder) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        if (Files.isDirectory(folder)) {
            return Files.isWritable(folder);
        }
        try {
            Files.createDirectories(folder); // as Java's store would make it, but asked here first
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Preferences that live as long as the run. */
    static final class InMemory extends AbstractPreferences {
        private final Map<String, String> values = new HashMap<>();

        InMemory(InMemory parent, String name) {
            super(parent, name);
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0]; // the children made are cached by AbstractPreferences itself
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            return new InMemory(this, name);
        }

        @Override
        protected void syncSpi() {
            // nothing kept anywhere else
        }

        @Override
        protected void flushSpi() {
            // nothing kept anywhere else
        }
    }
}
