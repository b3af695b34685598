package org.chronoline.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Set;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.model.Precision;
import org.chronoline.text.Messages;

/** The date objects of a TimelineJS file, read into dates with each problem reported at its field. */
final class TimelineJsDates {
    /**
     * A date object as read.
     *
     * @param date        the date, or null when it is absent or wrong (reported) or beyond the model's years
     * @param beyondYears whether its year lies beyond the years a timeline holds (a cosmological timeline)
     */
    record Read(HistoricalDate date, boolean beyondYears) {
    }

    /** What a date object holds that Chronoline reads; one with more is kept whole for the way back. */
    static final Set<String> PARTS = Set.of("year", "month", "day", "hour", "minute", "second");

    private static final Read NONE = new Read(null, false);
    private static final Read BEYOND = new Read(null, true);

    private final Findings findings;

    TimelineJsDates(Findings findings) {
        this.findings = findings;
    }

    /**
     * A TimelineJS date object: {@code year} is required (negative for BCE, as TimelineJS shows it:
     * -480 is 480 BCE), the precision is that of the last field given of month, day, hour, minute,
     * second. Values may be numbers or text, and "" counts as absent, as in files made from sheets.
     */
    Read read(JsonObject o, String name, JsonPath parent, boolean required) {
        JsonPath path = parent.field(name);
        if (!o.has(name) || o.get(name).isJsonNull()) {
            if (required) {
                findings.error(parent, Messages.get("problem.field.missing", Quoting.quote(name)));
            }
            return NONE;
        }
        if (!o.get(name).isJsonObject()) {
            findings.error(path, Messages.get("problem.type.expectedObject", JsonTrees.describe(o.get(name))));
            return NONE;
        }
        JsonObject d = o.getAsJsonObject(name);
        if (d.entrySet().stream().allMatch(field -> isBlank(field.getValue()) || field.getValue().isJsonObject())) {
            // A spreadsheet's empty end date: every field "".
            if (required) {
                findings.error(path, Messages.get("problem.field.missing", Quoting.quote("year")));
            }
            return NONE;
        }
        Long year = number(d, "year", path);
        if (year == null) {
            if (!d.has("year") || isBlank(d.get("year"))) {
                findings.error(path, Messages.get("problem.field.missing", Quoting.quote("year")));
            }
            return NONE; // a year that is not a number was reported by number()
        }
        String[] parts = {"month", "day", "hour", "minute", "second"};
        long[] values = new long[parts.length];
        Precision precision = Precision.YEAR;
        Precision[] precisions = {Precision.MONTH, Precision.DAY, Precision.HOUR, Precision.MINUTE, Precision.SECOND};
        for (int i = 0; i < parts.length; i++) {
            Long value = number(d, parts[i], path);
            if (value == null) {
                break;
            }
            values[i] = value;
            precision = precisions[i];
        }
        if (d.has("millisecond") && !isBlank(d.get("millisecond"))) {
            findings.warning(path.field("millisecond"), Messages.get("timelinejs.milliseconds"));
        }
        long astronomical = year < 0 ? year + 1 : year;
        if (astronomical < HistoricalDate.MIN_YEAR || astronomical > HistoricalDate.MAX_YEAR) {
            return BEYOND;
        }
        try {
            return new Read(HistoricalDate.of(precision, astronomical, (int) values[0], (int) values[1], (int) values[2],
                    (int) values[3], (int) values[4]), false);
        } catch (InvalidDateException e) {
            findings.error(path, Messages.get("timelinejs.badDate", e.reason()));
            return NONE;
        }
    }

    /** A whole number given as a number or as text; null when absent or "" (and an error when it is something else). */
    private Long number(JsonObject o, String name, JsonPath parent) {
        if (!o.has(name) || isBlank(o.get(name))) {
            return null;
        }
        JsonElement value = o.get(name);
        String text = value.isJsonPrimitive() ? value.getAsString().strip() : null;
        if (text != null && text.matches("-?\\d{1,12}")) {
            return Long.parseLong(text);
        }
        findings.error(parent.field(name), Messages.get("timelinejs.notWholeNumber", value.toString()));
        return null;
    }

    private static boolean isBlank(JsonElement value) {
        return value.isJsonNull() || value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && value.getAsString().isBlank();
    }
}
