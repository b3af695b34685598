package org.chronoline.view;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * Runs drawing work on the JavaFX thread and waits for its result, from any thread: from a
 * background task of the window, or from the command line, where the toolkit is first started
 * without a display, on Monocle's headless platform with the software renderer (the same setup
 * the UI tests use), so the pictures are the same on a server as on a laptop.
 */
public final class FxThread {
    private static boolean started;

    private FxThread() {
    }

    /**
     * Runs {@code work} on the JavaFX thread and returns its result; on that thread already, at once.
     * When no JavaFX toolkit runs in this program yet, a headless one is started first.
     */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        try {
            return later(work).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }

    /**
     * Runs {@code work} on the JavaFX thread without waiting: its result, when it comes. On that
     * thread already, at once. When no JavaFX toolkit runs in this program yet, a headless one is started first.
     */
    public static <T> CompletableFuture<T> later(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable run = () -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        };
        if (Platform.isFxApplicationThread()) {
            run.run();
        } else {
            startIfNeeded();
            Platform.runLater(run);
        }
        return result;
    }

    private static synchronized void startIfNeeded() throws Exception {
        if (started) {
            return;
        }
        try {
            Platform.runLater(() -> { });
            started = true; // the window's toolkit, or one the tests started: used as it is
            return;
        } catch (IllegalStateException notRunning) {
            // no toolkit yet: the command line starts a headless one
        }
        {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
            CompletableFuture<Void> ready = new CompletableFuture<>();
            try {
                Platform.startup(() -> ready.complete(null));
                ready.get();
            } catch (IllegalStateException alreadyRunning) {
                // Started by someone else in this JVM (the UI tests): use it as it is.
            }
            Platform.setImplicitExit(false);
            started = true;
        }
    }
}
