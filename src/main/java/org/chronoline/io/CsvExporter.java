package org.chronoline.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chronoline.io.CsvColumns.Field;
import org.chronoline.model.Category;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Precision;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;

/**
 * Writes events as CSV for spreadsheets: a header row of Chronoline's field names, one row per
 * event, lists joined with "; ", each source in its own group of five columns ({@code source 1
 * title}, {@code source 1 url}, ...). Quoting follows RFC 4180, which LibreOffice and Excel read,
 * with Windows line ends; {@code withBom} adds the byte-order mark Excel needs to see UTF-8.
 *
 * <p>A cell a spreadsheet would run as a formula ({@code =HYPERLINK(...)}, {@code =cmd|...}) is
 * written with an apostrophe in front, as OWASP's guidance on CSV injection says: the spreadsheet
 * shows the text and runs nothing. See {@link #neutralised}; the import takes the apostrophe off again.
 */
public final class CsvExporter {
    private static final Field[] FIELDS = {Field.ID, Field.TITLE, Field.START, Field.END, Field.APPROXIMATE, Field.MARGIN, Field.DATING,
        Field.CATEGORY,
        Field.CATEGORY_NAME, Field.TAGS, Field.ACTORS, Field.LOCATION, Field.SUMMARY, Field.DESCRIPTION, Field.RELATED, Field.IMAGE,
        Field.IMAGE_CAPTION, Field.IMAGE_CREDIT};

    private CsvExporter() {
    }

    /** @param events the events to write, in order (all, or those a filter shows) */
    public static byte[] toBytes(TimelineDocument document, List<TimelineEvent> events, boolean withBom) {
        int sourceGroups = events.stream().mapToInt(e -> e.sources().size()).max().orElse(0);
        List<String> header = new ArrayList<>();
        for (Field field : FIELDS) {
            header.add(CsvColumns.header(field, 0));
        }
        for (int s = 1; s <= sourceGroups; s++) {
            for (Field field : new Field[] {Field.SOURCE_TITLE, Field.SOURCE_URL, Field.SOURCE_PUBLISHER, Field.SOURCE_DATE,
                Field.SOURCE_GIVES, Field.SOURCE_LANGUAGE}) {
                header.add(CsvColumns.header(field, s));
            }
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (TimelineEvent e : events) {
                printer.printRecord(row(document, e, sourceGroups).stream().map(CsvExporter::printable).map(CsvExporter::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        String text = (withBom ? "\uFEFF" : "") + out;
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An event's cells, as the event has them, with {@code sourceGroups} groups of source columns. */
    private static List<String> row(TimelineDocument document, TimelineEvent e, int sourceGroups) {
        Category category = e.category() == null ? null
                : document.categories().stream().filter(c -> c.id().equals(e.category())).findFirst().orElse(null);
        List<String> row = new ArrayList<>(List.of(e.id(), e.title(), date(e.start()), date(e.end()),
                e.approximate() ? "true" : "", margin(e.dating().margin()), orEmpty(e.dating().kind()), orEmpty(e.category()), category == null ? "" : category.name(),
                CsvColumns.listCell(e.tags()), CsvColumns.listCell(e.actors()), orEmpty(e.location()), orEmpty(e.summary()),
                orEmpty(e.description()), CsvColumns.listCell(e.related().stream().map(CsvColumns::linkText).toList()), e.image() == null ? "" : e.image().path(),
                e.image() == null ? "" : orEmpty(e.image().caption()), e.image() == null ? "" : orEmpty(e.image().credit())));
        for (int s = 0; s < sourceGroups; s++) {
            Source source = s < e.sources().size() ? e.sources().get(s) : null;
            row.add(source == null ? "" : source.title());
            row.add(source == null ? "" : orEmpty(source.url()));
            row.add(source == null ? "" : orEmpty(source.publisher()));
            row.add(source == null ? "" : date(source.date()));
            row.add(source == null ? "" : date(source.gives()));
            row.add(source == null ? "" : orEmpty(source.language()));
        }
        return row;
    }

    /**
     * The cell without control characters but tabs and line breaks: a timeline file may hold any
     * (as "\u0000"), and a NUL made a CSV file that Chronoline's own import refuses, as text should.
     */
    static String printable(String cell) {
        return CONTROL.matcher(cell).replaceAll("");
    }

    /** Control characters (Unicode's Cc: U+0000-U+001F, U+007F-U+009F) but tab and line breaks. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    /**
     * What a CSV file of {@code document} does not hold, in words ("A CSV file holds the events only;
     * not in it: the timeline's title and description, 4 eras, 1 tour."), or null when it holds all.
     * A conversion to CSV used to drop them without a word.
     */
    public static String leftOut(TimelineDocument document) {
        List<String> parts = new ArrayList<>();
        if (document.title() != null && !document.title().isBlank() || document.description() != null && !document.description().isBlank()) {
            parts.add(Messages.get("export.csv.leftOut.header"));
        }
        if (!document.eras().isEmpty()) {
            parts.add(Messages.get("export.csv.leftOut.eras", document.eras().size()));
        }
        if (!document.tours().isEmpty()) {
            parts.add(Messages.get("export.csv.leftOut.tours", document.tours().size()));
        }
        if (!document.categories().isEmpty()) {
            parts.add(Messages.get("export.csv.leftOut.categories")); // a new import gives them colours in the order it meets them
        }
        if (!document.views().isEmpty()) {
            parts.add(Messages.get("export.csv.leftOut.views", document.views().size()));
        }
        // Left out of the cells (see printable): said, since the text comes back without them.
        long withControls = document.events().stream()
                .filter(e -> row(document, e, e.sources().size()).stream().anyMatch(cell -> CONTROL.matcher(cell).find())).count();
        if (withControls > 0) {
            parts.add(Messages.get("export.csv.leftOut.controls", withControls));
        }
        Set<String> extra = extraFieldNames(document);
        if (!extra.isEmpty()) {
            List<String> named = extra.stream().limit(6).toList();
            parts.add(Messages.get("export.csv.leftOut.fields", String.join(", ", named) + (extra.size() > named.size() ? ", \u2026" : "")));
        }
        return parts.isEmpty() ? null : Messages.get("export.csv.leftOut", String.join(", ", parts));
    }

    /** The names of fields other programs added, which a timeline file keeps and a CSV has no column for, in the order met. */
    private static Set<String> extraFieldNames(TimelineDocument document) {
        Set<String> names = new LinkedHashSet<>();
        Consumer<ExtraFields> add = extras -> extras.fields().forEach(f -> names.add(f.name()));
        add.accept(document.extras());
        document.categories().forEach(c -> add.accept(c.extras()));
        for (TimelineEvent e : document.events()) {
            add.accept(e.extras());
            if (e.image() != null) {
                add.accept(e.image().extras());
            }
            e.sources().forEach(source -> add.accept(source.extras()));
            e.related().forEach(link -> add.accept(link.extras()));
        }
        return names;
    }

    /** A margin as people write it: 5, not 5.0. */
    private static String margin(Double margin) {
        if (margin == null) {
            return "";
        }
        return margin == Math.rint(margin) ? Long.toString(margin.longValue()) : Double.toString(margin);
    }

    /** The characters that make a spreadsheet read a cell as a formula (and their full-width forms, which some convert). */
    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    /**
     * The cell as text a spreadsheet will not run: one starting with =, +, -, @, a tab or a line
     * break gets an apostrophe in front, unless it is a plain number such as -12; so does one that
     * already starts with apostrophes before such a character, so that the import, which takes one
     * apostrophe off, gives back exactly what was written.
     */
    static String neutralised(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        if (i == cell.length() || FORMULA_STARTS.indexOf(cell.charAt(i)) < 0) {
            return cell;
        }
        if (i == 0 && PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** The cell as it was before {@link #neutralised}: the import's way back. */
    static String restored(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        if (i > 0 && i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /**
     * A date as ISO 8601 writes it, but a year before the common era as people do, "480 BCE", which every Chronoline
     * reads in any language: a spreadsheet reads ISO's "-0479" as the number -479 and saves it so, and "-479" is how people
     * write 479 BCE, a year later.
     */
    static String date(HistoricalDate date) {
        if (date == null) {
            return "";
        }
        return date.precision() == Precision.YEAR && date.year() <= 0 ? (1 - date.year()) + " BCE" : date.toIso();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
