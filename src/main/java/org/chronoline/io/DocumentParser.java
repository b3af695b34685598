package org.chronoline.io;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronoline.model.Category;
import org.chronoline.model.DateText;
import org.chronoline.model.Dating;
import org.chronoline.model.Era;
import org.chronoline.model.EventIds;
import org.chronoline.model.EventImage;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.SavedView;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.model.UniqueIds;
import org.chronoline.model.find.EventFilter;
import org.chronoline.text.Messages;

/**
 * Turns the JSON tokens of a timeline file into a {@link TimelineDocument}, checking every field
 * on the way. Problems are collected, not thrown, so that one pass reports them all; they are
 * addressed by JSON path and positioned afterwards. Syntax errors, which end the pass, surface as
 * Gson's exceptions and are explained by {@link SyntaxErrors}. This class knows what a timeline is
 * made of; {@link CheckedJson} reads and checks each value.
 *
 * <p>The pass is single and streaming: nothing but the model is kept, so a large file costs the
 * memory of its events, not of its text.
 */
final class DocumentParser {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    private final JsonReader in;
    private final Findings findings;
    private final CheckedJson json;

    private Integer version;
    private String title;
    private String description;
    private List<Category> categories = List.of();
    private List<Era> eras = List.of();
    private List<TimelineEvent> events = List.of();
    private List<Tour> tours = List.of();
    private List<SavedView> views = List.of();
    private final Map<String, JsonPath> viewOwners = new HashMap<>();

    /** Events whose ids must be generated once all explicit ids are known, by index. */
    private final List<Integer> eventsWithoutId = new ArrayList<>();
    /** Valid events read so far: the index the next one will have in {@link #events}. */
    private int validEvents;
    /** Events read so far, valid or not: the position in the file's list of the one being read. */
    private int eventsRead;
    /** Event id to the position of the first event that has it, in the file's list. */
    private final Map<String, Integer> eventOwners = new HashMap<>();
    private static final JsonPath EVENTS = JsonPath.ROOT.field("events");
    /** Cross-references checked once the whole file is read. */
    private final List<Reference> references = new ArrayList<>();
    private final Map<String, JsonPath> categoryOwners = new HashMap<>();
    private final Map<String, JsonPath> eraOwners = new HashMap<>();
    private final Map<String, JsonPath> tourOwners = new HashMap<>();

    /** An id used somewhere that must name something defined elsewhere in the file. */
    private record Reference(Kind kind, String id, JsonPath path) {
        enum Kind {
            CATEGORY,
            EVENT
        }
    }

    DocumentParser(JsonReader in, Findings findings) {
        this.in = in;
        this.findings = findings;
        this.json = new CheckedJson(in, findings);
    }

    /** Reads the whole document; returns null when it has errors (all of them are in the findings). */
    TimelineDocument parse() throws IOException {
        JsonToken first = in.peek();
        if (first != JsonToken.BEGIN_OBJECT) {
            findings.error(JsonPath.ROOT, Messages.get("problem.root.notObject", CheckedJson.describe(first)));
            return null;
        }
        CheckedJson.ObjectRead read = json.readObject(JsonPath.ROOT, ObjectSchema.DOCUMENT, this::documentField);
        json.requireFields(JsonPath.ROOT, read, ObjectSchema.DOCUMENT);
        resolveReferences();
        generateMissingIds();
        if (findings.hasErrors()) {
            return null;
        }
        return new TimelineDocument(version, title, description, categories, eras, events, tours, views, read.extras());
    }

    private void documentField(String name, JsonPath parent) throws IOException {
        switch (name) {
            case "version":
                version = readVersion(parent.field(name));
                break;
            case "title":
                title = json.text(parent, name, true);
                break;
            case "description":
                description = json.text(parent, name, false);
                break;
            case "categories":
                categories = json.list(parent.field(name), this::category);
                break;
            case "eras":
                eras = json.list(parent.field(name), this::era);
                break;
            case "events":
                if (!json.nullForRequired(parent.field(name))) {
                    events = json.list(parent.field(name), this::event, Integer.MAX_VALUE);
                }
                break;
            case "tours":
                tours = json.list(parent.field(name), this::tour);
                break;
            case "views":
                views = json.list(parent.field(name), this::view);
                break;
            default:
                throw new IllegalStateException(name);
        }
    }

    private Integer readVersion(JsonPath path) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.NUMBER) {
            json.typeError(path, token, "problem.type.expectedVersion");
            return null;
        }
        String number = in.nextString();
        if (!WHOLE_NUMBER.matcher(number).matches() || Integer.parseInt(number) < 1) {
            findings.error(path, Messages.get("problem.version.invalid", Quoting.quote(number)));
            return null;
        }
        int value = Integer.parseInt(number);
        if (value > TimelineDocument.FORMAT_VERSION) {
            findings.warning(path, Messages.get("problem.version.newer", value, TimelineDocument.FORMAT_VERSION));
        }
        return value;
    }

    // ---- categories, eras, events, tours -------------------------------------------------------

    private Category category(JsonPath path) throws IOException {
        String[] fields = new String[3];
        CheckedJson.ObjectRead read = json.readObject(path, ObjectSchema.CATEGORY, (name, parent) -> {
            switch (name) {
                case "id":
                    fields[0] = json.id(parent, name);
                    break;
                case "name":
                    fields[1] = json.text(parent, name, true);
                    break;
                case "color":
                    fields[2] = json.color(parent, name);
                    break;
                default:
                    throw new IllegalStateException("a category field the schema has and the reader does not: " + name);
            }
        });
        json.requireFields(path, read, ObjectSchema.CATEGORY);
        if (fields[0] == null || !claimId(categoryOwners, fields[0], path) || !read.valid()) {
            return null;
        }
        return new Category(fields[0], fields[1] == null ? fields[0] : fields[1], fields[2], read.extras());
    }

    private Era era(JsonPath path) throws IOException {
        String[] text = new String[3];
        HistoricalDate[] dates = new HistoricalDate[2];
        CheckedJson.ObjectRead read = json.readObject(path, ObjectSchema.ERA, (name, parent) -> {
            switch (name) {
                case "id":
                    text[0] = json.id(parent, name);
                    break;
                case "title":
                    text[1] = json.text(parent, name, true);
                    break;
                case "start":
                    dates[0] = json.date(parent, name, true);
                    break;
                case "end":
                    dates[1] = json.date(parent, name, true);
                    break;
                case "color":
                    text[2] = json.color(parent, name);
                    break;
                default:
                    throw new IllegalStateException("an era field the schema has and the reader does not: " + name);
            }
        });
        json.requireFields(path, read, ObjectSchema.ERA);
        boolean idClaimed = text[0] == null || claimId(eraOwners, text[0], path);
        if (!checkOrder(path, dates[0], dates[1]) || text[1] == null || dates[0] == null || dates[1] == null || !idClaimed) {
            return null;
        }
        String id = text[0] != null ? text[0] : EventIds.generate(text[1], dates[0], eraOwners.keySet());
        eraOwners.putIfAbsent(id, path);
        return new Era(id, text[1], dates[0], dates[1], text[2], read.extras());
    }

    private Tour tour(JsonPath path) throws IOException {
        String[] text = new String[2];
        List<List<String>> steps = new ArrayList<>(1);
        CheckedJson.ObjectRead read = json.readObject(path, ObjectSchema.TOUR, (name, parent) -> {
            switch (name) {
                case "id":
                    text[0] = json.id(parent, name);
                    break;
                case "title":
                    text[1] = json.text(parent, name, true);
                    break;
                case "steps":
                    if (!json.nullForRequired(parent.field(name))) {
                        steps.add(references(parent.field(name)));
                    }
                    break;
                default:
                    throw new IllegalStateException("a tour field the schema has and the reader does not: " + name);
            }
        });
        json.requireFields(path, read, ObjectSchema.TOUR);
        boolean idClaimed = text[0] == null || claimId(tourOwners, text[0], path);
        if (text[1] == null || steps.isEmpty() || !idClaimed) {
            return null;
        }
        String id = text[0] != null ? text[0] : uniqueTourId(text[1]);
        tourOwners.putIfAbsent(id, path);
        return new Tour(id, text[1], steps.get(0), read.extras());
    }

    private SavedView view(JsonPath path) throws IOException {
        String[] text = new String[2];
        List<List<String>> lists = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
        HistoricalDate[] range = new HistoricalDate[2];
        CheckedJson.ObjectRead read = json.readObject(path, ObjectSchema.VIEW, (name, parent) -> {
            switch (name) {
                case "id":
                    text[0] = json.id(parent, name);
                    break;
                case "title":
                    text[1] = json.text(parent, name, true);
                    break;
                case "hideCategories":
                    lists.set(0, json.list(parent.field(name), element -> json.textValue(element, true)));
                    break;
                case "tags":
                    lists.set(1, json.textList(parent.field(name)));
                    break;
                case "actors":
                    lists.set(2, json.textList(parent.field(name)));
                    break;
                case "from":
                    range[0] = json.date(parent, name, false);
                    break;
                case "to":
                    range[1] = json.date(parent, name, false);
                    break;
                default:
                    throw new IllegalStateException("a view field the schema has and the reader does not: " + name);
            }
        });
        json.requireFields(path, read, ObjectSchema.VIEW);
        if (!checkOrder(path.field("to"), range[0], range[1]) || text[1] == null) {
            return null;
        }
        String id = text[0] != null ? text[0] : EventIds.slugOrDefault(text[1]);
        if (!claimId(viewOwners, id, path)) {
            return null;
        }
        EventFilter filter = new EventFilter(
                new HashSet<>(lists.get(0)), new HashSet<>(lists.get(1)), new HashSet<>(lists.get(2)),
                range[0], range[1]);
        return new SavedView(id, text[1], filter, read.extras());
    }

    /** The fields of one event while it is being read. */
    private static final class EventDraft {
        String id;
        String title;
        HistoricalDate start;
        HistoricalDate end;
        boolean approximate;
        Double margin;
        String dating;
        String category;
        List<String> tags = List.of();
        List<String> actors = List.of();
        String location;
        String summary;
        String description;
        List<Source> sources = List.of();
        List<RelatedLink> related = List.of();
        EventImage image;
    }

    private TimelineEvent event(JsonPath path) throws IOException {
        eventsRead++;
        EventDraft e = new EventDraft();
        CheckedJson.ObjectRead read = json.readObject(path, ObjectSchema.EVENT,
                (name, parent) -> Objects.requireNonNull(EVENT_FIELDS.get(name), name).read(this, e, parent));
        json.requireFields(path, read, ObjectSchema.EVENT);
        boolean idClaimed = e.id == null || claimEventId(e.id, path);
        if (!checkOrder(path, e.start, e.end) || e.title == null || e.start == null || !idClaimed) {
            return null;
        }
        if (Dating.BETWEEN.equals(e.dating) && e.end == null) {
            findings.error(path.field("dating"), Messages.get("problem.dating.betweenEnd"));
            return null;
        }
        if (e.id == null) {
            eventsWithoutId.add(validEvents);
            e.id = "";
        }
        validEvents++;
        if (Dating.DISPUTED.equals(e.dating) && e.sources.stream().noneMatch(s -> s.gives() != null && !s.gives().equals(e.start))) {
            findings.warning(path.field("dating"), Messages.get("problem.dating.disputedAlone"));
        }
        if (e.category != null) {
            references.add(new Reference(Reference.Kind.CATEGORY, e.category, path.field("category")));
        }
        return new TimelineEvent(e.id, e.title, e.start, e.end, e.approximate, e.category, e.tags, e.actors, e.location,
                e.summary, e.description, e.sources, e.related, e.image, read.extras(), new Dating(e.dating, e.margin));
    }

    /** How many years a date may be off: a number above 0 and at most 10,000. */
    private Double margin(JsonPath parent, String name) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.NUMBER) {
            if (token == JsonToken.NULL) {
                json.wrongText(parent.field(name), token, false);
            } else {
                json.typeError(parent.field(name), token, "problem.type.expectedNumber");
            }
            return null;
        }
        String number = in.nextString();
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Dating.isMargin(value)) {
            findings.error(parent.field(name), Messages.get("problem.margin.invalid", number));
            return null;
        }
        return value;
    }

    /** How sure the date is: one of the kinds Chronoline knows, or another word, kept and read as "as stated". */
    private String dating(JsonPath parent, String name) throws IOException {
        String value = json.text(parent, name, false);
        if (value != null && !Dating.KINDS.contains(value)) {
            findings.warning(parent.field(name), Messages.get("problem.dating.unknown", Quoting.quote(value), String.join(", ", Dating.KINDS)));
        }
        return value;
    }

    /** Reads one field of an event into its draft. */
    private interface EventField {
        void read(DocumentParser parser, EventDraft e, JsonPath parent) throws IOException;
    }

    /**
     * How each field of an event is read, by name. A table rather than one method with a case for
     * each: the cases are taken all through a file, so Java's optimising compiler made that method one
     * very large piece of code, 0.5-0.6 s of a core in a cold start on 100,000 events (on two cores,
     * beside the reading itself). Called through the table, each field is compiled alone, none of
     * them in more than 0.1 s.
     */
    private static final Map<String, EventField> EVENT_FIELDS = eventFields(
            Map.entry("id", (p, e, parent) -> e.id = p.json.id(parent, "id")),
            Map.entry("title", (p, e, parent) -> e.title = p.json.text(parent, "title", true)),
            Map.entry("start", (p, e, parent) -> e.start = p.json.date(parent, "start", true)),
            Map.entry("end", (p, e, parent) -> e.end = p.json.date(parent, "end", false)),
            Map.entry("approximate", (p, e, parent) -> e.approximate = p.json.bool(parent, "approximate")),
            Map.entry("margin", (p, e, parent) -> e.margin = p.margin(parent, "margin")),
            Map.entry("dating", (p, e, parent) -> e.dating = p.dating(parent, "dating")),
            Map.entry("category", (p, e, parent) -> e.category = p.json.share(p.json.text(parent, "category", false))),
            Map.entry("tags", (p, e, parent) -> e.tags = p.json.textList(parent.field("tags"))),
            Map.entry("actors", (p, e, parent) -> e.actors = p.json.textList(parent.field("actors"))),
            Map.entry("location", (p, e, parent) -> e.location = p.json.share(p.json.text(parent, "location", false))),
            Map.entry("summary", (p, e, parent) -> e.summary = p.json.text(parent, "summary", false)),
            Map.entry("description", (p, e, parent) -> e.description = p.json.text(parent, "description", false)),
            Map.entry("sources", (p, e, parent) -> e.sources = p.json.list(parent.field("sources"), p::source)),
            Map.entry("related", (p, e, parent) -> e.related = p.links(parent.field("related"))),
            Map.entry("image", (p, e, parent) -> e.image = p.image(parent.field("image"))));

    @SafeVarargs
    private static Map<String, EventField> eventFields(Map.Entry<String, EventField>... readers) {
        Map<String, EventField> table = Map.ofEntries(readers);
        if (!table.keySet().equals(Set.copyOf(ObjectSchema.EVENT.names()))) {
            throw new IllegalStateException("the event fields read are not the schema's: " + table.keySet());
        }
        return table;
    }

    private Source source(JsonPath path) throws IOException {
        String[] text = new String[3];
        HistoricalDate[] date = new HistoricalDate[2];
        CheckedJson.ObjectRead read = json.readObject(path, ObjectSchema.SOURCE, (name, parent) -> {
            switch (name) {
                case "title":
                    text[0] = json.text(parent, name, true);
                    break;
                case "url":
                    text[1] = json.text(parent, name, false);
                    break;
                case "publisher":
                    text[2] = json.share(json.text(parent, name, false));
                    break;
                case "date":
                    date[0] = json.date(parent, name, false);
                    break;
                case "gives":
                    date[1] = json.date(parent, name, false);
                    break;
                default:
                    throw new IllegalStateException("a source field the schema has and the reader does not: " + name);
            }
        });
        json.requireFields(path, read, ObjectSchema.SOURCE);
        return text[0] == null ? null : new Source(text[0], text[1], text[2], date[0], date[1], read.extras());
    }

    private EventImage image(JsonPath path) throws IOException {
        if (!json.expect(path, JsonToken.BEGIN_OBJECT, "problem.type.expectedObject")) {
            return null;
        }
        String[] text = new String[3];
        CheckedJson.ObjectRead read = json.readObject(path, ObjectSchema.IMAGE, (name, parent) -> {
            switch (name) {
                case "path":
                    text[0] = json.text(parent, name, true);
                    break;
                case "caption":
                    text[1] = json.text(parent, name, false);
                    break;
                case "credit":
                    text[2] = json.text(parent, name, false);
                    break;
                default:
                    throw new IllegalStateException("an image field the schema has and the reader does not: " + name);
            }
        });
        json.requireFields(path, read, ObjectSchema.IMAGE);
        return text[0] == null ? null : new EventImage(text[0], text[1], text[2], read.extras());
    }

    /** An event's links: each an id (a "see also" link) or an object with the id and what the link means. */
    private List<RelatedLink> links(JsonPath path) throws IOException {
        return json.list(path, element -> {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                String id = json.textValue(element, true);
                if (id != null) {
                    references.add(new Reference(Reference.Kind.EVENT, id, element));
                }
                return id == null ? null : RelatedLink.to(id);
            }
            String[] text = new String[2];
            CheckedJson.ObjectRead read = json.readObject(element, ObjectSchema.LINK, (name, parent) -> {
                switch (name) {
                    case "id":
                        text[0] = json.text(parent, name, true);
                        break;
                    case "type":
                        text[1] = json.text(parent, name, false);
                        break;
                    default:
                        throw new IllegalStateException("a link field the schema has and the reader does not: " + name);
                }
            });
            json.requireFields(element, read, ObjectSchema.LINK);
            if (text[0] == null) {
                return null;
            }
            references.add(new Reference(Reference.Kind.EVENT, text[0], element.field("id")));
            RelatedLink link = new RelatedLink(text[0], text[1], read.extras());
            if (link.type() != null && link.kind() == null) {
                findings.warning(element.field("type"), Messages.get("problem.link.type", Quoting.quote(link.type()),
                        String.join(", ", RelatedLink.TYPES)));
            }
            return link;
        });
    }

    private List<String> references(JsonPath path) throws IOException {
        return json.list(path, element -> {
            String id = json.textValue(element, true);
            if (id != null) {
                references.add(new Reference(Reference.Kind.EVENT, id, element));
            }
            return id;
        });
    }

    // ---- whole-file checks ---------------------------------------------------------------------

    private void resolveReferences() {
        Set<String> categoryIds = new HashSet<>();
        for (Category c : categories) {
            categoryIds.add(c.id());
        }
        for (Reference ref : references) {
            if (ref.kind == Reference.Kind.CATEGORY && !categoryIds.contains(ref.id)) {
                findings.warning(ref.path, Messages.get("problem.ref.category", Quoting.quote(ref.id)));
            } else if (ref.kind == Reference.Kind.EVENT && !eventOwners.containsKey(ref.id)) {
                findings.warning(ref.path, Messages.get("problem.ref.event", Quoting.quote(ref.id)));
            }
        }
    }

    private void generateMissingIds() {
        if (eventsWithoutId.isEmpty()) {
            return;
        }
        List<TimelineEvent> withIds = new ArrayList<>(events);
        Set<String> taken = new HashSet<>(eventOwners.keySet());
        for (int index : eventsWithoutId) {
            TimelineEvent e = withIds.get(index);
            String id = EventIds.generate(e.title(), e.start(), taken);
            taken.add(id);
            withIds.set(index, e.withId(id));
        }
        events = withIds;
    }

    private String uniqueTourId(String tourTitle) {
        return UniqueIds.next(EventIds.slugOrDefault(tourTitle), tourOwners::containsKey);
    }

    private boolean claimEventId(String id, JsonPath path) {
        Integer earlier = eventOwners.putIfAbsent(id, eventsRead - 1);
        if (earlier != null) {
            findings.error(path.field("id"), Messages.get("problem.id.duplicate", Quoting.quote(id), EVENTS.index(earlier)));
            return false;
        }
        return true;
    }

    /** Records that the object at {@code path} owns {@code id}; reports and refuses a second owner. */
    private boolean claimId(Map<String, JsonPath> owners, String id, JsonPath path) {
        JsonPath earlier = owners.putIfAbsent(id, path);
        if (earlier != null) {
            findings.error(path.field("id"), Messages.get("problem.id.duplicate", Quoting.quote(id), earlier));
            return false;
        }
        return true;
    }

    private boolean checkOrder(JsonPath path, HistoricalDate start, HistoricalDate end) {
        // By what each covers, as the event itself checks it: November 1990 does not end before 19 November 1990.
        if (start != null && end != null && end.endsBefore(start)) {
            findings.error(path.field("end"),
                    Messages.get("problem.date.endBeforeStart", DateText.format(end), DateText.format(start)));
            return false;
        }
        return true;
    }
}
