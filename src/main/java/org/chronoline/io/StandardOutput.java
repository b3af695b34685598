package org.chronoline.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.chronoline.text.Messages;

/**
 * What a command line means by the file name {@code -}: its standard output, so that an export
 * can go down a pipe ({@code chronoline publish --out - x.json | ssh host 'cat > page.html'}).
 * A file really named {@code -} is still written as {@code ./-}. The window never names a file so:
 * its files are chosen in a dialog and always have a folder.
 */
public final class StandardOutput {
    /** The name that means the standard output. */
    public static final String NAME = "-";
    /** The stream the running command writes its results to; a test's in place of the process's. */
    private static volatile PrintStream stream = System.out;

    private StandardOutput() {
    }

    /** Whether {@code target} is the standard output rather than a file. */
    public static boolean is(Path target) {
        return target != null && target.getNameCount() == 1 && target.toString().equals(NAME);
    }

    /**
     * Where a command reports what it did: {@code err} while the standard output carries the file
     * itself ({@code target} is {@code -}), {@code out} otherwise.
     */
    public static PrintStream reportsFor(Path target, PrintStream out, PrintStream err) {
        return is(target) ? err : out;
    }

    /** Makes {@code -} mean {@code out} for a command that writes its reports to that stream. */
    public static void use(PrintStream out) {
        stream = out;
    }

    /** Writes {@code content} to the standard output, whole, and says in words when it could not. */
    static void write(SafeFileWriter.Content content) throws SaveFailedException {
        PrintStream stdout = stream;
        try {
            content.writeTo(new FilterOutputStream(stdout) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    stdout.write(bytes, offset, length);
                }

                @Override
                public void close() {
                    stdout.flush(); // the process's standard output stays open for what follows
                }
            });
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            if (OutOfMemory.caused(e)) {
                // not the reader's stopping: what arrived is cut short all the same, which the exit code says
                throw new SaveFailedException(NAME, OutOfMemory.reason());
            }
            if (e instanceof RuntimeException) {
                throw (RuntimeException) e;
            }
            throw new SaveFailedException(NAME, Messages.get("save.reason.standardOutput"));
        }
        stdout.flush();
        if (stdout.checkError()) { // a PrintStream keeps its failures to itself: a closed pipe, a full disk
            throw new SaveFailedException(NAME, Messages.get("save.reason.standardOutput"));
        }
    }
}
