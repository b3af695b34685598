package org.chronoline.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import org.chronoline.model.TimelineDocument;
import org.chronoline.text.Messages;

/**
 * Reads a timeline file (format version 1, see the README) into a {@link TimelineDocument}. It
 * never throws for bad content and never writes: every outcome, from a missing file to a bad date
 * on line 214, comes back as a {@link LoadResult} with positioned, readable problems.
 */
public final class TimelineFileReader {
    /** Larger files are refused before reading, with a message, instead of exhausting memory. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    public LoadResult read(Path file) {
        return read(TimelineSource.of(file), LoadMonitor.NONE);
    }

    public LoadResult read(TimelineSource source, LoadMonitor monitor) {
        try {
            return readOrCancel(source, monitor);
        } catch (LoadCancelledException e) {
            return LoadResult.cancelled();
        }
    }

    private LoadResult readOrCancel(TimelineSource source, LoadMonitor monitor) throws LoadCancelledException {
        long size;
        try {
            Path path = source.path();
            String notReadable = path == null ? null : OutputTarget.notReadable(path);
            if (notReadable != null) {
                return LoadResult.unreadable(notReadable);
            }
            size = source.size();
        } catch (IOException e) {
            return unreadable(e);
        }
        if (size > MAX_FILE_BYTES) {
            // Readable, but not a timeline Chronoline can hold: an error in the file, not a failure to read it.
            return new LoadResult(LoadResult.Status.INVALID, null,
                    List.of(Problem.unpositioned(Severity.ERROR, Messages.get("problem.io.tooLarge", megabytes(size),
                            megabytes(MAX_FILE_BYTES)))), 0);
        }

        FileFormat format = FileFormat.CHRONOLINE;
        try {
            format = sniff(source, size);
        } catch (IOException | RuntimeException e) {
            format = FileFormat.CHRONOLINE; // reading it properly below reports what is wrong
        }
        Findings findings = new Findings();
        TimelineDocument document = null;
        boolean started = false;
        boolean rootComplete = false;
        long checksum = FileStamp.NO_CHECKSUM;
        try (CheckedInputStream whole = new CheckedInputStream(source.open(), new CRC32C());
                Reader text = TextEncoding.open(whole, size, monitor)) {
            JsonReader json = new JsonReader(text);
            json.setStrictness(Strictness.STRICT);
            json.peek();
            started = true;
            document = format == FileFormat.TIMELINEJS
                    ? new TimelineJsParser(json, findings, titleOf(source.name())).parse()
                    : new DocumentParser(json, findings).parse();
            rootComplete = true;
            json.peek(); // anything but the end of the input after the object is an error
            // The rest (its last spaces, what the reader's buffer did not take) through the checksum too: a save asks it of the
            // disk, to find a change that kept the file's time and size. Taken by a second read, it described a file changed meanwhile.
            whole.transferTo(OutputStream.nullOutputStream());
            checksum = whole.getChecksum().getValue();
        } catch (LoadCancelledException e) {
            throw e;
        } catch (TextEncoding.WrongContentException e) {
            findings.positioned(Problem.unpositioned(Severity.ERROR, e.getMessage()));
        } catch (UndecodableTextException e) {
            findings.positioned(undecodable(source, e, monitor));
        } catch (EOFException e) {
            findings.positioned(started
                    ? SyntaxErrors.explain(e.getMessage(), true, false, source, monitor)
                    : new Problem(Severity.ERROR, 1, 1, "", Messages.get("problem.file.onlyWhitespace")));
        } catch (MalformedJsonException e) {
            findings.positioned(SyntaxErrors.explain(e.getMessage(), false, rootComplete, source, monitor));
        } catch (IOException e) {
            return unreadable(e);
        } catch (OutOfMemoryError e) {
            document = null;
            findings.positioned(Problem.unpositioned(Severity.ERROR, Messages.get("problem.io.outOfMemory", OutOfMemory.megabytes())));
        } catch (RuntimeException e) {
            // A mistake of ours must not look like a crash to the user, nor open half a document.
            findings.positioned(Problem.unpositioned(Severity.ERROR, Messages.get("problem.internal", e)));
        }

        List<Problem> problems = new ArrayList<>(findings.located());
        problems.addAll(ProblemLocator.locate(source, findings.unlocated(), monitor));
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (findings.hasErrors() || document == null) {
            return new LoadResult(LoadResult.Status.INVALID, null, problems, findings.omitted(), format, checksum);
        }
        return new LoadResult(LoadResult.Status.LOADED, document, problems, findings.omitted(), format, checksum);
    }

    /**
     * Which format the file is in, from its first fields: Chronoline's files say {@code "version"}
     * first, TimelineJS files have a title slide object or events with {@code start_date}.
     */
    private static FileFormat sniff(TimelineSource source, long size) throws IOException {
        try (InputStream raw = source.open(); Reader text = TextEncoding.open(raw, size, LoadMonitor.NONE)) {
            JsonReader json = new JsonReader(text);
            json.setStrictness(Strictness.STRICT);
            return TimelineJsParser.looksLikeTimelineJs(json) ? FileFormat.TIMELINEJS : FileFormat.CHRONOLINE;
        }
    }

    /** "Cold War" for "cold-war.json": the title of an imported timeline that names none. */
    public static String titleOf(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "").replaceAll("[-_]+", " ").strip();
        return stem.isEmpty() ? Messages.get("new.title") : Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    }

    /** Why the operating system would not let the file be read, in words. */
    private static LoadResult unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return LoadResult.unreadable(Messages.get("problem.io.notFound"));
        }
        if (e instanceof AccessDeniedException) {
            return LoadResult.unreadable(Messages.get("problem.io.denied"));
        }
        return LoadResult.unreadable(Messages.get("problem.io.other", e.getMessage()));
    }

    private static Problem undecodable(TimelineSource source, UndecodableTextException e, LoadMonitor monitor)
            throws LoadCancelledException {
        String hex = String.format(Locale.ROOT, "%02X", e.badByte());
        int[] at = TextEncoding.positionOfByte(source, e.byteOffset(), monitor);
        String key = e.cutShort() ? "problem.encoding.cutShort"
                : e.charset().equals(StandardCharsets.UTF_8) ? "problem.encoding.invalid" : "problem.encoding.invalidUtf16";
        return new Problem(Severity.ERROR, at[0], at[1], "", Messages.get(key, hex, e.byteOffset()));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ENGLISH, "%,.0f MB", bytes / 1_048_576.0);
    }
}
