package org.chronoline.model.find;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineEvent;

/**
 * Finds events by what a student types: in their title, date (as shown), summary, description,
 * tags, actors, place and source titles. The folded text of each event is made once and kept, so searching as
 * you type costs a substring test per event.
 */
public final class EventSearch {
    private final Map<TimelineEvent, String> folded = new IdentityHashMap<>();

    /** The events, in the order given, that match the query; all of them when it is empty. */
    public List<TimelineEvent> matching(SearchQuery query, List<TimelineEvent> events) {
        if (query.isEmpty()) {
            return events;
        }
        List<TimelineEvent> out = new ArrayList<>();
        for (TimelineEvent e : events) {
            if (query.matches(foldedTextOf(e))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether the query matches at least one of the events. */
    public boolean matchesAny(SearchQuery query, List<TimelineEvent> events) {
        for (TimelineEvent e : events) {
            if (query.matches(foldedTextOf(e))) {
                return true;
            }
        }
        return false;
    }

    public boolean matches(SearchQuery query, TimelineEvent event) {
        return query.matches(foldedTextOf(event));
    }

    /** The event's searchable text, folded: made once and kept. */
    String foldedTextOf(TimelineEvent e) {
        return folded.computeIfAbsent(e, EventSearch::searchableText);
    }

    /** Every field a student may search in, folded, separated so that words of different fields do not join. */
    static String searchableText(TimelineEvent e) {
        StringBuilder text = new StringBuilder(256);
        append(text, e.title());
        append(text, e.dateText()); // "1999" found nothing dated 1999 that did not say the year in words too
        append(text, e.summary());
        append(text, e.description());
        append(text, e.location());
        e.tags().forEach(t -> append(text, t));
        e.actors().forEach(a -> append(text, a));
        for (Source s : e.sources()) {
            append(text, s.title());
        }
        return FoldedText.foldAll(text.toString());
    }

    private static void append(StringBuilder text, String value) {
        if (value != null) {
            text.append(value).append('\n');
        }
    }
}
