package org.chronoline.model;

/**
 * Calendar arithmetic on the proleptic Gregorian calendar with astronomical year numbering
 * (year 0 is 1 BCE), valid for any year a {@code long} can count days for.
 *
 * <p>{@code java.time} stops at year ±999,999,999 and cannot be asked about leap rules outside
 * that range, so the conversions here follow Howard Hinnant's public-domain "days from civil"
 * algorithms, which work on 400-year cycles and need no tables.
 */
public final class CivilCalendar {
    public static final long SECONDS_PER_MINUTE = 60;
    public static final long SECONDS_PER_HOUR = 3_600;
    public static final long SECONDS_PER_DAY = 86_400;
    /** Average Gregorian year, used only for scale estimates, never for dates. */
    public static final double SECONDS_PER_AVERAGE_YEAR = 365.2425 * SECONDS_PER_DAY;

    private static final long DAYS_PER_400_YEARS = 146_097;
    private static final long DAYS_FROM_0000_03_01_TO_1970_01_01 = 719_468;

    private CivilCalendar() {
    }

    public static boolean isLeapYear(long year) {
        return Math.floorMod(year, 4) == 0 && (Math.floorMod(year, 100) != 0 || Math.floorMod(year, 400) == 0);
    }

    public static int lengthOfMonth(long year, int month) {
        switch (month) {
            case 2:
                return isLeapYear(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 of the given civil date; month 1-12, day 1-31. */
    public static long epochDay(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_FROM_0000_03_01_TO_1970_01_01;
    }

    /** The civil date of a day counted from 1970-01-01, as {year, month, day}. */
    public static long[] civilFromEpochDay(long epochDay) {
        long z = epochDay + DAYS_FROM_0000_03_01_TO_1970_01_01;
        long era = Math.floorDiv(z, DAYS_PER_400_YEARS);
        long dayOfEra = z - era * DAYS_PER_400_YEARS;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return new long[] {year, month, day};
    }

    /** Seconds since 1970-01-01T00:00 of the first second of the given day. */
    public static long epochSecond(long year, int month, int day) {
        return epochDay(year, month, day) * SECONDS_PER_DAY;
    }

    /** The civil year containing the given epoch second. */
    public static long yearOf(double epochSecond) {
        return civilFromEpochDay((long) Math.floor(epochSecond / SECONDS_PER_DAY))[0];
    }
}
