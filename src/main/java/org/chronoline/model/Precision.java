package org.chronoline.model;

/**
 * How precisely a {@link HistoricalDate} is known, from the coarsest to the finest. The precision
 * is part of the date: "1990" means somewhere in 1990, not 1 January 1990.
 */
public enum Precision {
    YEAR,
    MONTH,
    DAY,
    HOUR,
    MINUTE,
    SECOND;

    public boolean isFinerThan(Precision other) {
        return compareTo(other) > 0;
    }

    public boolean hasTime() {
        return compareTo(HOUR) >= 0;
    }
}
