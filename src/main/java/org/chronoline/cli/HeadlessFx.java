package org.chronoline.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Callable;
import javafx.application.Platform;

/**
 * Runs JavaFX rendering without a display, for command-line exports: the toolkit starts on
 * Monocle's headless platform with the software renderer, the same setup the UI tests use, so the
 * pictures are the same on a server as on a laptop.
 */
public final class HeadlessFx {
    private static boolean started;

    private HeadlessFx() {
    }

    /** Runs {@code work} on the JavaFX thread of a headless toolkit (started on first use) and returns its result. */
    public static synchronized <T> T call(Callable<T> work) throws Exception {
        if (!started) {
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
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }
}
