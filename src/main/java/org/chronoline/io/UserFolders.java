package org.chronoline.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Chronoline keeps the user's own data (never inside a timeline file): each system's usual
 * place, %LOCALAPPDATA%\Chronoline on Windows, ~/Library/Application Support/Chronoline on macOS,
 * $XDG_DATA_HOME/chronoline (~/.local/share/chronoline) on Linux and other Unix systems.
 */
public final class UserFolders {
    private UserFolders() {
    }

    /**
     * The folder for Chronoline's data on this system, for this user (it may not exist yet); the
     * system property {@code chronoline.data} names another, so that tests never touch the user's.
     */
    public static Path data() {
        String chosen = System.getProperty("chronoline.data");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        return data(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static Path data(String osName, String home, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "Chronoline") : Path.of(home, "AppData", "Local", "Chronoline");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Chronoline");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "chronoline") : Path.of(home, ".local", "share", "chronoline");
    }
}
