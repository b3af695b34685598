package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronoline.io.LoadResult;
import org.chronoline.io.Problem;
import org.chronoline.io.SaveFailedException;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.output.Handouts;
import org.chronoline.text.Messages;
import org.chronoline.view.PresentationSteps;

/**
 * {@code --handout FILE --out OUT.pdf [--tour ID]}: the handout PDF of a tour, or of every event in
 * time order, as File > Export Handout writes it. Exit codes as for {@code --check}.
 */
final class HandoutCommand {
    private final PrintStream out;
    private final PrintStream err;

    HandoutCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            return CommandLine.usageError(err, Messages.get("cli.export.needsFile", "--handout"));
        }
        Path file = Path.of(args.get(0));
        Path output = null;
        String tourId = null;
        for (int i = 1; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                return CommandLine.usageError(err, Messages.get("cli.error.needsValue", option));
            }
            switch (option) {
                case "--out" -> output = Path.of(args.get(i + 1));
                case "--tour" -> tourId = args.get(i + 1);
                default -> {
                    return CommandLine.usageError(err, Messages.get("cli.error.unknownOption", option));
                }
            }
        }
        if (output == null) {
            return CommandLine.usageError(err, Messages.get("cli.export.needsOut", "--handout", "OUT.pdf"));
        }
        LoadResult result = new TimelineFileReader().read(file);
        for (Problem problem : result.problems()) {
            out.println(problem.format(file.toString()));
        }
        if (!result.isLoaded()) {
            return result.status() == LoadResult.Status.INVALID ? CommandLine.EXIT_INVALID : CommandLine.EXIT_USAGE_OR_IO;
        }
        TimelineDocument document = result.document();
        PresentationSteps steps = steps(document, tourId);
        if (steps == null) {
            err.println(Messages.get("cli.error.prefix", tourId == null ? Messages.get("cli.handout.noEvents")
                    : Messages.get("cli.handout.noTour", tourId, tourIds(document))));
            return tourId == null ? CommandLine.EXIT_INVALID : CommandLine.EXIT_USAGE_OR_IO;
        }
        try {
            int pages = Handouts.write(output, List.of(file), document, steps, (done, all) -> { });
            out.println(Messages.get("cli.handout.written", output, pages, steps.size()));
            return CommandLine.EXIT_OK;
        } catch (SaveFailedException e) {
            err.println(Messages.get("cli.error.prefix", e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            err.println(Messages.get("cli.error.prefix", Messages.get("cli.export.failed", e.getMessage())));
        }
        return CommandLine.EXIT_USAGE_OR_IO;
    }

    /** The tour's steps, or every event in time order; null when there is no such tour or no event. */
    private static PresentationSteps steps(TimelineDocument document, String tourId) {
        if (tourId == null) {
            return PresentationSteps.ofEvents(Messages.get("present.allEvents"), document.events(), null);
        }
        Map<String, TimelineEvent> byId = new HashMap<>();
        document.events().forEach(e -> byId.put(e.id(), e));
        for (Tour tour : document.tours()) {
            if (tour.id().equals(tourId)) {
                return PresentationSteps.ofTour(tour, byId::get);
            }
        }
        return null;
    }

    private static String tourIds(TimelineDocument document) {
        return document.tours().isEmpty() ? Messages.get("cli.handout.noTours")
                : String.join(", ", document.tours().stream().map(Tour::id).toList());
    }
}
