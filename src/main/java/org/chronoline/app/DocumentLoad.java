package org.chronoline.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Task;
import org.chronoline.io.LoadMonitor;
import org.chronoline.io.FileStamp;
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
    /**
     * What loading produced: the result, the indexed content when the document opened, and the
     * file's stamp taken before it was read (null when it is not a file), with its content's checksum
     * when the file kept its time, size and identity through the reading. A stamp taken after
     * reading, once the window had the document, described a file another program may have
     * changed meanwhile; the next save then wrote over that change without asking.
     */
    record Outcome(TimelineSource source, LoadResult result, TimelineContent content, FileStamp stamp) {
    }

    /** How often a load waiting for a reading begun before the window passes on how far it has got. */
    private static final long PROGRESS_MILLIS = 50;

    private final TimelineSource source;
    private final EarlyRead headStart;

    DocumentLoad(TimelineSource source) {
        this(source, null);
    }

    /** @param headStart the same file already being read since before the window was built, or null */
    DocumentLoad(TimelineSource source, EarlyRead headStart) {
        this.source = source;
        this.headStart = headStart;
    }

    /**
     * Starts reading a file at once, on a thread of its own, while the window is still being built:
     * on two cores that hides most of the reading from the start-up time. When the file is read,
     * the same thread runs {@code then}: more of what the window will need, made ready beside it.
     */
    static EarlyRead startEarly(TimelineSource source, Runnable then) {
        EarlyRead early = new EarlyRead(source);
        Thread thread = new Thread(() -> {
            early.reading.run();
            then.run();
        }, "chronoline-early-load");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    /**
     * A reading begun before there was a window to show it: its outcome, how far it has got, and a
     * way to stop it, which the load that shows it in the window uses (its progress bar and Cancel).
     */
    static final class EarlyRead implements LoadMonitor {
        private final FutureTask<Outcome> reading;
        private volatile long bytesRead;
        private volatile long totalBytes = -1;
        private volatile boolean stopped;

        private EarlyRead(TimelineSource source) {
            reading = new FutureTask<>(() -> read(source, this));
        }

        @Override
        public void progress(long read, long total) {
            bytesRead = read;
            totalBytes = total;
        }

        @Override
        public boolean isCancelled() {
            return stopped;
        }

        /** Stops the reading at its next chunk (its outcome is then "cancelled"). */
        void cancel() {
            stopped = true;
        }

        boolean isDone() {
            return reading.isDone();
        }

        Outcome get() throws InterruptedException, ExecutionException {
            return reading.get();
        }

        Outcome get(long millis) throws InterruptedException, ExecutionException, TimeoutException {
            return reading.get(millis, TimeUnit.MILLISECONDS);
        }

        /** The share of the file read so far, from 0 to 1, or -1 before its size is known. */
        double progress() {
            long total = totalBytes;
            return total > 0 ? Math.min(1, bytesRead / (double) total) : -1;
        }
    }

    String sourceName() {
        return source.name();
    }

    @Override
    protected Outcome call() throws Exception {
        if (headStart != null) {
            Outcome early = awaitHeadStart();
            if (early != null) {
                return early;
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
        });
    }

    /**
     * Waits for the reading begun before the window was built, showing how far it has got, and
     * stops it when this load is cancelled (else it would go on reading a large file, both cores
     * busy, for a window that no longer wants it). Null when it failed: the file is read again
     * here, where a failure is reported as usual.
     */
    private Outcome awaitHeadStart() throws InterruptedException {
        try {
            while (!isCancelled()) {
                try {
                    Outcome early = headStart.get(PROGRESS_MILLIS);
                    // Stopped by someone else than this load: read it again rather than say the user cancelled.
                    return early.result().status() == LoadResult.Status.CANCELLED ? null : early;
                } catch (TimeoutException e) {
                    double done = headStart.progress();
                    if (done >= 0) {
                        updateProgress(done, 1);
                    }
                }
            }
            return null;
        } catch (ExecutionException e) {
            return null;
        } finally {
            if (isCancelled()) {
                headStart.cancel();
            }
        }
    }

    /** Also stops the reading begun before the window, even when this load is cancelled before it has started. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled && headStart != null) {
            headStart.cancel();
        }
        return cancelled;
    }

    private static Outcome read(TimelineSource source, LoadMonitor monitor) {
        FileStamp stamp = null;
        if (source.path() != null) {
            // Temporary files an earlier save left when it was killed go now, not at some later save.
            SafeFileWriter.removeLeftovers(source.path());
            stamp = FileStamp.of(source.path());
        }
        LoadResult result = new TimelineFileReader().read(source, monitor);
        TimelineContent content = result.isLoaded() && !monitor.isCancelled() ? new TimelineContent(result.document()) : null;
        if (content != null) {
            content.relations(); // the details panel's "Related" needs them at once; here, not on the window's thread
        }
        if (stamp != null && result.checksum() != FileStamp.NO_CHECKSUM && stamp.sameFileAs(FileStamp.of(source.path()))) {
            // The checksum of the very bytes read; changed while it was read (its time or size), the stamp before says so.
            stamp = stamp.withChecksum(result.checksum());
        }
        return new Outcome(source, result, content, stamp);
    }
}
