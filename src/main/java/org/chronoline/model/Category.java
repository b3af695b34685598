package org.chronoline.model;

import java.util.Objects;

/**
 * A kind of event, shown as a lane and a colour.
 *
 * @param color "#RRGGBB", or null to let the view choose from its palette
 */
public record Category(String id, String name, String color, ExtraFields extras) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extras, "extras");
    }

    public Category(String id, String name, String color) {
        this(id, name, color, ExtraFields.NONE);
    }
}
