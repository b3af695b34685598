package org.chronoline.model;

import java.util.Objects;

/** A named stretch of time drawn as a band behind the events, such as "CFE Treaty in force". */
public record Era(String id, String title, HistoricalDate start, HistoricalDate end, String color, ExtraFields extras) {
    public Era {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(extras, "extras");
    }

    public long startSecond() {
        return start.startSecond();
    }

    public long endSecond() {
        return end.endSecond();
    }
}
