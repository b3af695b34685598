package org.chronoline.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.chronoline.model.CivilCalendar;
import org.chronoline.model.DateText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Precision;

/**
 * How one drawing of a timeline is cut into printed pages: side by side, each showing the next
 * stretch of time at the same scale, and, when the lanes are taller than a page, in rows of pages
 * too, so that the pages can be laid next to each other on a table or a wall. Every page is a part
 * of the same drawing, so the pages agree with each other and with an export of the whole timeline.
 */
public final class PrintPages {
    /**
     * One page: the part of the drawing it shows ({@code x}, {@code y}, {@code width}, {@code height}
     * in drawing units) and the period across it.
     */
    public record Page(int number, int of, double x, double y, double width, double height, double fromSecond, double toSecond) {
        /** The footer: the period shown, and where the page is in the set. */
        public String range() {
            return rangeText(fromSecond, toSecond);
        }
    }

    /** The smallest a drawing is printed, to fit a page's height: type at 40% is still about 5 points. */
    public static final double MIN_ZOOM = 0.4;

    /** A drawing and the share of its size it is printed at: 1 as drawn, less to fit the page's height. */
    public record Printed(TimelineRenderer.Drawing drawing, double zoom) {
    }

    private PrintPages() {
    }

    /**
     * A drawing {@code width} units wide on paper, every event whole: when it is taller than {@code height}, it is drawn
     * wider and printed smaller (down to {@link #MIN_ZOOM}), so that it fits the page's height rather than cut lanes off.
     */
    public static Printed scaledToHeight(DoubleFunction<TimelineRenderer.Drawing> drawingAt, double width, double height) {
        TimelineRenderer.Drawing drawing = drawingAt.apply(width);
        if (drawing.height() <= height) {
            return new Printed(drawing, 1);
        }
        double zoom = Math.max(MIN_ZOOM, height / drawing.height());
        return new Printed(drawingAt.apply(width / zoom), zoom);
    }

    /**
     * The period {@code [fromSecond, toSecond]} on one page {@code width} x {@code height}: every event whole, as large as
     * the page allows. A lane with nothing in the period is left out when the picture would otherwise be printed smaller
     * (their headers made 2007's view print at 68%, not 81%); lanes still taller than the page keep the rows that fit there
     * and count the rest ({@link TimelineRenderer#fitted}).
     */
    public static Printed periodOnPage(TimelineRenderer renderer, TimelineContent content, LayoutMode mode, double fromSecond,
                                       double toSecond, double width, double height, Marks marks) {
        DoubleFunction<TimeScale> period = w -> TimeScale.fitting(fromSecond, toSecond, w, 0);
        Printed printed = scaledToHeight(w -> renderer.period(content, mode, period.apply(w), w, marks), width, height);
        TimelineContent inPeriod = content.withLanesIn(fromSecond, toSecond);
        if (printed.zoom() < 1 && inPeriod != content) {
            Printed fewerLanes = scaledToHeight(w -> renderer.period(inPeriod, mode, period.apply(w), w, marks), width, height);
            if (fewerLanes.zoom() > printed.zoom()) {
                printed = fewerLanes;
            }
        }
        if (printed.drawing().height() * printed.zoom() > height) {
            double zoom = printed.zoom();
            TimelineContent chosen = printed.drawing().content(); // the lanes chosen above: every lane, or those in the period
            printed = new Printed(renderer.fitted(chosen, mode, period.apply(width / zoom), width / zoom, height / zoom, marks), zoom);
        }
        return printed;
    }

    /** The drawing cut into pages of {@code pageWidth} x {@code pageHeight} drawing units, left to right, then top to bottom. */
    public static List<Page> tile(TimelineRenderer.Drawing drawing, double pageWidth, double pageHeight) {
        if (pageWidth <= 0 || pageHeight <= 0) {
            throw new IllegalArgumentException("page " + pageWidth + " x " + pageHeight);
        }
        int across = Math.max(1, (int) Math.ceil(drawing.width() / pageWidth - 1e-6));
        int down = Math.max(1, (int) Math.ceil(drawing.height() / pageHeight - 1e-6));
        List<Page> out = new ArrayList<>(across * down);
        for (int row = 0; row < down; row++) {
            for (int column = 0; column < across; column++) {
                double x = column * pageWidth;
                double w = Math.min(pageWidth, drawing.width() - x);
                double y = row * pageHeight;
                out.add(new Page(out.size() + 1, across * down, x, y, w, Math.min(pageHeight, drawing.height() - y),
                        drawing.scale().secondAt(x), drawing.scale().secondAt(x + w)));
            }
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
