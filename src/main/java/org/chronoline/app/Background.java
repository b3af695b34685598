package org.chronoline.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * Where the window's slow work runs, off the JavaFX thread: reading and saving files, exports,
 * pictures. Two threads, as the machines Chronoline runs on have few cores; daemons, so that an
 * unfinished picture never keeps the program alive. A {@link Task} started here reports its
 * progress and stops when cancelled.
 */
final class Background {
    private final ExecutorService pool;

    Background() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = work -> {
            Thread thread = new Thread(work, "chronoline-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        pool = Executors.newFixedThreadPool(2, threads);
    }

    /** Runs the work on this pool instead (for tests that choose when it runs). */
    Background(ExecutorService pool) {
        this.pool = pool;
    }

    /** Starts a task; returns it, for its progress, its result and Cancel. */
    <T> Task<T> start(Task<T> task) {
        pool.execute(task);
        return task;
    }

    /** Runs small work whose result comes back through {@link javafx.application.Platform#runLater}. */
    void execute(Runnable work) {
        pool.execute(work);
    }
}
