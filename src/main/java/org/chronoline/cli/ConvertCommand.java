package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronoline.io.LoadResult;
import org.chronoline.io.Problem;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.SaveFailedException;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.io.TimelineFileWriter;
import org.chronoline.text.Messages;

/**
 * {@code --convert IN OUT}: reads IN and writes OUT through the window's save path (atomic, with a
 * backup of an existing OUT), which normalises a hand-written file into the documented style.
 * Exit codes as for {@code --check}.
 */
final class ConvertCommand {
    private final PrintStream out;
    private final PrintStream err;

    ConvertCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.size() != 2) {
            return CommandLine.usageError(err, Messages.get("cli.convert.usage"));
        }
        Path input = Path.of(args.get(0));
        Path output = Path.of(args.get(1));
        LoadResult result = new TimelineFileReader().read(input);
        for (Problem problem : result.problems()) {
            out.println(problem.format(args.get(0)));
        }
        if (!result.isLoaded()) {
            return result.status() == LoadResult.Status.INVALID ? CommandLine.EXIT_INVALID : CommandLine.EXIT_USAGE_OR_IO;
        }
        if (result.document().isFromNewerVersion()) {
            err.println(Messages.get("cli.error.prefix", Messages.get("cli.convert.newer", args.get(0), result.document().version())));
            return CommandLine.EXIT_INVALID;
        }
        try {
            new SafeFileWriter().save(output, TimelineFileWriter.toBytes(result.document()), null, Files.exists(output));
        } catch (SaveFailedException e) {
            err.println(Messages.get("cli.error.prefix", e.getMessage()));
            return CommandLine.EXIT_USAGE_OR_IO;
        }
        out.println(Messages.get("cli.convert.written", args.get(1), result.document().events().size()));
        return CommandLine.EXIT_OK;
    }
}
