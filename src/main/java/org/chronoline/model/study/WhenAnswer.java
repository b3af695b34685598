package org.chronoline.model.study;

import java.util.regex.Pattern;
import org.chronoline.model.CivilCalendar;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Precision;
import org.chronoline.model.TimelineEvent;

/**
 * "When was it?": how close a moment the student chose is to an event, at the event's precision.
 * Anywhere the event may have happened (its day, month or year, its span, its band of
 * uncertainty) scores 100; further away the score falls with the logarithm of the distance,
 * reaching 0 at fifty years for a year-precision event, five years for a month and two years for
 * a day or finer, so that a week off a day-precision date still scores well and a decade off a
 * year does not.
 *
 * @param points   0 to 100
 * @param off      how far off, in units of the event's precision (0 when inside)
 * @param unit     the precision {@code off} counts in: years, months or days
 * @param early    whether the answer was before the event (false when inside or after)
 * @param yearOnly whether a year was typed for an event known to the month or the day, which
 *                 scores at most {@link #YEAR_ONLY_MOST}
 */
public record WhenAnswer(int points, long off, Precision unit, boolean early, boolean yearOnly) {
    /**
     * The most a typed year scores for an event known to the month or the day: right, but not when
     * in it. It scored 100, as the exact day does. A typed month is right for a day: the page's slider
     * answers in months. A click on the timeline names what its zoom shows, the most it can say.
     */
    public static final int YEAR_ONLY_MOST = 70;
    private static final double DAY = 86_400;
    /** A number of three or four digits: a year, as titles name them ("Vienna Document 1992 adopted"), if near the event's. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{3,4}(?!\\d)");
    /**
     * How far from the event's own year a number in its title may be to be taken for a year: "Vienna Document 1992"
     * and "extended to 2026" (agreed in 2021) are; "999 tanks" in 1990, or "500 missiles", are not, and stay on a card.
     */
    private static final int YEAR_REACH = 200;

    /**
     * Whether to ask when an event was: not when its title names a year, which gives the answer
     * away ("Vienna Document 1992 adopted") or leads the wrong way ("New START extended to 5
     * February 2026", agreed in 2021).
     */
    public static boolean isWorthAsking(TimelineEvent event) {
        return withYearsHidden(event, event.title()).equals(event.title());
    }

    /**
     * {@code title}, the event's, with the years it names hidden ("Vienna Document … adopted"), for a card's front, which
     * asks what happened and when: the year in the title answered it. Put in Order and When Was It?
     * leave such events out; a deck of every event cannot.
     */
    public static String withYearsHidden(TimelineEvent event, String title) {
        // Counted as titles name years: 490 BC is the year -489 (astronomical, as dates are kept).
        int year = event.start().year();
        int named = year <= 0 ? 1 - year : year;
        return YEAR.matcher(title).replaceAll(m -> Math.abs(Integer.parseInt(m.group()) - named) <= YEAR_REACH ? "\u2026" : m.group());
    }

    /**
     * Scores an answer given as a period (a year typed, a month, a day clicked at the timeline's
     * precision) by its moment nearest the event: "1999" for 19 November 1999 is right, and "2000"
     * is 43 days late, not half a year. It was scored at the period's middle, so the right month of
     * a day-precision event scored 72 ("6 days too late").
     *
     * @param to the end of the period, exclusive
     */
    public static WhenAnswer score(TimelineEvent event, double from, double to) {
        return score(event, nearest(event, from, to));
    }

    /**
     * Scores a typed answer: as a period ({@link #score(TimelineEvent, double, double)}), but a
     * year for an event known to the month or the day scores at most {@link #YEAR_ONLY_MOST}, unless
     * the whole year lies within the event (1942 of a war from 1939 to 1945 is simply right).
     */
    public static WhenAnswer scoreTyped(TimelineEvent event, HistoricalDate typed) {
        WhenAnswer a = score(event, typed.startSecond(), typed.endSecond());
        long[] possible = event.possibleSeconds();
        boolean within = typed.startSecond() >= possible[0] && typed.endSecond() <= possible[1];
        boolean yearOnly = typed.precision() == Precision.YEAR && a.unit() != Precision.YEAR && !within;
        return yearOnly ? new WhenAnswer(Math.min(YEAR_ONLY_MOST, a.points()), a.off(), a.unit(), a.early(), true) : a;
    }

    /** The moment in the period {@code [from, to)} nearest to when the event may have happened. */
    public static double nearest(TimelineEvent event, double from, double to) {
        long[] possible = event.possibleSeconds();
        if (to <= possible[0]) {
            return Math.max(from, to - 1);
        }
        return from >= possible[1] ? from : Math.max(from, possible[0]);
    }

    /** Scores an answer given as a moment. */
    public static WhenAnswer score(TimelineEvent event, double answeredSecond) {
        long[] possible = event.possibleSeconds();
        Precision unit = countingUnit(event.start().precision());
        if (answeredSecond >= possible[0] && answeredSecond < possible[1]) {
            return new WhenAnswer(100, 0, unit, false, false);
        }
        boolean early = answeredSecond < possible[0];
        double distance = early ? possible[0] - answeredSecond : answeredSecond - possible[1] + 1;
        double unitSeconds = unitSeconds(unit);
        double limit = switch (unit) {
            case YEAR -> 50 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR;
            case MONTH -> 5 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR;
            default -> 2 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR;
        };
        double fraction = Math.log1p(distance / unitSeconds) / Math.log1p(limit / unitSeconds);
        int points = (int) Math.round(100 * Math.max(0, 1 - fraction));
        // Off by whole years, months or days, counted from the date as written ("1992 for 1990" is two years).
        double reference = early || event.end() == null ? event.start().midSecond() : event.end().midSecond();
        long off = Math.max(1, Math.round(Math.abs(answeredSecond - reference) / unitSeconds));
        return new WhenAnswer(Math.min(99, points), off, unit, early, false);
    }

    /** Years, months, or days for anything as precise as a day or more. */
    private static Precision countingUnit(Precision precision) {
        return precision == Precision.YEAR || precision == Precision.MONTH ? precision : Precision.DAY;
    }

    private static double unitSeconds(Precision unit) {
        return switch (unit) {
            case YEAR -> CivilCalendar.SECONDS_PER_AVERAGE_YEAR;
            case MONTH -> CivilCalendar.SECONDS_PER_AVERAGE_YEAR / 12;
            default -> DAY;
        };
    }
}
