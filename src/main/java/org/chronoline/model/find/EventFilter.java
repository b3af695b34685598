package org.chronoline.model.find;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.TimelineEvent;

/**
 * Which events are shown: all but the hidden categories, those with at least one of the chosen
 * tags (when any are chosen), with at least one of the chosen actors (likewise), and overlapping
 * the date range (when one is given). Hidden categories are ids; {@link #UNCATEGORISED} stands for
 * events without one.
 */
public record EventFilter(Set<String> hiddenCategories, Set<String> tags, Set<String> actors, HistoricalDate from, HistoricalDate to) {
    public static final String UNCATEGORISED = "";
    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), null, null);

    public EventFilter {
        hiddenCategories = Set.copyOf(hiddenCategories);
        tags = Set.copyOf(tags);
        actors = Set.copyOf(actors);
    }

    public boolean isEmpty() {
        return hiddenCategories.isEmpty() && tags.isEmpty() && actors.isEmpty() && from == null && to == null;
    }

    /**
     * Whether the event is shown. Its category counts as uncategorised when the file has no such
     * category; a date range shows the events that may have happened in it.
     */
    public boolean shows(TimelineEvent e, Set<String> knownCategories) {
        return !hiddenCategories.contains(categoryOf(e, knownCategories)) && showsAllButCategory(e);
    }

    /** The event's category as the filter sees it: {@link #UNCATEGORISED} when it has none, or one the file does not have. */
    public static String categoryOf(TimelineEvent e, Set<String> knownCategories) {
        return e.category() != null && knownCategories.contains(e.category()) ? e.category() : UNCATEGORISED;
    }

    /**
     * For each category, how many of its events the rest of the filter (tags, people, dates) lets
     * through, whatever the categories' boxes say: what each box would show. Of {@link #NONE}, every event.
     */
    public Map<String, Long> countByCategory(List<TimelineEvent> events, Set<String> knownCategories) {
        Map<String, Long> counts = new HashMap<>();
        for (TimelineEvent e : events) {
            if (showsAllButCategory(e)) {
                counts.merge(categoryOf(e, knownCategories), 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * The filter pressed on a tag: only the events with that tag; or, when it asks for the tag
     * already, no longer asking for it (the window's and the page's tags under an event).
     */
    public EventFilter withTagPressed(String tag) {
        if (!tags.contains(tag)) {
            return withTags(Set.of(tag));
        }
        Set<String> others = new HashSet<>(tags);
        others.remove(tag);
        return withTags(others);
    }

    private boolean showsAllButCategory(TimelineEvent e) {
        if (!tags.isEmpty() && e.tags().stream().noneMatch(tags::contains)) {
            return false;
        }
        if (!actors.isEmpty() && e.actors().stream().noneMatch(actors::contains)) {
            return false;
        }
        // A period shows every event that may have happened in it: its whole band of uncertainty counts
        // (a decree dated 14 July by most sources and 13 July by one is in a period that ends on the 13th).
        long[] possible = e.possibleSeconds();
        if (from != null && possible[1] <= from.startSecond()) {
            return false;
        }
        return to == null || possible[0] < to.endSecond();
    }

    public EventFilter withHiddenCategories(Set<String> hidden) {
        return new EventFilter(hidden, tags, actors, from, to);
    }

    public EventFilter withTags(Set<String> chosen) {
        return new EventFilter(hiddenCategories, chosen, actors, from, to);
    }

    public EventFilter withActors(Set<String> chosen) {
        return new EventFilter(hiddenCategories, tags, chosen, from, to);
    }

    public EventFilter withRange(HistoricalDate newFrom, HistoricalDate newTo) {
        return new EventFilter(hiddenCategories, tags, actors, newFrom, newTo);
    }
}
