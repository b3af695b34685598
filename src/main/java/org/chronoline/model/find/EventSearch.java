package org.chronoline.model.find;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineEvent;

/**
 * Finds events by what a student types: in their title, date (as shown), summary, description,
 * tags, actors, place and source titles. The folded text of each event is made once and kept, so searching as
 * you type costs a substring test per event. Not for two threads at once: a thread of its own takes a
 * {@link #copyFor copy}.
 */
public final class EventSearch {
    /** Space as the words of a query are split by (SearchQuery.TERM's \\S): not a line's end, which ends the title. */
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
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

    /**
     * The events that match the query, best first: those whose title is what was typed, then those
     * whose title holds every word of it, then the rest, each group in the order given. A student
     * who typed "Moscow Treaty" found the treaty seventh, after every event whose text named Moscow
     * and a treaty, when the matches came in time order alone. All the events when the query is empty.
     */
    public List<TimelineEvent> ranked(SearchQuery query, List<TimelineEvent> events) {
        List<TimelineEvent> found = matching(query, events);
        if (query.isEmpty()) {
            return found;
        }
        StringBuilder typed = new StringBuilder();
        for (SearchQuery.Term term : query.terms()) {
            typed.append(typed.isEmpty() ? "" : " ").append(term.text());
        }
        List<TimelineEvent> titled = new ArrayList<>();
        List<TimelineEvent> inTitle = new ArrayList<>();
        List<TimelineEvent> elsewhere = new ArrayList<>();
        for (TimelineEvent e : found) {
            String title = foldedTitleOf(e);
            if (!query.matches(title)) {
                elsewhere.add(e);
            } else {
                // (Its spaces made as the query's only here, for the few titles that hold every word.)
                (SPACES.matcher(title).replaceAll(" ").strip().equals(typed.toString()) ? titled : inTitle).add(e);
            }
        }
        titled.addAll(inTitle);
        titled.addAll(elsewhere);
        return titled;
    }

    /** The event's title as its searchable text folds it: the text's first line. */
    private String foldedTitleOf(TimelineEvent e) {
        String text = foldedTextOf(e);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
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

    /** How many of these events' texts are not folded yet: what a search of them folds first. */
    public int unfolded(List<TimelineEvent> events) {
        int count = 0;
        for (TimelineEvent e : events) {
            count += folded.containsKey(e) ? 0 : 1;
        }
        return count;
    }

    /** Those of the events, in the order given, whose texts are folded: the ones a search can look at without folding. */
    public List<TimelineEvent> folded(List<TimelineEvent> events) {
        List<TimelineEvent> out = new ArrayList<>();
        for (TimelineEvent e : events) {
            if (folded.containsKey(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * A search of its own for these events, with the texts already folded that are theirs (an edited
     * or closed file's others are left behind): for another thread, to {@link #foldAll fold} the rest.
     * The folded texts are shared, not copied.
     */
    public EventSearch copyFor(List<TimelineEvent> events) {
        EventSearch copy = new EventSearch();
        for (TimelineEvent e : events) {
            String text = folded.get(e);
            if (text != null) {
                copy.folded.put(e, text);
            }
        }
        return copy;
    }

    /** Folds the text of each of these events that is not folded yet: all a search of them then has to do is look. */
    public void foldAll(List<TimelineEvent> events) {
        for (TimelineEvent e : events) {
            foldedTextOf(e);
        }
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
