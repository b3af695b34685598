package org.chronoline.model;

import java.util.List;
import java.util.Objects;

/** A guided path through the timeline: event ids in the order a teacher wants to show them. */
public record Tour(String id, String title, List<String> steps, ExtraFields extras) {
    public Tour {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
        Objects.requireNonNull(extras, "extras");
    }
}
