package org.chronoline.io;

import static org.chronoline.io.CarriedFields.blankToNull;
import static org.chronoline.io.CarriedFields.dating;
import static org.chronoline.io.CarriedFields.extras;
import static org.chronoline.io.CarriedFields.links;
import static org.chronoline.io.CarriedFields.sources;
import static org.chronoline.io.CarriedFields.strings;
import static org.chronoline.io.CarriedFields.text;
import static org.chronoline.io.CarriedFields.textIsSummary;
import static org.chronoline.io.CarriedFields.tours;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronoline.model.Category;
import org.chronoline.model.Dating;
import org.chronoline.model.Era;
import org.chronoline.model.EventIds;
import org.chronoline.model.EventImage;
import org.chronoline.model.ExtraField;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.Graphemes;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Links;
import org.chronoline.model.SavedView;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.model.UniqueIds;
import org.chronoline.model.edit.EventDraft;
import org.chronoline.text.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a TimelineJS file (its JSON format, as published at timeline.knightlab.com/docs/json-format.html)
 * into a timeline: the title slide becomes the title and description, events keep their dates at
 * the precision of the fields given, headlines and texts are converted from HTML to plain text with
 * their links as sources, groups become categories, and eras stay eras.
 *
 * <p>What has no place in a Chronoline timeline (a video as media, a background, a display date,
 * the scale) is kept in the event's or the timeline's {@code x-timelinejs} field, so that exporting
 * back to TimelineJS restores it; media Chronoline cannot show get a warning naming the event.
 * Fields Chronoline exported itself ({@code x-chronoline}: summary, tags, people, sources, colours,
 * tours) are read back ({@link CarriedFields}), so a round trip loses nothing.
 */
final class TimelineJsParser {
    static final String OURS = "x-chronoline";
    private static final Set<String> PICTURES = Set.of("png", "jpg", "jpeg", "gif", "bmp", "webp");
    private static final JsonPath EVENTS = JsonPath.ROOT.field("events");

    private final JsonReader in;
    private final Findings findings;
    private final String fallbackTitle;
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Set<String> eventIds = new HashSet<>();
    /** What the file says of the timeline as a whole that has no place in it, and its events and eras beyond its years. */
    private final TimelineJsKept keptOfTimeline;
    private final TimelineJsDates dates;

    /** @param fallbackTitle the title when the file has no title slide (the file's name) */
    TimelineJsParser(JsonReader in, Findings findings, String fallbackTitle) {
        this.in = in;
        this.findings = findings;
        this.fallbackTitle = fallbackTitle;
        this.dates = new TimelineJsDates(findings);
        this.keptOfTimeline = new TimelineJsKept(findings);
    }

    /** Whether a file's top-level fields look like TimelineJS rather than Chronoline's own format. */
    static boolean looksLikeTimelineJs(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
            return false;
        }
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "version":
                    return false;
                case "scale":
                    return true;
                case "title":
                    if (in.peek() == JsonToken.BEGIN_OBJECT) {
                        return true;
                    }
                    in.skipValue();
                    break;
                case "events":
                    return firstEventHasTimelineJsFields(in);
                default:
                    in.skipValue();
            }
        }
        return false;
    }

    private static boolean firstEventHasTimelineJsFields(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.BEGIN_ARRAY) {
            return false;
        }
        in.beginArray();
        if (!in.hasNext() || in.peek() != JsonToken.BEGIN_OBJECT) {
            return false;
        }
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            if (name.equals("start_date") || name.equals("unique_id") || name.equals("text") && in.peek() == JsonToken.BEGIN_OBJECT) {
                return true;
            }
            if (name.equals("start") || name.equals("title")) {
                return false;
            }
            in.skipValue();
        }
        return false;
    }

    TimelineDocument parse() throws IOException {
        JsonElement rootElement = JsonTrees.read(in);
        if (!rootElement.isJsonObject()) {
            findings.error(JsonPath.ROOT, Messages.get("problem.root.notObject", JsonTrees.describe(rootElement)));
            return null;
        }
        // Half a character ("\ud800") is refused at its place, as a Chronoline file's reader does: it was saved as "?".
        TextChecks.refuseHalfCharacters(rootElement, JsonPath.ROOT, findings);
        JsonObject root = rootElement.getAsJsonObject();
        JsonObject ours = carried(root, JsonPath.ROOT);
        TimelineJsKept kept = keptOfTimeline;

        String title = fallbackTitle;
        String description = null;
        JsonObject slide = object(root, "title", JsonPath.ROOT);
        if (slide != null) {
            JsonObject text = object(slide, "text", JsonPath.ROOT.field("title"));
            if (text != null) {
                String headline = line(text, "headline", JsonPath.ROOT.field("title").field("text"));
                if (headline != null && !headline.isBlank()) {
                    title = headline;
                }
                JsonPath at = JsonPath.ROOT.field("title").field("text").field("text");
                description = held(blankToNull(HtmlText.convert(html(text, "text", JsonPath.ROOT.field("title").field("text"))).text()), at);
            }
            // Everything of the title slide but its text, whatever TimelineJS or another program put there, for the way back.
            for (Map.Entry<String, JsonElement> field : slide.entrySet()) {
                if (!field.getKey().equals("text")) {
                    kept.keep("title." + field.getKey(), field.getValue(), JsonPath.ROOT.field("title").field(field.getKey()));
                }
            }
        }
        if (root.has("scale")) {
            kept.keep("scale", root.get("scale"), JsonPath.ROOT.field("scale"));
        }
        kept.keepOthers(root, ROOT_FIELDS, JsonPath.ROOT, TimelineJsKept.OTHER); // then the events and eras beyond its years
        if (ours != null && ours.has("categories") && ours.get("categories").isJsonArray()) {
            for (JsonElement c : ours.getAsJsonArray("categories")) {
                if (c.isJsonObject() && c.getAsJsonObject().has("id") && c.getAsJsonObject().has("name")) {
                    JsonObject o = c.getAsJsonObject();
                    String color = o.has("color") && o.get("color").isJsonPrimitive() ? o.get("color").getAsString() : null;
                    categories.put(o.get("name").getAsString(), new Category(o.get("id").getAsString(), o.get("name").getAsString(), color,
                            ExtraFields.of(extras(o))));
                }
            }
        }

        List<TimelineEvent> events = new ArrayList<>();
        JsonArray list = array(root, "events", JsonPath.ROOT);
        if (list == null) {
            findings.error(JsonPath.ROOT, Messages.get("problem.field.missing", Quoting.quote("events")));
        } else {
            for (int i = 0; i < list.size(); i++) {
                TimelineEvent event = event(list.get(i), EVENTS.index(i));
                if (event != null) {
                    events.add(event);
                }
            }
        }
        List<Era> eras = new ArrayList<>();
        JsonArray eraList = array(root, "eras", JsonPath.ROOT);
        if (eraList != null) {
            for (int i = 0; i < eraList.size(); i++) {
                Era era = era(eraList.get(i), JsonPath.ROOT.field("eras").index(i), eras.size());
                if (era != null) {
                    eras.add(era);
                }
            }
        }
        List<Tour> tours = ours == null ? List.of() : tours(ours);
        if (findings.hasErrors()) {
            return null;
        }
        List<ExtraField> extras = extras(ours);
        addIfAny(extras, kept.field("views"));
        return new TimelineDocument(1, title, description, List.copyOf(categories.values()), eras, events, tours, views(ours),
                ExtraFields.of(extras));
    }

    /** The fields of a TimelineJS file and of its events that are read, or kept where they are known to go. */
    private static final Set<String> ROOT_FIELDS = Set.of("title", "events", "eras", "scale", OURS, TimelineJsKept.FIELD);
    private static final Set<String> EVENT_FIELDS = Set.of("start_date", "end_date", "text", "media", "group", "display_date",
            "background", "autolink", "unique_id", OURS, TimelineJsKept.FIELD);

    /** Adds what is kept, when anything is. */
    private static void addIfAny(List<ExtraField> extras, ExtraField kept) {
        if (kept != null) {
            extras.add(kept);
        }
    }

    private static final Set<String> TEXT_FIELDS = Set.of("headline", "text");
    private static final Set<String> ERA_FIELDS = Set.of("start_date", "end_date", "text", OURS, TimelineJsKept.FIELD);

    // ---- events --------------------------------------------------------------------------------

    private TimelineEvent event(JsonElement element, JsonPath path) {
        if (!element.isJsonObject()) {
            findings.error(path, Messages.get("problem.type.expectedObject", JsonTrees.describe(element)));
            return null;
        }
        JsonObject o = element.getAsJsonObject();
        TimelineJsKept kept = new TimelineJsKept(findings);
        TimelineJsDates.Read startRead = date(o, "start_date", path, true, kept);
        TimelineJsDates.Read endRead = date(o, "end_date", path, false, kept);
        HistoricalDate start = startRead.date();
        HistoricalDate end = endRead.date();
        if (startRead.beyondYears() || endRead.beyondYears()) {
            keptOfTimeline.keepInList(TimelineJsKept.EVENTS_BEYOND_RANGE, o, path);
            findings.warning(path, Messages.get("timelinejs.beyondRange", HistoricalDate.MIN_YEAR,
                    HistoricalDate.MAX_YEAR));
            return null;
        }
        if (EventDraft.endsBeforeStart(start, end)) {
            findings.error(path.field("end_date"), Messages.get("problem.date.endBeforeStart", end.toIso(), start.toIso()));
            return null;
        }
        JsonObject text = object(o, "text", path);
        if (text != null) {
            kept.keepOthers(text, TEXT_FIELDS, path.field("text"), TimelineJsKept.TEXT_OTHER);
        }
        String given = text == null ? null : HtmlText.line(string(text, "headline", path.field("text")));
        String headline = fitting(given, path.field("text").field("headline"));
        String body = text == null ? null : html(text, "text", path.field("text"));
        HtmlText.Result converted = convertBody(body);
        JsonObject ours = carried(o, path);

        // The exact title Chronoline carried, while the headline is still the one it wrote for it.
        String exactTitle = exact(ours, "title");
        String title = exactTitle != null && Objects.equals(headline, HtmlText.line(HtmlText.escape(exactTitle))) ? exactTitle : headline;
        // A text refused as longer than any file's text (string) is given too, though it never came to be a line.
        boolean headlineGiven = given != null || text != null && text.get("headline") instanceof JsonPrimitive;
        if (headlineGiven && headline == null) {
            title = Messages.get("timelinejs.untitled"); // too long: an error at the headline already, not also missing
        } else if (title == null || title.isBlank()) {
            String display = o.has("display_date") && o.get("display_date").isJsonPrimitive()
                    ? fitting(o.get("display_date").getAsString(), path.field("display_date")) : null;
            String firstLine = converted.text() == null ? "" : converted.text().strip().split("\n")[0];
            if (Graphemes.count(firstLine) > 80) {
                int cut = Graphemes.end(firstLine, 80);
                int space = firstLine.lastIndexOf(' ', cut);
                firstLine = firstLine.substring(0, space > 20 ? space : cut).stripTrailing() + "\u2026"; // after a word, else a character
            }
            title = display != null && !display.isBlank() ? display
                    : !firstLine.isBlank() ? firstLine : Messages.get("timelinejs.untitled");
            findings.warning(path.field("text"), Messages.get("timelinejs.noHeadline", Quoting.quote(title)));
        }
        if (start == null) {
            return null;
        }
        String category = null;
        // Escaped, as TimelineJS shows it as HTML (and Chronoline writes it): "AT&amp;T" is the group AT&T. Only the
        // entities are undone: its spaces stay as they are, so that it matches the category Chronoline carried by name.
        String group = o.has("group") && o.get("group").isJsonPrimitive()
                ? TextChecks.wholeCharacters(org.jsoup.parser.Parser.unescapeEntities(o.get("group").getAsString(), false)).strip() : "";
        group = Objects.requireNonNullElse(fitting(group, path.field("group")), "");
        if (!group.isEmpty()) {
            category = categories.computeIfAbsent(group, g -> new Category(uniqueCategoryId(g), g,
                    Category.nextColor(categories.values()))).id();
        }
        EventImage image = media(o, path, kept);
        boolean approximateByUs = ours != null && (ours.has("approximate") || ours.has("dating") || ours.has("margin"));
        for (String field : List.of("background", "display_date", "autolink")) {
            // The display date of an approximate or uncertain date is what Chronoline wrote for it ("c. 1990"): nothing to keep.
            if (o.has(field) && !(field.equals("display_date") && approximateByUs)) {
                kept.keep(field, o.get(field), path.field(field));
            }
        }
        if (kept.has("display_date")) {
            kept.keepMade(TimelineJsKept.DISPLAY_DATE_OF, TimelineJsWriter.dates(start, end)); // it goes back only with them
        }
        kept.keepOthers(o, EVENT_FIELDS, path, TimelineJsKept.OTHER);

        List<Source> sources = ours != null && ours.has("sources") ? sources(ours.get("sources")) : linkSources(converted.links());
        boolean approximate = ours != null && ours.has("approximate") && ours.get("approximate").isJsonPrimitive()
                && ours.get("approximate").getAsBoolean();
        String id = id(o, path, title, start);
        List<ExtraField> extras = extras(ours);
        addIfAny(extras, kept.field("image"));
        if (image != null && ours != null && ours.has("image") && ours.get("image").isJsonObject()) {
            image = new EventImage(image.path(), image.caption(), image.credit(), ExtraFields.of(extras(ours.getAsJsonObject("image"))));
        }
        Dating dating = dating(ours, end);
        String description = textIsSummary(ours) ? null : held(blankToNull(converted.text()), path.field("text").field("text"));
        String exactDescription = exact(ours, "description");
        if (exactDescription != null && Objects.equals(description, bodyText(HtmlText.paragraphs(exactDescription)))) {
            description = exactDescription;
        }
        return new TimelineEvent(id, title, start, end, approximate, category, strings(ours, "tags"), strings(ours, "actors"),
                text(ours, "location"), text(ours, "summary"), description, sources,
                links(ours),
                image, ExtraFields.of(extras), dating);
    }

    /** A text exactly as Chronoline carried it in x-chronoline, or null. */
    private static String exact(JsonObject ours, String name) {
        return ours != null && ours.has(name) && ours.get(name).isJsonPrimitive() ? ours.get(name).getAsString() : null;
    }

    /** An event's text as an export's HTML comes back (what TimelineJsWriter compares with to know whether to carry it). */
    static String bodyText(String html) {
        return blankToNull(convertBody(html).text());
    }

    /** The text without the list of sources Chronoline appends on export (it comes back from x-chronoline). */
    private static HtmlText.Result convertBody(String html) {
        if (html == null) {
            return new HtmlText.Result(null, List.of());
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(".chronoline-sources").remove();
        return HtmlText.convert(body);
    }

    private String id(JsonObject o, JsonPath path, String title, HistoricalDate start) {
        String given = o.has("unique_id") && o.get("unique_id").isJsonPrimitive() ? o.get("unique_id").getAsString().strip() : "";
        given = Objects.requireNonNullElse(fitting(given, path.field("unique_id")), "");
        if (!given.isEmpty() && !eventIds.contains(given)) {
            eventIds.add(given);
            return given;
        }
        String generated = EventIds.generate(title, start, eventIds);
        if (!given.isEmpty()) {
            findings.warning(path.field("unique_id"), Messages.get("timelinejs.duplicateId", Quoting.quote(given), Quoting.quote(generated)));
        }
        eventIds.add(generated);
        return generated;
    }

    private String uniqueCategoryId(String group) {
        return UniqueIds.next(EventIds.slugOrDefault(group), id -> categories.values().stream().anyMatch(c -> c.id().equals(id)));
    }

    /** A picture becomes the event's image; any media is also kept whole, for the way back. */
    private EventImage media(JsonObject o, JsonPath path, TimelineJsKept kept) {
        JsonObject media = object(o, "media", path);
        if (media == null) {
            return null;
        }
        kept.keep("media", media, path.field("media"));
        String url = string(media, "url", path.field("media"));
        if (url == null || url.isBlank() || !TimelineJsMarkup.isSafeAddress(url)) {
            return null;
        }
        if (!isPicture(url)) {
            findings.warning(path.field("media").field("url"), Messages.get("timelinejs.mediaNotShown", Quoting.quote(url)));
            return null;
        }
        if (Set.of("url", "caption", "credit").containsAll(media.keySet())) {
            kept.forget("media"); // the image says all of it, and the way back writes it again
        }
        String address = fitting(url.strip(), path.field("media").field("url"));
        if (address == null) {
            return null;
        }
        return new EventImage(address, blankToNull(line(media, "caption", path.field("media"))),
                blankToNull(line(media, "credit", path.field("media"))), ExtraFields.NONE);
    }

    static boolean isPicture(String url) {
        String path = url.strip().replaceAll("[?#].*$", "");
        int dot = path.lastIndexOf('.');
        return dot > 0 && PICTURES.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static List<Source> linkSources(List<HtmlText.Link> links) {
        List<Source> sources = new ArrayList<>();
        for (HtmlText.Link link : links) {
            if (Links.openable(link.href()).isPresent()) {
                String title = link.text().isBlank() ? link.href() : link.text();
                if (sources.stream().noneMatch(s -> s.url().equals(link.href()))) {
                    sources.add(new Source(title, link.href(), null, null, ExtraFields.NONE));
                }
            }
        }
        return sources;
    }

    // ---- dates ---------------------------------------------------------------------------------

    /**
     * A date object as read ({@link TimelineJsDates}); one with more than Chronoline reads (milliseconds,
     * a display_date, a format) is also kept whole in {@code kept}, put back while the date is the same.
     */
    private TimelineJsDates.Read date(JsonObject o, String name, JsonPath parent, boolean required, TimelineJsKept kept) {
        TimelineJsDates.Read read = dates.read(o, name, parent, required);
        if (read.date() != null && !TimelineJsDates.PARTS.containsAll(o.getAsJsonObject(name).keySet())) {
            kept.keep(name, o.get(name), parent.field(name));
        }
        return read;
    }

    // ---- eras and tours ------------------------------------------------------------------------

    private Era era(JsonElement element, JsonPath path, int index) {
        if (!element.isJsonObject()) {
            findings.error(path, Messages.get("problem.type.expectedObject", JsonTrees.describe(element)));
            return null;
        }
        JsonObject o = element.getAsJsonObject();
        TimelineJsKept kept = new TimelineJsKept(findings);
        TimelineJsDates.Read startRead = date(o, "start_date", path, true, kept);
        TimelineJsDates.Read endRead = date(o, "end_date", path, true, kept);
        if (startRead.beyondYears() || endRead.beyondYears()) {
            // Kept and said, as an event's is: an era left out without a word was simply missing, on the way back too.
            keptOfTimeline.keepInList(TimelineJsKept.ERAS_BEYOND_RANGE, o, path);
            findings.warning(path, Messages.get("timelinejs.eraBeyondRange", HistoricalDate.MIN_YEAR, HistoricalDate.MAX_YEAR));
            return null;
        }
        HistoricalDate start = startRead.date();
        HistoricalDate end = endRead.date();
        JsonObject text = object(o, "text", path);
        String headline = text == null ? null : line(text, "headline", path.field("text"));
        if (text != null) {
            HtmlText.Result converted = HtmlText.convert(html(text, "text", path.field("text")));
            String body = held(blankToNull(converted.text()), path.field("text").field("text"));
            if (body != null) {
                kept.keepMade(TimelineJsKept.ERA_TEXT, new JsonPrimitive(body)); // as an event's text: plain, its markup undone
            }
            // Its links, which an event's text makes its sources: an era has none, and they were lost with the markup.
            JsonArray links = new JsonArray();
            for (Source link : linkSources(converted.links())) {
                JsonObject l = new JsonObject();
                l.addProperty("text", link.title());
                l.addProperty("href", link.url());
                links.add(l);
            }
            if (!links.isEmpty()) {
                kept.keepMade(TimelineJsKept.ERA_LINKS, links);
            }
            kept.keepOthers(text, TEXT_FIELDS, path.field("text"), TimelineJsKept.TEXT_OTHER);
        }
        kept.keepOthers(o, ERA_FIELDS, path, TimelineJsKept.OTHER);
        if (start == null || end == null) {
            return null;
        }
        if (EventDraft.endsBeforeStart(start, end)) {
            findings.error(path.field("end_date"), Messages.get("problem.date.endBeforeStart", end.toIso(), start.toIso()));
            return null;
        }
        String title = headline == null || headline.isBlank() ? Messages.get("timelinejs.untitled") : headline;
        JsonObject ours = carried(o, path);
        String id = text(ours, "id");
        String color = text(ours, "color");
        List<ExtraField> extras = extras(ours);
        addIfAny(extras, kept.field(color != null ? "color" : "end"));
        return new Era(id != null ? id : "era-" + (index + 1), title, start, end, color, ExtraFields.of(extras));
    }

    /** Saved views exported in x-chronoline, read by the timeline format's own reader (with its checks). */
    private List<SavedView> views(JsonObject ours) {
        if (ours == null || !ours.has("views") || !ours.get("views").isJsonArray()) {
            return List.of();
        }
        String document = "{\"version\": 1, \"title\": \"views\", \"events\": [], \"views\": " + ours.get("views") + "}";
        try {
            JsonReader reader = new JsonReader(new StringReader(document));
            reader.setStrictness(Strictness.STRICT);
            TimelineDocument read = new DocumentParser(reader, new Findings()).parse();
            if (read != null) {
                return read.views();
            }
        } catch (IOException | RuntimeException e) {
            // reported below
        }
        findings.warning(JsonPath.ROOT.field(OURS).field("views"), Messages.get("timelinejs.viewsIgnored"));
        return List.of();
    }

    // ---- values --------------------------------------------------------------------------------

    /** An object's x-chronoline, held to a Chronoline file's limits ({@link CarriedFields#holdToLimits}). */
    private JsonObject carried(JsonObject o, JsonPath path) {
        JsonObject ours = object(o, OURS, path);
        if (ours != null) {
            CarriedFields.holdToLimits(ours, path.field(OURS), findings);
        }
        return ours;
    }

    private JsonObject object(JsonObject o, String name, JsonPath parent) {
        if (!o.has(name) || o.get(name).isJsonNull()) {
            return null;
        }
        if (!o.get(name).isJsonObject()) {
            findings.warning(parent.field(name), Messages.get("timelinejs.ignored", Messages.get("problem.type.expectedObject",
                    JsonTrees.describe(o.get(name)))));
            return null;
        }
        return o.getAsJsonObject(name);
    }

    private JsonArray array(JsonObject o, String name, JsonPath parent) {
        if (!o.has(name) || o.get(name).isJsonNull()) {
            return null;
        }
        if (!o.get(name).isJsonArray()) {
            findings.error(parent.field(name), Messages.get("problem.type.expectedList", JsonTrees.describe(o.get(name))));
            return null;
        }
        return o.getAsJsonArray(name);
    }

    /**
     * A text that becomes one line of Chronoline's (a title, a caption), its HTML undone; one longer
     * than a Chronoline file may hold is an error at its field, as in a Chronoline file: taken, the
     * timeline opened and could never be saved.
     */
    private String line(JsonObject o, String name, JsonPath parent) {
        return fitting(HtmlText.line(string(o, name, parent)), parent.field(name));
    }

    /** {@code text}, or null (with an error at {@code at}) when it is longer than a Chronoline file's short texts may be. */
    private String fitting(String text, JsonPath at) {
        return fitting(text, at, Limits.TEXT_CHARS);
    }

    /** {@code text}, or null (with an error at {@code at}) when it is longer than {@code max} characters as people count them. */
    private String fitting(String text, JsonPath at, int max) {
        String tooLong = Limits.problem(text, max);
        if (tooLong != null) {
            findings.error(at, tooLong);
            return null;
        }
        return text;
    }

    /** A description made from HTML, or null (with an error at {@code at}) when it is longer than a Chronoline file's may be. */
    private String held(String description, JsonPath at) {
        return fitting(description, at, Limits.DESCRIPTION_CHARS);
    }

    /** A text of HTML, held to {@link Limits#HTML_CHARS}: what it holds is held to a description's length once read. */
    private String html(JsonObject o, String name, JsonPath parent) {
        return string(o, name, parent, Limits.HTML_CHARS);
    }

    private String string(JsonObject o, String name, JsonPath parent) {
        return string(o, name, parent, Limits.DESCRIPTION_CHARS);
    }

    private String string(JsonObject o, String name, JsonPath parent, int max) {
        if (!o.has(name) || o.get(name).isJsonNull()) {
            return null;
        }
        JsonElement value = o.get(name);
        if (!value.isJsonPrimitive()) {
            findings.warning(parent.field(name), Messages.get("timelinejs.ignored", Messages.get("problem.type.expectedText",
                    JsonTrees.describe(value))));
            return null;
        }
        String text = value.getAsString();
        if (text.length() > max) {
            findings.error(parent.field(name), Messages.get("problem.text.tooLong", text.length(), max));
            return null;
        }
        return text;
    }
}
