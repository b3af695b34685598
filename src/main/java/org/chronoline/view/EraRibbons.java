package org.chronoline.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.chronoline.model.DisplayText;
import org.chronoline.model.Era;
import org.chronoline.view.TimelineLayout.EraBox;

/** Where the eras' ribbons go, above the lanes, and where their names are read. */
final class EraRibbons {
    private EraRibbons() {
    }

    /** An era's ribbon in view, from {@code x0} to {@code x1}. */
    private record Ribbon(Era era, double x0, double x1) {
    }

    /**
     * Era ribbons, packed into rows by their time spans. In a view that scrolls ({@code period} null)
     * the rows are those of the whole file, so that the ribbon area keeps its height while scrolling;
     * a picture or a slide cannot scroll, and packs only the eras of its period, so rows that would
     * stay empty in it are not drawn as a blank band (a slide's period is where it glides to, so its
     * rows do not change on the way). A name too long for its ribbon goes beside it,
     * after it or else before it, where its row has room for all of it and all of the ribbon is in
     * view; otherwise it is shortened inside. Beside a ribbon that runs on past an edge, the name
     * would stand over years the era does not cover. Returns the number of rows.
     */
    static int layout(List<Era> eras, TimeScale scale, double width, Packing.Period period, TextMeasurer measurer,
                      LayoutMetrics metrics, List<EraBox> out) {
        Predicate<Era> inView = era -> scale.xOf(era.endSecond()) >= 0 && scale.xOf(era.startSecond()) <= width;
        List<Era> sorted = new ArrayList<>(eras);
        if (period != null) {
            sorted.removeIf(era -> !period.overlaps(era.startSecond(), era.endSecond()));
        }
        sorted.sort(Comparator.comparingLong(Era::startSecond));
        List<Long> rowEnds = new ArrayList<>();
        List<List<Ribbon>> visible = new ArrayList<>(); // per row, left to right
        for (Era era : sorted) {
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > era.startSecond()) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(era.endSecond());
                visible.add(new ArrayList<>());
            } else {
                rowEnds.set(row, era.endSecond());
            }
            if (inView.test(era)) {
                visible.get(row).add(new Ribbon(era, scale.xOf(era.startSecond()), scale.xOf(era.endSecond())));
            }
        }
        double gap = metrics.labelGap();
        for (int row = 0; row < visible.size(); row++) {
            List<Ribbon> ribbons = visible.get(row);
            double claimedTo = 0; // where the row's ribbons and names so far end
            for (int k = 0; k < ribbons.size(); k++) {
                Era era = ribbons.get(k).era();
                double x0 = ribbons.get(k).x0();
                double x1 = ribbons.get(k).x1();
                double nextStart = k + 1 < ribbons.size() ? ribbons.get(k + 1).x0() : width;
                String title = DisplayText.line(era.title());
                double titleWidth = measurer.width(title);
                // The label stays at the left edge of the visible part of the band while scrolling.
                double labelX = Math.max(x0, 0) + gap;
                String label = measurer.fit(title, Math.min(x1, width) - labelX - gap);
                boolean outside = false;
                boolean whole = x0 >= 0 && x1 <= width;
                if (!title.equals(label) && whole && x1 + gap + titleWidth <= Math.min(nextStart, width) - gap) {
                    labelX = x1 + gap;
                    label = title;
                    outside = true;
                } else if (!title.equals(label) && whole && x0 - gap - titleWidth >= Math.max(claimedTo, 0) + gap) {
                    labelX = x0 - gap - titleWidth;
                    label = title;
                    outside = true;
                }
                double labelWidth = label == null ? 0 : label.equals(title) ? titleWidth : measurer.width(label);
                claimedTo = outside ? Math.max(x1, labelX + labelWidth) : x1;
                out.add(new EraBox(era, x0, x1, row, label, labelX, labelWidth, outside));
            }
        }
        out.sort(Comparator.comparingLong(b -> b.era().startSecond()));
        return rowEnds.size();
    }
}
