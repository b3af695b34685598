package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
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
 * problem ({@code FILE:LINE:COL: error|warning: message}) and {@code FILE: ok, N events, M warnings}
 * for each file that opens. Exit code 0 when all open, 1 when any has errors, 2 when any cannot be read.
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
        LoadResult result = reader.read(Path.of(file));
        for (Problem problem : result.problems()) {
            out.println(problem.format(file));
        }
        if (result.omittedProblems() > 0) {
            out.println(Messages.get("cli.check.omitted", file, result.omittedProblems()));
        }
        switch (result.status()) {
            case LOADED:
                int pictures = unshownPictures(file, result.document());
                out.println(Messages.get("cli.check.ok", file, result.document().events().size(), result.warnings().size() + pictures));
                return ChronolineCli.EXIT_OK;
            case INVALID:
                return ChronolineCli.EXIT_INVALID;
            default:
                return ChronolineCli.EXIT_USAGE_OR_IO;
        }
    }

    /**
     * Prints a warning for each picture the window would not show (missing, outside the timeline's
     * folder, not a picture); returns how many. They were found only by opening each event.
     */
    private int unshownPictures(String file, TimelineDocument document) {
        Path folder = Path.of(file).toAbsolutePath().getParent();
        int count = 0;
        for (TimelineEvent event : document.events()) {
            String why = event.image() == null ? null : ImageFiles.whyNotShown(folder, event.image().path());
            if (why != null) {
                out.println(Problem.unpositioned(Severity.WARNING,
                        Messages.get("picture.ofEvent", DisplayText.line(event.title()), why)).format(file));
                count++;
            }
        }
        return count;
    }
}
