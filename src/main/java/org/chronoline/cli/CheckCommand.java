package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronoline.io.ImageFiles;
import org.chronoline.io.LoadResult;
import org.chronoline.io.Problem;
import org.chronoline.io.Severity;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code --check FILE...}: reads each file exactly as the window would and prints one line per
 * problem ({@code FILE:LINE:COL: error|warning: message}), at most 100 a file and then how many
 * more, and {@code FILE: ok, N events, M warnings} for each file that opens. Exit code 0 when all
 * open, 1 when any has errors, 2 when any cannot be read.
 */
@Command
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.param.check")
    List<String> files;

    private final PrintStream out;
    private final TimelineFileReader reader = new TimelineFileReader();

    CheckCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        int exitCode = ChronolineCli.EXIT_OK;
        for (String file : files) {
            exitCode = Math.max(exitCode, check(file));
        }
        out.flush();
        return exitCode;
    }

    private int check(String file) {
        if (SheetReading.isSheet(Path.of(file))) {
            return checkSheet(file);
        }
        LoadResult result = reader.read(Path.of(file));
        List<Problem> pictures = result.status() == LoadResult.Status.LOADED ? unshownPictures(file, result.document()) : List.of();
        for (Problem problem : result.problems()) {
            out.println(problem.format(file));
        }
        int room = Math.max(0, LoadResult.REPORT_LIMIT - result.problems().size());
        for (Problem picture : pictures.subList(0, Math.min(room, pictures.size()))) {
            out.println(picture.format(file));
        }
        int omitted = result.omittedProblems() + Math.max(0, pictures.size() - room);
        if (omitted > 0) {
            out.println(Messages.get("cli.check.omitted", file, omitted));
        }
        switch (result.status()) {
            case LOADED:
                int warnings = result.warnings().size() + result.omittedProblems() + pictures.size();
                out.println(Messages.get("cli.check.ok", file, result.document().events().size(), warnings));
                return ChronolineCli.EXIT_OK;
            case INVALID:
                return ChronolineCli.EXIT_INVALID;
            default:
                return ChronolineCli.EXIT_USAGE_OR_IO;
        }
    }

    /** A spreadsheet, read as File > Import CSV reads it: each row that cannot become an event, then how many events it gives. */
    private int checkSheet(String file) {
        SheetReading sheet = SheetReading.of(Path.of(file));
        sheet.report(out, file);
        if (sheet.document() != null) {
            out.println(Messages.get("cli.check.ok", file, sheet.document().events().size(), sheet.problems().size()));
        }
        return sheet.exitCode();
    }

    /**
     * A warning for each picture the window would not show (missing, outside the timeline's folder,
     * not a picture): they were found only by opening each event. They share the report's limit with
     * the file's own problems.
     */
    private static List<Problem> unshownPictures(String file, TimelineDocument document) {
        Path folder = Path.of(file).toAbsolutePath().getParent();
        List<Problem> warnings = new ArrayList<>();
        for (TimelineEvent event : document.events()) {
            String why = event.image() == null ? null : ImageFiles.whyNotShown(folder, event.image().path());
            if (why != null) {
                warnings.add(Problem.unpositioned(Severity.WARNING,
                        Messages.get("picture.ofEvent", DisplayText.line(event.title()), why)));
            }
        }
        return warnings;
    }
}
