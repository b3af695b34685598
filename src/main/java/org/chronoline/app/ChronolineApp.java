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

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, address -> Links.openable(address)
                .ifPresent(uri -> getHostServices().showDocument(uri.toString())));
        stage.show();
        List<String> files = getParameters().getUnnamed();
        if (files.isEmpty()) {
            window.openDefault();
        } else {
            window.open(Path.of(files.get(0)));
        }
    }
}
