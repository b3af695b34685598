package org.chronoline.view;

import java.util.List;
import java.util.Set;

/**
 * What a drawing of the timeline marks on its events: the selection, the matches of a search (the
 * rest is dimmed while there is one), the event under the pointer, today's line, and the links
 * drawn as arrows.
 *
 * @param matches null when there is no search; an empty set dims every event
 * @param hovered the id of the event under the pointer, or null
 * @param today   where the "today" line goes, in seconds since 1970, or null for none
 * @param links   the links drawn as arrows between events
 */
public record Marks(Set<String> selected, Set<String> matches, String hovered, Double today, List<ShownLink> links) {
    /** Nothing marked: for pictures that are not of a particular moment. */
    public static final Marks NONE = new Marks(Set.of(), null, null, null);

    public Marks {
        selected = Set.copyOf(selected);
        matches = matches == null ? null : Set.copyOf(matches);
        links = List.copyOf(links);
    }

    /** Marks without arrows. */
    public Marks(Set<String> selected, Set<String> matches, String hovered, Double today) {
        this(selected, matches, hovered, today, List.of());
    }

    /** The same marks with these arrows. */
    public Marks withLinks(List<ShownLink> newLinks) {
        return new Marks(selected, matches, hovered, today, newLinks);
    }

    /** Only these events selected. */
    public static Marks selecting(Set<String> ids) {
        return new Marks(ids, null, null, null);
    }
}
