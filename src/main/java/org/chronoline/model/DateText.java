package org.chronoline.model;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.chronoline.text.Messages;

/**
 * Dates as people read them, at their precision, in the language of the messages: "1990",
 * "480 BCE", "July 2007", "19 November 1990", "12 December 2007, 00:00", and spans such as
 * "1973 – 1989" or "12 – 15 June 2007" that do not repeat what both ends share ("19. November
 * 1990", "19 ноября 1990 г." in German and Russian: month names, their forms with a day and the
 * order come from the messages).
 */
public final class DateText {
    private static final String DASH = " \u2013 ";
    private static final char NO_BREAK = '\u00a0';
    /** A day's number ("13", "13.") and the space after it, before its month's name. */
    private static final Pattern DAY_BEFORE_MONTH = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{N}{1,2}\\.?) (?=\\p{L})");

    private DateText() {
    }

    public static String format(HistoricalDate date) {
        switch (date.precision()) {
            case YEAR:
                return year(date.year());
            case MONTH:
                return monthAndYear(date.year(), date.month());
            case DAY:
                return dayMonthYear(date);
            default:
                return Messages.get("date.withTime", dayMonthYear(date), time(date));
        }
    }

    /**
     * A moment on the computer's clock (when edits were kept, when a file changed) as the timeline
     * writes dates, to the minute: "4 December 2026, 12:53", not Java's "December 4, 2026, 12:53 PM".
     */
    public static String moment(Instant instant, ZoneId zone) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
        return format(HistoricalDate.ofMinute(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute()));
    }

    /**
     * A date as read on screen in text that wraps, its parts kept on one line where a line must not break: a day with
     * its month ("13. Dezember", "25 мая") and a year with the words that mark it ("2023 г.", "480 av. J.-C."). The
     * step tiles, Progress and the side panel broke "13. / Dezember 2001" and "25 мая / 2023 г." (a language
     * walk-through). For the screen only: files, the clipboard and search keep plain spaces.
     */
    public static String unbroken(String date) {
        String kept = DAY_BEFORE_MONTH.matcher(date).replaceAll("$1" + NO_BREAK);
        for (String key : List.of("date.bceInDate", "date.bce", "date.yearInDate")) {
            String marked = Messages.get(key, "\u0001");
            String mark = marked.substring(marked.indexOf('\u0001') + 1);
            if (mark.startsWith(" ")) {
                kept = Pattern.compile("(?<=\\p{N})" + Pattern.quote(mark)).matcher(kept)
                        .replaceAll(java.util.regex.Matcher.quoteReplacement(mark.replace(' ', NO_BREAK)));
            }
        }
        return kept;
    }

    /** A span; when {@code end} is null or equal to {@code start}, just the start. */
    public static String formatSpan(HistoricalDate start, HistoricalDate end) {
        if (end == null || end.equals(start)) {
            return format(start);
        }
        boolean sameEra = start.isBce() == end.isBce();
        if (sameEra && start.precision() == end.precision() && start.year() == end.year()) {
            if (start.precision() == Precision.MONTH) {
                return monthName(start.month()) + DASH + format(end);
            }
            if (start.precision() == Precision.DAY) {
                return start.month() == end.month()
                        ? Messages.get("date.dayAlone", start.day()) + DASH + format(end)
                        : Messages.get("date.dayMonth", start.day(), Messages.get("month.of." + start.month())) + DASH + format(end);
            }
        }
        if (sameEra && start.isBce() && start.precision() == Precision.YEAR && end.precision() == Precision.YEAR) {
            return number(1L - start.year()) + DASH + year(end.year());
        }
        return format(start) + DASH + format(end);
    }

    /** "1990", "480 BCE", "12,000 BCE": astronomical year 0 is 1 BCE. */
    public static String year(long astronomicalYear) {
        if (astronomicalYear <= 0) {
            return Messages.get("date.bce", number(1L - astronomicalYear));
        }
        return number(astronomicalYear);
    }

    /**
     * The years from {@code fromSecond} up to {@code toSecond} (exclusive): "1972 \u2013 2026", or
     * "2007" when they are one year.
     */
    public static String years(double fromSecond, double toSecond) {
        long first = CivilCalendar.yearOf(fromSecond);
        long last = CivilCalendar.yearOf(Math.max(fromSecond, toSecond - 1));
        return first == last ? year(first) : year(first) + " \u2013 " + year(last);
    }

    /** "July 2007". */
    public static String monthAndYear(long year, int month) {
        return Messages.get("date.monthYear", monthName(month), yearInDate(year));
    }

    /** "Sep 1999", where "September 1999" has no room (a time axis's months). */
    public static String shortMonthAndYear(long year, int month) {
        return Messages.get("date.monthYear", shortMonthName(month), yearInDate(year));
    }

    /** The year as it stands after a month ("1990", Russian "1990 г.", "480 г. до н. э."). */
    private static String yearInDate(long astronomicalYear) {
        return astronomicalYear <= 0 ? Messages.get("date.bceInDate", number(1L - astronomicalYear))
                : Messages.get("date.yearInDate", number(astronomicalYear));
    }

    /** "July", in full, as it is named alone. */
    public static String monthName(int month) {
        return Messages.get("month." + month);
    }

    /** "Jul", for axis labels. */
    public static String shortMonthName(int month) {
        return Messages.get("month.short." + month);
    }

    private static String dayMonthYear(HistoricalDate date) {
        return Messages.get("date.dayMonthYear", date.day(), Messages.get("month.of." + date.month()), yearInDate(date.year()));
    }

    private static String time(HistoricalDate date) {
        String hm = twoDigits(date.hour()) + ":" + twoDigits(date.minute());
        return date.precision() == Precision.SECOND ? hm + ":" + twoDigits(date.second()) : hm;
    }

    private static String number(long value) {
        // Four-digit years read better without a separator ("1990"); larger ones need it ("12,000").
        return value < 10_000 ? Long.toString(value) : NumberFormat.getIntegerInstance(Messages.locale()).format(value);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
