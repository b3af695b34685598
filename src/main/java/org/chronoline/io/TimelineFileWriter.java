package org.chronoline.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronoline.model.Category;
import org.chronoline.model.Era;
import org.chronoline.model.EventImage;
import org.chronoline.model.ExtraField;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.Graphemes;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.SavedView;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.text.Messages;

/**
 * Writes a timeline in the format's own style, so that saved files are stable and diff well:
 * two-space indentation, fields in the documented order, default values (false, empty lists,
 * missing text) left out, events in their order, unknown fields put back after the field they
 * followed, UTF-8 without a byte-order mark, and a final newline. A file already in this style is
 * written back byte for byte.
 */
public final class TimelineFileWriter {
    /** Writes the raw JSON of unknown fields; keeps nulls and the original digits of numbers. */
    private static final Gson RAW = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private TimelineFileWriter() {
    }

    public static byte[] toBytes(TimelineDocument document) {
        return toJson(document).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The document's bytes, as {@link #toBytes}, when the reader would take every text in it again:
     * a text the editor let grow past {@link Limits} was saved, and the file then refused to open
     * ("this text is 10,001 characters long"). Checked as the texts are written, by the rule the
     * reader applies to each field's name, at no extra pass.
     *
     * @throws TextTooLongException naming the first text too long, and whose it is
     */
    public static byte[] toReadableBytes(TimelineDocument document) throws TextTooLongException {
        StringWriter text = new StringWriter();
        LimitedWriter out = new LimitedWriter(text);
        write(out, document);
        if (out.tooLong != null) {
            throw out.tooLong;
        }
        return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A text longer than the reader takes, found while writing: its field, whose it is, how long, and the most there may be. */
    public static final class TextTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        TextTooLongException(String field, String owner, int characters, int max) {
            super(Messages.get("save.reason.tooLong", field, owner, characters, max));
        }
    }

    /** A JSON writer that notices the first text the reader would refuse as too long. */
    private static final class LimitedWriter extends JsonWriter {
        private String field = "";
        /** The title last written: the event (or timeline, category...) the texts that follow belong to. */
        private String owner = "";
        private TextTooLongException tooLong;
        /** Inside fields other programs added, which the reader does not limit. */
        int unchecked;

        LimitedWriter(StringWriter text) {
            super(text);
        }

        @Override
        public JsonWriter name(String name) throws IOException {
            field = name;
            return super.name(name);
        }

        @Override
        public JsonWriter value(String value) throws IOException {
            if (unchecked > 0) {
                return super.value(value);
            }
            if ("title".equals(field) && value != null) {
                int end = Graphemes.end(value, 60);
                owner = end < value.length() ? value.substring(0, end) + "\u2026" : value;
            }
            int max = Limits.maxFor(field);
            if (tooLong == null && !Limits.fits(value, max)) {
                tooLong = new TextTooLongException(field, owner, Limits.characters(value, max), max);
            }
            return super.value(value);
        }
    }

    public static String toJson(TimelineDocument document) {
        StringWriter text = new StringWriter();
        write(new JsonWriter(text), document);
        return text.append('\n').toString();
    }

    private static void write(JsonWriter out, TimelineDocument document) {
        try {
            out.setIndent("  ");
            out.setHtmlSafe(false);
            out.setSerializeNulls(true);
            writeDocument(out, document);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
    }

    /** Saved views as the file writes them (a JSON list), for formats that carry them along (TimelineJS's x-chronoline). */
    static String viewsJson(List<SavedView> views) {
        StringWriter text = new StringWriter();
        try {
            JsonWriter out = new JsonWriter(text);
            out.setHtmlSafe(false);
            out.setSerializeNulls(true);
            writeList(out, views, TimelineFileWriter::writeView);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The value of one known field; the schema decides the order they are written in. */
    private interface Value {
        void write(JsonWriter out) throws IOException;
    }

    private static void writeDocument(JsonWriter out, TimelineDocument d) throws IOException {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("version", o -> o.value(d.version()));
        fields.put("title", o -> o.value(d.title()));
        text(fields, "description", d.description());
        list(fields, "categories", d.categories(), TimelineFileWriter::writeCategory);
        list(fields, "eras", d.eras(), TimelineFileWriter::writeEra);
        fields.put("events", o -> writeList(o, d.events(), TimelineFileWriter::writeEvent));
        list(fields, "tours", d.tours(), TimelineFileWriter::writeTour);
        list(fields, "views", d.views(), TimelineFileWriter::writeView);
        writeObject(out, ObjectSchema.DOCUMENT, fields, d.extras());
    }

    private static void writeCategory(JsonWriter out, Category c) throws IOException {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("id", o -> o.value(c.id()));
        fields.put("name", o -> o.value(c.name()));
        text(fields, "color", c.color());
        writeObject(out, ObjectSchema.CATEGORY, fields, c.extras());
    }

    private static void writeEra(JsonWriter out, Era e) throws IOException {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("id", o -> o.value(e.id()));
        fields.put("title", o -> o.value(e.title()));
        date(fields, "start", e.start());
        date(fields, "end", e.end());
        text(fields, "color", e.color());
        writeObject(out, ObjectSchema.ERA, fields, e.extras());
    }

    private static void writeEvent(JsonWriter out, TimelineEvent e) throws IOException {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("id", o -> o.value(e.id()));
        fields.put("title", o -> o.value(e.title()));
        date(fields, "start", e.start());
        date(fields, "end", e.end());
        if (e.approximate()) {
            fields.put("approximate", o -> o.value(true));
        }
        Double margin = e.dating().margin();
        if (margin != null) {
            fields.put("margin", o -> number(o, margin));
        }
        text(fields, "dating", e.dating().kind());
        text(fields, "category", e.category());
        list(fields, "tags", e.tags(), JsonWriter::value);
        list(fields, "actors", e.actors(), JsonWriter::value);
        text(fields, "location", e.location());
        text(fields, "summary", e.summary());
        text(fields, "description", e.description());
        list(fields, "sources", e.sources(), TimelineFileWriter::writeSource);
        list(fields, "related", e.related(), TimelineFileWriter::writeLink);
        if (e.image() != null) {
            fields.put("image", o -> writeImage(o, e.image()));
        }
        writeObject(out, ObjectSchema.EVENT, fields, e.extras());
    }

    /** A plain link as its id; a typed one (or one carrying more) as an object. */
    private static void writeLink(JsonWriter out, RelatedLink link) throws IOException {
        if (link.isPlain()) {
            out.value(link.id());
            return;
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("id", o -> o.value(link.id()));
        text(fields, "type", link.type());
        writeObject(out, ObjectSchema.LINK, fields, link.extras());
    }

    private static void writeSource(JsonWriter out, Source s) throws IOException {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("title", o -> o.value(s.title()));
        text(fields, "url", s.url());
        text(fields, "publisher", s.publisher());
        date(fields, "date", s.date());
        date(fields, "gives", s.gives());
        text(fields, "language", s.language());
        writeObject(out, ObjectSchema.SOURCE, fields, s.extras());
    }

    private static void writeImage(JsonWriter out, EventImage i) throws IOException {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("path", o -> o.value(i.path()));
        text(fields, "caption", i.caption());
        text(fields, "credit", i.credit());
        writeObject(out, ObjectSchema.IMAGE, fields, i.extras());
    }

    private static void writeTour(JsonWriter out, Tour t) throws IOException {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("id", o -> o.value(t.id()));
        fields.put("title", o -> o.value(t.title()));
        fields.put("steps", o -> writeList(o, t.steps(), JsonWriter::value));
        writeObject(out, ObjectSchema.TOUR, fields, t.extras());
    }

    private static void writeView(JsonWriter out, SavedView v) throws IOException {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("id", o -> o.value(v.id()));
        fields.put("title", o -> o.value(v.title()));
        list(fields, "hideCategories", sorted(v.filter().hiddenCategories()), JsonWriter::value);
        list(fields, "tags", sorted(v.filter().tags()), JsonWriter::value);
        list(fields, "actors", sorted(v.filter().actors()), JsonWriter::value);
        date(fields, "from", v.filter().from());
        date(fields, "to", v.filter().to());
        writeObject(out, ObjectSchema.VIEW, fields, v.extras());
    }

    /** Sets in a stable order, so saving twice writes the same bytes. */
    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    /**
     * An object's known fields in the schema's order, with each unknown field placed after the
     * field it followed when read (which may itself be unknown). Unknown fields whose predecessor
     * is gone go last.
     */
    private static void writeObject(JsonWriter out, ObjectSchema schema, Map<String, Value> known, ExtraFields extras) throws IOException {
        for (String name : known.keySet()) {
            if (schema.indexOf(name) < 0) {
                throw new IllegalStateException("the writer writes a field the schema does not describe: " + name);
            }
        }
        out.beginObject();
        List<ExtraField> pending = new ArrayList<>(extras.fields());
        writeExtrasAfter(out, null, pending);
        for (String name : schema.names()) {
            Value value = known.get(name);
            if (value == null) {
                continue;
            }
            out.name(name);
            value.write(out);
            writeExtrasAfter(out, name, pending);
        }
        for (ExtraField extra : List.copyOf(pending)) {
            writeExtra(out, extra, pending);
        }
        out.endObject();
    }

    private static void writeExtrasAfter(JsonWriter out, String previous, List<ExtraField> pending) throws IOException {
        for (ExtraField extra : List.copyOf(pending)) {
            if (pending.contains(extra) && Objects.equals(extra.after(), previous)) {
                writeExtra(out, extra, pending);
            }
        }
    }

    private static void writeExtra(JsonWriter out, ExtraField extra, List<ExtraField> pending) throws IOException {
        pending.remove(extra);
        out.name(extra.name());
        // Another program's field: the reader takes it as it is, whatever its length, and so does the check.
        LimitedWriter limited = out instanceof LimitedWriter w ? w : null;
        if (limited != null) {
            limited.unchecked++;
        }
        try {
            RAW.toJson(JsonParser.parseString(extra.json()), out);
        } finally {
            if (limited != null) {
                limited.unchecked--;
            }
        }
        writeExtrasAfter(out, extra.name(), pending);
    }

    private interface ElementWriter<T> {
        void write(JsonWriter out, T element) throws IOException;
    }

    private static <T> void list(Map<String, Value> fields, String name, List<T> values, ElementWriter<T> element) {
        if (!values.isEmpty()) {
            fields.put(name, o -> writeList(o, values, element));
        }
    }

    private static <T> void writeList(JsonWriter out, List<T> values, ElementWriter<T> element) throws IOException {
        out.beginArray();
        for (T value : values) {
            element.write(out, value);
        }
        out.endArray();
    }

    private static void text(Map<String, Value> fields, String name, String value) {
        if (value != null) {
            fields.put(name, o -> o.value(value));
        }
    }

    /** A whole number without ".0" (a margin of 5 years is written 5), any other as it is. */
    private static void number(JsonWriter out, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.value((long) value);
        } else {
            out.value(value);
        }
    }

    private static void date(Map<String, Value> fields, String name, HistoricalDate value) {
        if (value != null) {
            fields.put(name, o -> o.value(value.toIso()));
        }
    }
}
