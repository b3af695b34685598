package org.chronoline.view;

import org.chronoline.model.CivilCalendar;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.TimelineEvent;

/**
 * Where keyboard navigation goes: the previous or next event in time, and what interval to show
 * for "zoom to selection" and "go to date". Pure functions of the content and the view.
 */
public final class Navigation {
    private Navigation() {
    }

    /**
     * The event after (direction 1) or before (direction -1) {@code current} in time order. With
     * nothing selected, the first event at or after the view's left edge (or the last before its right edge).
     * Returns null when there is none in that direction.
     */
    public static TimelineEvent adjacent(TimelineContent content, TimelineEvent current, int direction, double viewFrom,
                                         double viewTo) {
        EventIndex events = content.events();
        if (events.size() == 0) {
            return null;
        }
        int index = content.timeIndexOf(current);
        if (index < 0) {
            int first = events.lowerBound(viewFrom);
            if (direction > 0) {
                return first < events.size() ? events.get(first) : null;
            }
            int last = events.lowerBound(viewTo) - 1;
            return last >= 0 ? events.get(last) : null;
        }
        int next = index + direction;
        return next >= 0 && next < events.size() ? events.get(next) : null;
    }

    /** The interval to show when zooming to an event: a span with some room around it, a point with its neighbourhood. */
    public static double[] intervalAround(TimelineEvent event) {
        double start = event.startSecond();
        double end = event.endSecond();
        double length = end - start;
        if (event.isSpan()) {
            double pad = length * 0.15;
            return new double[] {start - pad, end + pad};
        }
        // A point: a few times its own precision either side, a week for a day-precision event.
        double around = Math.max(length * 3, CivilCalendar.SECONDS_PER_HOUR / 2);
        double mid = event.start().midSecond();
        return new double[] {mid - around, mid + around};
    }

    /** The interval to show for "go to date": the period the date names, with a quarter of it either side. */
    public static double[] intervalAround(HistoricalDate date) {
        double start = date.startSecond();
        double end = date.endSecond();
        double pad = Math.max((end - start) * 0.25, CivilCalendar.SECONDS_PER_HOUR / 4);
        return new double[] {start - pad, end + pad};
    }
}
