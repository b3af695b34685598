package org.chronoline.io;

import java.util.Objects;

/**
 * Something wrong with a file, and where: line and column (1-based, 0 when the problem has no
 * position, such as a missing file), the JSON path of the value ("events[37].start", empty for the
 * file as a whole) and a message a student can act on.
 */
public record Problem(Severity severity, int line, int column, String path, String message) {
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public static Problem unpositioned(Severity severity, String message) {
        return new Problem(severity, 0, 0, "", message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** The message with its path in front: {@code events[37].start: "2007-13-01" is not a date (there is no month 13; …)}. */
    public String describe() {
        return path.isEmpty() ? message : path + ": " + message;
    }

    /** One line in the style of compilers: {@code events.json:214:18: error: events[37].start: ...}. */
    public String format(String fileName) {
        String where = hasPosition() ? fileName + ":" + line + ":" + column : fileName;
        return where + ": " + severity.word() + ": " + describe();
    }
}
