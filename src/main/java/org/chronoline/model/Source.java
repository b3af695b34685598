package org.chronoline.model;

import java.util.Objects;

/**
 * Where a fact comes from. Any of the fields but {@code title} may be null.
 *
 * @param url  the address as written in the file; whether it may be opened is decided by {@link Links}
 * @param date when the source was published
 */
public record Source(String title, String url, String publisher, HistoricalDate date, ExtraFields extras) {
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(extras, "extras");
    }

    public Source(String title, String url) {
        this(title, url, null, null, ExtraFields.NONE);
    }
}
