package org.chronoline.app;

import java.util.ArrayDeque;
import java.util.Deque;
import org.chronoline.model.find.EventFilter;

/**
 * The filters cleared to show the events related links led to, each with the event its link was followed from:
 * Back to that event puts its filter back. Back left the filter off, and a student who had chosen one category
 * lost it for one look at a related event (a walk-through). Nothing is put back once the filter has been changed
 * since: the reader's newer choice stands.
 */
final class FiltersClearedByLinks {
    private record Cleared(String from, EventFilter filter) {
    }

    private final Deque<Cleared> cleared = new ArrayDeque<>();

    /** A link followed from the event {@code from} cleared {@code filter}. */
    void cleared(String from, EventFilter filter) {
        cleared.addLast(new Cleared(from, filter));
    }

    /** A new trail of links begins: nothing before it is put back. */
    void forget() {
        cleared.clear();
    }

    /**
     * The filter to put back on going back to the event {@code to} while the filter is {@code now}; null when none is.
     * Another filter chosen since forgets them all.
     */
    EventFilter backTo(String to, EventFilter now) {
        if (!now.equals(EventFilter.NONE)) {
            cleared.clear();
            return null;
        }
        if (cleared.isEmpty() || !cleared.peekLast().from().equals(to)) {
            return null;
        }
        return cleared.removeLast().filter();
    }
}
