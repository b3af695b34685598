package org.chronoline.model;

import java.util.List;

/** The unknown fields of one JSON object, in file order; see {@link ExtraField}. */
public record ExtraFields(List<ExtraField> fields) {
    public static final ExtraFields NONE = new ExtraFields(List.of());

    public ExtraFields {
        fields = List.copyOf(fields);
    }

    public static ExtraFields of(List<ExtraField> fields) {
        return fields.isEmpty() ? NONE : new ExtraFields(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
