package org.chronoline.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The views the user has settled on, so that Back and Forward (Alt+Left, Alt+Right) return to
 * them as a browser returns to pages. A view is recorded when a move ends; a view barely different
 * from the current entry replaces nothing.
 */
public final class ViewHistory {
    private static final int LIMIT = 200;

    private final List<TimeScale> entries = new ArrayList<>();
    private int index = -1;

    /** Records a settled view, dropping any views that were forward of the current one. */
    public void record(TimeScale scale, double width) {
        if (index >= 0 && isSameView(entries.get(index), scale, width)) {
            return;
        }
        while (entries.size() > index + 1) {
            entries.remove(entries.size() - 1);
        }
        entries.add(scale);
        if (entries.size() > LIMIT) {
            entries.remove(0);
        }
        index = entries.size() - 1;
    }

    /**
     * The drawing area changed width and {@code before} became {@code after}, showing the same
     * period: when the current entry is that view, it is this one now, so Back and Forward return
     * to the period shown and not to its scale at the old width.
     */
    public void resized(TimeScale before, double widthBefore, TimeScale after) {
        if (index >= 0 && isSameView(entries.get(index), before, widthBefore)) {
            entries.set(index, after);
        }
    }

    /** The previous view, or null at the oldest. */
    public TimeScale back() {
        return index > 0 ? entries.get(--index) : null;
    }

    /** The next view after going back, or null at the newest. */
    public TimeScale forward() {
        return index + 1 < entries.size() ? entries.get(++index) : null;
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
