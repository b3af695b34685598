package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronoline.io.LoadResult;
import org.chronoline.io.Problem;
import org.chronoline.io.TimelineFileReader;
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
                out.println(Messages.get("cli.check.ok", file, result.document().events().size(), result.warnings().size()));
                return ChronolineCli.EXIT_OK;
            case INVALID:
                return ChronolineCli.EXIT_INVALID;
            default:
                return ChronolineCli.EXIT_USAGE_OR_IO;
        }
    }
}
