package org.chronoline.model;

import java.util.Objects;

/** A picture for an event; {@code path} is relative to the timeline file's folder. */
public record EventImage(String path, String caption, String credit, ExtraFields extras) {
    public EventImage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(extras, "extras");
    }
}
