package org.chronoline.io;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronoline.model.Category;
import org.chronoline.model.DateText;
import org.chronoline.model.Dating;
import org.chronoline.model.Era;
import org.chronoline.model.EventIds;
import org.chronoline.model.EventImage;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Links;
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

    private final FieldTable<CategoryDraft> categoryFields = FieldTable.of(ObjectSchema.CATEGORY,
            Map.entry("id", (json, c, parent, name) -> c.id = json.id(parent, name)),
            Map.entry("name", (json, c, parent, name) -> c.name = json.text(parent, name, true)),
            Map.entry("color", (json, c, parent, name) -> c.color = json.color(parent, name)));

    private static final class CategoryDraft {
        String id;
        String name;
        String color;
    }

    private Category category(JsonPath path) throws IOException {
        CategoryDraft c = new CategoryDraft();
        CheckedJson.ObjectRead read = categoryFields.read(json, path, c);
        if (c.id == null || !claimId(categoryOwners, c.id, path) || !read.valid()) {
            return null;
        }
        return new Category(c.id, c.name == null ? c.id : c.name, c.color, read.extras());
    }

    private final FieldTable<EraDraft> eraFields = FieldTable.of(ObjectSchema.ERA,
            Map.entry("id", (json, era, parent, name) -> era.id = json.id(parent, name)),
            Map.entry("title", (json, era, parent, name) -> era.title = json.text(parent, name, true)),
            Map.entry("start", (json, era, parent, name) -> era.start = json.date(parent, name, true)),
            Map.entry("end", (json, era, parent, name) -> era.end = json.date(parent, name, true)),
            Map.entry("color", (json, era, parent, name) -> era.color = json.color(parent, name)));

    private static final class EraDraft {
        String id;
        String title;
        HistoricalDate start;
        HistoricalDate end;
        String color;
    }

    private Era era(JsonPath path) throws IOException {
        EraDraft era = new EraDraft();
        CheckedJson.ObjectRead read = eraFields.read(json, path, era);
        boolean idClaimed = era.id == null || claimId(eraOwners, era.id, path);
        if (!checkOrder(path, era.start, era.end) || era.title == null || era.start == null || era.end == null || !idClaimed) {
            return null;
        }
        String id = era.id != null ? era.id : EventIds.generate(era.title, era.start, eraOwners.keySet());
        eraOwners.putIfAbsent(id, path);
        return new Era(id, era.title, era.start, era.end, era.color, read.extras());
    }

    private final FieldTable<TourDraft> tourFields = FieldTable.of(ObjectSchema.TOUR,
            Map.entry("id", (json, tour, parent, name) -> tour.id = json.id(parent, name)),
            Map.entry("title", (json, tour, parent, name) -> tour.title = json.text(parent, name, true)),
            Map.entry("steps", (json, tour, parent, name) -> {
                if (!json.nullForRequired(parent.field(name))) {
                    tour.steps = references(parent.field(name));
                }
            }));

    private static final class TourDraft {
        String id;
        String title;
        /** Null when the file gave none (or null). */
        List<String> steps;
    }

    private Tour tour(JsonPath path) throws IOException {
        TourDraft tour = new TourDraft();
        CheckedJson.ObjectRead read = tourFields.read(json, path, tour);
        boolean idClaimed = tour.id == null || claimId(tourOwners, tour.id, path);
        if (tour.title == null || tour.steps == null || !idClaimed) {
            return null;
        }
        String id = tour.id != null ? tour.id : uniqueTourId(tour.title);
        tourOwners.putIfAbsent(id, path);
        return new Tour(id, tour.title, tour.steps, read.extras());
    }

    private final FieldTable<ViewDraft> viewFields = FieldTable.of(ObjectSchema.VIEW,
            Map.entry("id", (json, view, parent, name) -> view.id = json.id(parent, name)),
            Map.entry("title", (json, view, parent, name) -> view.title = json.text(parent, name, true)),
            Map.entry("hideCategories", (json, view, parent, name) ->
                    view.hiddenCategories = json.list(parent.field(name), element -> json.textValue(element, true))),
            Map.entry("tags", (json, view, parent, name) -> view.tags = json.textList(parent.field(name))),
            Map.entry("actors", (json, view, parent, name) -> view.actors = json.textList(parent.field(name))),
            Map.entry("from", (json, view, parent, name) -> view.from = json.date(parent, name, false)),
            Map.entry("to", (json, view, parent, name) -> view.to = json.date(parent, name, false)));

    private static final class ViewDraft {
        String id;
        String title;
        List<String> hiddenCategories = List.of();
        List<String> tags = List.of();
        List<String> actors = List.of();
        HistoricalDate from;
        HistoricalDate to;
    }

    private SavedView view(JsonPath path) throws IOException {
        ViewDraft view = new ViewDraft();
        CheckedJson.ObjectRead read = viewFields.read(json, path, view);
        if (!checkOrder(path.field("to"), view.from, view.to) || view.title == null) {
            return null;
        }
        String id = view.id != null ? view.id : EventIds.slugOrDefault(view.title);
        if (!claimId(viewOwners, id, path)) {
            return null;
        }
        EventFilter filter = new EventFilter(new HashSet<>(view.hiddenCategories), new HashSet<>(view.tags), new HashSet<>(view.actors),
                view.from, view.to);
        return new SavedView(id, view.title, filter, read.extras());
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

    private final FieldTable<EventDraft> eventFields = FieldTable.of(ObjectSchema.EVENT,
            Map.entry("id", (json, e, parent, name) -> e.id = json.id(parent, name)),
            Map.entry("title", (json, e, parent, name) -> e.title = json.text(parent, name, true)),
            Map.entry("start", (json, e, parent, name) -> e.start = json.date(parent, name, true)),
            Map.entry("end", (json, e, parent, name) -> e.end = json.date(parent, name, false)),
            Map.entry("approximate", (json, e, parent, name) -> e.approximate = json.bool(parent, name)),
            Map.entry("margin", (json, e, parent, name) -> e.margin = margin(parent, name)),
            Map.entry("dating", (json, e, parent, name) -> e.dating = dating(parent, name)),
            Map.entry("category", (json, e, parent, name) -> e.category = json.share(json.text(parent, name, false))),
            Map.entry("tags", (json, e, parent, name) -> e.tags = json.textList(parent.field(name))),
            Map.entry("actors", (json, e, parent, name) -> e.actors = json.textList(parent.field(name))),
            Map.entry("location", (json, e, parent, name) -> e.location = json.share(json.text(parent, name, false))),
            Map.entry("summary", (json, e, parent, name) -> e.summary = json.text(parent, name, false)),
            Map.entry("description", (json, e, parent, name) -> e.description = json.text(parent, name, false)),
            Map.entry("sources", (json, e, parent, name) -> e.sources = json.list(parent.field(name), this::source)),
            Map.entry("related", (json, e, parent, name) -> e.related = links(parent.field(name))),
            Map.entry("image", (json, e, parent, name) -> e.image = image(parent.field(name))));

    private TimelineEvent event(JsonPath path) throws IOException {
        eventsRead++;
        EventDraft e = new EventDraft();
        CheckedJson.ObjectRead read = eventFields.read(json, path, e);
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

    private final FieldTable<SourceDraft> sourceFields = FieldTable.of(ObjectSchema.SOURCE,
            Map.entry("title", (json, source, parent, name) -> source.title = json.text(parent, name, true)),
            Map.entry("url", (json, source, parent, name) -> source.url = address(parent.field(name), json.text(parent, name, false))),
            Map.entry("publisher", (json, source, parent, name) -> source.publisher = json.share(json.text(parent, name, false))),
            Map.entry("date", (json, source, parent, name) -> source.date = json.date(parent, name, false)),
            Map.entry("gives", (json, source, parent, name) -> source.gives = json.date(parent, name, false)),
            Map.entry("language", (json, source, parent, name) -> source.language = language(parent.field(name),
                    json.text(parent, name, false))));

    private static final class SourceDraft {
        String title;
        String url;
        String publisher;
        HistoricalDate date;
        HistoricalDate gives;
        String language;
    }

    /** A source's language, kept as written; one that is not a language tag ("German" for "de") is named, and not used. */
    private String language(JsonPath where, String value) {
        if (value != null && !Source.isLanguageTag(value)) {
            findings.warning(where, Messages.get("problem.source.language", Quoting.quote(value)));
        }
        return value;
    }

    /**
     * A source's address, kept as written; one that no output opens ({@code javascript:}, {@code file:}, a bare
     * "www.osce.org", hidden characters) is named, for it is shown as text and followed by no one.
     */
    private String address(JsonPath where, String value) {
        if (value != null && !value.isBlank() && !Links.opens(value)) {
            findings.warning(where, Messages.get("problem.source.url", Quoting.quote(value)));
        }
        return value;
    }

    private Source source(JsonPath path) throws IOException {
        SourceDraft source = new SourceDraft();
        CheckedJson.ObjectRead read = sourceFields.read(json, path, source);
        return source.title == null ? null
                : new Source(source.title, source.url, source.publisher, source.date, source.gives, source.language, read.extras());
    }

    private final FieldTable<ImageDraft> imageFields = FieldTable.of(ObjectSchema.IMAGE,
            Map.entry("path", (json, image, parent, name) -> image.path = json.text(parent, name, true)),
            Map.entry("caption", (json, image, parent, name) -> image.caption = json.text(parent, name, false)),
            Map.entry("credit", (json, image, parent, name) -> image.credit = json.text(parent, name, false)));

    private static final class ImageDraft {
        String path;
        String caption;
        String credit;
    }

    private EventImage image(JsonPath path) throws IOException {
        if (!json.expect(path, JsonToken.BEGIN_OBJECT, "problem.type.expectedObject")) {
            return null;
        }
        ImageDraft image = new ImageDraft();
        CheckedJson.ObjectRead read = imageFields.read(json, path, image);
        return image.path == null ? null : new EventImage(image.path, image.caption, image.credit, read.extras());
    }

    private final FieldTable<LinkDraft> linkFields = FieldTable.of(ObjectSchema.LINK,
            Map.entry("id", (json, link, parent, name) -> link.id = json.text(parent, name, true)),
            Map.entry("type", (json, link, parent, name) -> link.type = json.text(parent, name, false)));

    private static final class LinkDraft {
        String id;
        String type;
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
            LinkDraft draft = new LinkDraft();
            CheckedJson.ObjectRead read = linkFields.read(json, element, draft);
            if (draft.id == null) {
                return null;
            }
            references.add(new Reference(Reference.Kind.EVENT, draft.id, element.field("id")));
            RelatedLink link = new RelatedLink(draft.id, draft.type, read.extras());
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
