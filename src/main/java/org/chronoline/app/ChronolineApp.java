package org.chronoline.app;

import java.awt.Desktop;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.chronoline.io.TimelineSource;
import org.chronoline.model.Links;
import org.chronoline.text.Messages;

/** The JavaFX application: opens the main window on the file named on the command line, or the bundled timeline. */
public final class ChronolineApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(ChronolineApp.class, args);
    }

    /**
     * For the startup benchmark: once the first frame showing events is painted, print how long the
     * process has been running and what the status line says (tests read its language), and exit.
     */
    private static void exitAfterFirstFrame(MainWindow window) {
        window.timeline().framesPaintedProperty().addListener((o, old, now) -> {
            if (!window.timeline().getContent().isEmpty()) {
                long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                System.out.println("chronoline-first-frame-ms=" + uptime);
                System.out.println("chronoline-first-frame-status=" + window.statusText()); // in the window's language
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        });
    }

    /**
     * macOS hands a double-clicked timeline (or "Open With") to a running application as an event,
     * not as an argument; elsewhere the file comes as the argument. Not tested here (Linux): the
     * event reaches Java through AWT, which macOS starts for it.
     */
    private static void acceptFilesFromTheSystem(MainWindow window) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(event -> event.getFiles().stream().findFirst()
                        .ifPresent(file -> Platform.runLater(() -> window.open(file.toPath()))));
            }
        } catch (RuntimeException | LinkageError e) {
            // Without AWT's desktop support, files still come as arguments.
        }
    }

    /** The file to open, and its reading, started in {@link #init()} while JavaFX starts. */
    private Path first;
    private Future<DocumentLoad.Outcome> firstLoad;

    @Override
    public void init() {
        List<String> files = getParameters().getUnnamed();
        first = files.isEmpty() ? MainWindow.defaultFile() : Path.of(files.get(0));
        if (first != null && !first.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            // Then ICU's plural rules and number formats, which the first counted message would otherwise
            // load on the window's thread (0.09 s here, on the way to the first frame).
            firstLoad = DocumentLoad.startEarly(TimelineSource.of(first), Messages::prepare);
        }
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, address -> Links.openable(address)
                .ifPresent(uri -> getHostServices().showDocument(Links.target(uri))));
        if (Boolean.getBoolean("chronoline.exitAfterFirstFrame")) {
            exitAfterFirstFrame(window);
        }
        // Opened before the window shows, so that its first frame already has the events when they are read.
        if (firstLoad != null) {
            window.open(first, firstLoad);
        }
        stage.show();
        acceptFilesFromTheSystem(window);
        if (firstLoad == null) {
            if (first != null) {
                window.open(first);
            } else {
                window.openDefault();
            }
        }
    }
}
