package org.chronoline.view;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.AccessibleAttribute;
import org.chronoline.model.DisplayText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.TimelineEvent;

/**
 * How a {@link TimelineView}'s period moves: zooming, panning, fitting and showing a period, gliding
 * there or jumping, always within the zoom limits, Back and Forward through the views it came to
 * rest at; Go to Date's period with its events' lanes ({@link LaneReveal}). The control's commands
 * ({@link TimelineView#zoom}, {@link TimelineView#back}, ...) are these; the skin's mouse and keys
 * use them directly.
 */
final class ViewMotion {
    /** How long each kind of move glides, in milliseconds. */
    private static final double FIT_MILLIS = 450;
    private static final double ZOOM_MILLIS = 160;
    private static final double PAN_MILLIS = 180;
    /** How far into the view the first or last event stays when a pan goes no further: a fifth of its width. */
    private static final double PAN_KEEP = 0.2;
    private static final double HISTORY_MILLIS = 350;

    private final TimelineView view;
    private final ViewAnimator animator;
    private final ViewHistory history = new ViewHistory();
    private final ReadOnlyBooleanWrapper animating;
    private final ReadOnlyObjectWrapper<TimelineView.Glide> lastGlide;
    private final ReadOnlyBooleanWrapper canGoBack;
    private final ReadOnlyBooleanWrapper canGoForward;
    /** A fit asked for before the drawing area had a size: done as soon as it has one. */
    private boolean fitPending;
    /** A period asked for before the drawing area had a size ([from, to] in seconds), or null: shown as soon as it has one. */
    private double[] periodPending;
    private final LaneReveal lanes;

    ViewMotion(TimelineView view, LaneReveal lanes) {
        this.view = view;
        this.lanes = lanes;
        animating = new ReadOnlyBooleanWrapper(view, "animating");
        lastGlide = new ReadOnlyObjectWrapper<>(view, "lastGlide");
        canGoBack = new ReadOnlyBooleanWrapper(view, "canGoBack");
        canGoForward = new ReadOnlyBooleanWrapper(view, "canGoForward");
        animator = new ViewAnimator(view::setScale, running -> {
            animating.set(running);
            if (!running) {
                recordView();
            }
        });
    }

    ReadOnlyBooleanProperty animatingProperty() {
        return animating.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<TimelineView.Glide> lastGlideProperty() {
        return lastGlide.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** Stops a running glide where it is (a drag or a pinch takes over). */
    void stopGliding() {
        animator.stop();
    }

    /**
     * The drawing area is about to change width from {@code before} to {@code width}: the same period
     * stays in view (a side panel opens, the window is resized, the lanes' scroll bar comes and goes),
     * as a map keeps its place. A glide under way keeps going to the period it was going to: the
     * form closing as the edited event was brought into view had widened the view by the form's width
     * at the same zoom, and each edit applied showed a sixth more years (editor's walk-through).
     */
    void keepPeriod(double before, double width) {
        if (before > 0 && width > 0 && width != before) {
            TimeScale now = view.getScale();
            animator.resized(before, width);
            view.setScale(now.resized(before, width));
        }
    }

    /** The drawing area has a size: a fit or a period asked for before it had one is shown now. */
    void fitIfPending(double width) {
        if (width > 0 && fitPending) {
            fitPending = false;
            animator.stop();
            view.setScale(TimelineRenderer.fittingEvents(view.getContent(), width, view.todayProperty().get()));
            recordView();
        } else if (width > 0 && periodPending != null) {
            double[] period = periodPending;
            periodPending = null;
            animator.stop();
            view.setScale(clamped(TimeScale.fitting(period[0], period[1], width, TimelineRenderer.FIT_MARGIN)));
            recordView();
        }
    }

    void fitAll() {
        fitAll(FIT_MILLIS);
    }

    /**
     * Fits every event at once, without a glide: for a document just opened, whose events have
     * nothing to do with the period the last one showed. (Gliding from there would also lay out
     * all its events in every frame of the glide, and anything that stopped the glide, a press on
     * the timeline for one, left a view that was neither.)
     */
    void fitAllAtOnce() {
        fitAll(0);
    }

    private void fitAll(double millis) {
        double width = view.getViewportWidth();
        periodPending = null;
        if (width <= 0) {
            fitPending = true;
            view.requestLayout();
            return;
        }
        moveTo(TimelineRenderer.fittingEvents(view.getContent(), width, view.todayProperty().get()), width / 2, millis);
    }

    void zoomAround(double factor, double x) {
        TimeScale from = heading();
        moveTo(zoomed(from, from.zoomedAround(x, factor)), x, ZOOM_MILLIS);
    }

    /** Zooms around x at once, as a trackpad pinch does. */
    void zoomAroundNow(double factor, double x) {
        animator.stop();
        TimeScale from = view.getScale();
        view.setScale(zoomed(from, from.zoomedAround(x, factor)));
    }

    /** Moves the view by {@code dx} pixels (positive: earlier), with a short glide. */
    void panBy(double dx) {
        TimeScale from = heading();
        moveTo(panned(from, from.pannedBy(dx)), view.getViewportWidth() / 2, PAN_MILLIS);
    }

    /** Glides to the interval [from, to] (seconds) over {@code millis} (0: at once). */
    void show(double fromSecond, double toSecond, double millis) {
        double width = view.getViewportWidth();
        fitPending = false;
        if (width <= 0) {
            // Fitted to no width, the period would be millions of years per pixel (a study question's first
            // view showed years 5,000 to 80,000): shown once the drawing area has its width.
            periodPending = new double[] {fromSecond, toSecond};
            view.requestLayout();
            return;
        }
        periodPending = null;
        moveTo(TimeScale.fitting(fromSecond, toSecond, width, TimelineRenderer.FIT_MARGIN), width / 2, millis);
    }

    void show(double fromSecond, double toSecond) {
        show(fromSecond, toSecond, FIT_MILLIS);
    }

    /** Shows the period a date names: a year, a month, a day. */
    void goTo(HistoricalDate date) {
        double[] interval = Navigation.intervalAround(date);
        show(interval[0], interval[1]);
        lanes.revealPeriod(interval[0], interval[1]);
    }

    /**
     * Brings an event into view: pans when it fits at this zoom, zooms out just enough when not, and
     * zooms in around it as far as it takes for it to be drawn as itself rather than counted in a
     * cluster (an event found by the search or by [ and ] in a crowded lane showed its details beside a
     * "6" that hid it).
     */
    void bringIntoView(TimelineEvent event) {
        double width = view.getViewportWidth();
        if (width <= 0) {
            return;
        }
        TimeScale scale = heading();
        // The room first: a zoom around the event keeps it where it is, and a pan after the zoom could put it in a cluster.
        TimeScale target = drawnAlone(event, withRoomForTitle(event, inView(event, scale, width), width), width);
        if (!target.equals(scale)) {
            moveTo(target, width / 2, FIT_MILLIS);
        }
    }

    /**
     * {@code scale}, or the least move that shows the event clear of the edges: a pan when it is near
     * (centring it swung the view past the file's first events, a third of it empty years), centred
     * when it is far, and zoomed out to it when it is longer than the view.
     */
    private static TimeScale inView(TimelineEvent event, TimeScale scale, double width) {
        double margin = Math.min(width / 4, 120);
        double start = event.startSecond();
        double end = event.endSecond();
        double x0 = scale.xOf(start);
        double x1 = scale.xOf(end);
        if (x0 >= margin && x1 <= width - margin) {
            return scale;
        }
        if (end - start > scale.span(width - 2 * margin)) {
            return TimeScale.fitting(start, end, width, margin);
        }
        if (x1 > -width && x0 < 2 * width) {
            return scale.pannedBy(x0 < margin ? margin - x0 : width - margin - x1);
        }
        return scale.centredOn((start + end) / 2, width);
    }

    /**
     * {@code target}, or zoomed in around the event, twice as close at each step, until a layout draws
     * it as itself; {@code target} when no zoom does (more events on its day than a lane has rows).
     */
    private TimeScale drawnAlone(TimelineEvent event, TimeScale target, double width) {
        TimelineRenderer renderer = view.renderer();
        Packing packing = Packing.forScreen(view.getLayoutMode());
        double middle = (event.startSecond() + event.endSecond()) / 2;
        TimeScale scale = clamped(target);
        for (int step = 0; step < MAX_ZOOM_STEPS; step++) {
            TimelineLayout layout = renderer.layout(view.getContent(), view.getLayoutMode(), scale, width, packing);
            if (layout.item(event.id()) != null || layout.laneOf(event) < 0) {
                return scale;
            }
            TimeScale closer = clamped(scale.zoomedAround(scale.xOf(middle), 2));
            if (closer.equals(scale)) {
                break; // as close as the view goes
            }
            scale = closer;
        }
        return target; // a glide deep in that still shows a cluster would only lose the reader's place
    }

    /**
     * {@code scale}, panned left as little as lets the event's whole title stand after its marker, where
     * the selected title is drawn as far as the view's right edge: an event chosen on a phone (or near a
     * projector's right edge) showed "Putin's decree s…". Only when the title fits beside the marker, which
     * stays in view; an event as wide as its title carries it inside.
     */
    private TimeScale withRoomForTitle(TimelineEvent event, TimeScale scale, double width) {
        LayoutMetrics m = view.renderer().metrics();
        // The marker or bar as the layout places it, and where it puts a title after them (a disputed date's rings too).
        double[] g = TimelineLayouter.geometry(event, scale, m.markerSize());
        double x0 = g[0];
        double x1 = g[1];
        double title = view.renderer().labelMeasurer().width(DisplayText.line(event.title()));
        if (x1 - x0 >= title) {
            return scale;
        }
        double[] marks = TimelineLayouter.marksExtent(event, scale, x0, x1, m.markerSize(), width);
        double room = m.labelGap() + title + TITLE_PLATE;
        double over = marks[1] + room - width;
        // Only where it then fits: a title wider than the view beside its marker would take the marker to the edge for nothing.
        if (over <= 0 || over > marks[0] - m.labelGap()) {
            return scale;
        }
        TimeScale panned = scale.pannedBy(-over);
        double[] events = view.getContent().eventExtent();
        double end = Math.max(scale.secondAt(width), events == null ? Double.NEGATIVE_INFINITY : events[1]);
        if (panned.secondAt(width) <= end) {
            return panned;
        }
        // Panned, the view would run past the timeline's end: on a phone, at the whole timeline, 2027-2060 empty for a title.
        // Zoomed in around its right edge instead, which stays, the marker moves left as far as the title needs.
        return scale.zoomedAround(width, room / (width - marks[1]));
    }

    /** How far short of the view's right edge the selected title drawn whole stops, and a pixel to spare. */
    private static final double TITLE_PLATE = 5;

    /** Zooming in 2^12 = 4,096 times separates events a day apart seen over a decade. */
    private static final int MAX_ZOOM_STEPS = 12;

    void back() {
        recordView();
        TimeScale previous = history.back(view.getViewportWidth());
        if (previous != null) {
            moveTo(previous, view.getViewportWidth() / 2, HISTORY_MILLIS);
        }
        updateHistoryState();
    }

    void forward() {
        TimeScale next = history.forward(view.getViewportWidth());
        if (next != null) {
            moveTo(next, view.getViewportWidth() / 2, HISTORY_MILLIS);
        }
        updateHistoryState();
    }

    /** Another document: the views of the last one are no way back. */
    void forgetHistory() {
        history.clear();
        updateHistoryState();
    }

    /** Remembers the view as it is now, for Back; a view that is still moving is remembered when it stops. */
    void recordView() {
        if (view.getViewportWidth() > 0 && !animator.isRunning()) {
            history.record(view.getScale(), view.getViewportWidth());
            updateHistoryState();
            // The period changed (a zoom, a pan, Go To Date): a screen reader says the new one.
            view.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        }
    }

    /** The scale kept within the zoom limits for the drawing area's width. */
    TimeScale clamped(TimeScale scale) {
        return scale.clamped(Math.max(1, view.getViewportWidth()), TimelineRenderer.maxSpan(view.getContent()));
    }

    /**
     * A pan from {@code from} to {@code to}, within the zoom limits, stopped where the timeline's
     * last event (or era) would go further left than a fifth into the view, or its first further
     * right than a fifth from the view's right edge: → held down went on into empty decades
     * (2030–2075 on the bundled timeline), with nothing to say where the events were. A view
     * already beyond (Go To Date may go anywhere) pans back freely.
     */
    TimeScale panned(TimeScale from, TimeScale to) {
        TimeScale target = clamped(to);
        double[] limits = startLimits(target);
        if (limits == null) {
            return target;
        }
        double start = target.startSecond();
        if (start > limits[1] && start > from.startSecond()) {
            start = Math.max(from.startSecond(), limits[1]);
        } else if (start < limits[0] && start < from.startSecond()) {
            start = Math.min(from.startSecond(), limits[0]);
        }
        return start == target.startSecond() ? target : new TimeScale(start, target.secondsPerPixel());
    }

    /**
     * A zoom from {@code from} to {@code to}, within the zoom limits, moved as little as it takes to
     * keep the first and last events where a pan stops (panned), when the view was within those
     * limits: zoomed in at the right-hand one, the last event went off the view's left edge, where →
     * then did nothing. A view already beyond them (Go To Date) zooms where it is asked.
     */
    TimeScale zoomed(TimeScale from, TimeScale to) {
        TimeScale target = clamped(to);
        double[] before = startLimits(from);
        double[] after = startLimits(target);
        double halfPixel = from.secondsPerPixel() / 2;
        if (before == null || from.startSecond() > before[1] + halfPixel || from.startSecond() < before[0] - halfPixel) {
            return target;
        }
        double start = Math.max(after[0], Math.min(after[1], target.startSecond()));
        return start == target.startSecond() ? target : new TimeScale(start, target.secondsPerPixel());
    }

    /**
     * The earliest and latest start a view at this zoom may pan to: the last event (or era) a fifth
     * into the view, the first a fifth from its right edge; null with nothing to keep in view.
     */
    private double[] startLimits(TimeScale scale) {
        double[] extent = view.getContent().extent();
        double width = view.getViewportWidth();
        if (extent == null || width <= 0) {
            return null;
        }
        double span = width * scale.secondsPerPixel();
        return new double[] {extent[0] + PAN_KEEP * span - span, extent[1] - PAN_KEEP * span};
    }

    private void updateHistoryState() {
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }

    /** Where the view is heading: the end of the running glide, or where it is. */
    TimeScale heading() {
        return animator.isRunning() ? animator.target() : view.getScale();
    }

    private void moveTo(TimeScale target, double anchorX, double millis) {
        TimeScale goal = clamped(target);
        lastGlide.set(new TimelineView.Glide(goal, millis));
        if (!view.isAnimated() || millis <= 0 || view.getScene() == null || view.getViewportWidth() <= 0) {
            animator.stop();
            view.setScale(goal);
            recordView();
            return;
        }
        animator.animate(view.getScale(), goal, anchorX, view.getViewportWidth(), millis);
    }
}
