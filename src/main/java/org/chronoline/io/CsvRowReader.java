package org.chronoline.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.io.CsvColumns.Column;
import org.chronoline.io.CsvImporter.Row;
import org.chronoline.io.CsvColumns.Field;
import org.chronoline.model.Category;
import org.chronoline.model.DateInput;
import org.chronoline.model.DateText;
import org.chronoline.model.Dating;
import org.chronoline.model.Era;
import org.chronoline.model.EventIds;
import org.chronoline.model.EventImage;
import org.chronoline.model.ExtraField;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.model.IsoDates;
import org.chronoline.model.Precision;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.edit.EventDraft;
import org.chronoline.text.Messages;

/**
 * One spreadsheet row read into what it holds: an event, or in a TimelineJS sheet the timeline's title or an era. A cell
 * that cannot be read throws a {@link RowProblem} naming its column, and the row is left out; what a row had to guess
 * (an id used before, a day number) it says as a warning and goes on.
 */
final class CsvRowReader {
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    /** A row that cannot become an event, with the column at fault. */
    static final class RowProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;
        final String header;

        RowProblem(int column, String header, String message) {
            super(message, null, false, false);
            this.column = column;
            this.header = header;
        }
    }

    private final Row row;
    private final List<Column> columns;
    private final Map<Field, Integer> at;
    private final List<String> headers;
    /** Where a row imported all the same says what it had to guess. */
    private final List<Problem> warnings;
    /** How the sheet writes years before the common era. */
    private final BceYears bceYears;

    /**
     * How a sheet writes years before the common era: {@code exported} when it has the columns of Chronoline's own export
     * (margin and dating), whose ISO years a spreadsheet may have saved without their zeros ("-0479" as "-479");
     * {@code peoplesExample}, a date cell that writes one as people do ("-480"), or null.
     */
    record BceYears(boolean exported, String peoplesExample) {
    }

    CsvRowReader(Row row, List<Column> columns, Map<Field, Integer> at, List<String> headers, List<Problem> warnings,
            BceYears bceYears) {
        this.row = row;
        this.columns = columns;
        this.at = at;
        this.headers = headers;
        this.warnings = warnings;
        this.bceYears = bceYears;
    }

    /**
     * A row with text beyond the header's last column is left out: a cell holding the delimiter without quotes around it
     * ("Paris, France") splits in two, and what followed it was cut off or landed in the next column, unsaid.
     */
    void checkNoCellsBeyondTheHeader(char delimiter) throws RowProblem {
        List<String> cells = row.cells();
        int filled = cells.size();
        while (filled > columns.size() && cells.get(filled - 1).isBlank()) {
            filled--; // the empty cells spreadsheets write at a row's end are not counted
        }
        for (int i = columns.size(); i < filled; i++) {
            if (!cells.get(i).isBlank()) {
                throw new RowProblem(i, "", Messages.get("csv.cellsBeyondHeader", filled, columns.size(),
                        delimiter == '\t' ? Messages.get("delimiter.tab") : Quoting.quote(String.valueOf(delimiter)), Quoting.quote(cells.get(i).strip())));
            }
        }
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

    TimelineEvent event(Map<String, Category> categories, Set<String> ids) throws RowProblem {
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
                warn(Field.ID, Messages.get("csv.duplicateId", Quoting.quote(taken), Quoting.quote(id)));
            }
        }
        String approximate = cell(Field.APPROXIMATE);
        boolean circa = approximate != null && approximate.toLowerCase(Locale.ROOT).matches("true|yes|y|1|x|c\\.?|circa|ja|oui|sí|si");
        EventImage image = cell(Field.IMAGE) == null ? null
                : new EventImage(cell(Field.IMAGE), cell(Field.IMAGE_CAPTION), cell(Field.IMAGE_CREDIT), ExtraFields.NONE);
        String pictureProblem = image == null ? null : EventDraft.pictureProblem(image.path());
        // Media from the web (a video, a map, a picture elsewhere), as TimelineJS sheets have: not shown, kept for the way back.
        boolean webMedia = pictureProblem != null && EventDraft.isWebAddress(image.path()) && TimelineJsMarkup.isSafeAddress(image.path());
        if (webMedia) {
            warn(Field.IMAGE, Messages.get("timelinejs.mediaNotShown", Quoting.quote(image.path())));
            image = null;
        } else if (pictureProblem != null) {
            // The event is worth keeping; only its picture, which could never be shown, is left out.
            warn(Field.IMAGE, Messages.get("csv.pictureLeftOut", Quoting.quote(image.path())));
            image = null;
        }
        String dating = cell(Field.DATING);
        if (Dating.BETWEEN.equals(dating) && end == null) {
            throw problem(Field.DATING, Messages.get("problem.dating.betweenEnd"));
        }
        return new TimelineEvent(id, title, start, end, circa, category, list(Field.TAGS), list(Field.ACTORS), cell(Field.LOCATION),
                cell(Field.SUMMARY), text(Field.DESCRIPTION), sources(), list(Field.RELATED).stream().map(CsvColumns::link).toList(), image,
                keptForTimelineJs(start, end, image, webMedia), new Dating(dating, margin()));
    }

    /**
     * What a TimelineJS sheet's row says that Chronoline has no place for, kept in the event's {@value TimelineJsKept#FIELD}
     * field as a TimelineJS file's is, so that exporting to TimelineJS puts it back: its Display Date ("Autumn 1990"), its
     * Background (a colour or a picture's address), its Media Thumbnail, and media from the web. They were dropped without
     * a word (a walk-through with a teacher's sheet). Made safe to publish as a TimelineJS file's are; an address that is
     * not is left out, saying so.
     */
    private ExtraFields keptForTimelineJs(HistoricalDate start, HistoricalDate end, EventImage image, boolean webMedia) {
        JsonObject kept = new JsonObject();
        String thumbnail = rawCell(Field.MEDIA_THUMBNAIL);
        if (webMedia || image != null && thumbnail != null) {
            JsonObject media = new JsonObject();
            media.addProperty("url", webMedia ? rawCell(Field.IMAGE) : image.path());
            if (webMedia) { // (a picture shown has its caption and credit already)
                addIfAny(media, "caption", rawCell(Field.IMAGE_CAPTION));
                addIfAny(media, "credit", rawCell(Field.IMAGE_CREDIT));
            }
            JsonObject safeMedia = safe(media, Field.IMAGE).getAsJsonObject();
            if (thumbnail != null) { // said at its own cell when it is no address a page may load
                JsonElement safeThumbnail = safe(new JsonPrimitive(thumbnail), Field.MEDIA_THUMBNAIL, "thumbnail");
                if (safeThumbnail != null) {
                    safeMedia.add("thumbnail", safeThumbnail);
                }
            }
            kept.add("media", safeMedia);
            if (webMedia) {
                kept.addProperty(TimelineJsKept.MEDIA_NOT_SHOWN, true);
            }
        }
        String displayDate = rawCell(Field.DISPLAY_DATE);
        if (displayDate != null) {
            kept.add("display_date", safe(new JsonPrimitive(displayDate), Field.DISPLAY_DATE));
            kept.add(TimelineJsKept.DISPLAY_DATE_OF, TimelineJsWriter.dates(start, end)); // it goes back only with them
        }
        String background = rawCell(Field.BACKGROUND);
        boolean colour = background != null && (background.matches("#\\p{XDigit}{3}(\\p{XDigit}{3})?") || background.matches("[a-zA-Z]{3,20}"));
        if (colour || background != null && (EventDraft.isWebAddress(background) || TimelineJsParser.isPicture(background))) {
            JsonObject shown = new JsonObject();
            shown.addProperty(colour ? "color" : "url", background);
            JsonObject safeBackground = safe(shown, Field.BACKGROUND).getAsJsonObject();
            if (safeBackground.size() > 0) {
                kept.add("background", safeBackground);
            }
        } else if (background != null) {
            // "light blue", "rgb(0,0,0)": no colour TimelineJS knows, and as an address a file that is not there.
            warn(Field.BACKGROUND, Messages.get("csv.backgroundLeftOut", Quoting.quote(background)));
        }
        return kept.size() == 0 ? ExtraFields.NONE : ExtraFields.of(List.of(new ExtraField(TimelineJsKept.FIELD, kept.toString(), "image")));
    }

    /** {@code value} made safe to publish, each address or colour left out said at {@code field}'s column. */
    private JsonElement safe(JsonElement value, Field field) {
        return TimelineJsMarkup.forImport(value, dropped -> warn(field, Messages.get("timelinejs.unsafeAddress", Quoting.quote(dropped))));
    }

    /** A warning at this row and {@code field}'s column: the row is imported all the same. */
    private void warn(Field field, String message) {
        RowProblem at = problem(field, "");
        warnings.add(new Problem(Severity.WARNING, (int) Math.min(Integer.MAX_VALUE, row.line()), at.column + 1, at.header, message));
    }

    /** A value kept as the field {@code name} of an object, made safe as {@link #safe(JsonElement, Field)}; null when left out. */
    private JsonElement safe(JsonElement value, Field field, String name) {
        JsonObject holder = new JsonObject();
        holder.add(name, value);
        return safe(holder, field).getAsJsonObject().get(name);
    }

    private static void addIfAny(JsonObject o, String name, String value) {
        if (value != null) {
            o.addProperty(name, value);
        }
    }

    /** A cell as written, HTML and all (TimelineJS reads it so), or null when blank. */
    private String rawCell(Field field) {
        Integer i = at.get(field);
        if (i == null || i >= row.cells().size()) {
            return null;
        }
        String value = CsvExporter.restored(row.cells().get(i)).strip();
        return value.isEmpty() ? null : value;
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

    String text(Field field) throws RowProblem {
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
        if (bceYears.exported() && text.matches("-[1-9]\\d{0,2}")) {
            // An export's "-0479" that a spreadsheet saved as the number -479: ISO's year, as the export wrote it.
            HistoricalDate iso = HistoricalDate.ofYear(Long.parseLong(text));
            warn(field, Messages.get("csv.droppedZeros", text, DateText.format(iso), DateText.format(DateInput.parse(text))));
            return iso;
        }
        try {
            HistoricalDate iso = IsoDates.parse(text);
            warnIfIsoAmongPeoplesYears(field, text, iso);
            return iso;
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
     * An ISO year before the common era without the zeros ISO pads it with ("-1000", 1001 BCE) in a sheet whose other
     * rows write such years as people do ("-480", 480 BCE): it likely means 1000 BCE too, and is said, not changed, since
     * ISO's reading is the one a file and an export give it.
     */
    private void warnIfIsoAmongPeoplesYears(Field field, String text, HistoricalDate iso) {
        String example = bceYears.peoplesExample();
        if (example != null && text.matches("-[1-9]\\d{3,}")) {
            warn(field, Messages.get("csv.isoBceYear", text, DateText.format(iso), example,
                    DateText.format(DateInput.parse(example)), DateText.format(HistoricalDate.ofYear(1 + iso.year()))));
        }
    }

    /**
     * A number of five digits read as a year ("45000"), said with the day it would be as a spreadsheet's day number:
     * a column of dates not formatted as dates is saved so, and landed in the year 45000 unsaid (a walk-through).
     */
    private void warnIfADayNumber(Field field, String text) {
        if (text.strip().matches("[1-9]\\d{4}")) {
            long days = Long.parseLong(text.strip());
            java.time.LocalDate day = java.time.LocalDate.of(1899, 12, 30).plusDays(days); // the spreadsheets' day 0
            String asDay = DateText.format(HistoricalDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
            warn(field, Messages.get("csv.dayNumber", text.strip(), asDay));
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
