package org.chronoline.model;

import java.util.Objects;

/**
 * A field this version of Chronoline does not know, kept so that saving never loses it.
 *
 * @param name  the field's name
 * @param json  its value as compact JSON text, exactly as read
 * @param after the field it followed in the file, or null when it came first; writers put it back there
 */
public record ExtraField(String name, String json, String after) {
    public ExtraField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
    }
}
