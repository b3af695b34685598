package org.chronoline.model;

import java.util.List;
import java.util.Objects;

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
        List<String> related,
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
        return approximate ? org.chronoline.text.Messages.get("date.approximate", text) : text;
    }

    public TimelineEvent withId(String newId) {
        return new TimelineEvent(newId, title, start, end, approximate, category, tags, actors, location, summary,
                description, sources, related, image, extras);
    }
}
