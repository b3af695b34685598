package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.chronoline.io.LoadResult;
import org.chronoline.io.Problem;
import org.chronoline.io.Quoting;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.Tour;
import org.chronoline.text.Messages;

/**
 * The timeline file a command works on, read exactly as the window reads it (a CSV spreadsheet as it
 * imports one: {@link SheetReading}), each of its problems
 * printed as {@code FILE:LINE:COLUMN: error|warning: message}; the document, or the exit code that
 * says why there is none (1 the file has errors, 2 it cannot be read).
 */
record Reading(TimelineDocument document, int exitCode) {
    static Reading of(Path file, PrintStream out) {
        if (SheetReading.isSheet(file)) {
            SheetReading sheet = SheetReading.of(file); // a spreadsheet, as the window's Open imports it
            sheet.report(out, file.toString());
            return new Reading(sheet.document(), sheet.exitCode());
        }
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

    /**
     * The tour a --tour names: by its id, or by its title as the window shows it (a teacher knows the
     * title, "Lesson: CFE in 6 steps", and the window never shows the id); null when none is.
     */
    static Tour tour(TimelineDocument document, String idOrTitle) {
        for (Tour tour : document.tours()) {
            if (tour.id().equals(idOrTitle)) {
                return tour;
            }
        }
        String title = idOrTitle.strip();
        return document.tours().stream().filter(t -> DisplayText.line(t.title()).equals(title)).findFirst()
                .orElseGet(() -> document.tours().stream().filter(t -> DisplayText.line(t.title()).equalsIgnoreCase(title)).findFirst().orElse(null));
    }

    /** "there is no tour X in the file; its tours are: a, b" for a --tour that names none. */
    static String noSuchTour(String tourId, TimelineDocument document) {
        String tours = document.tours().isEmpty() ? Messages.get("cli.handout.noTours")
                : String.join(", ", document.tours().stream().map(t -> Quoting.quoteWhole(t.id()) + " (" + Quoting.quoteWhole(DisplayText.line(t.title()))
                        + ")").toList());
        // Quoted: an id is the file's text, and escape sequences in it set the terminal's title and colours.
        return Messages.get("cli.handout.noTour", Quoting.quote(tourId), tours);
    }
}
