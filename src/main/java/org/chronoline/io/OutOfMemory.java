package org.chronoline.io;

import org.chronoline.text.Messages;

/**
 * Running out of memory, said as a reason: a picture, a handout or a page too large for the memory Java gave
 * Chronoline. Told apart from other failures wherever it was wrapped on its way (a picture drawn on JavaFX's
 * thread comes back inside the exception of the wait for it).
 */
public final class OutOfMemory {
    private static final long MEGABYTE = 1_048_576;

    private OutOfMemory() {
    }

    /** Whether {@code failure}, or anything that caused it, is Java's running out of memory. */
    public static boolean caused(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) { // a chain that loops ends somewhere
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The memory Chronoline may use, in megabytes (Java's {@code -Xmx}). */
    public static long megabytes() {
        return Runtime.getRuntime().maxMemory() / MEGABYTE;
    }

    /** Why {@code failure} happened, in words: running out of memory said as such, wherever it was wrapped, or else its own message. */
    public static String why(Throwable failure) {
        return caused(failure) ? reason() : String.valueOf(failure.getMessage());
    }

    /** Why nothing was written: what ran out, and what to do about it. */
    public static String reason() {
        return Messages.get("save.reason.outOfMemory", megabytes());
    }
}
