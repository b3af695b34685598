package org.chronoline.io;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronoline.model.ExtraField;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.model.IsoDates;
import org.chronoline.text.Messages;

/**
 * JSON values read the way a timeline file needs them: each checked as it is read (its type, its
 * length, half characters, dates, colours; objects against their {@link ObjectSchema}, lists
 * against their longest), with what is wrong reported to the {@link Findings} by JSON path instead
 * of thrown, and the value left out. {@link DocumentParser} says what a timeline is made of; this
 * class how each of its values is read.
 */
final class CheckedJson {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private final JsonReader in;
    private final Findings findings;
    /** Values that repeat across events (category ids, tags, actors, places, publishers), kept once. */
    private final Map<String, String> shared = new HashMap<>();

    CheckedJson(JsonReader in, Findings findings) {
        this.in = in;
        this.findings = findings;
    }


    /** Reads one field's value; {@code parent} is the object's path. */
    interface FieldReader {
        void read(String name, JsonPath parent) throws IOException;
    }

    /** Reads one element of a list at {@code path}; returns null when the element had errors. */
    interface ElementReader<T> {
        T read(JsonPath path) throws IOException;
    }

    /** Which known fields an object had, and the unknown ones it carried. */
    record ObjectRead(boolean valid, long seenKnown, ExtraFields extras) {
        boolean has(ObjectSchema fields, String name) {
            return (seenKnown & (1L << fields.indexOf(name))) != 0;
        }
    }

    ObjectRead readObject(JsonPath path, ObjectSchema fields, FieldReader reader) throws IOException {
        if (!expect(path, JsonToken.BEGIN_OBJECT, "problem.type.expectedObject")) {
            return new ObjectRead(false, 0, ExtraFields.NONE);
        }
        in.beginObject();
        long seen = 0;
        Map<String, Integer> repeats = null;
        Set<String> unknownSeen = null;
        List<ExtraField> extras = null;
        String previous = null;
        while (in.hasNext()) {
            String read = in.nextName();
            if (TextChecks.loneSurrogate(read) >= 0) {
                findings.errorAtName(path.field(read), 1, Messages.get("problem.text.loneSurrogateName"));
                in.skipValue();
                continue;
            }
            int index = fields.indexOf(read);
            // A known name as the schema's constant, whose hash is already computed.
            String name = index >= 0 ? fields.names().get(index) : read;
            boolean repeated;
            if (index >= 0) {
                repeated = (seen & (1L << index)) != 0;
                seen |= 1L << index;
            } else {
                if (unknownSeen == null) {
                    unknownSeen = new HashSet<>();
                }
                repeated = !unknownSeen.add(name);
            }
            if (repeated) {
                if (repeats == null) {
                    repeats = new HashMap<>();
                }
                int occurrence = repeats.merge(name, 2, (a, b) -> a + 1);
                findings.errorAtName(path.field(name), occurrence, Messages.get("problem.field.repeated", Quoting.quote(name)));
                in.skipValue();
                continue;
            }
            if (index >= 0) {
                reader.read(name, path);
            } else {
                if (extras == null) {
                    extras = new ArrayList<>();
                }
                extras.add(new ExtraField(name, RawJson.capture(in, path.field(name), findings), previous));
                String suggestion = fields.suggestionFor(name);
                if (suggestion != null) {
                    findings.warningAtName(path.field(name), Messages.get("problem.field.unknown", Quoting.quote(name), Quoting.quote(suggestion)));
                }
            }
            previous = name;
        }
        in.endObject();
        return new ObjectRead(true, seen, extras == null ? ExtraFields.NONE : ExtraFields.of(extras));
    }

    /** An error for each field the schema requires that the object lacks. */
    void requireFields(JsonPath path, ObjectRead read, ObjectSchema fields) {
        if (!read.valid) {
            return;
        }
        for (String name : fields.required()) {
            if (!read.has(fields, name)) {
                findings.error(path, Messages.get("problem.field.missing", Quoting.quote(name)));
            }
        }
    }

    <T> List<T> list(JsonPath path, ElementReader<T> elements) throws IOException {
        return list(path, elements, Limits.LIST_ENTRIES);
    }

    /**
     * A list of at most {@code max} entries: past that, the rest is skipped unread (a million tags
     * on one event would make the window unusable) and the list is an error.
     */
    <T> List<T> list(JsonPath path, ElementReader<T> elements, int max) throws IOException {
        if (!expect(path, JsonToken.BEGIN_ARRAY, "problem.type.expectedList")) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        in.beginArray();
        int count = 0;
        for (int i = 0; in.hasNext(); i++) {
            if (i >= max) {
                in.skipValue();
                count++;
                continue;
            }
            T element = elements.read(path.index(i));
            if (element != null) {
                out.add(element);
            }
            count++;
        }
        in.endArray();
        if (count > max) {
            findings.error(path, Messages.get("problem.list.tooLong", count, max));
        }
        // Immutable already, so the model's List.copyOf keeps it instead of copying again.
        switch (out.size()) {
            case 0:
                return List.of();
            case 1:
                return List.of(out.get(0));
            default:
                return List.copyOf(out);
        }
    }

    List<String> textList(JsonPath path) throws IOException {
        return list(path, element -> {
            String value = textValue(element, true);
            return value == null || value.isBlank() ? null : share(value);
        });
    }

    /** The one copy of a value seen before, so a million events naming the same category hold one string. */
    String share(String value) {
        if (value == null || value.length() > 64) {
            return value;
        }
        String existing = shared.putIfAbsent(value, value);
        return existing != null ? existing : value;
    }

    // ---- single values -------------------------------------------------------------------------

    String text(JsonPath parent, String name, boolean required) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.STRING) {
            String value = limited(parent.field(name), in.nextString(), Limits.maxFor(name));
            if (value == null) {
                return null;
            }
            if (required && value.isBlank()) {
                findings.error(parent.field(name), Messages.get("problem.text.blank"));
                return null;
            }
            return value;
        }
        return wrongText(parent.field(name), token, required);
    }

    String textValue(JsonPath path, boolean required) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.STRING) {
            return limited(path, in.nextString(), Limits.TEXT_CHARS);
        }
        return wrongText(path, token, required);
    }

    /**
     * The text, or null with an error when it holds half a character or is longer than {@code max}
     * characters as people count them. Stored, a character takes at most four times its count
     * (letters with stacked accents), which also bounds what a hostile file can make the window lay out.
     */
    private String limited(JsonPath path, String value, int max) {
        if (TextChecks.mayBeUnusual(value)) {
            if (TextChecks.loneSurrogate(value) >= 0) {
                loneSurrogate(path, value);
                return null;
            }
            int control = TextChecks.controlCharacter(value);
            if (control >= 0) {
                findings.warning(path, Messages.get("problem.text.controlCharacter", String.format(Locale.ROOT, "%04X", (int) value.charAt(control))));
            }
        }
        String problem = Limits.problem(value, max);
        if (problem == null) {
            return value;
        }
        findings.error(path, problem);
        return null;
    }

    private void loneSurrogate(JsonPath path, String value) {
        char half = value.charAt(TextChecks.loneSurrogate(value));
        findings.error(path, Messages.get("problem.text.loneSurrogate", String.format(Locale.ROOT, "\\u%04x", (int) half)));
    }

    /** True (with an error) when a required field is null, which the error catalogue says is not "missing" but wrong. */
    boolean nullForRequired(JsonPath path) throws IOException {
        if (in.peek() != JsonToken.NULL) {
            return false;
        }
        in.nextNull();
        findings.error(path, Messages.get("problem.null.required"));
        return true;
    }

    String wrongText(JsonPath path, JsonToken token, boolean required) throws IOException {
        if (token == JsonToken.NULL) {
            in.nextNull();
            if (required) {
                findings.error(path, Messages.get("problem.null.required"));
            } else {
                findings.warning(path, Messages.get("problem.null.optional"));
            }
            return null;
        }
        typeError(path, token, "problem.type.expectedText");
        return null;
    }

    String id(JsonPath parent, String name) throws IOException {
        String id = text(parent, name, true);
        if (id != null && !id.equals(id.strip())) {
            findings.error(parent.field(name), Messages.get("problem.id.spaces", Quoting.quote(id)));
            return null;
        }
        return id;
    }

    HistoricalDate date(JsonPath parent, String name, boolean required) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NUMBER) {
            String number = in.nextString();
            findings.error(parent.field(name), Messages.get("problem.date.number", number));
            return null;
        }
        String text = token == JsonToken.STRING ? in.nextString() : wrongDate(parent.field(name), token, required);
        if (text == null) {
            return null;
        }
        try {
            return IsoDates.parse(text);
        } catch (InvalidDateException e) {
            findings.error(parent.field(name), Messages.get("problem.date.invalid", Quoting.quote(text), e.reason()));
            return null;
        }
    }

    private String wrongDate(JsonPath path, JsonToken token, boolean required) throws IOException {
        if (token == JsonToken.NULL) {
            return wrongText(path, token, required);
        }
        typeError(path, token, "problem.type.expectedDate");
        return null;
    }

    boolean bool(JsonPath parent, String name) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.BOOLEAN) {
            return in.nextBoolean();
        }
        if (token == JsonToken.NULL) {
            wrongText(parent.field(name), token, false);
            return false;
        }
        typeError(parent.field(name), token, "problem.type.expectedBoolean");
        return false;
    }

    String color(JsonPath parent, String name) throws IOException {
        String value = text(parent, name, false);
        if (value != null && !COLOR.matcher(value).matches()) {
            findings.warning(parent.field(name), Messages.get("problem.color.invalid", Quoting.quote(value)));
        }
        return value;
    }

    boolean expect(JsonPath path, JsonToken wanted, String messageKey) throws IOException {
        JsonToken token = in.peek();
        if (token == wanted) {
            return true;
        }
        if (token == JsonToken.NULL) {
            in.nextNull();
            findings.warning(path, Messages.get("problem.null.optional"));
            return false;
        }
        typeError(path, token, messageKey);
        return false;
    }

    void typeError(JsonPath path, JsonToken found, String expectedKey) throws IOException {
        findings.error(path, Messages.get(expectedKey, describe(found)));
        in.skipValue();
    }

    static String describe(JsonToken token) {
        switch (token) {
            case BEGIN_OBJECT:
                return Messages.get("json.object");
            case BEGIN_ARRAY:
                return Messages.get("json.list");
            case STRING:
                return Messages.get("json.text");
            case NUMBER:
                return Messages.get("json.number");
            case BOOLEAN:
                return Messages.get("json.boolean");
            case NULL:
                return Messages.get("json.null");
            default:
                return Messages.get("json.nothing");
        }
    }
}
