package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chronoline.io.CsvExporter;
import org.chronoline.io.ImageFiles;
import org.chronoline.io.LoadResult;
import org.chronoline.io.Problem;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.SaveFailedException;
import org.chronoline.io.StandardOutput;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.io.TimelineFileWriter;
import org.chronoline.io.TimelineJsWriter;
import org.chronoline.model.TimelineDocument;
import org.chronoline.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code --convert IN OUT [--to chronoline|timelinejs|csv] [--bom]}: reads IN (a Chronoline or
 * TimelineJS file, or a CSV spreadsheet with a header row) and writes OUT in the chosen format,
 * through the window's save path (atomic, with a backup of an existing OUT). Without {@code --to},
 * OUT's extension decides: {@code .csv} writes CSV, anything else a Chronoline timeline. A CSV
 * with rows that cannot become events is not converted: its problems are listed (exit code 1).
 */
@Command
final class ConvertCommand implements Callable<Integer> {
    /** The formats --convert writes. */
    static final List<String> FORMATS = List.of("chronoline", "timelinejs", "csv");

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "cli.param.convertIn")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "cli.param.convertOut")
    Path output;

    @Option(names = "--to", paramLabel = "FORMAT", descriptionKey = "cli.option.to", completionCandidates = Formats.class,
            converter = FormatConverter.class)
    String to;

    @Option(names = "--bom", descriptionKey = "cli.option.bom")
    boolean bom;

    private final PrintStream out;
    private final PrintStream err;

    ConvertCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The format names, for completion. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(FORMATS);
        }
    }

    /** A format name in any case; another word is refused in our words. */
    static final class FormatConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String format = value.toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
                throw new CommandLine.TypeConversionException(Messages.get("cli.convert.formats"));
            }
            return format;
        }
    }

    /** Where the command reports what it did: the error stream while the standard output carries the file itself. */
    private PrintStream reports() {
        return StandardOutput.reportsFor(output, out, err);
    }

    @Override
    public Integer call() {
        String format = to != null ? to : output.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "chronoline";
        List<String> files = List.of(input.toString(), output.toString());

        TimelineDocument document;
        if (SheetReading.isSheet(input)) {
            document = readCsv(input, files.get(0));
            if (document == null) {
                return lastExit;
            }
        } else {
            LoadResult result = new TimelineFileReader().read(input);
            for (Problem problem : result.problems()) {
                reports().println(problem.format(files.get(0)));
            }
            if (!result.isLoaded()) {
                return result.status() == LoadResult.Status.INVALID ? ChronolineCli.EXIT_INVALID : ChronolineCli.EXIT_USAGE_OR_IO;
            }
            if (result.document().isFromNewerVersion()) {
                err.println(Messages.get("cli.error.prefix", Messages.get("cli.convert.newer", files.get(0), result.document().version())));
                return ChronolineCli.EXIT_INVALID;
            }
            document = result.document();
        }
        byte[] bytes;
        try {
            bytes = switch (format) {
                case "timelinejs" -> TimelineJsWriter.toBytes(document);
                case "csv" -> CsvExporter.toBytes(document, document.events(), bom);
                default -> TimelineFileWriter.toReadableBytes(document); // never a timeline that would not open again
            };
        } catch (TimelineFileWriter.TextTooLongException e) {
            err.println(Messages.get("cli.error.prefix", e.getMessage()));
            return ChronolineCli.EXIT_INVALID;
        }
        try {
            new SafeFileWriter().export(output, SafeFileWriter.Content.of(bytes), ImageFiles.withPictures(List.of(input), document));
        } catch (SaveFailedException e) {
            err.println(Messages.get("cli.error.prefix", e.getMessage()));
            return ChronolineCli.EXIT_USAGE_OR_IO;
        }
        reports().println(Messages.get("cli.convert.written", files.get(1), document.events().size()));
        String leftOut = format.equals("csv") ? CsvExporter.leftOut(document) : null;
        if (leftOut != null) {
            reports().println(files.get(1) + ": " + leftOut);
        }
        return ChronolineCli.EXIT_OK;
    }

    private int lastExit;

    private TimelineDocument readCsv(Path input, String name) {
        SheetReading reading = SheetReading.of(input);
        reading.report(reports(), name);
        if (reading.rowsRefused() > 0) {
            // Each row said "this row is left out", and nothing was written: as if the others had been.
            err.println(Messages.get("cli.error.prefix", Messages.get("cli.convert.rowsRefused", output, reading.rowsRefused())));
        }
        lastExit = reading.exitCode();
        return reading.document();
    }
}
