package org.chronoline.app;

import javafx.concurrent.Task;
import org.chronoline.io.LoadMonitor;
import org.chronoline.io.LoadResult;
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

    DocumentLoad(TimelineSource source) {
        this.source = source;
    }

    String sourceName() {
        return source.name();
    }

    @Override
    protected Outcome call() {
        LoadResult result = new TimelineFileReader().read(source, new LoadMonitor() {
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
        TimelineContent content = result.isLoaded() && !isCancelled() ? new TimelineContent(result.document()) : null;
        return new Outcome(source, result, content);
    }
}
