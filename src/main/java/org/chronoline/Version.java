package org.chronoline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's version, written into {@code version.properties} by Maven. */
public final class Version {
    private Version() {
    }

    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/chronoline/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
