package org.chronoline.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronoline.model.Category;
import org.chronoline.model.DateInput;
import org.chronoline.model.DateText;
import org.chronoline.model.Dating;
import org.chronoline.model.DatingWords;
import org.chronoline.model.Era;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.SavedView;
import org.chronoline.model.Source;
import org.chronoline.model.SourceLanguage;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.model.study.ExampleDates;
import org.chronoline.text.Messages;

/**
 * What a published page carries as JSON ({@link WebPage}): the words it says, in the window's
 * language, and the timeline, each event with the fields the viewer draws, dates and cites it by
 * and its picture as a {@code data:} address ({@link WebPagePictures}).
 */
final class WebPageData {
    /** Study words the window says and the page never does (it has its own, web.study.*): 750 bytes of every page. */
    static final Set<String> WINDOW_STUDY_WORDS = Set.of("study.order.prompt", "study.when.prompt", "study.cards.front", "study.keys",
            "study.progress.kept", "study.progress.practise.help", "study.started", "study.saveFailed", "study.when.none");

    private WebPageData() {
    }

    /** The page's data: its words, the timeline's categories, eras, events (with their pictures), tours and views. */
    static JsonObject of(TimelineDocument document, String startTour, WebPagePictures pictures) {
        JsonObject data = new JsonObject();
        data.addProperty("lang", WebPage.language());
        data.addProperty("title", document.title());
        data.addProperty("description", document.description());
        JsonObject messages = new JsonObject();
        Messages.withPrefix("web.").forEach(messages::addProperty);
        Messages.withPrefix("links.").forEach(messages::addProperty);
        // The same words for studying as the window's, but for its own: its keys, its progress file and its status line.
        Messages.withPrefix("study.").forEach((key, text) -> {
            if (!WINDOW_STUDY_WORDS.contains(key)) {
                messages.addProperty(key, text);
            }
        });
        // How a date is typed, in dates that answer no question of this timeline (ExampleDates): the page fills in no examples.
        Object[] examples = ExampleDates.avoiding(document.events()).forms().toArray();
        messages.addProperty("study.when.forms", Messages.get("study.when.forms", examples));
        messages.addProperty("study.when.dateField", Messages.get("study.when.dateField", examples));
        Messages.withPrefix("date.").forEach(messages::addProperty); // and dates in the same order and forms
        Messages.withPrefix("month.of.").forEach(messages::addProperty);
        Messages.withPrefix("citation.").forEach(messages::addProperty); // a citation as the window copies it (Citation)
        // The window's words for what the page has too: the timeline's count, its citation button, and the filter's fields.
        for (String key : List.of("details.stats", "details.copyCitation", "details.citationCopied", "filter.tags", "filter.tags.any", "filter.actors",
                "filter.actors.any", "filter.dates", "filter.from.prompt", "filter.to.prompt", "form.end.beforeStart",
                "present.jump", "present.jump.hint", "present.jump.year", "present.counterEnd", "present.jump.none", "present.grid.title", "present.grid.hint",
                "present.typeSize", "present.typeSize.largest", "present.typeSize.smallest", "a11y.timeline.period")) {
            messages.addProperty(key, Messages.get(key));
        }
        data.add("messages", messages);
        JsonArray months = new JsonArray();
        JsonArray shortMonths = new JsonArray();
        for (int m = 1; m <= 12; m++) {
            months.add(DateText.monthName(m));
            shortMonths.add(DateText.shortMonthName(m));
        }
        data.add("monthNames", months);
        data.add("shortMonthNames", shortMonths);
        data.add("dateWords", dateWords());
        JsonArray categories = new JsonArray();
        for (Category c : document.categories()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", c.id());
            o.addProperty("name", c.name());
            o.addProperty("color", c.color());
            categories.add(o);
        }
        data.add("categories", categories);
        JsonArray eras = new JsonArray();
        for (Era e : document.eras()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id());
            o.addProperty("title", e.title());
            o.addProperty("startSecond", e.start().startSecond());
            o.addProperty("endSecond", e.end().endSecond());
            o.addProperty("color", e.color());
            o.addProperty("dateText", DateText.formatSpan(e.start(), e.end()));
            eras.add(o);
        }
        data.add("eras", eras);
        Set<String> ids = document.events().stream().map(TimelineEvent::id).collect(Collectors.toSet());
        List<TimelineEvent> ordered = new ArrayList<>(document.events());
        ordered.sort(TimelineEvent.IN_TIME);
        JsonArray events = new JsonArray();
        for (TimelineEvent e : ordered) {
            events.add(event(e, ids, pictures));
        }
        data.add("events", events);
        JsonArray tours = new JsonArray();
        for (Tour t : document.tours()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", t.id());
            o.addProperty("title", t.title());
            o.add("steps", strings(t.steps().stream().filter(ids::contains).toList()));
            tours.add(o);
        }
        data.add("tours", tours);
        JsonArray views = new JsonArray();
        for (SavedView v : document.views()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", v.id());
            o.addProperty("title", v.title());
            o.add("hideCategories", strings(v.filter().hiddenCategories().stream().sorted().toList()));
            o.add("tags", strings(v.filter().tags().stream().sorted().toList()));
            o.add("actors", strings(v.filter().actors().stream().sorted().toList()));
            o.addProperty("fromSecond", v.filter().from() == null ? null : v.filter().from().startSecond());
            o.addProperty("toSecond", v.filter().to() == null ? null : v.filter().to().endSecond());
            views.add(o);
        }
        data.add("views", views);
        boolean tourExists = startTour != null && document.tours().stream().anyMatch(t -> t.id().equals(startTour));
        data.addProperty("startTour", tourExists ? startTour : null);
        return data;
    }

    /** A moment in seconds as JSON: a whole number without Gson's ".0" (a middle is a whole or a half second). */
    private static JsonPrimitive seconds(double second) {
        return second == Math.rint(second) && Math.abs(second) < 0x1p53 ? new JsonPrimitive((long) second) : new JsonPrimitive(second);
    }

    private static JsonObject event(TimelineEvent e, Set<String> ids, WebPagePictures pictures) {
        HistoricalDate start = e.start();
        JsonObject o = new JsonObject();
        o.addProperty("id", e.id());
        o.addProperty("title", e.title());
        o.addProperty("startSecond", e.startSecond());
        o.addProperty("endSecond", e.endSecond());
        long[] possible = e.possibleSeconds();
        // Where the marker goes: a moment "between" two dates in the middle of them (TimelineLayouter.geometry).
        double mid = e.dating().is(Dating.BETWEEN) ? (possible[0] + possible[1]) / 2.0 : start.midSecond();
        o.add("midSecond", seconds(mid));
        // Fields that are null or false are left out (the viewer reads them as absent): 5 KB of the bundled page.
        // So are the four seconds that equal the one the viewer takes in their place (its "defaults"): 7 KB more.
        if (start.midSecond() != mid) {
            o.add("startMid", seconds(start.midSecond()));
        }
        if (e.end() != null) {
            o.add("endMid", seconds(e.end().midSecond()));
            o.addProperty("endStart", e.end().startSecond());
        }
        if (possible[0] != e.startSecond()) {
            o.addProperty("possibleFrom", possible[0]);
        }
        if (possible[1] != e.endSecond()) {
            o.addProperty("possibleTo", possible[1]);
        }
        List<HistoricalDate> givenDates = e.disputedDates();
        if (!e.isSpan() && givenDates.size() > 1) {
            // The moments of the dates its sources give, each drawn as a ring (TimelineLayouter.ringCentres).
            JsonArray given = new JsonArray();
            givenDates.forEach(d -> given.add(seconds(d.midSecond())));
            o.add("givenMids", given);
        }
        if (start.endSecond() != e.endSecond()) {
            o.addProperty("startEnd", start.endSecond());
        }
        if (e.isSpan()) {
            o.addProperty("span", true);
        }
        o.addProperty("precision", start.precision().name());
        if (e.finestPrecision().hasTime()) {
            // The axis shows hours or minutes only for timelines whose dates name them (TimelineContent.finestTick).
            o.addProperty("timePrecision", e.finestPrecision().name());
        }
        if (e.approximate()) {
            o.addProperty("approximate", true);
        }
        o.addProperty("dateText", e.dateText());
        if (e.dating().is(Dating.DISPUTED)) {
            o.addProperty("ownDateText", DateText.formatSpan(e.start(), e.end())); // the date it is drawn at, alone
        }
        List<String> says = DatingWords.whoSaysWhat(e);
        if (!says.isEmpty()) {
            o.add("datingSays", strings(says));
        }
        o.addProperty("category", e.category());
        o.add("tags", strings(e.tags()));
        o.add("actors", strings(e.actors()));
        o.addProperty("location", e.location());
        o.addProperty("summary", e.summary());
        o.addProperty("description", e.description());
        JsonArray sources = new JsonArray();
        for (Source s : e.sources()) {
            JsonObject source = new JsonObject();
            source.addProperty("title", s.title());
            source.addProperty("url", s.url());
            source.addProperty("publisher", s.publisher());
            if (s.date() != null) {
                source.addProperty("dateText", DateText.format(s.date()));
            }
            if (s.locale() != null) {
                // Its title is marked as in its language (a screen reader says it so), and "in German" told to all.
                source.addProperty("language", s.locale().toLanguageTag());
                source.addProperty("languageNote", SourceLanguage.note(s));
            }
            sources.add(source);
        }
        o.add("sources", sources);
        JsonArray related = new JsonArray();
        for (RelatedLink link : e.related()) {
            if (ids.contains(link.id())) {
                JsonObject l = new JsonObject();
                l.addProperty("id", link.id());
                l.addProperty("kind", link.kind() == null ? "related" : link.kind());
                related.add(l);
            }
        }
        o.add("related", related);
        String picture = pictures.of(e);
        if (picture != null) {
            JsonObject image = new JsonObject();
            image.addProperty("src", picture);
            image.addProperty("caption", e.image().caption());
            image.addProperty("credit", e.image().credit());
            o.add("image", image);
        }
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /** The words a typed date may use (DateInput's, every language's), for the page's "When was it?" field. */
    private static JsonObject dateWords() {
        JsonObject words = new JsonObject();
        JsonObject monthWords = new JsonObject();
        DateInput.monthWords().forEach(monthWords::addProperty);
        JsonObject eraWords = new JsonObject();
        DateInput.eraWords().forEach(eraWords::addProperty);
        JsonArray yearWords = new JsonArray();
        DateInput.yearWords().forEach(yearWords::add);
        words.add("months", monthWords);
        words.add("eras", eraWords);
        words.add("yearWords", yearWords);
        JsonArray approximateMarks = new JsonArray();
        DateInput.approximateMarks().forEach(approximateMarks::add);
        words.add("approximateMarks", approximateMarks);
        return words;
    }
}
