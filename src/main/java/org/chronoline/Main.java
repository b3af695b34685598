package org.chronoline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.chronoline.app.ChronolineApp;
import org.chronoline.app.LanguageSetting;
import org.chronoline.cli.ChronolineCli;
import org.chronoline.io.OutOfMemory;
import org.chronoline.launch.ConsoleEncoding;
import org.chronoline.launch.JarStart;
import org.chronoline.launch.LanguageArgument;
import org.chronoline.text.Messages;

/**
 * Starts Chronoline: the window, or a headless command such as {@code --check}. This class must not
 * extend {@code javafx.application.Application}: from a plain classpath, the JavaFX launcher refuses
 * such a main class ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        began();
        ConsoleEncoding.install();
        // The language first: every sentence after this, in the window or on the command line, is in it.
        LanguageArgument language = LanguageArgument.of(args);
        boolean spoken = language.asked() == null || Messages.speaks(language.asked());
        Locale chosen = language.asked() != null && spoken ? language.asked() : LanguageSetting.chosen();
        if (chosen != null) {
            Messages.use(chosen);
        }
        if (!spoken) {
            // "--lang xx" went unsaid, and Chronoline spoke English: a mistake in the command, as an unknown option is.
            System.err.println(Messages.get("cli.error.prefix", language.written().isBlank() ? Messages.get("cli.error.needs", "--lang", "LANGUAGE")
                    : Messages.get("cli.error.unknownLanguage", language.written())));
            System.err.println(Messages.get("cli.error.tryHelp", "chronoline --help"));
            System.exit(ChronolineCli.EXIT_USAGE_OR_IO);
        }
        Locale.setDefault(Messages.locale()); // JavaFX's own buttons (OK, Cancel) follow it where JavaFX has the language
        String[] rest = language.rest().toArray(new String[0]);
        int exitCode = command(rest);
        if (exitCode != ChronolineCli.OPEN_WINDOW) {
            System.exit(exitCode);
        }
        try {
            ChronolineApp.launchWindow(rest);
        } catch (UnsupportedOperationException e) {
            if (!noDisplay(e)) {
                throw e;
            }
            // JavaFX on Linux with no desktop to reach (over ssh, in a service): a sentence, not Java's stack trace, and
            // the exit code of a Chronoline that could not start JavaFX, which a script does not take for an invalid file.
            System.err.println(Messages.get("cli.error.prefix", Messages.get("window.noDisplay")));
            System.exit(JarStart.CANNOT_START);
        }
    }

    /**
     * Runs the command, if {@code args} ask for one, and returns its exit code. A failure the command itself did not
     * catch ends the program all the same: once a drawing command has started JavaFX, JavaFX's thread would keep it
     * running for good after the main thread had died (a handout out of memory hung).
     */
    private static int command(String[] args) {
        try {
            return ChronolineCli.run(args, System.out, System.err);
        } catch (Throwable e) {
            try {
                if (OutOfMemory.caused(e)) {
                    System.err.println(Messages.get("cli.error.prefix", Messages.get("cli.command.failed", OutOfMemory.reason())));
                    return ChronolineCli.EXIT_USAGE_OR_IO;
                }
                e.printStackTrace(); // a mistake of ours: the trace is what a report of it needs
            } catch (Throwable sayingItFailedToo) {
                // out of memory again while saying so: the program ends all the same, which is what matters
            }
            return OutOfMemory.caused(e) ? ChronolineCli.EXIT_USAGE_OR_IO : JarStart.CANNOT_START;
        }
    }

    /** Whether JavaFX's windowing toolkit refused to start for want of a display, as GTK's does ("Unable to open DISPLAY"). */
    static boolean noDisplay(UnsupportedOperationException e) {
        StackTraceElement[] where = e.getStackTrace();
        return where.length > 0 && where[0].getClassName().startsWith("com.sun.glass.")
                || e.getMessage() != null && e.getMessage().contains("DISPLAY");
    }

    /**
     * Tells the jar's launcher that started this Java for a window ({@link JarStart}) that it got
     * as far as Chronoline: a file it names, touched first thing.
     */
    private static void began() {
        String handshake = System.getProperty(JarStart.HANDSHAKE);
        if (handshake != null) {
            try {
                Files.createFile(Path.of(handshake));
            } catch (IOException | RuntimeException e) {
                // the launcher then takes this start for one that failed before Chronoline, and starts it again itself
            }
        }
    }
}
