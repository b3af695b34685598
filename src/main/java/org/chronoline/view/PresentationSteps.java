package org.chronoline.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.chronoline.model.Dating;
import org.chronoline.model.DisplayText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;

/**
 * The steps of a presentation and which one is on screen. Steps are either events in time order
 * (what the filter shows) or a tour's events in the tour's order; the position moves forwards,
 * backwards, to the ends or to a numbered step and never leaves the list.
 */
public final class PresentationSteps {
    /** How far either side of a step the view reaches, in distances to the nearest neighbouring step. */
    private static final double NEIGHBOUR_CONTEXT = 1.2;
    /** On the side of the first or last step where no other step lies: a little room, not as much as towards the others. */
    private static final double LONE_SIDE_CONTEXT = 0.2;
    /**
     * Air left between a step's title and the right edge, as a share of the width: a title moved in
     * only as far as the edge ended with its plate against it, on a projector over the today line.
     */
    private static final double TITLE_AIR = 0.03;

    private final String title;
    private final List<TimelineEvent> steps;
    private int current;

    private PresentationSteps(String title, List<TimelineEvent> steps, int current) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a presentation needs at least one step");
        }
        this.title = Objects.requireNonNull(title, "title");
        this.steps = List.copyOf(steps);
        this.current = Math.max(0, Math.min(steps.size() - 1, current));
    }

    /**
     * Every given event in time order, starting at {@code first} (or the first step when it is null or
     * not among them); null when there are no events.
     */
    public static PresentationSteps ofEvents(String title, List<TimelineEvent> events, TimelineEvent first) {
        if (events.isEmpty()) {
            return null;
        }
        List<TimelineEvent> inTimeOrder = new ArrayList<>(events);
        // By the earliest each may have happened, as its card says it ("20 November 2011 or 30 November 2011").
        inTimeOrder.sort(EventIndex.earliestFirst());
        int start = first == null ? 0 : Math.max(0, indexOf(inTimeOrder, first.id()));
        return new PresentationSteps(title, inTimeOrder, start);
    }

    /**
     * A tour's steps in the tour's order, starting at its first; steps naming events that {@code byId}
     * does not know are left out. Null when none is left.
     */
    public static PresentationSteps ofTour(Tour tour, Function<String, TimelineEvent> byId) {
        List<TimelineEvent> events = new ArrayList<>();
        for (String id : tour.steps()) {
            TimelineEvent event = byId.apply(id);
            if (event != null) {
                events.add(event);
            }
        }
        return events.isEmpty() ? null : new PresentationSteps(tour.title(), events, 0);
    }

    private static int indexOf(List<TimelineEvent> events, String id) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The tour's title, or what the steps are. */
    public String title() {
        return title;
    }

    public List<TimelineEvent> steps() {
        return steps;
    }

    public int size() {
        return steps.size();
    }

    /** The position, from 0. */
    public int index() {
        return current;
    }

    public TimelineEvent current() {
        return steps.get(current);
    }

    /** The step after the current one, or null at the last. */
    public TimelineEvent next() {
        return current + 1 < steps.size() ? steps.get(current + 1) : null;
    }

    /** Moves by {@code delta} steps, stopping at the ends; returns whether the position changed. */
    public boolean move(int delta) {
        return moveTo(Math.max(0, Math.min(steps.size() - 1, current + delta)));
    }

    /** Moves to a position (from 0); returns false, and stays, when there is no such step or it is the current one. */
    public boolean moveTo(int index) {
        if (index < 0 || index >= steps.size() || index == current) {
            return false;
        }
        current = index;
        return true;
    }

    public boolean first() {
        return moveTo(0);
    }

    public boolean last() {
        return moveTo(steps.size() - 1);
    }

    /**
     * The interval (seconds) to show for a step: the event with room around it, and wide enough
     * to reach towards the nearest neighbouring step so that the class sees where it sits. Where
     * neither neighbour lies (before the first step in time, after the last) it reaches only a
     * little: centred, the first step of the bundled story showed ten empty years before it, half
     * the projector's width. A tour may go back in time: the sides are those of the neighbours' dates.
     */
    public double[] context(int index) {
        TimelineEvent event = steps.get(index);
        double[] own = Navigation.intervalAround(event);
        double middle = (event.startSecond() + event.endSecond()) / 2;
        double nearest = Double.POSITIVE_INFINITY;
        boolean earlier = false;
        boolean later = false;
        // The neighbours either side, skipping steps at the very same time (two treaties signed at one summit).
        for (int direction : new int[] {-1, 1}) {
            for (int i = index + direction; i >= 0 && i < steps.size(); i += direction) {
                TimelineEvent other = steps.get(i);
                double offset = (other.startSecond() + other.endSecond()) / 2 - middle;
                if (offset != 0) {
                    nearest = Math.min(nearest, Math.abs(offset));
                    earlier |= offset < 0;
                    later |= offset > 0;
                    break;
                }
            }
        }
        if (Double.isInfinite(nearest)) {
            return own;
        }
        double reach = nearest * NEIGHBOUR_CONTEXT;
        return new double[] {Math.min(own[0], middle - (earlier ? reach : reach * LONE_SIDE_CONTEXT)),
            Math.max(own[1], middle + (later ? reach : reach * LONE_SIDE_CONTEXT))};
    }

    /**
     * A step's period moved, when need be, so that the step's title fits whole to the right of its
     * marker as {@code renderer} draws it {@code width} wide: a long title near the middle of the view
     * would otherwise be cut at the right edge (on a slide, and in a handout's picture of the step).
     * It ends a little way before the edge ({@link #TITLE_AIR}), so that the class reads it as inside.
     * The titles of the events of {@code all} drawn at the step's own marker ({@link #atTheSameTime})
     * fit too: the tour's last step at 1024x768 read "Russia's withdrawal from the CFE T…" under it.
     */
    public static double[] withRoomForTitle(TimelineEvent event, Collection<TimelineEvent> all, double[] context, double width,
            TimelineRenderer renderer) {
        TimeScale scale = TimeScale.fitting(context[0], context[1], width, TimelineRenderer.FIT_MARGIN);
        double gap = renderer.metrics().labelGap();
        double label = renderer.labelMeasurer().width(DisplayText.line(event.title()));
        double[] g = TimelineLayouter.geometry(event, scale, renderer.metrics().markerSize());
        if (event.isSpan() && label + 2 * gap <= Math.min(g[1], width) - Math.max(g[0], 0)) {
            // Its title inside its bar, as the layout puts it where it fits (LanePacker): moved for room after its end, the
            // MBFR talks' fifteen years lost their first four at the largest slide type (a teacher's walk-through).
            return context;
        }
        for (TimelineEvent alongside : atTheSameTime(event, all)) {
            label = Math.max(label, renderer.labelMeasurer().width(DisplayText.line(alongside.title())));
        }
        double marker = scale.xOf(markerSecond(event));
        double overflow = marker + renderer.metrics().markerSize() / 2 + gap + label + Math.max(gap, width * TITLE_AIR) - width;
        double leftmost = TimelineRenderer.FIT_MARGIN / 2;
        double shift = Math.min(overflow, marker - leftmost);
        if (overflow <= 0 || shift <= 0) {
            return context;
        }
        double seconds = shift * scale.secondsPerPixel();
        // Past the timeline's last event only empty years would come in: the title stands before its marker instead, where
        // it fits. The tour's last step, in 2023, showed years to 2041, half the slide, and squeezed the years it was about.
        double latest = all.stream().mapToDouble(TimelineEvent::endSecond).max().orElse(Double.NEGATIVE_INFINITY);
        // Before its marks as the layout places a title there: before a bar's start, a disputed date's first ring.
        double marksFrom = TimelineLayouter.marksExtent(event, scale, g[0], g[1], renderer.metrics().markerSize(), width)[0];
        boolean fitsBefore = marksFrom - 2 * gap - label >= leftmost;
        if (fitsBefore && context[1] + seconds > latest) {
            return context;
        }
        return new double[] {context[0] + seconds, context[1] + seconds};
    }

    /** Where an event's marker is, in seconds: a span's end, the middle of a "between" range, a moment's own date. */
    private static double markerSecond(TimelineEvent event) {
        if (event.isSpan()) {
            return event.endSecond();
        }
        long[] possible = event.possibleSeconds();
        return event.dating().is(Dating.BETWEEN) ? (possible[0] + possible[1]) / 2.0 : event.start().midSecond();
    }

    /**
     * The other events of {@code all} drawn at the very place of a step that is a moment (not a span):
     * moments whose markers are where the step's is ("1990" and "c. 1990" alike), their titles right of it.
     */
    static List<TimelineEvent> atTheSameTime(TimelineEvent step, Collection<TimelineEvent> all) {
        if (step.isSpan()) {
            return List.of();
        }
        double marker = markerSecond(step);
        List<TimelineEvent> same = new ArrayList<>();
        for (TimelineEvent other : all) {
            if (other != step && !other.isSpan() && markerSecond(other) == marker && !other.id().equals(step.id())) {
                same.add(other);
            }
        }
        return same;
    }

    /**
     * The step (from 0) a number typed while presenting goes to: the step of that number, else the
     * step nearest it as a year of the steps' ({@link #stepNearestYear}); -1 when it is neither. The
     * prompt says it and Enter goes there, from this one answer.
     */
    public int stepTyped(long number) {
        return number >= 1 && number <= steps.size() ? (int) number - 1 : stepNearestYear(number);
    }

    /**
     * The step a year typed while presenting goes to ("1990" in a tour of 23 steps): the first, in the
     * steps' order, of those whose events come nearest the year (any that fall in it, else the nearest
     * before or after); -1 when the year is outside the steps' years, or when it is a step's number.
     */
    public int stepNearestYear(long year) {
        if (year >= 1 && year <= steps.size()) {
            return -1;
        }
        long from;
        long to;
        try {
            from = HistoricalDate.ofYear(year).startSecond();
            to = HistoricalDate.ofYear(year).endSecond();
        } catch (InvalidDateException outsideTheCalendar) {
            return -1;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (TimelineEvent event : steps) {
            first = Math.min(first, event.startSecond());
            last = Math.max(last, event.endSecond());
        }
        if (to <= first || from >= last) {
            return -1;
        }
        int nearest = -1;
        long nearestDistance = Long.MAX_VALUE;
        for (int i = 0; i < steps.size(); i++) {
            TimelineEvent event = steps.get(i);
            // Ends are the first second after: an event from the next New Year on is a second away, not in the year.
            long distance = Math.max(0, Math.max(event.startSecond() - to + 1, from - event.endSecond() + 1));
            if (distance < nearestDistance) {
                nearest = i;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    /** The first and the last year the steps' events fall in: "there are 23 steps, from 1989 to 2023". */
    public long[] years() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (TimelineEvent event : steps) {
            first = Math.min(first, event.start().year());
            last = Math.max(last, (event.end() != null ? event.end() : event.start()).year());
        }
        return new long[] {first, last};
    }

    /** The interval that holds every step, for the handout's picture. */
    public double[] span() {
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        for (TimelineEvent event : steps) {
            from = Math.min(from, event.startSecond());
            to = Math.max(to, event.endSecond());
        }
        double pad = Math.max((to - from) * 0.05, 86_400);
        return new double[] {from - pad, to + pad};
    }
}
