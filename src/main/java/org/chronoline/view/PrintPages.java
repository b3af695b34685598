package org.chronoline.view;

import java.util.ArrayList;
import java.util.List;
import org.chronoline.model.CivilCalendar;
import org.chronoline.model.DateText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Precision;

/**
 * How a timeline is cut into printed pages: the current view on one page, or a period split into
 * pages side by side, each showing the next stretch of time at the same scale, so that the pages
 * can be laid next to each other on a table or a wall.
 */
public final class PrintPages {
    /** One page: the scale that draws it across {@code width} points, and the period it shows. */
    public record Page(int number, int of, TimeScale scale, double fromSecond, double toSecond) {
        /** The footer: the period shown, and where the page is in the set. */
        public String range() {
            return rangeText(fromSecond, toSecond);
        }
    }

    private PrintPages() {
    }

    /** The period [from, to] across {@code pages} pages, each {@code width} points wide. */
    public static List<Page> split(double fromSecond, double toSecond, int pages, double width) {
        if (pages < 1 || width <= 0 || !(toSecond > fromSecond)) {
            throw new IllegalArgumentException("pages " + pages + ", width " + width + ", " + fromSecond + " to " + toSecond);
        }
        double perPage = (toSecond - fromSecond) / pages;
        double secondsPerPoint = perPage / width;
        List<Page> out = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            double from = fromSecond + i * perPage;
            out.add(new Page(i + 1, pages, new TimeScale(from, secondsPerPoint), from, from + perPage));
        }
        return List.copyOf(out);
    }

    /** "1972 – 1995", "March – July 2007", "19 – 22 November 1990": the period at a precision that tells pages apart. */
    public static String rangeText(double fromSecond, double toSecond) {
        double span = toSecond - fromSecond;
        Precision precision = span > 3 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR ? Precision.YEAR
                : span > 90 * CivilCalendar.SECONDS_PER_DAY ? Precision.MONTH
                : span > 2 * CivilCalendar.SECONDS_PER_DAY ? Precision.DAY : Precision.MINUTE;
        HistoricalDate from = HistoricalDate.containing(fromSecond, precision);
        HistoricalDate to = HistoricalDate.containing(Math.max(fromSecond, toSecond - 1), precision);
        return from.equals(to) ? DateText.format(from) : DateText.formatSpan(from, to);
    }
}
