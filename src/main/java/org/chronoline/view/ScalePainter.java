package org.chronoline.view;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chronoline.view.TimelinePainter.Frame;

/**
 * Draws a frame's time scale, for {@link TimelinePainter}: the axis with its row of context (the
 * decade, the year) over its row of dates, the grid lines the ticks draw down the lanes, and the
 * today line. Lines one pixel wide are drawn as whole-pixel rectangles.
 */
final class ScalePainter {
    private final Function<Font, FxTextMeasurer> measurers;

    ScalePainter(Function<Font, FxTextMeasurer> measurers) {
        this.measurers = measurers;
    }

    void paintGrid(Surface gc, TimelineLayout layout, Frame f, RenderStyle s) {
        gc.setFill(s.grid());
        for (AxisPlan.Tick tick : layout.axis().lower()) {
            verticalLine(gc, tick.x(), f.lanesTop(), f.lanesTop() + f.lanesHeight());
        }
        gc.setFill(s.gridMajor());
        for (AxisPlan.Tick tick : layout.axis().upper()) {
            verticalLine(gc, tick.x(), f.lanesTop(), f.lanesTop() + f.lanesHeight());
        }
    }

    void paintAxis(Surface gc, TimelineLayout layout, Frame f, RenderStyle s, Double today) {
        double tier = f.axisHeight() / layout.axisTiers();
        // Where the row of dates starts: under the context's row, or at the top when a picture of years has none.
        double lower = f.axisHeight() - tier;
        gc.setFill(s.axisBackground());
        gc.fillRect(0, 0, f.width(), f.axisHeight());
        paintToday(gc, layout, f, s, today, lower, f.axisHeight());
        gc.setFill(s.gridMajor());
        horizontalLine(gc, 0, f.width(), f.axisHeight());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);

        // Upper tier: context labels that stick to the left edge until the next one pushes them away.
        Font contextFont = Font.font(s.axisFont().getFamily(), FontWeight.BOLD, s.axisFont().getSize());
        gc.setFont(contextFont);
        FxTextMeasurer contextMeasurer = measurers.apply(contextFont);
        var upper = layout.axis().upper();
        // Every name whole where all have room, else every one short ("Sep 1999"): one month shortened beside
        // another whole read as two kinds of label.
        boolean whole = true;
        for (int i = 0; i < upper.size() && whole; i++) {
            // The last one is left undrawn where it has no room, as before: judged by it, the row changed while panning.
            double next = i + 1 < upper.size() ? upper.get(i + 1).x() : Double.POSITIVE_INFINITY;
            whole = upper.get(i).x() < 0 || upper.get(i).x() + AxisPlan.LABEL_INSET + contextMeasurer.width(upper.get(i).label()) + AxisPlan.LABEL_GAP <= next;
        }
        for (int i = 0; i < upper.size(); i++) {
            AxisPlan.Tick tick = upper.get(i);
            if (tick.x() >= 0) {
                gc.setFill(s.gridMajor());
                verticalLine(gc, tick.x(), 0, f.axisHeight());
            }
            double next = i + 1 < upper.size() ? upper.get(i + 1).x() : f.width();
            for (String label : whole ? List.of(tick.label(), tick.shortLabel()) : List.of(tick.shortLabel())) {
                double w = contextMeasurer.width(label);
                double x = Math.min(Math.max(tick.x(), 0) + AxisPlan.LABEL_INSET, next - AxisPlan.LABEL_GAP - w);
                if (x >= Math.max(tick.x(), 0) + 0.5 - 1e-9 || (x >= 0 && tick.x() < 0)) {
                    gc.setFill(s.axisContextText());
                    gc.fillText(label, x, tier / 2 + 1);
                    break;
                }
            }
        }

        // Lower tier: the chosen unit's ticks, labels only where they fit entirely.
        gc.setFont(s.axisFont());
        FxTextMeasurer measurer = measurers.apply(s.axisFont());
        for (AxisPlan.Tick tick : layout.axis().lower()) {
            gc.setFill(s.gridMajor());
            verticalLine(gc, tick.x(), lower + tier * 0.55, f.axisHeight());
            double x = tick.x() + AxisPlan.LABEL_INSET;
            if (x >= 0 && x + measurer.width(tick.label()) <= f.width()) {
                gc.setFill(s.axisText());
                gc.fillText(tick.label(), x, lower + tier / 2);
            }
        }
    }

    /** The today line from {@code top} to {@code bottom}. */
    static void paintToday(Surface gc, TimelineLayout layout, Frame f, RenderStyle s, Double today, double top, double bottom) {
        if (today == null) {
            return;
        }
        double x = layout.scale().xOf(today);
        if (x < 0 || x > f.width()) {
            return;
        }
        gc.setFill(s.today());
        gc.fillRect(Math.floor(x) - 0.5, top, 2, bottom - top);
    }

    /**
     * A one-pixel vertical line as a whole-pixel rectangle: sharp, and drawn without the
     * anti-aliasing rasteriser, which made long grid lines the most expensive thing in a frame.
     */
    static void verticalLine(Surface gc, double x, double top, double bottom) {
        gc.fillRect(Math.floor(x), Math.floor(top), 1, Math.ceil(bottom) - Math.floor(top));
    }

    static void horizontalLine(Surface gc, double left, double right, double y) {
        gc.fillRect(Math.floor(left), Math.floor(y), Math.ceil(right) - Math.floor(left), 1);
    }
}
