package org.chronoline.model;

import java.util.Objects;

/**
 * A point in history known to a given {@link Precision}: "1990", "July 2007", "19 November 1990",
 * "12 December 2007, 00:00". Years use astronomical numbering as in ISO 8601 (year 0 is 1 BCE,
 * year -479 is 480 BCE) on the proleptic Gregorian calendar.
 *
 * <p>A date denotes an interval: all of 1990, all of July 2007. {@link #startSecond()} and
 * {@link #endSecond()} give that interval in seconds since 1970-01-01T00:00 (UTC, no time zones).
 * Fields finer than the precision are always at their minimum, so two dates are equal exactly when
 * they say the same thing.
 */
public final class HistoricalDate implements Comparable<HistoricalDate> {
    /** The earliest and latest years a date may have; beyond this, seconds would overflow long. */
    public static final int MIN_YEAR = -999_999_999;
    public static final int MAX_YEAR = 999_999_999;

    private final int year;
    private final byte month;
    private final byte day;
    private final byte hour;
    private final byte minute;
    private final byte second;
    private final Precision precision;
    /** The interval this date covers, computed once: layout and sorting ask for it constantly. */
    private final long startSecond;
    private final long endSecond;

    private HistoricalDate(int year, int month, int day, int hour, int minute, int second, Precision precision) {
        this.year = year;
        this.month = (byte) month;
        this.day = (byte) day;
        this.hour = (byte) hour;
        this.minute = (byte) minute;
        this.second = (byte) second;
        this.precision = precision;
        this.startSecond = CivilCalendar.epochSecond(year, month, day)
                + hour * CivilCalendar.SECONDS_PER_HOUR + minute * CivilCalendar.SECONDS_PER_MINUTE + second;
        this.endSecond = computeEndSecond();
    }

    /**
     * A date from its fields; fields finer than {@code precision} are ignored. Throws
     * {@link InvalidDateException} with a reason when a field is out of range.
     */
    public static HistoricalDate of(Precision precision, long year, int month, int day, int hour, int minute, int second) {
        Objects.requireNonNull(precision, "precision");
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw InvalidDateException.because("date.reason.yearRange", year, MIN_YEAR, MAX_YEAR);
        }
        int m = 1;
        int d = 1;
        int h = 0;
        int min = 0;
        int s = 0;
        if (precision.compareTo(Precision.MONTH) >= 0) {
            if (month < 1 || month > 12) {
                throw InvalidDateException.because("date.reason.month", month);
            }
            m = month;
        }
        if (precision.compareTo(Precision.DAY) >= 0) {
            int length = CivilCalendar.lengthOfMonth(year, m);
            if (day < 1 || day > length) {
                throw day >= 1 && day <= 31
                        ? InvalidDateException.because("date.reason.dayOfMonth", DateText.monthAndYear(year, m), length)
                        : InvalidDateException.because("date.reason.day", day);
            }
            d = day;
        }
        if (precision.compareTo(Precision.HOUR) >= 0) {
            if (hour < 0 || hour > 23) {
                throw InvalidDateException.because("date.reason.hour", hour);
            }
            h = hour;
        }
        if (precision.compareTo(Precision.MINUTE) >= 0) {
            if (minute < 0 || minute > 59) {
                throw InvalidDateException.because("date.reason.minute", minute);
            }
            min = minute;
        }
        if (precision.compareTo(Precision.SECOND) >= 0) {
            if (second < 0 || second > 59) {
                throw InvalidDateException.because("date.reason.second", second);
            }
            s = second;
        }
        return new HistoricalDate((int) year, m, d, h, min, s, precision);
    }

    public static HistoricalDate ofYear(long year) {
        return of(Precision.YEAR, year, 1, 1, 0, 0, 0);
    }

    public static HistoricalDate ofMonth(long year, int month) {
        return of(Precision.MONTH, year, month, 1, 0, 0, 0);
    }

    public static HistoricalDate ofDay(long year, int month, int day) {
        return of(Precision.DAY, year, month, day, 0, 0, 0);
    }

    public static HistoricalDate ofMinute(long year, int month, int day, int hour, int minute) {
        return of(Precision.MINUTE, year, month, day, hour, minute, 0);
    }

    /**
     * The date of the given precision that contains the instant {@code epochSecond}, for example
     * the month under the mouse pointer. Returns null when the instant lies outside the supported years.
     */
    public static HistoricalDate containing(double epochSecond, Precision precision) {
        long daySecond = (long) Math.floor(epochSecond);
        long epochDay = Math.floorDiv(daySecond, CivilCalendar.SECONDS_PER_DAY);
        long secondOfDay = Math.floorMod(daySecond, CivilCalendar.SECONDS_PER_DAY);
        long[] ymd = CivilCalendar.civilFromEpochDay(epochDay);
        if (ymd[0] < MIN_YEAR || ymd[0] > MAX_YEAR) {
            return null;
        }
        return of(precision, ymd[0], (int) ymd[1], (int) ymd[2], (int) (secondOfDay / 3600),
                (int) (secondOfDay / 60 % 60), (int) (secondOfDay % 60));
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }

    public int day() {
        return day;
    }

    public int hour() {
        return hour;
    }

    public int minute() {
        return minute;
    }

    public int second() {
        return second;
    }

    public Precision precision() {
        return precision;
    }

    /** True for years before 1 CE, that is year 0 (1 BCE) and earlier. */
    public boolean isBce() {
        return year <= 0;
    }

    /** The first second this date covers, counted from 1970-01-01T00:00. */
    public long startSecond() {
        return startSecond;
    }

    /** The first second after this date: the start of the next year, month, day, ... */
    public long endSecond() {
        return endSecond;
    }

    private long computeEndSecond() {
        switch (precision) {
            case YEAR:
                return CivilCalendar.epochSecond(year + 1L, 1, 1);
            case MONTH:
                return month == 12 ? CivilCalendar.epochSecond(year + 1L, 1, 1) : CivilCalendar.epochSecond(year, month + 1, 1);
            case DAY:
                return startSecond + CivilCalendar.SECONDS_PER_DAY;
            case HOUR:
                return startSecond + CivilCalendar.SECONDS_PER_HOUR;
            case MINUTE:
                return startSecond + CivilCalendar.SECONDS_PER_MINUTE;
            default:
                return startSecond + 1;
        }
    }

    /** The middle of the interval this date covers, where a point event's marker belongs. */
    public double midSecond() {
        return startSecond() / 2.0 + endSecond() / 2.0;
    }

    /**
     * This date moved by whole units of its own precision: years for a year, months for a month,
     * days for a day. Returns null when the result would leave the supported years.
     */
    public HistoricalDate plusUnits(long units) {
        if (units == 0) {
            return this;
        }
        try {
            switch (precision) {
                case YEAR:
                    return ofYear(year + units);
                case MONTH: {
                    long months = year * 12L + (month - 1) + units;
                    return ofMonth(Math.floorDiv(months, 12), (int) Math.floorMod(months, 12) + 1);
                }
                case DAY: {
                    long[] ymd = CivilCalendar.civilFromEpochDay(CivilCalendar.epochDay(year, month, day) + units);
                    return ofDay(ymd[0], (int) ymd[1], (int) ymd[2]);
                }
                case HOUR:
                    return containing(startSecond + units * CivilCalendar.SECONDS_PER_HOUR, precision);
                case MINUTE:
                    return containing(startSecond + units * CivilCalendar.SECONDS_PER_MINUTE, precision);
                default:
                    return containing(startSecond + units, precision);
            }
        } catch (InvalidDateException outOfRange) {
            return null;
        }
    }

    /** The typical length of one unit of this date's precision, in seconds (a month is 30.44 days). */
    public double unitSeconds() {
        switch (precision) {
            case YEAR:
                return CivilCalendar.SECONDS_PER_AVERAGE_YEAR;
            case MONTH:
                return CivilCalendar.SECONDS_PER_AVERAGE_YEAR / 12;
            case DAY:
                return CivilCalendar.SECONDS_PER_DAY;
            case HOUR:
                return CivilCalendar.SECONDS_PER_HOUR;
            case MINUTE:
                return CivilCalendar.SECONDS_PER_MINUTE;
            default:
                return 1;
        }
    }

    /** This date with its precision reduced (never increased) to {@code coarser}. */
    public HistoricalDate truncatedTo(Precision coarser) {
        if (!precision.isFinerThan(coarser)) {
            return this;
        }
        return of(coarser, year, month, day, hour, minute, second);
    }

    /** The ISO 8601 text of this date, at its precision: "1990", "2007-07", "-0479", "2007-12-12T00:00". */
    public String toIso() {
        return IsoDates.format(this);
    }

    /** Earlier dates first; for the same start, the less precise date first. */
    @Override
    public int compareTo(HistoricalDate other) {
        int byStart = Long.compare(startSecond(), other.startSecond());
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }

    public boolean isBefore(HistoricalDate other) {
        return compareTo(other) < 0;
    }

    /**
     * Whether, as an event's end, this date ends before {@code start} begins: all of it is before.
     * "November 1990" does not end before 19 November 1990, which it holds (an end is the latest
     * moment it names, to its precision).
     */
    public boolean endsBefore(HistoricalDate start) {
        return endSecond <= start.startSecond;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HistoricalDate)) {
            return false;
        }
        HistoricalDate d = (HistoricalDate) o;
        return year == d.year && month == d.month && day == d.day && hour == d.hour && minute == d.minute
                && second == d.second && precision == d.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day, hour, minute, second, precision);
    }

    @Override
    public String toString() {
        return toIso();
    }
}
