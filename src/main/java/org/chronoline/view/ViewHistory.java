package org.chronoline.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The views the user has settled on, so that Back and Forward (Alt+Left, Alt+Right) return to
 * them as a browser returns to pages. A view is recorded when a move ends; a view barely different
 * from the current entry replaces nothing. A view is the period it showed: Back to it in a drawing
 * area that has since changed width (a side panel, a scroll bar) shows that period again.
 */
public final class ViewHistory {
    private static final int LIMIT = 200;

    private final List<Entry> entries = new ArrayList<>();
    private int index = -1;

    /** A view: its scale in a drawing area {@code width} wide. */
    private record Entry(TimeScale scale, double width) {
        /** The scale that shows the same period in a drawing area {@code other} wide. */
        TimeScale at(double other) {
            return other == width || other <= 0 ? scale : scale.resized(width, other);
        }
    }

    /** Records a settled view, dropping any views that were forward of the current one. */
    public void record(TimeScale scale, double width) {
        if (index >= 0 && isSameView(entries.get(index).at(width), scale, width)) {
            return;
        }
        while (entries.size() > index + 1) {
            entries.remove(entries.size() - 1);
        }
        entries.add(new Entry(scale, width));
        if (entries.size() > LIMIT) {
            entries.remove(0);
        }
        index = entries.size() - 1;
    }

    /** The previous view, as a drawing area {@code width} wide shows its period, or null at the oldest. */
    public TimeScale back(double width) {
        return index > 0 ? entries.get(--index).at(width) : null;
    }

    /** The next view after going back, as a drawing area {@code width} wide shows its period, or null at the newest. */
    public TimeScale forward(double width) {
        return index + 1 < entries.size() ? entries.get(++index).at(width) : null;
    }

    public boolean canGoBack() {
        return index > 0;
    }

    public boolean canGoForward() {
        return index + 1 < entries.size();
    }

    public void clear() {
        entries.clear();
        index = -1;
    }

    /** Two views are the same when they differ by less than a few pixels at either edge. */
    static boolean isSameView(TimeScale a, TimeScale b, double width) {
        double tolerance = 3 * Math.min(a.secondsPerPixel(), b.secondsPerPixel());
        return Math.abs(a.secondAt(0) - b.secondAt(0)) < tolerance && Math.abs(a.secondAt(width) - b.secondAt(width)) < tolerance;
    }
}
