package org.chronoline.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A whole timeline file: its title, categories, eras, events (in file order), tours and saved views.
 *
 * @param version the format version the file declares; see {@link #FORMAT_VERSION}
 */
public record TimelineDocument(
        int version,
        String title,
        String description,
        List<Category> categories,
        List<Era> eras,
        List<TimelineEvent> events,
        List<Tour> tours,
        List<SavedView> views,
        ExtraFields extras) {

    /** The newest format version this build reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public TimelineDocument {
        Objects.requireNonNull(title, "title");
        categories = List.copyOf(categories);
        eras = List.copyOf(eras);
        events = List.copyOf(events);
        tours = List.copyOf(tours);
        views = List.copyOf(views);
        Objects.requireNonNull(extras, "extras");
    }

    /** A document without saved views. */
    public TimelineDocument(int version, String title, String description, List<Category> categories, List<Era> eras,
                            List<TimelineEvent> events, List<Tour> tours, ExtraFields extras) {
        this(version, title, description, categories, eras, events, tours, List.of(), extras);
    }

    /** The ids of the categories the file defines: an event naming another is uncategorised (see EventFilter). */
    public Set<String> categoryIds() {
        Set<String> ids = new HashSet<>();
        for (Category c : categories) {
            ids.add(c.id());
        }
        return ids;
    }

    /** True when a newer Chronoline wrote the file: it may be read, but saving over it could lose data. */
    public boolean isFromNewerVersion() {
        return version > FORMAT_VERSION;
    }
}
