package org.chronoline.model;

import java.util.List;

/**
 * How sure an event's date is, beyond its precision: as stated (the default), about ("c. 1990",
 * with a margin in years), before or after its start ("before March 1992"), between its start and
 * its end ("between 1973 and 1975", a moment somewhere in that range, not a span), or disputed
 * (the sources give different dates: its start is the one most of them give, and each source may
 * say which date it gives, {@link Source#gives()}).
 *
 * @param kind   one of {@link #KINDS}, another word (a later version's: kept, and read as stated), or null for as stated
 * @param margin how many years the date may be off (about) or how far back or on the band reaches (before, after), or null
 */
public record Dating(String kind, Double margin) {
    public static final String BEFORE = "before";
    public static final String AFTER = "after";
    public static final String BETWEEN = "between";
    public static final String DISPUTED = "disputed";
    /** The kinds Chronoline knows. */
    public static final List<String> KINDS = List.of(BEFORE, AFTER, BETWEEN, DISPUTED);
    /** The date as stated, at its precision. */
    public static final Dating STATED = new Dating(null, null);
    /** How far a "before" or "after" band reaches when the file gives no margin. */
    static final double DEFAULT_REACH_YEARS = 1;

    /** Whether a number of years can be a margin: more than 0 and at most 10,000 (NaN is not). */
    public static boolean isMargin(double years) {
        return years > 0 && years <= 10_000;
    }

    public Dating {
        if (margin != null && !isMargin(margin)) {
            throw new IllegalArgumentException("a margin is more than 0 and at most 10,000 years: " + margin);
        }
    }

    public static Dating of(String kind) {
        return new Dating(kind, null);
    }

    public boolean is(String which) {
        return which.equals(kind);
    }

    /** Whether this says no more than the date itself (no kind Chronoline knows, no margin). */
    public boolean isStated() {
        return (kind == null || !KINDS.contains(kind)) && margin == null;
    }

    /** The margin in seconds, or {@code otherwiseYears} when there is none. */
    long marginSeconds(double otherwiseYears) {
        return Math.round((margin != null ? margin : otherwiseYears) * CivilCalendar.SECONDS_PER_AVERAGE_YEAR);
    }
}
