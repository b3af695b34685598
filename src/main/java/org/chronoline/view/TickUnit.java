package org.chronoline.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.chronoline.model.CivilCalendar;
import org.chronoline.model.DateText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Precision;

/**
 * A step between axis ticks: one of a calendar field (year, month, day, hour, minute) times a
 * multiple, from one minute to hundreds of millions of years. Ticks fall on calendar boundaries
 * (1 January, the first of a month, midnight), and in the BCE years on round BCE numbers, so the
 * axis reads "500 BCE, 400 BCE, ..., 100 BCE, 100, 200" rather than astronomical years.
 */
public final class TickUnit {
    /** The calendar field a unit counts. */
    public enum Field {
        MINUTE,
        HOUR,
        DAY,
        MONTH,
        YEAR
    }

    /** Every unit, finest first. */
    public static final List<TickUnit> LADDER = ladder();

    private final Field field;
    private final long step;

    private TickUnit(Field field, long step) {
        this.field = field;
        this.step = step;
    }

    private static List<TickUnit> ladder() {
        List<TickUnit> units = new ArrayList<>();
        for (long m : new long[] {1, 5, 15, 30}) {
            units.add(new TickUnit(Field.MINUTE, m));
        }
        for (long h : new long[] {1, 3, 6, 12}) {
            units.add(new TickUnit(Field.HOUR, h));
        }
        for (long d : new long[] {1, 2, 7}) {
            units.add(new TickUnit(Field.DAY, d));
        }
        // Half-years ("Jan, Jul, Jan") say less than plain years at the same zoom, so quarters are the widest month step.
        for (long m : new long[] {1, 3}) {
            units.add(new TickUnit(Field.MONTH, m));
        }
        for (long decade = 1; decade <= 100_000_000L; decade *= 10) {
            units.add(new TickUnit(Field.YEAR, decade));
            units.add(new TickUnit(Field.YEAR, 2 * decade));
            units.add(new TickUnit(Field.YEAR, 5 * decade));
        }
        return List.copyOf(units);
    }

    public static TickUnit of(Field field, long step) {
        for (TickUnit unit : LADDER) {
            if (unit.field == field && unit.step == step) {
                return unit;
            }
        }
        throw new IllegalArgumentException(field + " x " + step);
    }

    public Field field() {
        return field;
    }

    public long step() {
        return step;
    }

    /** The shortest distance between two consecutive ticks of this unit, in seconds. */
    public double minimumSeconds() {
        switch (field) {
            case MINUTE:
                return step * CivilCalendar.SECONDS_PER_MINUTE;
            case HOUR:
                return step * CivilCalendar.SECONDS_PER_HOUR;
            case DAY:
                return step * CivilCalendar.SECONDS_PER_DAY;
            case MONTH:
                return (step == 1 ? 28 : 89) * CivilCalendar.SECONDS_PER_DAY;
            default:
                return step * 365.0 * CivilCalendar.SECONDS_PER_DAY;
        }
    }

    /** The coarser unit that groups these ticks on the upper tier of the axis. */
    public TickUnit context() {
        switch (field) {
            case MINUTE:
            case HOUR:
                return of(Field.DAY, 1);
            case DAY:
                return of(Field.MONTH, 1);
            case MONTH:
                return of(Field.YEAR, 1);
            default:
                // Ten times the step, or the widest unit there is (2 and 5 times 10^8 years have no tenfold).
                for (TickUnit unit : LADDER) {
                    if (unit.field == Field.YEAR && unit.step >= step * 10) {
                        return unit;
                    }
                }
                return LADDER.get(LADDER.size() - 1);
        }
    }

    /**
     * Whether a context label should stay at the left edge while its band is in view. True for
     * calendar units ("October 2007", "2007"); false for multi-year bands, where a "1950" pinned over
     * a view of the 1970s would read as the start of the view.
     */
    public boolean isStickyContext() {
        return field != Field.YEAR || step == 1;
    }

    /** Calls {@code tick} with every tick instant in {@code [from, to]}, in order. */
    public void forEachTick(double from, double to, DoubleConsumer tick) {
        switch (field) {
            case MINUTE:
            case HOUR: {
                long size = (field == Field.MINUTE ? CivilCalendar.SECONDS_PER_MINUTE : CivilCalendar.SECONDS_PER_HOUR) * step;
                for (long s = (long) Math.ceil(from / size) * size; s <= to; s += size) {
                    tick.accept(s);
                }
                break;
            }
            case DAY:
                forEachDay(from, to, tick);
                break;
            case MONTH:
                forEachMonth(from, to, tick);
                break;
            default:
                forEachYear(from, to, tick);
        }
    }

    private void forEachDay(double from, double to, DoubleConsumer tick) {
        long day = (long) Math.ceil(from / CivilCalendar.SECONDS_PER_DAY);
        long last = (long) Math.floor(to / CivilCalendar.SECONDS_PER_DAY);
        for (; day <= last; day++) {
            if (step == 1 || isDayTick(day)) {
                tick.accept(day * (double) CivilCalendar.SECONDS_PER_DAY);
            }
        }
    }

    /** Days 1, 1+step, 1+2*step... of each month, leaving out one too close to the next month's first. */
    private boolean isDayTick(long epochDay) {
        long[] ymd = CivilCalendar.civilFromEpochDay(epochDay);
        int dayOfMonth = (int) ymd[2];
        int length = CivilCalendar.lengthOfMonth(ymd[0], (int) ymd[1]);
        return (dayOfMonth - 1) % step == 0 && dayOfMonth + step <= length + 1;
    }

    private void forEachMonth(double from, double to, DoubleConsumer tick) {
        long[] ymd = CivilCalendar.civilFromEpochDay((long) Math.floor(from / CivilCalendar.SECONDS_PER_DAY));
        long year = ymd[0];
        int month = (int) ((ymd[1] - 1) / step * step + 1);
        while (true) {
            double s = CivilCalendar.epochSecond(year, month, 1);
            if (s > to) {
                return;
            }
            if (s >= from) {
                tick.accept(s);
            }
            month += (int) step;
            if (month > 12) {
                month -= 12;
                year++;
            }
        }
    }

    private void forEachYear(double from, double to, DoubleConsumer tick) {
        long firstYear = Math.max(HistoricalDate.MIN_YEAR, CivilCalendar.yearOf(from));
        long lastYear = Math.min(HistoricalDate.MAX_YEAR, CivilCalendar.yearOf(to));
        // BCE side: years whose BCE number (1 - year) is a multiple of the step.
        if (firstYear <= 0) {
            long k = Math.floorDiv(1 - firstYear, step);
            for (long year = 1 - k * step; year <= Math.min(0, lastYear); year += step) {
                emitYear(year, from, to, tick);
            }
        }
        // CE side: years that are multiples of the step.
        long year = Math.max(step, Math.floorDiv(Math.max(1, firstYear), step) * step);
        for (; year <= lastYear; year += step) {
            emitYear(year, from, to, tick);
        }
    }

    private static void emitYear(long year, double from, double to, DoubleConsumer tick) {
        double s = CivilCalendar.epochSecond(year, 1, 1);
        if (s >= from && s <= to) {
            tick.accept(s);
        }
    }

    /** The label of a tick at {@code second} on the lower tier: "1990", "Jul", "12", "14:00". */
    public String label(double second) {
        HistoricalDate date = HistoricalDate.containing(second, precision());
        if (date == null) {
            return "";
        }
        switch (field) {
            case MINUTE:
            case HOUR:
                return twoDigits(date.hour()) + ":" + twoDigits(date.minute());
            case DAY:
                return Integer.toString(date.day());
            case MONTH:
                return DateText.shortMonthName(date.month());
            default:
                return DateText.year(date.year());
        }
    }

    /** The label of a tick at {@code second} when this unit is the upper tier: "12 October 2007", "October 2007", "1990". */
    public String contextLabel(double second) {
        HistoricalDate date = HistoricalDate.containing(second, precision());
        return date == null ? "" : DateText.format(date);
    }

    /** The context label shortened, for a month: "Sep 1999" for "September 1999"; the same label for others. */
    public String shortContextLabel(double second) {
        HistoricalDate date = HistoricalDate.containing(second, precision());
        if (date == null) {
            return "";
        }
        return field == Field.MONTH ? DateText.shortMonthAndYear(date.year(), date.month()) : DateText.format(date);
    }

    private Precision precision() {
        switch (field) {
            case MINUTE:
                return Precision.MINUTE;
            case HOUR:
                return Precision.HOUR;
            case DAY:
                return Precision.DAY;
            case MONTH:
                return Precision.MONTH;
            default:
                return Precision.YEAR;
        }
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    @Override
    public String toString() {
        return field + "x" + step;
    }
}
