package org.chronoline.view;

import org.chronoline.model.CivilCalendar;
import org.chronoline.model.HistoricalDate;

/**
 * The mapping between time and horizontal pixels that everything on the timeline uses: the second
 * at x = 0 and the seconds each pixel spans. Immutable; zooming and panning make new scales.
 * Seconds are counted from 1970-01-01T00:00 as in {@link HistoricalDate#startSecond()}; a double
 * keeps sub-second precision for any date within a few hundred million years.
 */
public final class TimeScale {
    /** The closest zoom: about an hour across the view. */
    public static final double MIN_SPAN_SECONDS = CivilCalendar.SECONDS_PER_HOUR;
    /** The furthest zoom for a small file: about ten thousand years across the view. */
    public static final double DEFAULT_MAX_SPAN_SECONDS = 10_000 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR;
    private static final double EARLIEST = HistoricalDate.ofYear(HistoricalDate.MIN_YEAR).startSecond();
    private static final double LATEST = HistoricalDate.ofYear(HistoricalDate.MAX_YEAR).endSecond();

    private final double startSecond;
    private final double secondsPerPixel;

    public TimeScale(double startSecond, double secondsPerPixel) {
        if (!(secondsPerPixel > 0) || Double.isInfinite(secondsPerPixel) || Double.isNaN(startSecond)) {
            throw new IllegalArgumentException("invalid scale " + startSecond + ", " + secondsPerPixel);
        }
        this.startSecond = startSecond;
        this.secondsPerPixel = secondsPerPixel;
    }

    /** A scale that shows {@code [from, to)} across {@code width} pixels with {@code margin} pixels free on each side. */
    public static TimeScale fitting(double from, double to, double width, double margin) {
        double usable = Math.max(1, width - 2 * margin);
        double span = Math.max(to - from, MIN_SPAN_SECONDS);
        double spp = span / usable;
        double center = (from + to) / 2;
        return new TimeScale(center - width / 2 * spp, spp);
    }

    public double startSecond() {
        return startSecond;
    }

    public double secondsPerPixel() {
        return secondsPerPixel;
    }

    /** The x of an instant, in pixels from the left edge. */
    public double xOf(double second) {
        return (second - startSecond) / secondsPerPixel;
    }

    /** The instant at pixel x. */
    public double secondAt(double x) {
        return startSecond + x * secondsPerPixel;
    }

    public double endSecond(double width) {
        return secondAt(width);
    }

    /** The span shown across {@code width} pixels, in seconds. */
    public double span(double width) {
        return width * secondsPerPixel;
    }

    /** Zoomed in by {@code factor} (> 1 zooms in, < 1 out), keeping the instant at {@code anchorX} in place. */
    public TimeScale zoomedAround(double anchorX, double factor) {
        double anchor = secondAt(anchorX);
        double spp = secondsPerPixel / factor;
        return new TimeScale(anchor - anchorX * spp, spp);
    }

    /** The scale that shows the period this one shows {@code width} pixels wide in {@code newWidth} pixels, from the same start. */
    public TimeScale resized(double width, double newWidth) {
        return new TimeScale(startSecond, secondsPerPixel * width / newWidth);
    }

    /** Moved so that the content shifts right by {@code dx} pixels (dragging to the right shows earlier times). */
    public TimeScale pannedBy(double dx) {
        return new TimeScale(startSecond - dx * secondsPerPixel, secondsPerPixel);
    }

    /** The same zoom, centred on {@code second}. */
    public TimeScale centredOn(double second, double width) {
        return new TimeScale(second - width / 2 * secondsPerPixel, secondsPerPixel);
    }

    /**
     * This scale kept within the zoom range (at least {@link #MIN_SPAN_SECONDS} and at most
     * {@code maxSpan} across the view) and within the supported years, zooming around the centre.
     */
    public TimeScale clamped(double width, double maxSpan) {
        if (width <= 0) {
            return this;
        }
        double minSpp = MIN_SPAN_SECONDS / width;
        double maxSpp = Math.max(minSpp, maxSpan / width);
        double spp = Math.min(maxSpp, Math.max(minSpp, secondsPerPixel));
        double center = secondAt(width / 2);
        center = Math.min(LATEST, Math.max(EARLIEST, center));
        return spp == secondsPerPixel && center == secondAt(width / 2) ? this : new TimeScale(center - width / 2 * spp, spp);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeScale && ((TimeScale) o).startSecond == startSecond
                && ((TimeScale) o).secondsPerPixel == secondsPerPixel;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(startSecond) * 31 + Double.hashCode(secondsPerPixel);
    }

    @Override
    public String toString() {
        return "TimeScale[start=" + startSecond + ", secondsPerPixel=" + secondsPerPixel + "]";
    }
}
