package org.chronoline.io;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chronoline.model.Category;
import org.chronoline.model.Era;
import org.chronoline.model.ExtraField;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Links;
import org.chronoline.model.Precision;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;

/**
 * Writes a timeline in TimelineJS's JSON format, to publish it on a web page with TimelineJS. Texts
 * become escaped HTML paragraphs, sources a list of links under the text, categories groups, dates
 * TimelineJS date objects at their precision (years BCE negative, as TimelineJS shows them), and an
 * approximate date a display date ("c. 1990").
 *
 * <p>What TimelineJS has no field for (summaries, tags, people, places, related events, colours,
 * tours) goes into {@code x-chronoline} objects, which TimelineJS ignores and Chronoline reads back,
 * and whatever an import kept in {@code x-timelinejs} (videos, backgrounds) is put back in place.
 */
public final class TimelineJsWriter {
    private TimelineJsWriter() {
    }

    public static byte[] toBytes(TimelineDocument document) {
        JsonObject root = new JsonObject();
        JsonObject keptRoot = kept(document.extras());
        JsonObject slide = new JsonObject();
        JsonObject slideText = new JsonObject();
        slideText.addProperty("headline", HtmlText.escape(document.title()));
        if (document.description() != null) {
            slideText.addProperty("text", HtmlText.paragraphs(document.description()));
        }
        slide.add("text", slideText);
        for (Map.Entry<String, JsonElement> entry : keptRoot.entrySet()) {
            if (entry.getKey().startsWith("title.")) {
                slide.add(entry.getKey().substring("title.".length()), entry.getValue());
            }
        }
        root.add("title", slide);

        JsonArray events = new JsonArray();
        for (TimelineEvent event : document.events()) {
            events.add(event(event, document));
        }
        if (keptRoot.has(TimelineJsKept.EVENTS_BEYOND_RANGE) && keptRoot.get(TimelineJsKept.EVENTS_BEYOND_RANGE).isJsonArray()) {
            events.addAll(keptRoot.getAsJsonArray(TimelineJsKept.EVENTS_BEYOND_RANGE));
        }
        root.add("events", events);
        JsonArray erasBeyondRange = keptRoot.get(TimelineJsKept.ERAS_BEYOND_RANGE) instanceof JsonArray kept ? kept : new JsonArray();
        if (!document.eras().isEmpty() || !erasBeyondRange.isEmpty()) {
            JsonArray eras = new JsonArray();
            for (Era era : document.eras()) {
                JsonObject read = keptAsRead(era.extras());
                JsonObject kept = safe(read);
                JsonObject o = new JsonObject();
                o.add("start_date", date(era.start(), kept, "start_date"));
                o.add("end_date", date(era.end(), kept, "end_date"));
                JsonObject text = new JsonObject();
                text.addProperty("headline", HtmlText.escape(era.title()));
                String eraText = HtmlText.paragraphs(eraText(read)) + eraLinks(read); // escaped here, as an event's text is
                if (!eraText.isEmpty()) {
                    text.addProperty("text", eraText);
                }
                putBackOthers(kept, TimelineJsKept.TEXT_OTHER, text);
                o.add("text", text);
                putBackOthers(kept, o);
                JsonObject ours = new JsonObject();
                ours.addProperty("id", era.id());
                if (era.color() != null) {
                    ours.addProperty("color", era.color());
                }
                addExtras(ours, era.extras());
                o.add(TimelineJsParser.OURS, ours);
                eras.add(o);
            }
            eras.addAll(erasBeyondRange);
            root.add("eras", eras);
        }
        if (keptRoot.has("scale")) {
            root.add("scale", keptRoot.get("scale"));
        }
        putBackOthers(keptRoot, root);
        JsonObject ours = new JsonObject();
        if (!document.categories().isEmpty()) {
            JsonArray categories = new JsonArray();
            for (Category category : document.categories()) {
                JsonObject c = new JsonObject();
                c.addProperty("id", category.id());
                c.addProperty("name", category.name());
                if (category.color() != null) {
                    c.addProperty("color", category.color());
                }
                addExtras(c, category.extras());
                categories.add(c);
            }
            ours.add("categories", categories);
        }
        if (!document.tours().isEmpty()) {
            JsonArray tours = new JsonArray();
            for (Tour tour : document.tours()) {
                JsonObject t = new JsonObject();
                t.addProperty("id", tour.id());
                t.addProperty("title", tour.title());
                t.add("steps", strings(tour.steps()));
                addExtras(t, tour.extras());
                tours.add(t);
            }
            ours.add("tours", tours);
        }
        if (!document.views().isEmpty()) {
            ours.add("views", JsonParser.parseString(TimelineFileWriter.viewsJson(document.views())));
        }
        addExtras(ours, document.extras());
        if (ours.size() > 0) {
            root.add(TimelineJsParser.OURS, ours);
        }
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject event(TimelineEvent event, TimelineDocument document) {
        JsonObject kept = kept(event.extras());
        JsonObject o = new JsonObject();
        o.add("start_date", date(event.start(), kept, "start_date"));
        if (event.end() != null) {
            o.add("end_date", date(event.end(), kept, "end_date"));
        }
        JsonObject text = new JsonObject();
        text.addProperty("headline", HtmlText.escape(event.title()));
        String body = HtmlText.paragraphs(event.description() != null ? event.description() : event.summary());
        if (!event.sources().isEmpty()) {
            body += sourcesHtml(event);
        }
        if (!body.isEmpty()) {
            text.addProperty("text", body);
        }
        putBackOthers(kept, TimelineJsKept.TEXT_OTHER, text);
        o.add("text", text);
        JsonElement media = media(event, kept);
        if (media != null) {
            o.add("media", media);
        }
        if (event.category() != null) {
            Category category = document.categories().stream().filter(c -> c.id().equals(event.category())).findFirst().orElse(null);
            // TimelineJS shows a group's name as HTML, as it does headlines.
            o.addProperty("group", HtmlText.escape(category != null ? category.name() : event.category()));
        }
        boolean sameDates = !kept.has(TimelineJsKept.DISPLAY_DATE_OF)
                || kept.get(TimelineJsKept.DISPLAY_DATE_OF).equals(dates(event.start(), event.end()));
        if (kept.has("display_date") && sameDates) {
            // "Autumn 1990" as the import had it, while the event's dates are still those it says: moved, its words went too.
            o.add("display_date", kept.get("display_date"));
        } else if (event.approximate() || !event.dating().isStated()) {
            o.addProperty("display_date", event.dateText()); // "c. 1990", "before March 1992": TimelineJS shows the words
        }
        for (String field : new String[] {"background", "autolink"}) {
            if (kept.has(field)) {
                o.add(field, kept.get(field));
            }
        }
        o.addProperty("unique_id", event.id());
        putBackOthers(kept, o);
        JsonObject ours = new JsonObject();
        // Texts that HTML cannot carry as they are (spaces at an end, control characters): their exact copies, for the way back.
        if (!event.title().equals(HtmlText.line(HtmlText.escape(event.title())))) {
            ours.addProperty("title", event.title());
        }
        String description = event.description();
        if (description != null && !description.equals(TimelineJsParser.bodyText(HtmlText.paragraphs(description)))) {
            ours.addProperty("description", description);
        }
        if (event.summary() != null) {
            ours.addProperty("summary", event.summary());
            if (event.description() == null) {
                ours.addProperty("textIsSummary", true); // the page shows the summary; the way back knows
            }
        }
        if (event.location() != null) {
            ours.addProperty("location", event.location());
        }
        if (event.approximate()) {
            ours.addProperty("approximate", true);
        }
        if (event.dating().margin() != null) {
            ours.addProperty("margin", event.dating().margin());
        }
        if (event.dating().kind() != null) {
            ours.addProperty("dating", event.dating().kind());
        }
        if (!event.tags().isEmpty()) {
            ours.add("tags", strings(event.tags()));
        }
        if (!event.actors().isEmpty()) {
            ours.add("actors", strings(event.actors()));
        }
        if (!event.related().isEmpty()) {
            JsonArray links = new JsonArray();
            for (RelatedLink link : event.related()) {
                if (link.isPlain()) {
                    links.add(link.id());
                } else {
                    JsonObject typed = new JsonObject();
                    typed.addProperty("id", link.id());
                    if (link.type() != null) {
                        typed.addProperty("type", link.type());
                    }
                    addExtras(typed, link.extras());
                    links.add(typed);
                }
            }
            ours.add("related", links);
        }
        if (!event.sources().isEmpty()) {
            JsonArray sources = new JsonArray();
            for (Source source : event.sources()) {
                JsonObject s = new JsonObject();
                s.addProperty("title", source.title());
                if (source.url() != null) {
                    s.addProperty("url", source.url());
                }
                if (source.publisher() != null) {
                    s.addProperty("publisher", source.publisher());
                }
                if (source.date() != null) {
                    s.addProperty("date", source.date().toIso());
                }
                if (source.gives() != null) {
                    s.addProperty("gives", source.gives().toIso());
                }
                if (source.language() != null) {
                    s.addProperty("language", source.language());
                }
                addExtras(s, source.extras());
                sources.add(s);
            }
            ours.add("sources", sources);
        }
        if (event.image() != null && !event.image().extras().isEmpty()) {
            JsonObject image = new JsonObject();
            addExtras(image, event.image().extras());
            ours.add("image", image);
        }
        addExtras(ours, event.extras());
        if (ours.size() > 0) {
            o.add(TimelineJsParser.OURS, ours);
        }
        return o;
    }

    /**
     * Fields Chronoline does not know, of any object, go into its {@code x-chronoline} so that the
     * way back restores them where they were (TimelineJS's own kept fields go back in place instead).
     */
    private static void addExtras(JsonObject ours, ExtraFields extras) {
        JsonArray list = new JsonArray();
        for (ExtraField field : extras.fields()) {
            if (!field.name().equals(TimelineJsKept.FIELD)) {
                JsonObject o = new JsonObject();
                o.addProperty("name", field.name());
                if (field.after() != null) {
                    o.addProperty("after", field.after());
                }
                o.add("value", JsonParser.parseString(field.json()));
                list.add(o);
            }
        }
        if (!list.isEmpty()) {
            ours.add("extras", list);
        }
    }

    /** The sources as links under the text, for readers of the TimelineJS page. */
    private static String sourcesHtml(TimelineEvent event) {
        StringBuilder html = new StringBuilder("<p class=\"chronoline-sources\">Sources: ");
        for (int i = 0; i < event.sources().size(); i++) {
            Source source = event.sources().get(i);
            html.append(i == 0 ? "" : "; ");
            if (source.url() != null && Links.openable(source.url()).isPresent()) {
                html.append("<a href=\"").append(HtmlText.escape(source.url())).append("\">").append(HtmlText.escape(source.title()))
                        .append("</a>");
            } else {
                html.append(HtmlText.escape(source.title()));
            }
        }
        return html.append("</p>").toString();
    }

    /** The image as media; media kept from an import come back whole, with an edited caption or credit. */
    private static JsonElement media(TimelineEvent event, JsonObject kept) {
        JsonObject media = kept.has("media") && kept.get("media").isJsonObject() ? kept.getAsJsonObject("media").deepCopy() : null;
        if (event.image() == null) {
            // A picture the import made the event's image, since removed, stays removed: it came back with its media kept.
            // Other media (a video, a map) Chronoline never showed, and keeps.
            boolean picture = media != null && textOf(media, "url") != null && TimelineJsParser.isPicture(textOf(media, "url"))
                    && !kept.has(TimelineJsKept.MEDIA_NOT_SHOWN);
            return picture ? null : media;
        }
        if (media == null || !event.image().path().equals(textOf(media, "url"))) {
            media = new JsonObject();
            media.addProperty("url", event.image().path());
        }
        if (event.image().caption() != null) {
            media.addProperty("caption", HtmlText.escape(event.image().caption()));
        }
        if (event.image().credit() != null) {
            media.addProperty("credit", HtmlText.escape(event.image().credit()));
        }
        return media;
    }

    /** An event's start and end as TimelineJS dates, to tell whether they changed since an import. */
    static JsonObject dates(HistoricalDate start, HistoricalDate end) {
        JsonObject o = new JsonObject();
        o.add("start", start == null ? com.google.gson.JsonNull.INSTANCE : date(start));
        o.add("end", end == null ? com.google.gson.JsonNull.INSTANCE : date(end));
        return o;
    }

    /** A TimelineJS date object with the fields of the date's precision. */
    static JsonObject date(HistoricalDate date) {
        JsonObject o = new JsonObject();
        int year = date.year();
        // TimelineJS shows -480 as 480 BCE: no year zero, unlike ISO 8601's 0000 for 1 BCE.
        o.addProperty("year", year <= 0 ? year - 1 : year);
        Precision p = date.precision();
        if (p.compareTo(Precision.MONTH) >= 0) {
            o.addProperty("month", date.month());
        }
        if (p.compareTo(Precision.DAY) >= 0) {
            o.addProperty("day", date.day());
        }
        if (p.compareTo(Precision.HOUR) >= 0) {
            o.addProperty("hour", date.hour());
        }
        if (p.compareTo(Precision.MINUTE) >= 0) {
            o.addProperty("minute", date.minute());
        }
        if (p.compareTo(Precision.SECOND) >= 0) {
            o.addProperty("second", date.second());
        }
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /** The fields an import kept that neither TimelineJS's format nor Chronoline knows, back where they were. */
    private static void putBackOthers(JsonObject kept, JsonObject into) {
        putBackOthers(kept, TimelineJsKept.OTHER, into);
    }

    private static void putBackOthers(JsonObject kept, String prefix, JsonObject into) {
        for (Map.Entry<String, JsonElement> entry : kept.entrySet()) {
            if (entry.getKey().startsWith(prefix) && !into.has(entry.getKey().substring(prefix.length()))) {
                into.add(entry.getKey().substring(prefix.length()), entry.getValue());
            }
        }
    }

    /**
     * A date as the import had it (with its display_date, milliseconds, format) while it still names
     * the same date; once edited, the date as it is now: the kept one was written over an edited date.
     */
    private static JsonObject date(HistoricalDate date, JsonObject kept, String name) {
        JsonObject now = date(date);
        if (!kept.has(name) || !kept.get(name).isJsonObject()) {
            return now;
        }
        JsonObject was = kept.getAsJsonObject(name);
        for (String part : TimelineJsDates.PARTS) {
            if (!Objects.equals(number(was.get(part)), now.has(part) ? now.get(part).getAsLong() : null)) {
                return now;
            }
        }
        return was;
    }

    /** A date part as TimelineJS allows it, a number or its text ("" for none); null when absent or not a number. */
    private static Long number(JsonElement value) {
        if (value == null || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.getAsString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The links an era's text had, each a paragraph after it: only addresses a reader may open, words and address escaped. */
    private static String eraLinks(JsonObject read) {
        StringBuilder html = new StringBuilder();
        if (!read.has(TimelineJsKept.ERA_LINKS) || !read.get(TimelineJsKept.ERA_LINKS).isJsonArray()) {
            return "";
        }
        for (JsonElement link : read.getAsJsonArray(TimelineJsKept.ERA_LINKS)) {
            String href = link.isJsonObject() ? textOf(link.getAsJsonObject(), "href") : null;
            String words = link.isJsonObject() ? textOf(link.getAsJsonObject(), "text") : null;
            if (href != null && words != null && Links.openable(href).isPresent()) {
                html.append("<p><a href=\"").append(HtmlText.escape(href)).append("\">")
                        .append(HtmlText.escape(words)).append("</a></p>");
            }
        }
        return html.toString();
    }

    /** An era's text as the import kept it (plain text, not yet escaped for HTML); null when it had none. */
    private static String eraText(JsonObject read) {
        return textOf(read, TimelineJsKept.ERA_TEXT);
    }

    /**
     * A kept field's text, or null when it is missing or not a text: what was kept may have been written by
     * hand into a Chronoline file, and a list where an address belongs stopped the export.
     */
    private static String textOf(JsonObject kept, String name) {
        JsonElement value = kept.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    /** What an import kept ({@code x-timelinejs}), made safe to publish again, whatever it holds now. */
    private static JsonObject kept(ExtraFields extras) {
        return safe(keptAsRead(extras));
    }

    /** What an import kept, as it is in the file (kept from an import, or written by hand); empty when nothing is. */
    private static JsonObject keptAsRead(ExtraFields extras) {
        for (ExtraField field : extras.fields()) {
            if (field.name().equals(TimelineJsKept.FIELD)) {
                JsonElement value = JsonParser.parseString(field.json());
                if (value.isJsonObject()) {
                    return value.getAsJsonObject();
                }
            }
        }
        return new JsonObject();
    }

    private static JsonObject safe(JsonObject kept) {
        return TimelineJsMarkup.forExport(kept).getAsJsonObject();
    }
}
