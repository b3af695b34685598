package org.chronoline.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Set;
import org.chronoline.model.ExtraField;
import org.chronoline.text.Messages;

/**
 * What a TimelineJS file says that a Chronoline timeline has no place for, kept whole in the timeline's, an
 * event's or an era's {@value #FIELD} field, so that exporting back to TimelineJS puts it back
 * ({@link TimelineJsWriter}): a video as media, a background, a display date, the scale, events beyond
 * Chronoline's years, fields another program wrote. The names here are that field's, read by the writer.
 * Each value is made safe to publish as it is kept; an address or colour that is not is left out and named
 * in a warning.
 */
final class TimelineJsKept {
    /** The field that holds what is kept. */
    static final String FIELD = "x-timelinejs";
    /** The prefix of a kept field that TimelineJS's format does not name either. */
    static final String OTHER = "other.";
    /** The prefix of a kept field of an event's or era's text object that neither TimelineJS nor Chronoline knows. */
    static final String TEXT_OTHER = "text.other.";
    /** An era's text (a paragraph about it), as plain text: Chronoline's eras have a name only, and the way back puts it back. */
    static final String ERA_TEXT = "text.text";
    /** The links of an era's text, words and address (http, https or mailto only), put back after its text. */
    static final String ERA_LINKS = "text.links";
    /** The dates an event's kept display_date was written for ("Autumn 1990" for 1990-11): put back only while they are the event's. */
    static final String DISPLAY_DATE_OF = "display_date.of";
    /** Marks kept media that never was the event's picture (a spreadsheet's picture on the web): it goes back all the same. */
    static final String MEDIA_NOT_SHOWN = "media.notShown";
    /** The timeline's events whose dates lie beyond the model's years (a cosmological timeline), each kept whole. */
    static final String EVENTS_BEYOND_RANGE = "events.beyondRange";
    /** Its eras beyond the model's years, kept whole too, put back after the timeline's own. */
    static final String ERAS_BEYOND_RANGE = "eras.beyondRange";

    private final Findings findings;
    private final JsonObject kept = new JsonObject();

    TimelineJsKept(Findings findings) {
        this.findings = findings;
    }

    /** Keeps {@code value}, read at {@code path}, as {@code name}, made safe to publish. */
    void keep(String name, JsonElement value, JsonPath path) {
        kept.add(name, safe(value, path));
    }

    /** Keeps what was made of the file's text here (an era's text as plain text, its links), as it is. */
    void keepMade(String name, JsonElement value) {
        kept.add(name, value);
    }

    /**
     * Keeps the fields of {@code o} that neither TimelineJS's format nor Chronoline knows ("x-foo", another program's
     * own), as {@code prefix + NAME}, so that exporting back to TimelineJS puts them back: they were dropped without a
     * word (walk-through).
     */
    void keepOthers(JsonObject o, Set<String> known, JsonPath path, String prefix) {
        for (Map.Entry<String, JsonElement> field : o.entrySet()) {
            if (!known.contains(field.getKey())) {
                keep(prefix + field.getKey(), field.getValue(), path.field(field.getKey()));
            }
        }
    }

    /** Keeps a whole event or era Chronoline cannot hold, read at {@code path}, at the end of the list {@code name}. */
    void keepInList(String name, JsonObject value, JsonPath path) {
        if (!kept.has(name)) {
            kept.add(name, new JsonArray()); // made with its first: no empty list is kept
        }
        kept.getAsJsonArray(name).add(safe(value, path));
    }

    boolean has(String name) {
        return kept.has(name);
    }

    void forget(String name) {
        kept.remove(name);
    }

    /** A value made safe to publish; each address or colour that is not is named in a warning at {@code path}. */
    private JsonElement safe(JsonElement value, JsonPath path) {
        return TimelineJsMarkup.forImport(value, dropped -> findings.warning(path,
                Messages.get("timelinejs.unsafeAddress", Quoting.quote(dropped))));
    }

    /** The field of what is kept, placed after the field {@code after}, or null when nothing is kept. */
    ExtraField field(String after) {
        return kept.size() == 0 ? null : new ExtraField(FIELD, kept.toString(), after);
    }
}
