package org.chronoline.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISO 8601 date forms a timeline file may contain, each carrying its precision:
 * {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code YYYY-MM-DDTHH}, {@code YYYY-MM-DDTHH:MM}
 * and {@code YYYY-MM-DDTHH:MM:SS}. Years have at least four digits and may carry a sign
 * ({@code -0479} is 480 BCE, {@code +12000} is 12,000 CE). Everything else is refused with a reason
 * that names the form that was probably meant.
 */
public final class IsoDates {
    private static final Pattern ISO = Pattern.compile(
            "([+-]?)(\\d{4,9})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2})(?::(\\d{2})(?::(\\d{2}))?)?)?)?)?");
    private static final Pattern WEEK = Pattern.compile("[+-]?\\d{4,}-?W\\d{2}(-?\\d)?");
    private static final Pattern ORDINAL = Pattern.compile("[+-]?\\d{4,}-\\d{3}");
    private static final Pattern SHORT_YEAR = Pattern.compile("[+-]?\\d{1,3}");
    private static final Pattern LONG_YEAR = Pattern.compile("[+-]?\\d{10,}(-.*)?");
    private static final Pattern ZONE = Pattern.compile(".*T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}(:?\\d{2})?)");
    private static final Pattern FRACTION = Pattern.compile(".*T\\d{2}:\\d{2}:\\d{2}[.,]\\d+");

    private IsoDates() {
    }

    /** The date the text writes, or null when there is no text or it is not a date: for fields that are kept only when valid. */
    public static HistoricalDate parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return parse(text);
        } catch (InvalidDateException e) {
            return null;
        }
    }

    /** Parses one of the accepted forms or throws {@link InvalidDateException} saying why not. */
    public static HistoricalDate parse(String text) {
        HistoricalDate common = parseCommonForm(text);
        if (common != null) {
            return common;
        }
        if (text.isEmpty()) {
            throw InvalidDateException.because("date.reason.empty");
        }
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            throw InvalidDateException.because(reasonForUnrecognised(text));
        }
        String digits = m.group(2);
        if (m.group(1).isEmpty() && digits.length() > 4) {
            throw unsignedLongYear(text, digits);
        }
        boolean negative = "-".equals(m.group(1));
        if (negative && Long.parseLong(digits) == 0) {
            throw InvalidDateException.because("date.reason.negativeZero");
        }
        long year = Long.parseLong(digits) * (negative ? -1 : 1);
        Precision precision = Precision.YEAR;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (m.group(3) != null) {
            precision = Precision.MONTH;
            month = Integer.parseInt(m.group(3));
        }
        if (m.group(4) != null) {
            precision = Precision.DAY;
            day = Integer.parseInt(m.group(4));
        }
        if (m.group(5) != null) {
            precision = Precision.HOUR;
            hour = Integer.parseInt(m.group(5));
        }
        if (m.group(6) != null) {
            precision = Precision.MINUTE;
            minute = Integer.parseInt(m.group(6));
        }
        if (m.group(7) != null) {
            precision = Precision.SECOND;
            second = Integer.parseInt(m.group(7));
        }
        return HistoricalDate.of(precision, year, month, day, hour, minute, second);
    }

    /**
     * The four-digit-year forms almost every file uses (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM),
     * read without a regular expression; null for anything else, which the full parser handles and
     * explains. A timeline of a million events has millions of dates.
     */
    private static HistoricalDate parseCommonForm(String text) {
        int length = text.length();
        if (length != 4 && length != 7 && length != 10 && length != 16) {
            return null;
        }
        int year = digits(text, 0, 4);
        if (year < 0) {
            return null;
        }
        if (length == 4) {
            return HistoricalDate.of(Precision.YEAR, year, 1, 1, 0, 0, 0);
        }
        int month = text.charAt(4) == '-' ? digits(text, 5, 7) : -1;
        if (month < 0) {
            return null;
        }
        if (length == 7) {
            return HistoricalDate.of(Precision.MONTH, year, month, 1, 0, 0, 0);
        }
        int day = text.charAt(7) == '-' ? digits(text, 8, 10) : -1;
        if (day < 0) {
            return null;
        }
        if (length == 10) {
            return HistoricalDate.of(Precision.DAY, year, month, day, 0, 0, 0);
        }
        int hour = text.charAt(10) == 'T' ? digits(text, 11, 13) : -1;
        int minute = hour >= 0 && text.charAt(13) == ':' ? digits(text, 14, 16) : -1;
        return minute < 0 ? null : HistoricalDate.of(Precision.MINUTE, year, month, day, hour, minute, 0);
    }

    /** The number written by the ASCII digits in {@code [from, to)}, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * "19901119" is almost always 19 November 1990 written without hyphens, not the year 19,901,119:
     * years of five digits or more carry a sign, so such text is refused with the date it probably means.
     */
    private static InvalidDateException unsignedLongYear(String text, String digits) {
        if (text.length() == 8 && digits.length() == 8) {
            return InvalidDateException.because("date.reason.compactDate",
                    digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6, 8));
        }
        if (text.length() == 6 && digits.length() == 6) {
            return InvalidDateException.because("date.reason.compactDate", digits.substring(0, 4) + "-" + digits.substring(4, 6));
        }
        return InvalidDateException.because("date.reason.longYearSign", "+" + text);
    }

    private static String reasonForUnrecognised(String text) {
        if (WEEK.matcher(text).matches()) {
            return "date.reason.weekDate";
        }
        if (ORDINAL.matcher(text).matches()) {
            return "date.reason.ordinalDate";
        }
        if (SHORT_YEAR.matcher(text).matches()) {
            return "date.reason.shortYear";
        }
        if (LONG_YEAR.matcher(text).matches()) {
            return "date.reason.yearTooLong";
        }
        if (ZONE.matcher(text).matches()) {
            return "date.reason.timeZone";
        }
        if (FRACTION.matcher(text).matches()) {
            return "date.reason.fraction";
        }
        return "date.reason.notIso";
    }

    /** The ISO text of a date at its precision; the inverse of {@link #parse(String)}. */
    public static String format(HistoricalDate date) {
        StringBuilder out = new StringBuilder(20);
        int year = date.year();
        if (year < 0) {
            out.append('-');
        } else if (year > 9999) {
            out.append('+');
        }
        String digits = Long.toString(Math.abs((long) year));
        for (int i = digits.length(); i < 4; i++) {
            out.append('0');
        }
        out.append(digits);
        Precision p = date.precision();
        if (p.compareTo(Precision.MONTH) >= 0) {
            out.append('-').append(twoDigits(date.month()));
        }
        if (p.compareTo(Precision.DAY) >= 0) {
            out.append('-').append(twoDigits(date.day()));
        }
        if (p.compareTo(Precision.HOUR) >= 0) {
            out.append('T').append(twoDigits(date.hour()));
        }
        if (p.compareTo(Precision.MINUTE) >= 0) {
            out.append(':').append(twoDigits(date.minute()));
        }
        if (p.compareTo(Precision.SECOND) >= 0) {
            out.append(':').append(twoDigits(date.second()));
        }
        return out.toString();
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
