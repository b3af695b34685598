package org.chronoline.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chronoline.model.TimelineDocument;

/**
 * What reading a timeline file produced: the document when it could be opened, and every problem
 * found (warnings only, when it opened). {@code omittedProblems} counts problems beyond the report limit.
 * {@code checksum} is the CRC32C of every byte of a file read to its end as a timeline, the very bytes
 * the document was made from ({@link FileStamp#withChecksum}); {@link FileStamp#NO_CHECKSUM} otherwise.
 */
public record LoadResult(Status status, TimelineDocument document, List<Problem> problems, int omittedProblems, FileFormat format,
                         long checksum) {

    /** How many problems one report lists at most; the rest are counted. */
    public static final int REPORT_LIMIT = Findings.LIMIT;

    /** How reading ended. */
    public enum Status {
        /** The document is there; {@link #problems()} holds only warnings. */
        LOADED,
        /** The file was read but holds errors; there is no document. */
        INVALID,
        /** The file could not be read at all (missing, a folder, no permission, too large). */
        UNREADABLE,
        /** The user cancelled the load. */
        CANCELLED
    }

    /** A result of reading Chronoline's own format. */
    public LoadResult(Status status, TimelineDocument document, List<Problem> problems, int omittedProblems) {
        this(status, document, problems, omittedProblems, FileFormat.CHRONOLINE, FileStamp.NO_CHECKSUM);
    }

    public LoadResult {
        problems = List.copyOf(problems);
        Objects.requireNonNull(format, "format");
        if ((status == Status.LOADED) != (document != null)) {
            throw new IllegalArgumentException("a document comes exactly with LOADED");
        }
    }

    public static LoadResult unreadable(String message) {
        return new LoadResult(Status.UNREADABLE, null, List.of(Problem.unpositioned(Severity.ERROR, message)), 0);
    }

    public static LoadResult cancelled() {
        return new LoadResult(Status.CANCELLED, null, List.of(), 0);
    }

    public Optional<TimelineDocument> documentIfLoaded() {
        return Optional.ofNullable(document);
    }

    /** Whether the file was another program's format, read by converting it. */
    public boolean isImported() {
        return format != FileFormat.CHRONOLINE;
    }

    public boolean isLoaded() {
        return status == Status.LOADED;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
