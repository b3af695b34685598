package org.chronoline.model;

import java.util.List;
import java.util.Objects;
import org.chronoline.text.Messages;

/**
 * One event: a point in time ({@code end} is null) or a span. Optional text fields are null when
 * absent; lists are empty when absent.
 *
 * @param category the id of a {@link Category}, or null
 * @param related  ids of other events this one links to
 */
public record TimelineEvent(
        String id,
        String title,
        HistoricalDate start,
        HistoricalDate end,
        boolean approximate,
        String category,
        List<String> tags,
        List<String> actors,
        String location,
        String summary,
        String description,
        List<Source> sources,
        List<RelatedLink> related,
        EventImage image,
        ExtraFields extras) {

    public TimelineEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        tags = List.copyOf(tags);
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        Objects.requireNonNull(extras, "extras");
    }

    /** A point event with only the required fields, for tests and new events. */
    public static TimelineEvent point(String id, String title, HistoricalDate start) {
        return new TimelineEvent(id, title, start, null, false, null, List.of(), List.of(), null, null, null,
                List.of(), List.of(), null, ExtraFields.NONE);
    }

    public boolean isSpan() {
        return end != null;
    }

    /** The first second the event may cover, taking the start's precision into account. */
    public long startSecond() {
        return start.startSecond();
    }

    /** The first second after the event, taking the precision of its last date into account. */
    public long endSecond() {
        return (end != null ? end : start).endSecond();
    }

    /** Its date as people read it: "19 November 1990", "1973 – 1989", "c. 1990". */
    public String dateText() {
        String text = DateText.formatSpan(start, end);
        return approximate ? Messages.get("date.approximate", text) : text;
    }

    /**
     * This event moved by about {@code seconds}, snapped to whole units of its start's precision
     * (a day-precision event moves by whole days); a span keeps its length. Returns this event when
     * the move rounds to nothing or would leave the supported years.
     */
    public TimelineEvent movedBy(double seconds) {
        long units = Math.round(seconds / start.unitSeconds());
        HistoricalDate newStart = start.plusUnits(units);
        if (newStart == null || newStart.equals(start)) {
            return this;
        }
        HistoricalDate newEnd = null;
        if (end != null) {
            long shift = newStart.startSecond() - start.startSecond();
            newEnd = HistoricalDate.containing(end.startSecond() + shift, end.precision());
            if (newEnd == null) {
                return this;
            }
        }
        return withDates(newStart, newEnd);
    }

    /**
     * This span with its end moved by about {@code seconds}, snapped to whole units of the end's
     * precision and never before the start. A point gets an end one unit after its start.
     */
    public TimelineEvent withEndMovedBy(double seconds) {
        HistoricalDate last = end != null ? end : start;
        HistoricalDate newEnd = last.plusUnits(Math.round(seconds / last.unitSeconds()));
        if (newEnd == null || newEnd.isBefore(start) || newEnd.equals(end)) {
            return this;
        }
        return withDates(start, newEnd);
    }

    public TimelineEvent withDates(HistoricalDate newStart, HistoricalDate newEnd) {
        return new TimelineEvent(id, title, newStart, newEnd, approximate, category, tags, actors, location, summary,
                description, sources, related, image, extras);
    }

    public TimelineEvent withCategory(String newCategory) {
        return new TimelineEvent(id, title, start, end, approximate, newCategory, tags, actors, location, summary,
                description, sources, related, image, extras);
    }

    public TimelineEvent withTags(List<String> newTags) {
        return new TimelineEvent(id, title, start, end, approximate, category, newTags, actors, location, summary,
                description, sources, related, image, extras);
    }

    /** The ids of the events this one links to, whatever the links mean. */
    public List<String> relatedIds() {
        return related.stream().map(RelatedLink::id).toList();
    }

    public TimelineEvent withRelated(List<RelatedLink> newRelated) {
        return new TimelineEvent(id, title, start, end, approximate, category, tags, actors, location, summary,
                description, sources, newRelated, image, extras);
    }

    public TimelineEvent withId(String newId) {
        return new TimelineEvent(newId, title, start, end, approximate, category, tags, actors, location, summary,
                description, sources, related, image, extras);
    }
}
