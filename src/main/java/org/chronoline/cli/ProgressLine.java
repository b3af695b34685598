package org.chronoline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How far a long command has come, on one line of the terminal that it rewrites as it goes (a
 * handout of 700 events takes a minute, and said nothing until it was done). Only when someone is
 * watching a terminal: in a script or a pipe, nothing is printed but the command's result. At most
 * a few times a second, and the line is cleared when the work ends, so the result is printed in its place.
 */
final class ProgressLine {
    private static final long EVERY_NANOS = 200_000_000L;
    private final PrintStream to;
    private final boolean shown;
    private long lastShown = Long.MIN_VALUE;
    private int width;

    ProgressLine(PrintStream to, boolean shown) {
        this.to = to;
        this.shown = shown;
    }

    /** On {@code to}, the error stream, when that is a terminal someone watches; otherwise nowhere. */
    static ProgressLine inTerminal(PrintStream to) {
        return new ProgressLine(to, errorStreamIsTerminal());
    }

    /**
     * Whether the error stream goes to a terminal: on Linux, where its descriptor leads; elsewhere,
     * whether Java has a console (standard input and output at a terminal), the nearest Java tells.
     * The file itself may go to the standard output, into a pipe, while someone watches the progress.
     */
    static boolean errorStreamIsTerminal() {
        Path descriptor = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Shows {@code text} in place of the last, unless that was shown a moment ago. */
    void show(String text) {
        long now = System.nanoTime();
        if (!shown || lastShown != Long.MIN_VALUE && now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        to.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        to.flush();
        width = text.length();
    }

    /** Takes the line away. */
    void clear() {
        if (shown && width > 0) {
            to.print("\r" + " ".repeat(width) + "\r");
            to.flush();
            width = 0;
        }
    }
}
