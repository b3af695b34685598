package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chronoline.io.ImageFiles;
import org.chronoline.io.OutOfMemory;
import org.chronoline.io.PaperSize;
import org.chronoline.io.SaveFailedException;
import org.chronoline.io.StandardOutput;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.output.Handouts;
import org.chronoline.text.Messages;
import org.chronoline.view.PresentationSteps;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code --handout FILE (--out OUT.pdf | OUT.pdf) [--tour ID] [--paper a4|letter]}: the handout PDF of a tour,
 * or of every event in time order, as File > Export Handout writes it, on the paper usual where the
 * user is unless told. Exit codes as for {@code --check}.
 */
@Command
final class HandoutCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.timeline")
    Path file;

    @Option(names = "--out", paramLabel = "OUT.pdf", descriptionKey = "cli.option.out")
    Path outOption;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OUT.pdf", descriptionKey = "cli.option.out")
    Path outAfterFile;

    @Spec
    CommandSpec spec;

    /** The file written: {@link #outOption} or {@link #outAfterFile}. */
    private Path output;

    @Option(names = "--tour", paramLabel = "TOUR", descriptionKey = "cli.option.tour")
    String tourId;

    /** Null: the paper usual where the user is. */
    @Option(names = "--paper", paramLabel = "a4|letter", descriptionKey = "cli.option.paper", converter = PaperOption.class)
    PaperSize paper;

    private final PrintStream out;
    private final PrintStream err;
    private final ProgressLine progress;

    HandoutCommand(PrintStream out, PrintStream err) {
        this(out, err, ProgressLine.inTerminal(err));
    }

    HandoutCommand(PrintStream out, PrintStream err, ProgressLine progress) {
        this.out = out;
        this.err = err;
        this.progress = progress;
    }

    /** Where the command reports what it did: the error stream while the standard output carries the file itself. */
    private PrintStream reports() {
        return StandardOutput.reportsFor(output, out, err);
    }

    @Override
    public Integer call() {
        output = OutFile.chosen(spec, outOption, outAfterFile);
        Reading reading = Reading.of(file, reports());
        if (reading.failed()) {
            return reading.exitCode();
        }
        TimelineDocument document = reading.document();
        PresentationSteps steps = steps(document, tourId);
        if (steps == null) {
            err.println(Messages.get("cli.error.prefix", tourId == null ? Messages.get("cli.handout.noEvents")
                    : Reading.noSuchTour(tourId, document)));
            return tourId == null ? ChronolineCli.EXIT_INVALID : ChronolineCli.EXIT_USAGE_OR_IO;
        }
        try {
            int pages;
            try {
                pages = Handouts.write(output, ImageFiles.withPictures(List.of(file), document), paper != null ? paper : PaperSize.usual(Locale.getDefault(Locale.Category.FORMAT)),
                        document, steps,
                        (done, all) -> progress.show(Messages.get("cli.handout.progress", done, all)));
            } finally {
                progress.clear();
            }
            reports().println(Messages.get("cli.handout.written", output, pages, steps.size()));
            return ChronolineCli.EXIT_OK;
        } catch (SaveFailedException e) {
            err.println(Messages.get("cli.error.prefix", e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            err.println(Messages.get("cli.error.prefix", Messages.get("cli.export.failed", OutOfMemory.why(e))));
        }
        return ChronolineCli.EXIT_USAGE_OR_IO;
    }

    /** {@code a4} or {@code letter}, in any case. */
    static final class PaperOption implements CommandLine.ITypeConverter<PaperSize> {
        @Override
        public PaperSize convert(String value) {
            for (PaperSize size : PaperSize.values()) {
                if (size.name().equalsIgnoreCase(value.strip())) {
                    return size;
                }
            }
            throw new CommandLine.TypeConversionException(Messages.get("cli.paper.formats"));
        }
    }

    /** The tour's steps, or every event in time order; null when there is no such tour or no event. */
    private static PresentationSteps steps(TimelineDocument document, String tourId) {
        if (tourId == null) {
            return PresentationSteps.ofEvents(Messages.get("present.allEvents"), document.events(), null);
        }
        Tour tour = Reading.tour(document, tourId);
        if (tour == null) {
            return null;
        }
        Map<String, TimelineEvent> byId = new HashMap<>();
        document.events().forEach(e -> byId.put(e.id(), e));
        return PresentationSteps.ofTour(tour, byId::get);
    }

}
