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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chronoline.io.CsvColumns.Column;
import org.chronoline.io.CsvColumns.Field;
import org.chronoline.model.Category;
import org.chronoline.model.DateInput;
import org.chronoline.model.DateText;
import org.chronoline.model.Dating;
import org.chronoline.model.Era;
import org.chronoline.model.EventIds;
import org.chronoline.model.EventImage;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.model.IsoDates;
import org.chronoline.model.Precision;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.edit.EventDraft;
import org.chronoline.text.Messages;

/**
 * Reads events from a spreadsheet saved as CSV: a header row, then one event per row. The header
 * names the fields (see {@link CsvColumns}); the caller may change what each column holds. A row
 * that cannot become an event is left out with a problem naming its line, column and reason, so
 * the rest can still be imported. The delimiter (comma, semicolon or tab, as spreadsheets in
 * different countries write) is found from the header row.
 */
public final class CsvImporter {
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
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
        for (Row row : sheet.rows()) {
            RowReader reader = new RowReader(row, columns, at, sheet.headers(), problems);
            try {
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
                TimelineEvent event = reader.event(categories, ids, problems);
                ids.add(event.id());
                events.add(event);
            } catch (RowProblem p) {
                problems.add(new Problem(Severity.ERROR, (int) Math.min(Integer.MAX_VALUE, row.line()), p.column + 1,
                        p.header, Messages.get("csv.rowLeftOut", p.getMessage())));
                leftOut++;
            }
        }
        TimelineDocument document = new TimelineDocument(1, timelineTitle, description, List.copyOf(categories.values()),
                List.copyOf(eras), events, List.of(), ExtraFields.NONE);
        return new Result(document, problems, sheet.rows().size(), leftOut, sheet.rows().size() - leftOut - ignored);
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

    /** A row that cannot become an event, with the column at fault. */
    private static final class RowProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;
        final String header;

        RowProblem(int column, String header, String message) {
            super(message, null, false, false);
            this.column = column;
            this.header = header;
        }
    }

    private static final class RowReader {
        private final Row row;
        private final List<Column> columns;
        private final Map<Field, Integer> at;
        private final List<String> headers;
        /** Where a row imported all the same says what it had to guess. */
        private final List<Problem> warnings;

        RowReader(Row row, List<Column> columns, Map<Field, Integer> at, List<String> headers, List<Problem> warnings) {
            this.row = row;
            this.columns = columns;
            this.at = at;
            this.headers = headers;
            this.warnings = warnings;
        }

        String cell(Field field) {
            Integer i = at.get(field);
            return i == null ? null : cell(i);
        }

        String cell(int i) {
            if (i >= row.cells().size()) {
                return null;
            }
            String value = CsvExporter.restored(row.cells().get(i));
            // A description as written, indented quotation and all: it came back from a round trip without its first spaces.
            value = value.isBlank() ? "" : columns.get(i).field() == Field.DESCRIPTION ? value : value.strip();
            if (!value.isEmpty() && i < headers.size() && CsvColumns.holdsHtml(headers.get(i))) {
                // TimelineJS's template: its text columns are HTML, read as text as the TimelineJS import reads them.
                value = columns.get(i).field() == Field.DESCRIPTION ? HtmlText.convert(value).text() : HtmlText.line(value);
            }
            return value == null || value.isEmpty() ? null : value;
        }

        /** The links in an HTML description column, which TimelineJS sheets use for sources. */
        List<Source> linkedSources() {
            Integer i = at.get(Field.DESCRIPTION);
            if (i == null || i >= row.cells().size() || i >= headers.size() || !CsvColumns.holdsHtml(headers.get(i))) {
                return List.of();
            }
            return TimelineJsParser.linkSources(HtmlText.convert(row.cells().get(i)).links());
        }

        RowProblem problem(Field field, String message) {
            Integer i = at.get(field);
            int column = i == null ? 0 : i;
            return new RowProblem(column, column < headers.size() ? headers.get(column) : "", message);
        }

        /** A TimelineJS sheet's era: its headline and its dates, both ends of them. */
        Era era(int index) throws RowProblem {
            String title = title(true);
            HistoricalDate start = start();
            HistoricalDate end = end(start);
            if (end == null) {
                throw problem(at.containsKey(Field.END) ? Field.END : Field.END_YEAR, Messages.get("csv.eraNoEnd"));
            }
            return new Era("era-" + (index + 1), title, start, end, null, ExtraFields.NONE);
        }

        private HistoricalDate start() throws RowProblem {
            HistoricalDate start = at.containsKey(Field.START) && cell(Field.START) != null ? date(Field.START)
                    : sheetDate(Field.YEAR, Field.MONTH, Field.DAY, Field.TIME);
            if (start == null) {
                throw problem(at.containsKey(Field.START) ? Field.START : Field.YEAR, Messages.get("csv.noDate"));
            }
            return start;
        }

        /** The end, or null when the row has none; one before the start leaves the row out. */
        private HistoricalDate end(HistoricalDate start) throws RowProblem {
            HistoricalDate end = cell(Field.END) != null ? date(Field.END) : sheetDate(Field.END_YEAR, Field.END_MONTH, Field.END_DAY, Field.END_TIME);
            if (EventDraft.endsBeforeStart(start, end)) {
                throw problem(at.containsKey(Field.END) ? Field.END : Field.END_YEAR,
                        Messages.get("problem.date.endBeforeStart", end.toIso(), start.toIso()));
            }
            return end;
        }

        /** The row's title, within the length a title may have; null when it has none and may not. */
        String title(boolean required) throws RowProblem {
            String title = cell(Field.TITLE);
            if (title == null && required) {
                throw problem(Field.TITLE, Messages.get("csv.noTitle"));
            }
            if (title != null && title.length() > Limits.TEXT_CHARS) {
                throw problem(Field.TITLE, Messages.get("problem.text.tooLong", title.length(), Limits.TEXT_CHARS));
            }
            return title;
        }

        TimelineEvent event(Map<String, Category> categories, Set<String> ids, List<Problem> problems) throws RowProblem {
            String title = title(true);
            HistoricalDate start = start();
            HistoricalDate end = end(start);
            String category = null;
            String categoryCell = cell(Field.CATEGORY);
            String categoryName = cell(Field.CATEGORY_NAME);
            if (categoryCell != null || categoryName != null) {
                String name = categoryName != null ? categoryName : categoryCell;
                // An id beside a name is the file's own (as Chronoline writes them); alone, the column may hold a name.
                String id = categoryCell != null && (categoryName != null || categoryCell.matches("[a-z0-9-]+")) ? categoryCell
                        : EventIds.slugOrDefault(name);
                category = categories.computeIfAbsent(id, k -> new Category(k, name, Category.nextColor(categories.values()))).id();
            }
            String id = cell(Field.ID);
            if (id == null || ids.contains(id)) {
                String taken = id;
                id = EventIds.generate(title, start, ids);
                if (taken != null) {
                    // Said, as a TimelineJS file's is: renamed unsaid, a link to it in another file pointed at the first row's event.
                    RowProblem at = problem(Field.ID, "");
                    problems.add(new Problem(Severity.WARNING, (int) Math.min(Integer.MAX_VALUE, row.line()), at.column + 1, at.header,
                            Messages.get("csv.duplicateId", Quoting.quote(taken), Quoting.quote(id))));
                }
            }
            String approximate = cell(Field.APPROXIMATE);
            boolean circa = approximate != null && approximate.toLowerCase(Locale.ROOT).matches("true|yes|y|1|x|c\\.?|circa|ja|oui|sí|si");
            EventImage image = cell(Field.IMAGE) == null ? null
                    : new EventImage(cell(Field.IMAGE), cell(Field.IMAGE_CAPTION), cell(Field.IMAGE_CREDIT), ExtraFields.NONE);
            String pictureProblem = image == null ? null : EventDraft.pictureProblem(image.path());
            if (pictureProblem != null) {
                // The event is worth keeping; only its picture, which could never be shown, is left out.
                RowProblem at = problem(Field.IMAGE, pictureProblem);
                problems.add(new Problem(Severity.WARNING, (int) Math.min(Integer.MAX_VALUE, row.line()), at.column + 1, at.header,
                        Messages.get("csv.pictureLeftOut", Quoting.quote(image.path()))));
                image = null;
            }
            String dating = cell(Field.DATING);
            if (Dating.BETWEEN.equals(dating) && end == null) {
                throw problem(Field.DATING, Messages.get("problem.dating.betweenEnd"));
            }
            return new TimelineEvent(id, title, start, end, circa, category, list(Field.TAGS), list(Field.ACTORS), cell(Field.LOCATION),
                    cell(Field.SUMMARY), text(Field.DESCRIPTION), sources(), list(Field.RELATED).stream().map(CsvColumns::link).toList(), image, ExtraFields.NONE,
                    new Dating(dating, margin()));
        }

        /** The margin in years, or null; a cell that is not a number above 0 and at most 10,000 leaves the row out, saying why. */
        private Double margin() throws RowProblem {
            String value = cell(Field.MARGIN);
            if (value == null) {
                return null;
            }
            double years;
            try {
                years = Double.parseDouble(value.replace(',', '.'));
            } catch (NumberFormatException e) {
                years = Double.NaN;
            }
            if (!Dating.isMargin(years)) {
                throw problem(Field.MARGIN, Messages.get("problem.margin.invalid", value));
            }
            return years;
        }

        private String text(Field field) throws RowProblem {
            String value = cell(field);
            if (value != null && value.length() > Limits.DESCRIPTION_CHARS) {
                throw problem(field, Messages.get("problem.text.tooLong", value.length(),
                        Limits.DESCRIPTION_CHARS));
            }
            return value == null ? null : value.replace("\r\n", "\n");
        }

        /** A cell of ISO dates, or of dates as people type them ("19 November 1990", "July 2007", "480 BCE"). */
        private HistoricalDate date(Field field) throws RowProblem {
            String text = cell(field);
            try {
                return IsoDates.parse(text);
            } catch (InvalidDateException iso) {
                try {
                    HistoricalDate typed = DateInput.parse(text);
                    warnIfADayNumber(field, text);
                    return typed;
                } catch (InvalidDateException typed) {
                    // Why it is no ISO date when it looks like one ("2001-02-30"); else why it is no date as people write them:
                    // "5/6/1990" was told to write ISO, when "19 November 1990" is read as well.
                    String why = iso.reason().equals(Messages.get("date.reason.notIso")) ? typed.reason() : iso.reason();
                    throw problem(field, Messages.get("problem.date.invalid", Quoting.quote(text), why));
                }
            }
        }

        /**
         * A number of five digits read as a year ("45000"), said with the day it would be as a spreadsheet's day number:
         * a column of dates not formatted as dates is saved so, and landed in the year 45000 unsaid (a walk-through).
         */
        private void warnIfADayNumber(Field field, String text) throws RowProblem {
            if (text.strip().matches("[1-9]\\d{4}")) {
                long days = Long.parseLong(text.strip());
                RowProblem at = problem(field, "");
                java.time.LocalDate day = java.time.LocalDate.of(1899, 12, 30).plusDays(days); // the spreadsheets' day 0
                String asDay = DateText.format(HistoricalDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
                warnings.add(new Problem(Severity.WARNING, (int) Math.min(Integer.MAX_VALUE, row.line()), at.column + 1, at.header,
                        Messages.get("csv.dayNumber", text.strip(), asDay)));
            }
        }

        /** A date from TimelineJS template columns: Year (negative for BCE, as TimelineJS shows it), Month, Day, Time. */
        private HistoricalDate sheetDate(Field year, Field month, Field day, Field time) throws RowProblem {
            String y = cell(year);
            if (y == null) {
                return null;
            }
            long[] values = new long[5];
            Precision precision = Precision.YEAR;
            long yearValue = whole(year, y);
            String m = cell(month);
            String d = cell(day);
            String t = cell(time);
            if (m != null) {
                values[0] = whole(month, m);
                precision = Precision.MONTH;
                if (d != null) {
                    values[1] = whole(day, d);
                    precision = Precision.DAY;
                    if (t != null) {
                        Matcher hm = TIME_OF_DAY.matcher(t);
                        if (!hm.matches()) {
                            throw problem(time, Messages.get("csv.badTime", Quoting.quote(t)));
                        }
                        values[2] = Long.parseLong(hm.group(1));
                        values[3] = Long.parseLong(hm.group(2));
                        precision = Precision.MINUTE;
                        if (hm.group(3) != null) {
                            values[4] = Long.parseLong(hm.group(3));
                            precision = Precision.SECOND;
                        }
                    }
                }
            }
            try {
                return HistoricalDate.of(precision, yearValue < 0 ? yearValue + 1 : yearValue, (int) values[0], (int) values[1],
                        (int) values[2], (int) values[3], (int) values[4]);
            } catch (InvalidDateException e) {
                throw problem(year, Messages.get("timelinejs.badDate", e.reason()));
            }
        }

        private long whole(Field field, String text) throws RowProblem {
            if (!text.matches("-?\\d{1,10}")) {
                throw problem(field, Messages.get("timelinejs.notWholeNumber", Quoting.quote(text)));
            }
            return Long.parseLong(text);
        }

        /** A list in one cell (see {@link CsvColumns#listItems}). */
        private List<String> list(Field field) {
            String value = cell(field);
            return value == null ? List.of() : CsvColumns.listItems(value);
        }

        private List<Source> sources() throws RowProblem {
            Map<Integer, String[]> groups = new TreeMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                if (c.source() > 0 && cell(i) != null) {
                    String[] parts = groups.computeIfAbsent(c.source(), k -> new String[6]);
                    switch (c.field()) {
                        case SOURCE_TITLE -> parts[0] = cell(i);
                        case SOURCE_URL -> parts[1] = cell(i);
                        case SOURCE_PUBLISHER -> parts[2] = cell(i);
                        case SOURCE_DATE -> parts[3] = cell(i);
                        case SOURCE_GIVES -> parts[4] = cell(i);
                        case SOURCE_LANGUAGE -> parts[5] = cell(i);
                        default -> {
                        }
                    }
                }
            }
            List<Source> sources = new ArrayList<>();
            for (String[] parts : groups.values()) {
                String sourceTitle = parts[0] != null ? parts[0] : parts[1] != null ? parts[1] : parts[2];
                if (sourceTitle == null) {
                    continue;
                }
                sources.add(new Source(sourceTitle, parts[1], parts[2], IsoDates.parseOrNull(parts[3]), IsoDates.parseOrNull(parts[4]),
                        parts[5], ExtraFields.NONE));
            }
            return sources.isEmpty() ? linkedSources() : sources;
        }
    }
}
