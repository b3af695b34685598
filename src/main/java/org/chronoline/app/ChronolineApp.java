package org.chronoline.app;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.chronoline.io.TimelineSource;
import org.chronoline.launch.ProcessUptime;
import org.chronoline.model.Links;
import org.chronoline.text.Messages;

/** The JavaFX application: opens the main window on the file named on the command line, or the bundled timeline. */
public final class ChronolineApp extends Application {

    /**
     * Starts the window. The file it opens is read from here on, on a thread of its own, while
     * JavaFX starts (0.15-0.2 s before {@link #init()} is called, which would start it otherwise).
     */
    public static void launchWindow(String[] args) {
        try {
            early = FirstFile.startReading(FirstFile.unnamed(args), BundledTimeline.projectCopy());
        } catch (InvalidPathException e) {
            early = null; // init() meets it again, where JavaFX reports it as it always did
        }
        Application.launch(ChronolineApp.class, args);
    }

    /**
     * For the startup benchmark: once the first frame showing events is painted, print how long the
     * process has been running and what the status line says (tests read its language), and exit.
     */
    private static void exitAfterFirstFrame(MainWindow window) {
        window.timeline().framesPaintedProperty().addListener((o, old, now) -> {
            if (!window.timeline().getContent().isEmpty()) {
                long uptime = ProcessUptime.millis();
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

    /** The first file and its reading, started by {@link #launchWindow} before JavaFX; taken by {@link #init()}. */
    private static volatile FirstFile early;

    /** The timeline to open (its file, null for the one inside Chronoline) and its reading, started before the window is built. */
    private Path first;
    private TimelineSource firstSource;
    private DocumentLoad.EarlyRead firstLoad;

    @Override
    public void init() {
        FirstFile started = early;
        early = null;
        // (Started without launchWindow, as the tests start it: the reading starts here.)
        FirstFile file = started != null ? started : FirstFile.startReading(getParameters().getUnnamed(), BundledTimeline.projectCopy());
        first = file.path();
        firstSource = file.source();
        firstLoad = file.reading();
    }

    /**
     * What a window opens first: the file it is given, else the bundled timeline (the project
     * folder's copy, a file, or the one inside Chronoline, which has none); and its reading, when
     * it has begun (not for a spreadsheet, which is imported with questions, nor for a large file,
     * nor when the bundled timeline cannot be read: {@link MainWindow#openDefault} says why).
     */
    record FirstFile(Path path, TimelineSource source, DocumentLoad.EarlyRead reading) {
        /**
         * Past this size a file takes longer to read than the window takes to be built, and reading
         * it beside the window (both cores busy) held the window back until most of it was read:
         * 100,000 events (70 MB) showed the window after 1.2-2.0 s, 400,000 after 3.5 s, with no
         * sign of life before. Such a file is read once the window shows, with its progress and
         * Cancel, as a file opened from the menu is: the window in 0.7-0.9 s, the events 0.1-0.3 s
         * later than before. Smaller files are read at once and are in the window's first frame.
         */
        static final long READ_AFTER_THE_WINDOW_BYTES = 32L << 20;

        /** @param projectCopy the project folder's copy of the bundled timeline, or null away from it */
        static FirstFile startReading(List<String> files, Path projectCopy) {
            Path file = files.isEmpty() ? projectCopy : Path.of(files.get(0));
            if (file != null && (file.toString().toLowerCase(Locale.ROOT).endsWith(".csv") || isLarge(file))) {
                return new FirstFile(file, null, null);
            }
            TimelineSource source;
            try {
                source = file != null ? TimelineSource.of(file) : BundledTimeline.inside();
            } catch (IOException e) {
                source = null;
            }
            if (source == null) {
                return new FirstFile(file, null, null);
            }
            // Then ICU's plural rules and number formats, which the first counted message would otherwise
            // load on the window's thread (0.09 s here, on the way to the first frame).
            return new FirstFile(file, source, DocumentLoad.startEarly(source, Messages::prepare));
        }

        private static boolean isLarge(Path file) {
            try {
                return Files.size(file) > READ_AFTER_THE_WINDOW_BYTES;
            } catch (IOException e) {
                return false; // read at once: the reading reports what is wrong
            }
        }

        /** The arguments JavaFX calls unnamed (its getParameters().getUnnamed()): all but {@code --name=value}. */
        static List<String> unnamed(String[] args) {
            List<String> unnamed = new ArrayList<>();
            for (String arg : args) {
                boolean named = arg.startsWith("--") && arg.indexOf('=') > 2
                        && (Character.isLetter(arg.charAt(2)) || arg.charAt(2) == '_');
                if (!named) {
                    unnamed.add(arg);
                }
            }
            return unnamed;
        }
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, address -> Links.openable(address)
                .ifPresent(uri -> getHostServices().showDocument(Links.target(uri))));
        if (Boolean.getBoolean("chronoline.exitAfterFirstFrame")) {
            exitAfterFirstFrame(window);
        }
        // Taken, not kept: this object lives as long as the application, and the reading holds the whole first timeline.
        Path file = first;
        TimelineSource source = firstSource;
        DocumentLoad.EarlyRead reading = firstLoad;
        first = null;
        firstSource = null;
        firstLoad = null;
        // Opened before the window shows, so that its first frame already has the events when they are read.
        if (reading != null) {
            window.open(source, file, reading);
        }
        stage.show();
        acceptFilesFromTheSystem(window);
        if (reading == null) {
            if (file != null) {
                window.open(file);
            } else {
                window.openDefault();
            }
        }
    }
}
