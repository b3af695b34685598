package org.chronoline.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chronoline.io.CsvColumns.Column;
import org.chronoline.io.CsvColumns.Field;
import org.chronoline.model.Category;
import org.chronoline.model.DateInput;
import org.chronoline.model.Era;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;

/**
 * Reads events from a spreadsheet saved as CSV: a header row, then one event per row. The header
 * names the fields (see {@link CsvColumns}); the caller may change what each column holds. A row
 * that cannot become an event is left out with a problem naming its line, column and reason, so
 * the rest can still be imported. The delimiter (comma, semicolon or tab, as spreadsheets in
 * different countries write) is found from the header row.
 */
public final class CsvImporter {
    /** Rows shown in the import preview. */
    public static final int PREVIEW_ROWS = 200;

    /** The parsed spreadsheet: its header, its rows (each with the line it starts on) and its delimiter. */
    /** The rows, and what reading the file has to say about all of it (its characters), if anything. */
    public record Sheet(List<String> headers, List<Row> rows, char delimiter, List<Problem> notes) {
        public Sheet {
            notes = List.copyOf(notes);
        }

        Sheet(List<String> headers, List<Row> rows, char delimiter) {
            this(headers, rows, delimiter, List.of());
        }
    }

    public record Row(long line, List<String> cells) {
    }

    /**
     * The result: the events of the good rows, and a problem for each row left out ({@code rowsLeftOut} of them), or
     * for a column the sheet lacks (a title, a date), when no row is read; {@code rowsImported} rows became part of the
     * timeline, as its events or, in a TimelineJS sheet, as its title and eras.
     */
    public record Result(TimelineDocument document, List<Problem> problems, int rowsRead, int rowsLeftOut, int rowsImported) {
        public int eventsImported() {
            return document.events().size();
        }
    }

    private CsvImporter() {
    }

    /** Reads the file's rows; a file that is not CSV text ends in a problem. */
    public static Sheet read(Path file) throws IOException {
        String notReadable = OutputTarget.notReadable(file);
        if (notReadable != null) {
            throw new IOException(notReadable);
        }
        long size = Files.size(file);
        if (size > TimelineFileReader.MAX_FILE_BYTES) {
            throw new IOException(Messages.get("problem.io.tooLarge", size / 1_048_576 + " MB", "1,024 MB"));
        }
        byte[] bytes = Files.readAllBytes(file);
        CsvText.Decoded text = CsvText.decode(bytes);
        Sheet sheet = read(text.text());
        return text.note() == null ? sheet : new Sheet(sheet.headers(), sheet.rows(), sheet.delimiter(), List.of(text.note()));
    }

    static Sheet read(String text) throws IOException {
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> headers = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (Reader in = new StringReader(text); CSVParser parser = CSVParser.parse(in, format)) {
            long line = 1;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers.isEmpty()) {
                    headers.addAll(cells);
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new Row(line, cells));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException e) {
            // commons-csv stops at a quote that is never closed; say so in our words.
            throw new IOException(Messages.get("csv.broken", rows.size() + 2), e.getCause());
        }
        return new Sheet(List.copyOf(headers), List.copyOf(rows), delimiter);
    }

    /** The delimiter the header row uses most outside quotes: comma, semicolon or tab. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /** Turns the rows into events with the given meaning of each column. */
    public static Result convert(Sheet sheet, List<Column> columns, String title, String fileName) {
        Map<Field, Integer> at = CsvColumns.firstColumns(columns);
        List<Problem> problems = new ArrayList<>(sheet.notes());
        List<TimelineEvent> events = new ArrayList<>();
        Map<String, Category> categories = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        if (!at.containsKey(Field.TITLE)) {
            problems.add(new Problem(Severity.ERROR, 1, 1, "", Messages.get("csv.noTitleColumn")));
        }
        if (!at.containsKey(Field.START) && !at.containsKey(Field.YEAR)) {
            problems.add(new Problem(Severity.ERROR, 1, 1, "", Messages.get("csv.noDateColumn")));
        }
        duplicateColumns(sheet.headers(), columns, problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Result(new TimelineDocument(1, title, null, List.of(), List.of(), List.of(), List.of(), ExtraFields.NONE),
                    problems, sheet.rows().size(), 0, 0);
        }
        int leftOut = 0;
        String timelineTitle = title;
        String description = Messages.get("csv.description", fileName);
        boolean titled = false;
        int ignored = 0;
        List<Era> eras = new ArrayList<>();
        boolean exported = at.containsKey(Field.MARGIN) && at.containsKey(Field.DATING);
        CsvRowReader.BceYears bceYears = new CsvRowReader.BceYears(exported, exported ? null : peoplesBceYear(sheet, at));
        for (Row row : sheet.rows()) {
            CsvRowReader reader = new CsvRowReader(row, columns, at, sheet.headers(), problems, bceYears);
            int said = problems.size();
            try {
                reader.checkNoCellsBeyondTheHeader(sheet.delimiter());
                // TimelineJS's template: a row of the type "title" is the timeline's title and introduction, one of the type
                // "era" an era. Read as events they were refused for want of a date, and the whole sheet with them.
                String type = reader.cell(Field.TYPE);
                if (type != null && type.equalsIgnoreCase("title")) {
                    if (titled) {
                        ignored++;
                        problems.add(new Problem(Severity.WARNING, (int) Math.min(Integer.MAX_VALUE, row.line()), 1, "",
                                Messages.get("csv.titleAgain")));
                    } else {
                        // Both read before either is taken: a row left out for its text's length gives the timeline nothing.
                        String named = reader.title(false);
                        String introduction = reader.text(Field.DESCRIPTION);
                        titled = true;
                        timelineTitle = named != null ? named : timelineTitle;
                        description = introduction != null ? introduction : description;
                    }
                    continue;
                }
                if (type != null && type.equalsIgnoreCase("era")) {
                    eras.add(reader.era(eras.size()));
                    continue;
                }
                TimelineEvent event = reader.event(categories, ids);
                ids.add(event.id());
                events.add(event);
            } catch (CsvRowReader.RowProblem p) {
                // What the row said on the way (its media kept, a day number) is not so: it is left out, and says why.
                problems.subList(said, problems.size()).clear();
                problems.add(new Problem(Severity.ERROR, (int) Math.min(Integer.MAX_VALUE, row.line()), p.column + 1,
                        p.header, Messages.get("csv.rowLeftOut", p.getMessage())));
                leftOut++;
            }
        }
        TimelineDocument document = new TimelineDocument(1, timelineTitle, description, List.copyOf(categories.values()),
                List.copyOf(eras), events, List.of(), ExtraFields.NONE);
        return new Result(document, problems, sheet.rows().size(), leftOut, sheet.rows().size() - leftOut - ignored);
    }

    /** The first date cell that writes a year before the common era as people do ("-480"), or null. */
    private static String peoplesBceYear(Sheet sheet, Map<Field, Integer> at) {
        for (Row row : sheet.rows()) {
            for (Field field : List.of(Field.START, Field.END)) {
                Integer i = at.get(field);
                String cell = i == null || i >= row.cells().size() ? "" : CsvExporter.restored(row.cells().get(i)).strip();
                if (DateInput.isPeoplesBceYear(cell) && !cell.matches("-0+")) {
                    return cell;
                }
            }
        }
        return null;
    }

    /**
     * A warning for each column with a header that no field of a timeline holds: for a conversion,
     * which cannot ask what the column means as the window's import does. It was left out unsaid.
     */
    public static List<Problem> columnsLeftOut(Sheet sheet, List<Column> columns) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String header = header(sheet.headers(), i);
            if (columns.get(i).field() == Field.IGNORE && !header.isBlank()) {
                problems.add(new Problem(Severity.WARNING, 1, i + 1, header, Messages.get("csv.columnLeftOut")));
            }
        }
        return problems;
    }

    /** A warning for each field that two columns hold: only the first is imported, and the user should know. */
    private static void duplicateColumns(List<String> headers, List<Column> columns, List<Problem> problems) {
        Map<Column, Integer> first = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.field() == Field.IGNORE) {
                continue;
            }
            Integer earlier = first.putIfAbsent(c, i);
            if (earlier != null) {
                problems.add(new Problem(Severity.WARNING, 1, i + 1, header(headers, i), Messages.get("csv.duplicateColumn",
                        Quoting.quote(header(headers, earlier)), Quoting.quote(header(headers, i)), CsvColumns.label(c))));
            }
        }
    }

    private static String header(List<String> headers, int i) {
        return i < headers.size() ? headers.get(i) : "";
    }
}
