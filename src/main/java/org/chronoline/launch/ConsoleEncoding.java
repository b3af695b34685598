package org.chronoline.launch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The encoding Chronoline writes its standard output and error in: the system's, except where that is
 * ASCII, as in the C or POSIX locale (a container, a cron job, a language named in {@code LANG} but not
 * installed), where it is UTF-8, as Python does there (PEP 538 and 540). In ASCII every letter outside
 * it came out as "?": "Die Zeitleiste, die im Fenster ge?ffnet wird", "77 ???????" (a German and
 * Russian walk-through). A terminal that shows ASCII only is rarer than one whose locale says so.
 */
public final class ConsoleEncoding {
    private ConsoleEncoding() {
    }

    /** Writes the standard output and error in UTF-8 where the system would write them in ASCII; else leaves them. */
    public static void install() {
        if (asciiOnly(systemEncoding())) {
            // Not buffered: text printed without a line's end before the process exits is never left in a buffer.
            System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        }
    }

    /** Whether text in this encoding keeps only ASCII's letters. */
    static boolean asciiOnly(Charset encoding) {
        return encoding.equals(StandardCharsets.US_ASCII);
    }

    /**
     * The encoding Java gives the standard output: {@code stdout.encoding} from Java 19, a console's own before it
     * ({@code sun.stdout.encoding}, on Windows), else the locale's ({@code native.encoding}, Java 17 on).
     */
    static Charset systemEncoding() {
        for (String property : List.of("stdout.encoding", "sun.stdout.encoding", "native.encoding")) {
            String name = System.getProperty(property);
            if (name != null) {
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException unknown) {
                    // an encoding this Java does not have: the next
                }
            }
        }
        return Charset.defaultCharset();
    }
}
