package org.chronoline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronoline.io.CsvColumns;
import org.chronoline.io.CsvImporter;
import org.chronoline.io.LoadResult;
import org.chronoline.io.Problem;
import org.chronoline.io.Severity;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.TimelineDocument;
import org.chronoline.text.Messages;

/**
 * A CSV spreadsheet read as File > Import CSV reads it, each column taken for what its header names:
 * the events, or none when a row cannot become one; and the problems, a column no field holds among
 * them. {@code --check} read a spreadsheet as a timeline file and refused its first word.
 * {@code rowsRefused} counts the rows that cannot become events; 0 when the file could not be read, or lacks a column
 * every event needs (a title, a date), which its problem says.
 */
record SheetReading(TimelineDocument document, List<Problem> problems, int exitCode, long rowsRefused) {
    /** Whether the file is read as a spreadsheet: its name ends in .csv, as the window's Open decides. */
    static boolean isSheet(Path file) {
        return file.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    static SheetReading of(Path input) {
        CsvImporter.Sheet sheet;
        try {
            sheet = CsvImporter.read(input);
        } catch (NoSuchFileException e) {
            return failed(Messages.get("problem.io.notFound"), ChronolineCli.EXIT_USAGE_OR_IO);
        } catch (IOException e) {
            return failed(e.getMessage(), ChronolineCli.EXIT_INVALID);
        }
        String fileName = input.getFileName().toString();
        List<CsvColumns.Column> columns = CsvColumns.recognise(sheet.headers());
        CsvImporter.Result result = CsvImporter.convert(sheet, columns, TimelineFileReader.titleOf(fileName), fileName);
        // The window's import shows what each column means, to change; here a column no field holds is named, not dropped unsaid.
        List<Problem> problems = new ArrayList<>(CsvImporter.columnsLeftOut(sheet, columns));
        problems.addAll(result.problems());
        boolean refused = problems.stream().anyMatch(Problem::isError); // rows left out, or a column the sheet lacks
        return new SheetReading(refused ? null : result.document(), List.copyOf(problems),
                refused ? ChronolineCli.EXIT_INVALID : ChronolineCli.EXIT_OK, result.rowsLeftOut());
    }

    /** Prints the problems, at most {@link LoadResult#REPORT_LIMIT} and then how many more, each named by {@code file}. */
    void report(PrintStream out, String file) {
        problems.subList(0, Math.min(LoadResult.REPORT_LIMIT, problems.size())).forEach(problem -> out.println(problem.format(file)));
        if (problems.size() > LoadResult.REPORT_LIMIT) {
            out.println(Messages.get("cli.check.omitted", file, problems.size() - LoadResult.REPORT_LIMIT));
        }
    }

    private static SheetReading failed(String why, int exitCode) {
        return new SheetReading(null, List.of(Problem.unpositioned(Severity.ERROR, why)), exitCode, 0);
    }
}
