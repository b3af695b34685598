package org.chronoline.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chronoline.io.TimelineSource;

/**
 * The arms-control timeline Chronoline ships with, which a window opens when it is given no file:
 * {@code data/events.json} when run from the project folder (a file, saved in place), else the
 * copy inside Chronoline (opened without a file: the first save asks where).
 */
final class BundledTimeline {
    private static final String INSIDE = "/org/chronoline/data/events.json";
    static final String NAME = "events.json";

    private BundledTimeline() {
    }

    /** The project folder's copy, when run from the project folder; null otherwise. */
    static Path projectCopy() {
        Path local = Path.of("data", NAME);
        return Files.isRegularFile(local) ? local : null;
    }

    /** The copy inside Chronoline, or null when it is not there (a build without resources). */
    static TimelineSource inside() throws IOException {
        try (InputStream in = BundledTimeline.class.getResourceAsStream(INSIDE)) {
            return in == null ? null : TimelineSource.of(NAME, in.readAllBytes());
        }
    }
}
