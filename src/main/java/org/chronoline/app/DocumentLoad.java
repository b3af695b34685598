package org.chronoline.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import javafx.concurrent.Task;
import org.chronoline.io.LoadMonitor;
import org.chronoline.io.LoadResult;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.io.TimelineSource;
import org.chronoline.view.TimelineContent;

/**
 * Reads and indexes a timeline file off the JavaFX thread, reporting progress and stopping when
 * cancelled. The window stays responsive however large the file.
 */
final class DocumentLoad extends Task<DocumentLoad.Outcome> {
    /** What loading produced: the result, and the indexed content when the document opened. */
    record Outcome(TimelineSource source, LoadResult result, TimelineContent content) {
    }

    private final TimelineSource source;
    private final Future<Outcome> headStart;

    DocumentLoad(TimelineSource source) {
        this(source, null);
    }

    /** @param headStart the same file already being read since before the window was built, or null */
    DocumentLoad(TimelineSource source, Future<Outcome> headStart) {
        this.source = source;
        this.headStart = headStart;
    }

    /**
     * Starts reading a file at once, on a thread of its own, while the window is still being built:
     * on two cores that hides most of the reading from the start-up time. When the file is read,
     * the same thread runs {@code then}: more of what the window will need, made ready beside it.
     */
    static Future<Outcome> startEarly(TimelineSource source, Runnable then) {
        FutureTask<Outcome> early = new FutureTask<>(() -> read(source, LoadMonitor.NONE, () -> false));
        Thread thread = new Thread(() -> {
            early.run();
            then.run();
        }, "chronoline-early-load");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    String sourceName() {
        return source.name();
    }

    @Override
    protected Outcome call() throws Exception {
        if (headStart != null) {
            try {
                return headStart.get();
            } catch (ExecutionException e) {
                // Read it again, here, where a failure is reported as usual.
            }
        }
        return read(source, new LoadMonitor() {
            @Override
            public void progress(long bytesRead, long totalBytes) {
                if (totalBytes > 0) {
                    updateProgress(bytesRead, totalBytes);
                }
            }

            @Override
            public boolean isCancelled() {
                return DocumentLoad.this.isCancelled();
            }
        }, this::isCancelled);
    }

    private static Outcome read(TimelineSource source, LoadMonitor monitor, BooleanSupplier cancelled) {
        if (source.path() != null) {
            // Temporary files an earlier save left when it was killed go now, not at some later save.
            SafeFileWriter.removeLeftovers(source.path());
        }
        LoadResult result = new TimelineFileReader().read(source, monitor);
        TimelineContent content = result.isLoaded() && !cancelled.getAsBoolean() ? new TimelineContent(result.document()) : null;
        if (content != null) {
            content.relations(); // the details panel's "Related" needs them at once; here, not on the window's thread
        }
        return new Outcome(source, result, content);
    }
}
