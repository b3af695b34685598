package org.chronoline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's version and when it was built, written into {@code version.properties} by Maven. */
public final class Version {
    private static final Properties BUILD = read();

    private Version() {
    }

    public static String current() {
        return BUILD.getProperty("version", "unknown");
    }

    /** When this build was made ("2026-12-01 15:57 UTC"), or "unknown". */
    public static String built() {
        String built = BUILD.getProperty("built", "");
        return built.isBlank() || built.startsWith("${") ? "unknown" : built;
    }

    /** When this build was made, or null when unknown: for a date in the reader's words (About). */
    public static java.time.Instant builtAt() {
        try {
            return java.time.LocalDateTime.parse(built().replace(" UTC", "").replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The Java and JavaFX this program runs on, for reports: "Java 17.0.15, JavaFX 21.0.11". */
    public static String runtime() {
        return "Java " + System.getProperty("java.version") + ", JavaFX " + javafx();
    }

    /** JavaFX's version, from the properties file javafx.base carries (on the class path or as a module). */
    private static String javafx() {
        Properties properties = new Properties();
        // Chronoline's own loader: from the jar, javafx.base is in a module layer above the system loader.
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("javafx.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // unknown
        }
        return properties.getProperty("javafx.version", System.getProperty("javafx.version", "unknown"));
    }

    private static Properties read() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/chronoline/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // unknown, as said
        }
        return properties;
    }
}
