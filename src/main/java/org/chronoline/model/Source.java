package org.chronoline.model;

import java.util.Objects;

/**
 * Where a fact comes from. Any of the fields but {@code title} may be null.
 *
 * @param url   the address as written in the file; whether it may be opened is decided by {@link Links}
 * @param date  when the source was published
 * @param gives the date this source gives for the event, where sources differ ({@link Dating#DISPUTED})
 */
public record Source(String title, String url, String publisher, HistoricalDate date, HistoricalDate gives, ExtraFields extras) {
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(extras, "extras");
    }

    public Source(String title, String url, String publisher, HistoricalDate date, ExtraFields extras) {
        this(title, url, publisher, date, null, extras);
    }

    public Source(String title, String url) {
        this(title, url, null, null, null, ExtraFields.NONE);
    }

    /** What to call the source in a sentence: its publisher, or its title when it has none. */
    public String name() {
        return publisher != null && !publisher.isBlank() ? publisher : title;
    }
}
