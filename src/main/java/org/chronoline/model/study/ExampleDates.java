package org.chronoline.model.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.chronoline.model.DateText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineEvent;

/**
 * The dates "When Was It?" shows to say how a date is typed ("1990, July 2007, 2007-10-12"), in a
 * year no event of the timeline touches, so that none of them is an answer. Fixed, they were: on
 * the bundled timeline 12 October 2007 is the day of the "two-plus-two" talks, July 2007 the month
 * of Putin's decree and 1990 the year of the CFE Treaty (student's walk-through).
 *
 * @param year    a year of the common era that no event's possible dates reach, near 1990
 * @param bceYear a year before the common era that none reaches, near 480 BCE, as astronomers count
 *                (0 is 1 BCE, -479 is 480 BCE)
 */
public record ExampleDates(long year, long bceYear) {
    /** The examples were these before; the years are looked for outward from them. */
    private static final long NEAR = 1990;
    private static final long NEAR_BCE = -479;
    /** Years tried each way before giving up and taking the first (a timeline that fills every year for millennia). */
    private static final int REACH = 5_000;

    /** Examples in years that none of {@code events} reaches, by its possible dates (its band of uncertainty). */
    public static ExampleDates avoiding(Collection<TimelineEvent> events) {
        long[][] taken = events.stream().map(TimelineEvent::possibleSeconds).sorted(Comparator.comparingLong(i -> i[0])).toArray(long[][]::new);
        // Merged, so that a year is looked up in them with one binary search: [from, to) each, in order, apart.
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : taken) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(new long[] {interval[0], interval[1]});
            }
        }
        return new ExampleDates(freeYear(merged, NEAR, true), freeYear(merged, NEAR_BCE, false));
    }

    /** The year nearest {@code near} in the era asked for that no interval reaches, earlier first at each distance; else {@code near}. */
    private static long freeYear(List<long[]> taken, long near, boolean commonEra) {
        for (int distance = 0; distance <= REACH; distance++) {
            for (long year : new long[] {near - distance, near + distance}) {
                // From the year 100: "July 50" does not read back as a date (a year in words needs three digits).
                if ((commonEra ? year >= 100 : year <= 0) && isFree(taken, year)) {
                    return year;
                }
            }
        }
        return near;
    }

    private static boolean isFree(List<long[]> taken, long year) {
        HistoricalDate whole = HistoricalDate.ofYear(year);
        long from = whole.startSecond();
        long to = whole.endSecond();
        // The last interval that starts before the year ends: the only one that can reach into it.
        int lo = 0;
        int hi = taken.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (taken.get(mid)[0] < to) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 || taken.get(lo - 1)[1] <= from;
    }

    /** A year, a month of it, the same day as ISO 8601 and as words, and a year BCE: "1971", "July 1971", "1971-10-12", "12 October 1971", "480 BCE". */
    public List<String> forms() {
        return List.of(DateText.format(HistoricalDate.ofYear(year)), DateText.format(HistoricalDate.ofMonth(year, 7)),
                IsoDates.format(HistoricalDate.ofDay(year, 10, 12)), DateText.format(HistoricalDate.ofDay(year, 10, 12)),
                DateText.format(HistoricalDate.ofYear(bceYear)));
    }
}
