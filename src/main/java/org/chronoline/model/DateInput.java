package org.chronoline.model;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates typed by a person, at whatever precision they type: the ISO forms of {@link IsoDates}
 * plus "1990", "480 BCE", "44 BC", "July 2007", "Jul 2007", "12 October 2007" and
 * "October 12, 2007". The precision follows what was typed.
 */
public final class DateInput {
    private static final String ERA = "(?:\\s*(BCE|BC|CE|AD)\\.?)?";
    private static final Pattern YEAR = Pattern.compile("(-?\\d{1,9})" + ERA, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?:(\\d{1,2})\\s+)?([a-z]+)\\.?,?\\s+(\\d{1,9})" + ERA, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{1,9})" + ERA, Pattern.CASE_INSENSITIVE);
    private static final Pattern LOOKS_ISO = Pattern.compile("[+-]?\\d{4,}-.*");

    private DateInput() {
    }

    /** The date the text describes, or {@link InvalidDateException} saying which forms work. */
    public static HistoricalDate parse(String input) {
        String text = input.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw InvalidDateException.because("date.reason.empty");
        }
        if (LOOKS_ISO.matcher(text).matches()) {
            return IsoDates.parse(text);
        }
        Matcher m = YEAR.matcher(text);
        if (m.matches()) {
            return HistoricalDate.ofYear(year(m.group(1), m.group(2)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.matches() && monthNumber(m.group(1)) > 0) {
            return HistoricalDate.ofDay(year(m.group(3), m.group(4)), monthNumber(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches() && monthNumber(m.group(2)) > 0) {
            long year = year(m.group(3), m.group(4));
            int month = monthNumber(m.group(2));
            return m.group(1) == null
                    ? HistoricalDate.ofMonth(year, month)
                    : HistoricalDate.ofDay(year, month, Integer.parseInt(m.group(1)));
        }
        throw InvalidDateException.because("date.reason.input");
    }

    private static long year(String digits, String era) {
        long value = Long.parseLong(digits);
        if (era == null || era.equalsIgnoreCase("CE") || era.equalsIgnoreCase("AD")) {
            return value;
        }
        if (value < 1) {
            throw InvalidDateException.because("date.reason.bceZero");
        }
        return 1 - value;
    }

    /** 1-12 for an English month name or its three-letter abbreviation, otherwise 0. */
    static int monthNumber(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(lower) || (lower.length() >= 3 && full.startsWith(lower))) {
                return month.getValue();
            }
        }
        return 0;
    }
}
