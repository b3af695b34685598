package org.chronoline.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.chronoline.launch.ProcessUptime;

/**
 * The floor of startup: the least a JavaFX program can do before its first frame, a window with a
 * canvas that draws a few rectangles. Started with the same JavaFX and the same flags as
 * Chronoline, its time to the first frame is what Chronoline's startup is measured against. With
 * {@code -Dfloor.controls=true} the window also has the least a window with controls has (a menu,
 * a tool bar with a button and a text field, a status line): the first control costs JavaFX its
 * default stylesheet and the controls' classes, which any program with controls pays.
 */
public final class StartupFloor {
    private StartupFloor() {
    }

    /** (Not itself an Application, which the java launcher would refuse with JavaFX on the class path.) */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    static void show(Stage stage) {
        Canvas canvas = new Canvas(1200, 700);
        for (int i = 0; i < 40; i++) {
            canvas.getGraphicsContext2D().setFill(Color.hsb(i * 9, 0.6, 0.8));
            canvas.getGraphicsContext2D().fillRect(20 + i * 25, 40 + (i % 7) * 60, 120, 18);
        }
        BorderPane root = new BorderPane(new StackPane(canvas));
        if (Boolean.getBoolean("floor.controls")) {
            // The least a window with controls has: a menu, a tool bar with a button and a text field, a status line.
            root.setTop(new VBox(new MenuBar(new Menu("File", null, new MenuItem("Open"))), new ToolBar(new Button("Open"), new TextField())));
            root.setBottom(new Label("77 events"));
        }
        Scene scene = new Scene(root, 1200, 700);
        // The first pulse after the window is shown has laid out and drawn the canvas, as Chronoline's first frame has.
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long uptime = ProcessUptime.millis();
                System.out.println("chronoline-first-frame-ms=" + uptime);
                System.out.flush();
                Platform.runLater(() -> Runtime.getRuntime().halt(0));
            }
        });
        stage.setScene(scene);
        stage.show();
    }
}
