package org.chronoline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.text.Messages;

/**
 * Dates typed by a person, at whatever precision they type, in any of Chronoline's languages: the
 * ISO forms of {@link IsoDates} plus "1990", "480 BCE", "44 BC", "-480" (480 BCE: a minus and fewer than four digits
 * is how people and TimelineJS write it, where ISO's four-digit "-0479" counts a year 0), "July 2007", "Jul 2007",
 * "12 October 2007", "October 12, 2007", "19. November 1990", "480 v. Chr.", "19 novembre 1990",
 * "av. J.-C.", "19 ноября 1990 г.", "до н. э.", "19 listopada 1990", "p.n.e.", "19th November 1990",
 * "1er juillet 2007", "2007 July", "19.11.1990", "11.1990", and "19/11/1990" or "11/19/1990" when only
 * one reading is a date ("5/6/1990" is refused: the 5th of June or the 6th of May). Month names (alone,
 * with a day, short, or the first three letters or more) and era words come from every
 * language's messages, so a date typed in one language is read whatever the window's language.
 * The precision follows what was typed.
 */
public final class DateInput {
    /** A year's digits, plain or grouped in thousands as each language groups them ("12,000", "12.000", "12 000"). */
    private static final String DIGITS = "(\\d{1,3}(?:[,.\\u00a0\\u202f ']\\d{3})+|\\d{1,9})";
    /** A year, with a sign or none: "+12000" is how the file writes years after 9999, and how the form shows them. */
    private static final Pattern YEAR = Pattern.compile("([+-]?(?:" + DIGITS.substring(1, DIGITS.length() - 1) + "))");
    /** A year before the common era as people write it: {@link #isPeoplesBceYear}. */
    private static final Pattern PEOPLES_BCE_YEAR = Pattern.compile("-(?:\\d{1,3}|\\d{1,3}(?:[,.\\u00a0\\u202f ']\\d{3})+)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?:(\\d{1,2})\\.?\\s+)?(\\p{L}+)\\.?,?\\s+" + DIGITS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+" + DIGITS);
    /** "19th", "1st", "1er": a day's number with the letters that make it an ordinal, left out. */
    private static final Pattern ORDINAL = Pattern.compile("(^|[\\s,])(\\d{1,2})(?:st|nd|rd|th|er)(?=[\\s,.]+\\S)");
    /** Numbers only: "19.11.1990", "19. 11. 1990", "19/11/1990", and a month "11.1990", "11/1990". */
    private static final Pattern NUMBERS_DAY = Pattern.compile("(\\d{1,2})([./]) ?(\\d{1,2})\\2 ?(\\d{3,9})");
    private static final Pattern NUMBERS_MONTH = Pattern.compile("(\\d{1,2})[./] ?(\\d{3,9})");
    /** The year first: "2007 July", "2007 July 14". */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{3,9}) (\\p{L}+)\\.?(?: (\\d{1,2}))?");
    private static final Pattern LOOKS_ISO = Pattern.compile("[+-]?\\d{4,}-.*");
    /** An ISO 8601 day and time with a space for the "T", as RFC 3339 allows and most people write it: "1989-11-09 23:30". */
    private static final Pattern ISO_SPACED_TIME = Pattern.compile("([+-]?\\d{4,}-\\d{2}-\\d{2}) (\\d{1,2})(:\\d{2}(?::\\d{2})?)");
    /** A time after the date, as the window writes it: "12 December 2007, 14:30" or "..., 14:30:05". */
    private static final Pattern TIME = Pattern.compile(",?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$");
    private static final Vocabulary WORDS = new Vocabulary();
    /**
     * A date marked approximate, as the window writes one in each language ("c. 1973", "vers 1973"), or with
     * "circa", "about" or "~": copied from the window into the form's Start, it was refused with "try 1990, July 2007…".
     */
    private static final Pattern CIRCA = circa();

    private DateInput() {
    }

    /**
     * For a year typed with two digits ("90"), which is read as it is written (the year 90, in the
     * Roman Empire), the recent year it likely means: the one of the last hundred years that ends so
     * (1990, 2005), as of {@code thisYear}; 0 for anything else. A student who filtered from "90"
     * saw nearly every event, with nothing said.
     */
    public static long recentYearMeant(String input, long thisYear) {
        String text = input == null ? "" : input.strip();
        if (!text.matches("[0-9]{2}")) {
            return 0;
        }
        return thisYear - Math.floorMod(thisYear - Integer.parseInt(text), 100);
    }

    private static Pattern circa() {
        return Pattern.compile("(?iu)(" + String.join("|", approximateMarks().stream().map(Pattern::quote).toList()) + ")\\s*(\\S.*)");
    }

    /**
     * The marks of a date written approximate ("c.", "vers", "ок.", as the window writes one in each language,
     * "circa", "about" or "~"), in the order they are tried; for the page, which refuses them as the window does.
     */
    public static List<String> approximateMarks() {
        List<String> marks = new ArrayList<>(List.of("circa", "approx.", "about", "~"));
        for (Locale language : Messages.LANGUAGES) {
            String written = Messages.get(language, "date.approximate", "\u0000");
            marks.add(written.substring(0, written.indexOf('\u0000')).strip());
        }
        marks.removeIf(String::isEmpty);
        return marks;
    }

    /** The date the text describes, or {@link InvalidDateException} saying which forms work. */
    public static HistoricalDate parse(String input) {
        String text = input.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw InvalidDateException.because("date.reason.empty");
        }
        Matcher spaced = ISO_SPACED_TIME.matcher(text);
        if (spaced.matches()) {
            // The editor's walk-through typed it and was told to write ISO 8601, which it nearly was.
            return IsoDates.parse(spaced.group(1) + "T" + (spaced.group(2).length() == 1 ? "0" : "") + spaced.group(2) + spaced.group(3));
        }
        if (LOOKS_ISO.matcher(text).matches()) {
            return IsoDates.parse(text);
        }
        Matcher circa = CIRCA.matcher(text);
        if (circa.matches()) {
            String date = circa.group(2);
            parse(date); // not a date itself: why that is
            throw InvalidDateException.because("date.reason.circa", date);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int[] time = null;
        Matcher t = TIME.matcher(lower);
        if (t.find() && t.start() > 0) {
            time = new int[] {Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)), t.group(3) == null ? -1 : Integer.parseInt(t.group(3))};
            lower = lower.substring(0, t.start()).strip();
        }
        Boolean bce = null;
        for (Map.Entry<String, Boolean> era : WORDS.eras.entrySet()) {
            int cut = cutSuffix(lower, era.getKey());
            if (cut >= 0) {
                lower = lower.substring(0, cut).strip();
                bce = era.getValue();
                break;
            }
        }
        for (String word : WORDS.yearWords) {
            int cut = cutSuffix(lower, word);
            if (cut >= 0) {
                lower = lower.substring(0, cut).strip();
                break;
            }
        }
        HistoricalDate day = day(lower, bce, text);
        if (time == null) {
            return day;
        }
        if (day.precision() != Precision.DAY) {
            throw InvalidDateException.because("date.reason.input");
        }
        return time[2] < 0
                ? HistoricalDate.of(Precision.MINUTE, day.year(), day.month(), day.day(), time[0], time[1], 0)
                : HistoricalDate.of(Precision.SECOND, day.year(), day.month(), day.day(), time[0], time[1], time[2]);
    }

    /** The date without its time: a year, a month or a day; {@code text} is all that was typed, for a refusal to quote. */
    private static HistoricalDate day(String typed, Boolean bce, String text) {
        String lower = ORDINAL.matcher(typed).replaceAll("$1$2");
        Matcher m = YEAR.matcher(lower);
        if (m.matches()) {
            String year = m.group(1);
            if (bce != null && year.startsWith("-")) {
                // "-480 BCE" was told there is no year 0 BCE.
                throw InvalidDateException.because("date.reason.signAndEra", year.substring(1));
            }
            if (bce == null && isPeoplesBceYear(year)) {
                return HistoricalDate.ofYear(year(year.substring(1), true));
            }
            return HistoricalDate.ofYear(year(year, bce));
        }
        m = MONTH_DAY_YEAR.matcher(lower);
        if (m.matches() && monthNumber(m.group(1)) > 0) {
            return HistoricalDate.ofDay(year(m.group(3), bce), monthNumber(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(lower);
        if (m.matches() && monthNumber(m.group(2)) > 0 && (m.group(1) != null || namesAYear(m.group(3), bce))) {
            long year = year(m.group(3), bce);
            int month = monthNumber(m.group(2));
            return m.group(1) == null
                    ? HistoricalDate.ofMonth(year, month)
                    : HistoricalDate.ofDay(year, month, Integer.parseInt(m.group(1)));
        }
        m = NUMBERS_DAY.matcher(lower);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            long year = year(m.group(4), bce);
            if (m.group(2).equals(".") || first > 12 || first == second) {
                return HistoricalDate.ofDay(year, second, first); // dots are day first everywhere; so is 19/11
            }
            if (second > 12) {
                return HistoricalDate.ofDay(year, first, second); // 11/19, as in the United States
            }
            // 5/6/1990: the 5th of June or the 6th of May. Refused with "try 1990, July 2007…", which did not say why.
            throw InvalidDateException.because("date.reason.ambiguous", text.strip().replaceAll("\\s+", " "),
                    DateText.format(HistoricalDate.ofDay(year, second, first)), DateText.format(HistoricalDate.ofDay(year, first, second)));
        }
        m = NUMBERS_MONTH.matcher(lower);
        if (m.matches()) {
            return HistoricalDate.ofMonth(year(m.group(2), bce), Integer.parseInt(m.group(1)));
        }
        m = YEAR_MONTH_DAY.matcher(lower);
        if (m.matches() && monthNumber(m.group(2)) > 0) {
            long year = year(m.group(1), bce);
            int month = monthNumber(m.group(2));
            return m.group(3) == null ? HistoricalDate.ofMonth(year, month) : HistoricalDate.ofDay(year, month, Integer.parseInt(m.group(3)));
        }
        throw InvalidDateException.because("date.reason.input");
    }

    /**
     * Where {@code text} ends with {@code word} when spaces and dots are not counted ("v.Chr." and
     * "v. Chr" alike), the index before it; otherwise -1. The word must stand apart from a digit
     * before it only by spaces or nothing ("480bce" and "480 BCE" alike).
     */
    static int cutSuffix(String text, String word) {
        int i = text.length();
        int j = word.length();
        while (j > 0 && i > 0) {
            char t = text.charAt(i - 1);
            char w = word.charAt(j - 1);
            if (t == ' ' || t == '.') {
                i--;
            } else if (w == ' ' || w == '.') {
                j--;
            } else if (t == w) {
                i--;
                j--;
            } else {
                return -1;
            }
        }
        while (j > 0 && (word.charAt(j - 1) == ' ' || word.charAt(j - 1) == '.')) {
            j--;
        }
        if (j > 0 || i == 0) {
            return -1;
        }
        return Character.isLetter(text.charAt(i - 1)) ? -1 : i; // "listopad" does not end in the era word "ad"
    }

    /**
     * Whether the number after a month alone is a year: three digits or more, or any with an era
     * ("March 44 BC"). "October 12" was read as October of the year 12. With a day before the month,
     * a short year is one ("28 February 1", as the window writes the year 1).
     */
    private static boolean namesAYear(String digits, Boolean bce) {
        return bce != null || digits.replaceAll("[^0-9]", "").length() >= 3;
    }

    /**
     * Whether a year is a minus and fewer than four digits ("-480", "-44") or digits grouped in thousands ("-1,000"):
     * not ISO 8601, which writes four digits and never groups them, but how people and TimelineJS write a year before
     * the common era, so it is 480 BCE. Read as ISO's year -480, it was 481 BCE, a year off, unsaid (a spreadsheet's
     * walk-through). With four digits or more ("-0479", "-1000") it is ISO's, whose year 0 is 1 BCE, as in a Chronoline
     * file.
     */
    public static boolean isPeoplesBceYear(String year) {
        return PEOPLES_BCE_YEAR.matcher(year).matches();
    }

    private static long year(String digits, Boolean bce) {
        long value = Long.parseLong(digits.replaceAll("[,.\\u00a0\\u202f ']", ""));
        if (bce == null || !bce) {
            return value;
        }
        if (value < 1) {
            throw InvalidDateException.because("date.reason.bceZero");
        }
        return 1 - value;
    }

    /** 1-12 for a month's name in any of Chronoline's languages, its short form, or a beginning of three letters or more that names one month only; otherwise 0. */
    static int monthNumber(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Integer exact = WORDS.months.get(lower);
        if (exact != null) {
            return exact;
        }
        if (lower.length() < 3) {
            return 0;
        }
        int found = 0;
        for (Map.Entry<String, Integer> month : WORDS.months.entrySet()) {
            if (month.getKey().startsWith(lower)) {
                if (found != 0 && found != month.getValue()) {
                    return 0; // the beginning of two months' names: not a date
                }
                found = month.getValue();
            }
        }
        return found;
    }

    /** Every word for a month (full, "of" and short forms, lower case) in every language, with its number 1-12. */
    public static Map<String, Integer> monthWords() {
        return Collections.unmodifiableMap(WORDS.months);
    }

    /** Every era word, lower case, longest first, with whether it means before the common era. */
    public static Map<String, Boolean> eraWords() {
        return Collections.unmodifiableMap(WORDS.eras);
    }

    /** Words that may follow a year ("r.", "г."), lower case. */
    public static List<String> yearWords() {
        return Collections.unmodifiableList(WORDS.yearWords);
    }

    /** Month names and era words of every language, read once from the messages. */
    private static final class Vocabulary {
        final Map<String, Integer> months = new HashMap<>();
        /** Era word to "before the common era"; longest first, so that "B.C.E." is not read as "B.C." and a stray "E". */
        final Map<String, Boolean> eras = new TreeMap<>(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w));
        final List<String> yearWords = new ArrayList<>();

        Vocabulary() {
            for (Locale language : Messages.LANGUAGES) {
                for (int m = 1; m <= 12; m++) {
                    for (String key : List.of("month.", "month.of.", "month.short.")) {
                        months.putIfAbsent(clean(Messages.get(language, key + m)), m);
                    }
                }
                words(language, "date.input.bce").forEach(w -> eras.put(w, true));
                words(language, "date.input.ce").forEach(w -> eras.put(w, false));
                yearWords.addAll(words(language, "date.input.yearWords"));
            }
        }

        private static List<String> words(Locale language, String key) {
            List<String> words = new ArrayList<>();
            try {
                for (String word : Messages.get(language, key).split(",")) {
                    if (!word.isBlank()) {
                        words.add(word.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IllegalArgumentException e) {
                // this language has no such words
            }
            return words;
        }

        private static String clean(String name) {
            return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        }
    }
}
