package org.chronoline;

import org.chronoline.app.ChronolineApp;
import org.chronoline.cli.ChronolineCli;

/**
 * Starts Chronoline: the window, or a headless command such as {@code --check}. This class must not
 * extend {@code javafx.application.Application}: from a plain classpath, the JavaFX launcher refuses
 * such a main class ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = ChronolineCli.run(args, System.out, System.err);
        if (exitCode != ChronolineCli.OPEN_WINDOW) {
            System.exit(exitCode);
        }
        ChronolineApp.launchWindow(args);
    }
}
