package org.chronoline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronoline.io.CsvColumns;
import org.chronoline.io.CsvExporter;
import org.chronoline.io.CsvImporter;
import org.chronoline.io.LoadResult;
import org.chronoline.io.Problem;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.SaveFailedException;
import org.chronoline.io.Severity;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.io.TimelineFileWriter;
import org.chronoline.io.TimelineJsWriter;
import org.chronoline.model.TimelineDocument;
import org.chronoline.text.Messages;

/**
 * {@code --convert IN OUT [--to chronoline|timelinejs|csv] [--bom]}: reads IN (a Chronoline or
 * TimelineJS file, or a CSV spreadsheet with a header row) and writes OUT in the chosen format,
 * through the window's save path (atomic, with a backup of an existing OUT). Without {@code --to},
 * OUT's extension decides: {@code .csv} writes CSV, anything else a Chronoline timeline. A CSV
 * with rows that cannot become events is not converted: its problems are listed (exit code 1).
 */
final class ConvertCommand {
    private final PrintStream out;
    private final PrintStream err;

    ConvertCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        List<String> files = new ArrayList<>();
        String to = null;
        boolean bom = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--to")) {
                if (i + 1 >= args.size()) {
                    return CommandLine.usageError(err, Messages.get("cli.error.needsValue", "--to"));
                }
                to = args.get(++i).toLowerCase(Locale.ROOT);
            } else if (arg.equals("--bom")) {
                bom = true;
            } else if (arg.startsWith("--")) {
                return CommandLine.usageError(err, Messages.get("cli.error.unknownOption", arg));
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 2) {
            return CommandLine.usageError(err, Messages.get("cli.convert.usage"));
        }
        Path input = Path.of(files.get(0));
        Path output = Path.of(files.get(1));
        if (to == null) {
            to = output.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "chronoline";
        }
        if (!List.of("chronoline", "timelinejs", "csv").contains(to)) {
            return CommandLine.usageError(err, Messages.get("cli.convert.badFormat", to));
        }

        TimelineDocument document;
        if (input.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            document = readCsv(input, files.get(0));
            if (document == null) {
                return lastExit;
            }
        } else {
            LoadResult result = new TimelineFileReader().read(input);
            for (Problem problem : result.problems()) {
                out.println(problem.format(files.get(0)));
            }
            if (!result.isLoaded()) {
                return result.status() == LoadResult.Status.INVALID ? CommandLine.EXIT_INVALID : CommandLine.EXIT_USAGE_OR_IO;
            }
            if (result.document().isFromNewerVersion()) {
                err.println(Messages.get("cli.error.prefix", Messages.get("cli.convert.newer", files.get(0), result.document().version())));
                return CommandLine.EXIT_INVALID;
            }
            document = result.document();
        }
        byte[] bytes = switch (to) {
            case "timelinejs" -> TimelineJsWriter.toBytes(document);
            case "csv" -> CsvExporter.toBytes(document, document.events(), bom);
            default -> TimelineFileWriter.toBytes(document);
        };
        try {
            new SafeFileWriter().export(output, SafeFileWriter.Content.of(bytes), List.of(input));
        } catch (SaveFailedException e) {
            err.println(Messages.get("cli.error.prefix", e.getMessage()));
            return CommandLine.EXIT_USAGE_OR_IO;
        }
        out.println(Messages.get("cli.convert.written", files.get(1), document.events().size()));
        return CommandLine.EXIT_OK;
    }

    private int lastExit;

    private TimelineDocument readCsv(Path input, String name) {
        CsvImporter.Sheet sheet;
        try {
            sheet = CsvImporter.read(input);
        } catch (NoSuchFileException e) {
            out.println(Problem.unpositioned(Severity.ERROR, Messages.get("problem.io.notFound")).format(name));
            lastExit = CommandLine.EXIT_USAGE_OR_IO;
            return null;
        } catch (IOException e) {
            out.println(Problem.unpositioned(Severity.ERROR, e.getMessage()).format(name));
            lastExit = CommandLine.EXIT_INVALID;
            return null;
        }
        String fileName = input.getFileName().toString();
        CsvImporter.Result result = CsvImporter.convert(sheet, CsvColumns.recognise(sheet.headers()),
                TimelineFileReader.titleOf(fileName), fileName);
        for (Problem problem : result.problems()) {
            out.println(problem.format(name));
        }
        if (result.problems().stream().anyMatch(Problem::isError)) {
            lastExit = CommandLine.EXIT_INVALID;
            return null;
        }
        return result.document();
    }
}
