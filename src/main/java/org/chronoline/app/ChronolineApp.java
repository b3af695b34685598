package org.chronoline.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.chronoline.model.Links;

/** The JavaFX application: opens the main window on the file named on the command line, or the bundled timeline. */
public final class ChronolineApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(ChronolineApp.class, args);
    }

    /**
     * For the startup benchmark: once the first frame showing events is painted, print how long the
     * process has been running and exit.
     */
    private static void exitAfterFirstFrame(MainWindow window) {
        window.timeline().framesPaintedProperty().addListener((o, old, now) -> {
            if (!window.timeline().getContent().isEmpty()) {
                long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
                System.out.println("chronoline-first-frame-ms=" + uptime);
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        });
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, address -> Links.openable(address)
                .ifPresent(uri -> getHostServices().showDocument(Links.target(uri))));
        if (Boolean.getBoolean("chronoline.exitAfterFirstFrame")) {
            exitAfterFirstFrame(window);
        }
        stage.show();
        List<String> files = getParameters().getUnnamed();
        if (files.isEmpty()) {
            window.openDefault();
        } else {
            window.open(Path.of(files.get(0)));
        }
    }
}
