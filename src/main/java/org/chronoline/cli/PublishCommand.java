package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronoline.io.ImageFiles;
import org.chronoline.io.Problem;
import org.chronoline.io.SaveFailedException;
import org.chronoline.io.Severity;
import org.chronoline.io.WebPage;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.Tour;
import org.chronoline.io.StandardOutput;
import org.chronoline.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code --publish FILE (--out PAGE.html | PAGE.html) [--tour ID]}: the timeline as one web page that works
 * offline on any device, as File > Publish as Web Page writes it. Exit codes as for {@code --check}.
 */
@Command
final class PublishCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.timeline")
    Path file;

    @Option(names = "--out", paramLabel = "PAGE.html", descriptionKey = "cli.option.out")
    Path outOption;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PAGE.html", descriptionKey = "cli.option.out")
    Path outAfterFile;

    @Spec
    CommandSpec spec;

    /** The file written: {@link #outOption} or {@link #outAfterFile}. */
    private Path output;

    @Option(names = "--tour", paramLabel = "TOUR", descriptionKey = "cli.option.publishTour")
    String tourId;

    private final PrintStream out;
    private final PrintStream err;

    PublishCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
        Tour tour = tourId == null ? null : Reading.tour(document, tourId);
        if (tourId != null && tour == null) {
            err.println(Messages.get("cli.error.prefix", Reading.noSuchTour(tourId, document)));
            return ChronolineCli.EXIT_USAGE_OR_IO;
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            WebPage.Published page = WebPage.write(output, ImageFiles.withPictures(List.of(file), document), document, folder,
                    tour == null ? null : tour.id());
            reports().println(Messages.get("cli.publish.written", output, Math.max(1, Math.round(page.bytes() / 1024.0)), page.events(),
                    page.pictures()));
            for (String leftOut : page.picturesLeftOut()) {
                reports().println(Problem.unpositioned(Severity.WARNING, leftOut).format(String.valueOf(file))); // the file to fix
            }
            return ChronolineCli.EXIT_OK;
        } catch (SaveFailedException e) {
            err.println(Messages.get("cli.error.prefix", e.getMessage()));
            return ChronolineCli.EXIT_USAGE_OR_IO;
        }
    }
}
