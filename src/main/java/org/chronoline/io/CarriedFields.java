package org.chronoline.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronoline.model.Dating;
import org.chronoline.model.ExtraField;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.IsoDates;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.Source;
import org.chronoline.model.Tour;
import org.chronoline.text.Messages;

/**
 * What a timeline Chronoline exported to TimelineJS carries of its own in each object's
 * {@code x-chronoline} field (TimelineJsWriter writes it), read back by {@link TimelineJsParser}:
 * how sure a date is, tags, people, sources, links, tours and fields Chronoline did not know, so
 * that a round trip loses nothing. Lenient by design: what does not fit is left out, since
 * TimelineJS itself ignores the field and a person may have edited it by hand.
 */
final class CarriedFields {
    private CarriedFields() {
    }

    /** How sure the date is, as Chronoline carried it in x-chronoline; as stated when it is missing or does not fit. */
    static Dating dating(JsonObject ours, HistoricalDate end) {
        if (ours == null) {
            return Dating.STATED;
        }
        String kind = text(ours, "dating");
        Double margin = null;
        if (ours.has("margin") && ours.get("margin").isJsonPrimitive() && ours.getAsJsonPrimitive("margin").isNumber()) {
            double value = ours.get("margin").getAsDouble();
            margin = Dating.isMargin(value) ? value : null;
        }
        if (Dating.BETWEEN.equals(kind) && end == null) {
            kind = null;
        }
        return new Dating(kind, margin);
    }

    /** Whether the event's TimelineJS text is its summary (it had no description), not its description. */
    static boolean textIsSummary(JsonObject ours) {
        return ours != null && ours.has("textIsSummary") && ours.get("textIsSummary").isJsonPrimitive()
                && ours.get("textIsSummary").getAsBoolean();
    }

    /** The sources as Chronoline carried them (title, address, publisher, date, the date they give, their language). */
    static List<Source> sources(JsonElement element) {
        List<Source> sources = new ArrayList<>();
        if (element.isJsonArray()) {
            for (JsonElement s : element.getAsJsonArray()) {
                if (s.isJsonObject() && s.getAsJsonObject().has("title")) {
                    JsonObject o = s.getAsJsonObject();
                    sources.add(new Source(o.get("title").getAsString(), text(o, "url"), text(o, "publisher"),
                            IsoDates.parseOrNull(text(o, "date")), IsoDates.parseOrNull(text(o, "gives")), text(o, "language"),
                            ExtraFields.of(extras(o))));
                }
            }
        }
        return sources;
    }

    /** The guided tours of the timeline's x-chronoline. */
    static List<Tour> tours(JsonObject ours) {
        List<Tour> tours = new ArrayList<>();
        if (ours.has("tours") && ours.get("tours").isJsonArray()) {
            for (JsonElement t : ours.getAsJsonArray("tours")) {
                if (t.isJsonObject() && t.getAsJsonObject().has("id") && t.getAsJsonObject().has("title")) {
                    JsonObject o = t.getAsJsonObject();
                    tours.add(new Tour(o.get("id").getAsString(), o.get("title").getAsString(), strings(o, "steps"),
                            ExtraFields.of(extras(o))));
                }
            }
        }
        return tours;
    }

    /** The unknown fields an export carried in an object's x-chronoline (see TimelineJsWriter), in order. */
    static List<ExtraField> extras(JsonObject ours) {
        List<ExtraField> extras = new ArrayList<>();
        if (ours == null || !ours.has("extras") || !ours.get("extras").isJsonArray()) {
            return extras;
        }
        for (JsonElement e : ours.getAsJsonArray("extras")) {
            if (e.isJsonObject() && e.getAsJsonObject().has("name")) {
                JsonObject o = e.getAsJsonObject();
                String name = text(o, "name");
                if (name != null && !name.equals(TimelineJsKept.FIELD) && !name.equals(TimelineJsParser.OURS)) {
                    // No "value": the field's value was null, which the JSON of the export leaves out (it lost "x-null": null).
                    String value = o.has("value") ? o.get("value").toString() : "null";
                    extras.add(new ExtraField(name, value, text(o, "after")));
                }
            }
        }
        return extras;
    }

    /** A field's text, or null when it is absent, not text, or blank. */
    static String text(JsonObject o, String name) {
        if (o == null || !o.has(name) || !o.get(name).isJsonPrimitive()) {
            return null;
        }
        return blankToNull(o.get(name).getAsString());
    }

    /** The links Chronoline carried in x-chronoline: ids, or objects with an id and a type. */
    static List<RelatedLink> links(JsonObject o) {
        if (o == null || !o.has("related") || !o.get("related").isJsonArray()) {
            return List.of();
        }
        List<RelatedLink> out = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("related")) {
            if (e.isJsonPrimitive() && !e.getAsString().isBlank()) {
                out.add(RelatedLink.to(e.getAsString()));
            } else if (e.isJsonObject() && e.getAsJsonObject().has("id") && e.getAsJsonObject().get("id").isJsonPrimitive()) {
                JsonObject link = e.getAsJsonObject();
                String type = link.has("type") && link.get("type").isJsonPrimitive() ? link.get("type").getAsString() : null;
                out.add(new RelatedLink(link.get("id").getAsString(), type, ExtraFields.of(extras(link))));
            }
        }
        return List.copyOf(out);
    }

    /** A list of texts (tags, people, a tour's steps), without the blank ones. */
    static List<String> strings(JsonObject o, String name) {
        if (o == null || !o.has(name) || !o.get(name).isJsonArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray(name)) {
            if (e.isJsonPrimitive() && !e.getAsString().isBlank()) {
                out.add(e.getAsString());
            }
        }
        return List.copyOf(out);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * What Chronoline carried in an object's x-chronoline ({@code ours}, at {@code at}), held to a
     * Chronoline file's limits: each text and list in it (a summary, tags, a source's title, a tour's
     * steps) that a Chronoline file could not hold is an error at its place. Taken whole, the timeline
     * opened and could never be saved, or was saved as a file Chronoline then refused. Saved views have
     * their own reader and checks; fields other programs added ("extras") are not limited, as in a
     * Chronoline file.
     */
    static void holdToLimits(JsonObject ours, JsonPath at, Findings findings) {
        for (Map.Entry<String, JsonElement> field : ours.entrySet()) {
            if (!field.getKey().equals("views") && !field.getKey().equals("extras")) {
                holdToLimits(field.getValue(), field.getKey(), at.field(field.getKey()), findings);
            }
        }
    }

    private static void holdToLimits(JsonElement value, String name, JsonPath at, Findings findings) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            String tooLong = Limits.problem(value.getAsString(), Limits.maxFor(name));
            if (tooLong != null) {
                findings.error(at, tooLong);
            }
        } else if (value.isJsonArray()) {
            JsonArray list = value.getAsJsonArray();
            if (list.size() > Limits.LIST_ENTRIES) {
                findings.error(at, Messages.get("problem.list.tooLong", list.size(), Limits.LIST_ENTRIES));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                holdToLimits(list.get(i), name, at.index(i), findings);
            }
        } else if (value.isJsonObject()) {
            for (Map.Entry<String, JsonElement> field : value.getAsJsonObject().entrySet()) {
                if (!field.getKey().equals("extras")) {
                    holdToLimits(field.getValue(), field.getKey(), at.field(field.getKey()), findings);
                }
            }
        }
    }
}
