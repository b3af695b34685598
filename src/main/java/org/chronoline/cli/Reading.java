package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.chronoline.io.LoadResult;
import org.chronoline.io.Problem;
import org.chronoline.io.Quoting;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.TimelineDocument;
import org.chronoline.text.Messages;

/**
 * The timeline file a command works on, read exactly as the window reads it, each of its problems
 * printed as {@code FILE:LINE:COLUMN: error|warning: message}; the document, or the exit code that
 * says why there is none (1 the file has errors, 2 it cannot be read).
 */
record Reading(TimelineDocument document, int exitCode) {
    static Reading of(Path file, PrintStream out) {
        LoadResult result = new TimelineFileReader().read(file);
        for (Problem problem : result.problems()) {
            out.println(problem.format(file.toString()));
        }
        if (!result.isLoaded()) {
            return new Reading(null, result.status() == LoadResult.Status.INVALID ? ChronolineCli.EXIT_INVALID : ChronolineCli.EXIT_USAGE_OR_IO);
        }
        return new Reading(result.document(), ChronolineCli.EXIT_OK);
    }

    boolean failed() {
        return document == null;
    }

    /** "there is no tour X in the file; its tours are: a, b" for a --tour that names none. */
    static String noSuchTour(String tourId, TimelineDocument document) {
        String tours = document.tours().isEmpty() ? Messages.get("cli.handout.noTours")
                : String.join(", ", document.tours().stream().map(t -> Quoting.quoteWhole(t.id())).toList());
        // Quoted: an id is the file's text, and escape sequences in it set the terminal's title and colours.
        return Messages.get("cli.handout.noTour", Quoting.quote(tourId), tours);
    }
}
