package org.chronoline.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The floor of startup: the least a JavaFX program can do before its first frame, a window with a
 * canvas that draws a few rectangles. Started with the same JavaFX and the same flags as
 * Chronoline, its time to the first frame is what Chronoline's startup is measured against.
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
        Scene scene = new Scene(new StackPane(canvas), 1200, 700);
        // The first pulse after the window is shown has laid out and drawn the canvas, as Chronoline's first frame has.
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                System.out.println("chronoline-first-frame-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
                System.out.flush();
                Platform.runLater(() -> Runtime.getRuntime().halt(0));
            }
        });
        stage.setScene(scene);
        stage.show();
    }
}
