package org.chronoline.view;

import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import org.chronoline.model.Dating;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ItemBox;

/**
 * How one event is drawn, for {@link TimelinePainter}: its marker or bar, softened when its date is
 * approximate, the band of the dates its precision allows, and the rings of the other dates its
 * sources give. What lies around it (selection, search marks, titles) is the painter's.
 */
final class EventGlyphs {
    private EventGlyphs() {
    }

    /**
     * Where the event may have happened, as a band: even across the day, month or year its
     * precision allows; fading out towards the earlier end of a "before" date and the later end of
     * an "after" one; strongest in the middle of a margin ("c. 1990 ± 5 years") or a "between" range.
     */
    static void uncertainty(Surface gc, ItemBox item, double mid, double barHeight, Color color) {
        TimelineEvent e = item.event();
        double x0 = item.fuzzyX0();
        double x1 = item.fuzzyX1();
        Color strong = color.deriveColor(0, 1, 1, 0.45);
        Color faint = color.deriveColor(0, 1, 1, 0.03);
        Stop[] stops;
        if (e.dating().is(Dating.BEFORE)) {
            stops = new Stop[] {new Stop(0, faint), new Stop(1, strong)};
        } else if (e.dating().is(Dating.AFTER)) {
            stops = new Stop[] {new Stop(0, strong), new Stop(1, faint)};
        } else if (e.dating().is(Dating.BETWEEN) || e.approximate() && e.dating().margin() != null) {
            stops = new Stop[] {new Stop(0, faint), new Stop(0.5, strong), new Stop(1, faint)};
        } else {
            stops = null;
        }
        gc.setFill(stops == null ? color.deriveColor(0, 1, 1, 0.22)
                : new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE, stops));
        double h = item.point() ? barHeight * 0.55 : barHeight;
        gc.fillRoundRect(x0, mid - h / 2, x1 - x0, h, h, h);
    }

    /**
     * The other dates sources give for a disputed event: a hollow ring at each, joined to the
     * event's marker (the date most sources give) by a thin line.
     */
    static void alternatives(Surface gc, ItemBox item, double mid, double size, Color color, TimeScale scale) {
        double cx = (item.x0() + item.x1()) / 2;
        double[] rings = TimelineLayouter.ringCentres(item.event(), scale, cx, size);
        gc.setStroke(color);
        gc.setLineWidth(1.5);
        for (double x : rings) {
            gc.setFill(color.deriveColor(0, 1, 1, 0.6));
            gc.fillRect(Math.min(x, cx), mid - 0.5, Math.abs(x - cx), 1);
            gc.strokeOval(x - size / 2 + 1, mid - size / 2 + 1, size - 2, size - 2);
        }
    }

    static void marker(Surface gc, ItemBox item, double mid, Color color, boolean approximate, MarkerShape shape) {
        double d = item.x1() - item.x0();
        double cx = (item.x0() + item.x1()) / 2;
        if (approximate) {
            // A soft halo instead of a hard edge: the date is not exactly known.
            for (int ring = 3; ring >= 1; ring--) {
                double r = d / 2 + ring * 1.6;
                gc.setFill(color.deriveColor(0, 1, 1, 0.16));
                gc.fillOval(cx - r, mid - r, 2 * r, 2 * r);
            }
            gc.setFill(color.deriveColor(0, 0.8, 1.1, 0.85));
        } else {
            gc.setFill(color);
        }
        shape.fill(gc, cx, mid, d);
    }

    static void bar(Surface gc, ItemBox item, double mid, double barHeight, Color color, boolean approximate) {
        double w = item.x1() - item.x0();
        if (approximate && w > 12) {
            double fade = Math.min(w / 4, 24) / w;
            gc.setFill(new LinearGradient(item.x0(), 0, item.x1(), 0, false, CycleMethod.NO_CYCLE,
                    new Stop(0, color.deriveColor(0, 1, 1, 0.25)), new Stop(fade, color),
                    new Stop(1 - fade, color), new Stop(1, color.deriveColor(0, 1, 1, 0.25))));
        } else {
            gc.setFill(color);
        }
        gc.fillRoundRect(item.x0(), mid - barHeight / 2, w, barHeight, 5, 5);
    }
}
