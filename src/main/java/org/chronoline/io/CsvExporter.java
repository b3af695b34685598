package org.chronoline.io;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chronoline.io.CsvColumns.Field;
import org.chronoline.model.Category;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;

/**
 * Writes events as CSV for spreadsheets: a header row of Chronoline's field names, one row per
 * event, lists joined with "; ", each source in its own group of four columns ({@code source 1
 * title}, {@code source 1 url}, ...). Quoting follows RFC 4180, which LibreOffice and Excel read,
 * with Windows line ends; {@code withBom} adds the byte-order mark Excel needs to see UTF-8.
 */
public final class CsvExporter {
    private static final Field[] FIELDS = {Field.ID, Field.TITLE, Field.START, Field.END, Field.APPROXIMATE, Field.CATEGORY,
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
            for (Field field : new Field[] {Field.SOURCE_TITLE, Field.SOURCE_URL, Field.SOURCE_PUBLISHER, Field.SOURCE_DATE}) {
                header.add(CsvColumns.header(field, s));
            }
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (TimelineEvent e : events) {
                Category category = e.category() == null ? null
                        : document.categories().stream().filter(c -> c.id().equals(e.category())).findFirst().orElse(null);
                List<String> row = new ArrayList<>(List.of(e.id(), e.title(), e.start().toIso(), iso(e.end() == null ? null : e.end().toIso()),
                        e.approximate() ? "true" : "", orEmpty(e.category()), category == null ? "" : category.name(),
                        String.join("; ", e.tags()), String.join("; ", e.actors()), orEmpty(e.location()), orEmpty(e.summary()),
                        orEmpty(e.description()), String.join("; ", e.related()), e.image() == null ? "" : e.image().path(),
                        e.image() == null ? "" : orEmpty(e.image().caption()), e.image() == null ? "" : orEmpty(e.image().credit())));
                for (int s = 0; s < sourceGroups; s++) {
                    Source source = s < e.sources().size() ? e.sources().get(s) : null;
                    row.add(source == null ? "" : source.title());
                    row.add(source == null ? "" : orEmpty(source.url()));
                    row.add(source == null ? "" : orEmpty(source.publisher()));
                    row.add(source == null || source.date() == null ? "" : source.date().toIso());
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        String text = (withBom ? "\uFEFF" : "") + out;
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String iso(String value) {
        return value == null ? "" : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
