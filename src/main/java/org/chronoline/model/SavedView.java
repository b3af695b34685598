package org.chronoline.model;

import java.util.Objects;
import org.chronoline.model.find.EventFilter;

/** A filter saved in the file under a name, to be chosen again from the View menu. */
public record SavedView(String id, String title, EventFilter filter, ExtraFields extras) {
    public SavedView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(extras, "extras");
    }
}
