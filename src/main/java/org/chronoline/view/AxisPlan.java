package org.chronoline.view;

import java.util.ArrayList;
import java.util.List;

/**
 * What the time axis shows for one view: the finest tick unit whose labels fit without touching,
 * its ticks (lower tier) and the coarser context ticks (upper tier). Computed from the scale and
 * the finest unit the dates need, so it is tested without a screen.
 */
public final class AxisPlan {
    /** Pixels between the end of one label and the start of the next, at least. */
    public static final double LABEL_GAP = 8;
    /** Pixels from a tick line to the start of its label. */
    public static final double LABEL_INSET = 4;

    /**
     * One tick: where it is and what it says; {@code shortLabel} when that is too long for the room
     * ("Sep 1999" for a context's "September 1999", which on a projector's large type left every other
     * month unnamed).
     */
    public record Tick(double second, double x, String label, String shortLabel) {
        public Tick(double second, double x, String label) {
            this(second, x, label, label);
        }
    }

    private final TickUnit unit;
    private final List<Tick> lower;
    private final List<Tick> upper;

    private AxisPlan(TickUnit unit, List<Tick> lower, List<Tick> upper) {
        this.unit = unit;
        this.lower = lower;
        this.upper = upper;
    }

    public static AxisPlan plan(TimeScale scale, double width, TextMeasurer measurer) {
        return plan(scale, width, measurer, TickUnit.Field.MINUTE);
    }

    /** The plan with ticks no finer than {@code finest} (days for a timeline whose dates name no time of day). */
    public static AxisPlan plan(TimeScale scale, double width, TextMeasurer measurer, TickUnit.Field finest) {
        double from = scale.secondAt(0);
        double to = scale.secondAt(width);
        boolean finerWouldFit = false;
        for (TickUnit unit : TickUnit.LADDER) {
            boolean roomy = unit.minimumSeconds() / scale.secondsPerPixel() >= minimumSpacing(unit, measurer);
            if (unit.field().compareTo(finest) < 0) {
                finerWouldFit |= roomy;
                continue;
            }
            if (!roomy) {
                continue;
            }
            List<Tick> lower = ticks(unit, scale, from, to, false);
            if (fits(lower, measurer)) {
                // Closer than the dates need (a day over the whole width): the upper tier names the day itself, and
                // stays at the left edge, so that a view between two midnights still says which day it shows; when
                // a day has no room for its name (a week on a projector's large type), the month names them instead.
                if (finerWouldFit) {
                    List<Tick> days = contextTicks(unit, unit, scale, from, to);
                    if (fits(days, measurer)) {
                        return new AxisPlan(unit, lower, days);
                    }
                }
                return new AxisPlan(unit, lower, contextTicks(unit.context(), unit, scale, from, to));
            }
        }
        // Even the widest unit is too narrow (the whole range of years on a small picture): label only every so many ticks.
        TickUnit coarsest = TickUnit.LADDER.get(TickUnit.LADDER.size() - 1);
        return new AxisPlan(coarsest, thinned(ticks(coarsest, scale, from, to, false), measurer), List.of());
    }

    /** The ticks, with the labels that would touch the one before them left blank. */
    private static List<Tick> thinned(List<Tick> ticks, TextMeasurer measurer) {
        List<Tick> out = new ArrayList<>(ticks.size());
        double free = Double.NEGATIVE_INFINITY;
        for (Tick tick : ticks) {
            boolean room = tick.x() >= free;
            out.add(room ? tick : new Tick(tick.second(), tick.x(), "", ""));
            if (room) {
                free = tick.x() + LABEL_INSET + measurer.width(tick.label()) + LABEL_GAP;
            }
        }
        return out;
    }

    /**
     * The context ticks in view; for a sticky context, after the last one before the view so that
     * its label can stay at the left edge.
     */
    private static List<Tick> contextTicks(TickUnit context, TickUnit unit, TimeScale scale, double from, double to) {
        // Year labels are whole already ("1990", "2000"): a row of decades or centuries above them would only repeat them.
        if (unit.field() == TickUnit.Field.YEAR) {
            return List.of();
        }
        if (!context.isStickyContext()) {
            return ticks(context, scale, from, to, true);
        }
        double longestGap = 2.2 * context.minimumSeconds() + 32 * 86_400.0;
        List<Tick> ticks = ticks(context, scale, from - longestGap, to, true);
        int firstInView = 0;
        while (firstInView < ticks.size() && ticks.get(firstInView).second() <= from) {
            firstInView++;
        }
        return ticks.subList(Math.max(0, firstInView - 1), ticks.size());
    }

    private static double minimumSpacing(TickUnit unit, TextMeasurer measurer) {
        String widest;
        switch (unit.field()) {
            case MINUTE:
            case HOUR:
                widest = "00:00";
                break;
            case DAY:
                widest = "28";
                break;
            case MONTH:
                widest = "May";
                break;
            default:
                widest = "2000";
        }
        return measurer.width(widest) + LABEL_INSET + LABEL_GAP;
    }

    private static List<Tick> ticks(TickUnit unit, TimeScale scale, double from, double to, boolean context) {
        List<Tick> ticks = new ArrayList<>();
        unit.forEachTick(from, to, s -> ticks.add(context ? new Tick(s, scale.xOf(s), unit.contextLabel(s), unit.shortContextLabel(s))
                : new Tick(s, scale.xOf(s), unit.label(s))));
        return ticks;
    }

    private static boolean fits(List<Tick> ticks, TextMeasurer measurer) {
        for (int i = 0; i + 1 < ticks.size(); i++) {
            Tick a = ticks.get(i);
            if (ticks.get(i + 1).x() - a.x() < LABEL_INSET + measurer.width(a.label()) + LABEL_GAP) {
                return false;
            }
        }
        return true;
    }

    public TickUnit unit() {
        return unit;
    }

    /** The ticks of the chosen unit inside the view, each with its label. */
    public List<Tick> lower() {
        return lower;
    }

    /** The context ticks; for a sticky context, starting with the last one before the view. */
    public List<Tick> upper() {
        return upper;
    }

    /**
     * What a strip with one row of labels (the overview) writes: years as they are; for finer ticks
     * their context ("2007", "October 2007") instead, since "Jan, Apr, Jul" alone does not say which
     * year. The context begun before the strip is written at its left edge when it fits there.
     */
    public List<Tick> oneRowLabels(TextMeasurer measurer) {
        if (unit.field() == TickUnit.Field.YEAR || upper.isEmpty()) {
            return lower;
        }
        List<Tick> out = new ArrayList<>();
        for (int i = 0; i < upper.size(); i++) {
            Tick tick = upper.get(i);
            if (tick.x() >= 0) {
                out.add(tick);
            } else {
                double next = i + 1 < upper.size() ? upper.get(i + 1).x() : Double.POSITIVE_INFINITY;
                if (LABEL_INSET + measurer.width(tick.label()) + LABEL_GAP <= next) {
                    out.add(new Tick(tick.second(), 0, tick.label(), tick.shortLabel()));
                }
            }
        }
        return out;
    }
}
