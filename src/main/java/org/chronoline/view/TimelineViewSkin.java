package org.chronoline.view;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.chronoline.model.CivilCalendar;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineLayout.ClusterBox;
import org.chronoline.view.TimelineLayout.ItemBox;
import org.chronoline.view.TimelineLayout.LaneBox;

/**
 * Draws a {@link TimelineView} on a canvas and turns mouse, trackpad and keyboard input into
 * changes of its scale, scroll and selection. Every change only marks the view dirty; the layout
 * is recomputed and the canvas repainted at most once per pulse, in {@link #layoutChildren}.
 */
final class TimelineViewSkin extends SkinBase<TimelineView> {
    private static final double WHEEL_STEP = 1.25;
    private static final double KEY_ZOOM = 1.5;
    private static final double DRAG_THRESHOLD = 4;
    private static final double FIT_MARGIN = 48;

    private final Canvas canvas = new Canvas();
    private final ScrollBar laneScrollBar = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final TimelinePainter painter = new TimelinePainter();
    private final ViewAnimator animator;
    private final OverviewStrip overview;
    private final ViewHistory history = new ViewHistory();
    /** Records the view once the wheel has been still for a moment. */
    private final PauseTransition wheelSettled = new PauseTransition(Duration.millis(450));

    /** Off-screen canvas and image for rendering exports, kept while the size stays the same. */
    private Canvas renderCanvas;
    private WritableImage renderImage;
    private TimelineLayout layout;
    private Object layoutKey;
    private TimelinePainter.Frame frame;
    private boolean fitPending;
    /** An event to scroll into view vertically once the layout for its new position exists. */
    private TimelineEvent pendingReveal;

    private double pressX;
    private double pressY;
    private TimeScale pressScale;
    private double pressScroll;
    private boolean dragging;

    /** What a drag that started on the canvas does. */
    private enum DragKind {
        PAN,
        MOVE,
        RESIZE,
        /** A move or resize the user cancelled with Esc: the rest of the drag does nothing. */
        CANCELLED
    }

    private DragKind dragKind = DragKind.PAN;
    private ItemBox draggedItem;
    /** Where the dragged event would go if the mouse were released now. */
    private TimelineEvent dragPreview;
    private final Tooltip dragTip = new Tooltip();

    TimelineViewSkin(TimelineView view) {
        super(view);
        animator = new ViewAnimator(view::setScale, view::setAnimating);
        laneScrollBar.setOrientation(Orientation.VERTICAL);
        laneScrollBar.setVisible(false);
        laneScrollBar.valueProperty().bindBidirectional(view.laneScrollProperty());
        overview = new OverviewStrip(view, painter::measurerFor, scale -> scale.clamped(canvas.getWidth(), maxSpan()),
                canvas::getWidth, this::recordView);
        getChildren().addAll(canvas, laneScrollBar, overview);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.getStyleClass().add("timeline-tooltip");

        for (Observable o : new Observable[] {view.contentProperty(), view.scaleProperty(), view.selectedEventProperty(),
            view.hoveredEventProperty(), view.layoutModeProperty(), view.laneScrollProperty(), view.todayProperty(),
            view.matchesProperty(), view.overviewVisibleProperty()}) {
            o.addListener(x -> view.requestLayout());
        }
        for (Observable o : view.styles.all()) {
            o.addListener(x -> view.requestLayout());
        }
        view.contentProperty().addListener((o, old, now) -> view.setHoveredEvent(null));
        view.hoveredEventProperty().addListener((o, old, now) -> updateTooltip(now));

        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAroundNow(e.getZoomFactor(), e.getX());
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        view.getSelectedIds().addListener((javafx.collections.SetChangeListener<String>) change -> view.requestLayout());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> view.setHoveredEvent(null));
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        view.animatingProperty().addListener((o, was, now) -> {
            if (!now) {
                recordView();
            }
        });
        wheelSettled.setOnFinished(e -> recordView());
        if (view.takeFitRequest()) {
            fitPending = true; // a document opened before the window showed: fit it on the first layout
        }
    }

    // ---- view history --------------------------------------------------------------------------

    void recordView() {
        if (canvas.getWidth() > 0 && !animator.isRunning()) {
            history.record(getSkinnable().getScale(), canvas.getWidth());
            getSkinnable().updateHistoryState(history.canGoBack(), history.canGoForward());
        }
    }

    /** A different document is shown: forget the views, the scroll and the selection of the last one. */
    void resetView() {
        history.clear();
        getSkinnable().updateHistoryState(false, false);
        getSkinnable().setLaneScroll(0);
        getSkinnable().setSelectedEvent(null);
        pendingReveal = null;
    }

    void back() {
        recordView();
        TimeScale previous = history.back();
        if (previous != null) {
            moveTo(previous, canvas.getWidth() / 2, 350);
        }
        getSkinnable().updateHistoryState(history.canGoBack(), history.canGoForward());
    }

    void forward() {
        TimeScale next = history.forward();
        if (next != null) {
            moveTo(next, canvas.getWidth() / 2, 350);
        }
        getSkinnable().updateHistoryState(history.canGoBack(), history.canGoForward());
    }

    // ---- layout and paint ----------------------------------------------------------------------

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double barWidth = laneScrollBar.isVisible() ? laneScrollBar.prefWidth(-1) : 0;
        boolean withOverview = getSkinnable().isOverviewVisible();
        overview.setVisible(withOverview);
        double overviewHeight = withOverview
                ? Math.ceil(painter.measurerFor(getSkinnable().styles.axisFont.get()).lineHeight() * 2.8) : 0;
        double canvasHeight = Math.max(0, h - overviewHeight);
        canvas.relocate(x, y);
        if (canvas.getWidth() != w - barWidth || canvas.getHeight() != canvasHeight) {
            canvas.setWidth(Math.max(0, w - barWidth));
            canvas.setHeight(canvasHeight);
        }
        overview.resizeRelocate(x, y + canvasHeight, w, overviewHeight);
        if (fitPending && canvas.getWidth() > 0) {
            fitPending = false;
            getSkinnable().setScale(fitScale());
            recordView();
        }
        paint();
        if (frame != null) {
            laneScrollBar.resizeRelocate(x + w - laneScrollBar.prefWidth(-1), y + frame.lanesTop(),
                    laneScrollBar.prefWidth(-1), frame.lanesHeight());
        }
    }

    private void paint() {
        TimelineView view = getSkinnable();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        TimelineLayout current = currentLayout();
        frame = frameFor(current, width, height, view.laneScrollProperty().get());
        double maxScroll = Math.max(0, current.contentHeight() - frame.lanesHeight());
        boolean needsBar = maxScroll > 0;
        if (laneScrollBar.isVisible() != needsBar) {
            laneScrollBar.setVisible(needsBar);
            view.requestLayout();
        }
        laneScrollBar.setMax(maxScroll);
        laneScrollBar.setVisibleAmount(maxScroll * frame.lanesHeight() / Math.max(1, current.contentHeight()));
        laneScrollBar.setUnitIncrement(current.metrics().rowHeight());
        if (view.laneScrollProperty().get() > maxScroll) {
            view.setLaneScroll(maxScroll);
        }
        if (pendingReveal != null && scrollIntoView(pendingReveal, current, maxScroll)) {
            return; // the scroll change lays out and paints again
        }
        painter.paint(new FxSurface(canvas.getGraphicsContext2D()), current, frame, view, view.getHoveredEvent());
        if (dragPreview != null && draggedItem != null) {
            double[] g = TimelineLayouter.geometry(dragPreview, view.getScale(), current.metrics().markerSize());
            painter.paintPreview(new FxSurface(canvas.getGraphicsContext2D()), current, frame, view, draggedItem, g);
        }
        if (overview.isVisible()) {
            overview.paint();
        }
        view.framePainted();
    }

    /**
     * Scrolls the lanes so that the event's row is visible, using the layout of the current frame;
     * returns true when the scroll changed. Stops trying once the event is placed and no move is running.
     */
    private boolean scrollIntoView(TimelineEvent event, TimelineLayout current, double maxScroll) {
        double top = Double.NaN;
        double bottom = Double.NaN;
        for (ItemBox item : current.items()) {
            if (item.event().id().equals(event.id())) {
                top = item.y();
                bottom = item.y() + item.height();
            }
        }
        if (Double.isNaN(top)) {
            for (LaneBox lane : current.lanes()) {
                if (laneHolds(lane.lane(), event)) {
                    top = lane.y();
                    bottom = lane.y() + Math.min(lane.height(), frame.lanesHeight());
                    break;
                }
            }
        } else if (!animator.isRunning()) {
            pendingReveal = null;
        }
        if (Double.isNaN(top)) {
            pendingReveal = null;
            return false;
        }
        double scroll = frame.laneScroll();
        double target = scroll;
        if (top < scroll) {
            target = top;
        } else if (bottom > scroll + frame.lanesHeight()) {
            target = bottom - frame.lanesHeight();
        }
        target = Math.max(0, Math.min(maxScroll, target));
        if (Math.abs(target - scroll) < 0.5) {
            return false;
        }
        getSkinnable().setLaneScroll(target);
        return true;
    }

    /** Where axis, eras and lanes go in a drawing of the given size, with the lanes scrolled by {@code scroll}. */
    private TimelinePainter.Frame frameFor(TimelineLayout layout, double width, double height, double scroll) {
        double axisHeight = 2 * Math.ceil(painter.measurerFor(getSkinnable().styles.axisFont.get()).lineHeight() * 1.55);
        double eraHeight = layout.eraRows() * layout.metrics().eraRowHeight();
        double lanesTop = axisHeight + eraHeight;
        double lanesHeight = Math.max(0, height - lanesTop);
        double maxScroll = Math.max(0, layout.contentHeight() - lanesHeight);
        return new TimelinePainter.Frame(width, height, axisHeight, axisHeight, eraHeight, lanesTop, lanesHeight,
                Math.max(0, Math.min(scroll, maxScroll)));
    }

    /**
     * The timeline drawn afresh at any size and pixel density, for exporting images: laid out for
     * {@code width} x {@code height} at {@code scale}, then painted with every coordinate multiplied by
     * {@code pixelScale}, so a double-resolution image is sharp rather than enlarged.
     */
    WritableImage render(double width, double height, double pixelScale, TimeScale scale) {
        return render(width, height, pixelScale, scale, getSkinnable().laneScrollProperty().get());
    }

    /** The timeline laid out afresh at {@code width} for {@code scale}. */
    private TimelineLayout layoutFor(double width, TimeScale scale) {
        TimelineView view = getSkinnable();
        FxTextMeasurer labels = painter.measurerFor(view.styles.labelFont.get());
        FxTextMeasurer axis = painter.measurerFor(view.styles.axisFont.get());
        return TimelineLayouter.layout(view.getContent(), view.getLayoutMode(), scale, width, labels, axis,
                LayoutMetrics.forLineHeight(labels.lineHeight(), view.getLayoutMode()));
    }

    /** How tall the timeline is with every lane and row shown, at {@code width} for {@code scale}. */
    double fullHeight(double width, TimeScale scale) {
        TimelineLayout drawn = layoutFor(width, scale);
        TimelinePainter.Frame top = frameFor(drawn, width, 0, 0);
        return Math.ceil(top.lanesTop() + drawn.contentHeight() + drawn.metrics().rowHeight() / 2);
    }

    /** The timeline as SVG, {@code width} x {@code height}, showing {@code scale} from the top lane. */
    String renderSvg(double width, double height, TimeScale scale) {
        TimelineLayout drawn = layoutFor(width, scale);
        SvgSurface svg = new SvgSurface(width, height);
        painter.paint(svg, drawn, frameFor(drawn, width, height, 0), getSkinnable(), null);
        return svg.document();
    }

    WritableImage render(double width, double height, double pixelScale, TimeScale scale, double laneScroll) {
        TimelineView view = getSkinnable();
        TimelineLayout drawn = layoutFor(width, scale);
        TimelinePainter.Frame drawnFrame = frameFor(drawn, width, height, laneScroll);
        long w = Math.round(width * pixelScale);
        long h = Math.round(height * pixelScale);
        if (renderCanvas == null || renderCanvas.getWidth() != w || renderCanvas.getHeight() != h) {
            renderCanvas = new Canvas(w, h);
            renderImage = null;
        }
        GraphicsContext gc = renderCanvas.getGraphicsContext2D();
        gc.save();
        gc.scale(pixelScale, pixelScale);
        painter.paint(new FxSurface(gc), drawn, drawnFrame, view, null);
        gc.restore();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        renderImage = renderCanvas.snapshot(parameters, renderImage);
        return renderImage;
    }

    /** The size of the drawing area the scale applies to. */
    double drawingWidth() {
        return canvas.getWidth();
    }

    double drawingHeight() {
        return canvas.getHeight();
    }

    private TimelineLayout currentLayout() {
        TimelineView view = getSkinnable();
        FxTextMeasurer labels = painter.measurerFor(view.styles.labelFont.get());
        FxTextMeasurer axis = painter.measurerFor(view.styles.axisFont.get());
        Object key = java.util.List.of(view.getContent(), view.getLayoutMode(), view.getScale(), canvas.getWidth(), labels.font(), axis.font());
        if (!Objects.equals(key, layoutKey)) {
            LayoutMetrics metrics = LayoutMetrics.forLineHeight(labels.lineHeight(), view.getLayoutMode());
            layout = TimelineLayouter.layout(view.getContent(), view.getLayoutMode(), view.getScale(), canvas.getWidth(),
                    labels, axis, metrics);
            layoutKey = key;
        }
        return layout;
    }

    // ---- commands ------------------------------------------------------------------------------

    /** The scale that shows every event across {@code width} pixels. */
    TimeScale fitScale(double width) {
        double[] extent = getSkinnable().getContent().extent();
        if (extent == null) {
            return fitScale();
        }
        return TimeScale.fitting(extent[0], extent[1], width, FIT_MARGIN).clamped(width, maxSpan());
    }

    void fitAll() {
        if (canvas.getWidth() <= 0) {
            fitPending = true;
            getSkinnable().requestLayout();
            return;
        }
        moveTo(fitScale(), canvas.getWidth() / 2, 450);
    }

    private TimeScale fitScale() {
        double[] extent = getSkinnable().getContent().extent();
        double width = Math.max(1, canvas.getWidth());
        if (extent == null) {
            Double today = getSkinnable().todayProperty().get();
            double now = today == null ? 0 : today;
            double decade = 10 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR;
            return TimeScale.fitting(now - decade, now + decade, width, FIT_MARGIN);
        }
        return TimeScale.fitting(extent[0], extent[1], width, FIT_MARGIN).clamped(width, maxSpan());
    }

    /** The widest zoom: ten thousand years, or a little more than the whole file when it spans more. */
    private double maxSpan() {
        double[] extent = getSkinnable().getContent().extent();
        double fileSpan = extent == null ? 0 : (extent[1] - extent[0]) * 1.5;
        return Math.max(TimeScale.DEFAULT_MAX_SPAN_SECONDS, fileSpan);
    }

    void zoomAround(double factor, double x) {
        TimeScale base = animator.isRunning() ? animator.target() : getSkinnable().getScale();
        moveTo(base.zoomedAround(x, factor), x, 160);
    }

    private void zoomAroundNow(double factor, double x) {
        animator.stop();
        getSkinnable().setScale(getSkinnable().getScale().zoomedAround(x, factor).clamped(canvas.getWidth(), maxSpan()));
    }

    void panBy(double dx) {
        TimeScale base = animator.isRunning() ? animator.target() : getSkinnable().getScale();
        moveTo(base.pannedBy(dx), canvas.getWidth() / 2, 180);
    }

    void show(double from, double to) {
        moveTo(TimeScale.fitting(from, to, canvas.getWidth(), FIT_MARGIN), canvas.getWidth() / 2, 450);
    }

    void present(TimelineEvent event, double from, double to, double millis) {
        pendingReveal = event;
        getSkinnable().requestLayout();
        moveTo(TimeScale.fitting(from, to, canvas.getWidth(), FIT_MARGIN), canvas.getWidth() / 2, millis);
    }

    /** Brings an event into view: pans when it fits at this zoom, zooms out just enough otherwise. */
    void reveal(TimelineEvent event) {
        double width = canvas.getWidth();
        if (width <= 0) {
            return;
        }
        TimeScale scale = animator.isRunning() ? animator.target() : getSkinnable().getScale();
        double margin = Math.min(width / 4, 120);
        double start = event.startSecond();
        double end = event.endSecond();
        pendingReveal = event;
        getSkinnable().requestLayout();
        if (scale.xOf(start) >= margin && scale.xOf(end) <= width - margin) {
            return;
        }
        TimeScale target = end - start <= scale.span(width - 2 * margin)
                ? scale.centredOn((start + end) / 2, width)
                : TimeScale.fitting(start, end, width, margin);
        moveTo(target, width / 2, 450);
    }

    private static boolean laneHolds(Lane lane, TimelineEvent event) {
        return lane.categoryId() == null || lane.categoryId().equals(event.category());
    }

    private void moveTo(TimeScale target, double anchorX, double millis) {
        TimelineView view = getSkinnable();
        TimeScale clamped = target.clamped(canvas.getWidth(), maxSpan());
        if (!view.isAnimated() || millis <= 0 || view.getScene() == null || canvas.getWidth() <= 0) {
            animator.stop();
            view.setScale(clamped);
            recordView();
            return;
        }
        animator.animate(view.getScale(), clamped, anchorX, canvas.getWidth(), millis);
    }

    /** The event drawn at a point of the control, or null. */
    TimelineEvent eventAt(double x, double y) {
        Object hit = hitTest(x, y);
        return hit instanceof ItemBox ? ((ItemBox) hit).event() : null;
    }

    Bounds eventBounds(String eventId) {
        if (layout == null || frame == null) {
            return null;
        }
        for (ItemBox item : layout.items()) {
            if (item.event().id().equals(eventId)) {
                double y = item.y() + frame.lanesTop() - frame.laneScroll();
                if (y + item.height() < frame.lanesTop() || y > frame.lanesTop() + frame.lanesHeight()) {
                    return null;
                }
                return new BoundingBox(item.x0(), y, Math.max(1, item.x1() - item.x0()), item.height());
            }
        }
        return null;
    }

    Map<String, String> visibleLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        if (layout != null) {
            for (ItemBox item : layout.items()) {
                if (item.label() != null && item.x1() >= 0 && item.x0() <= canvas.getWidth()) {
                    labels.put(item.event().id(), item.label());
                }
            }
        }
        return labels;
    }

    // ---- input ---------------------------------------------------------------------------------

    private void onScroll(ScrollEvent e) {
        TimelineView view = getSkinnable();
        if (e.isShiftDown()) {
            double dy = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            view.setLaneScroll(Math.max(0, Math.min(laneScrollBar.getMax(), view.laneScrollProperty().get() - dy)));
        } else if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            animator.stop();
            view.setScale(view.getScale().pannedBy(e.getDeltaX()).clamped(canvas.getWidth(), maxSpan()));
        } else if (e.getDeltaY() != 0) {
            double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
            zoomAround(Math.pow(WHEEL_STEP, notches), e.getX());
        }
        wheelSettled.playFromStart();
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        TimelineView view = getSkinnable();
        view.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressScale = view.getScale();
        pressScroll = view.laneScrollProperty().get();
        dragging = false;
        dragKind = DragKind.PAN;
        draggedItem = null;
        dragPreview = null;
        Object hit = hitTest(e.getX(), e.getY());
        if (view.isEditable() && e.getButton() == MouseButton.PRIMARY && !e.isShortcutDown() && hit instanceof ItemBox) {
            ItemBox item = (ItemBox) hit;
            TimelineEvent selected = view.getSelectedEvent();
            if (selected != null && selected.id().equals(item.event().id())) {
                draggedItem = item;
                dragKind = isOnEnd(item, e.getX()) ? DragKind.RESIZE : DragKind.MOVE;
            }
        }
    }

    /** The right end of a span's bar, where dragging resizes it. */
    private static boolean isOnEnd(ItemBox item, double x) {
        return !item.point() && x >= item.x1() - 6 && x <= item.x1() + 4;
    }

    private void onReleased(MouseEvent e) {
        if ((dragKind == DragKind.MOVE || dragKind == DragKind.RESIZE) && dragPreview != null) {
            TimelineEvent before = draggedItem.event();
            TimelineEvent after = dragPreview;
            boolean resized = dragKind == DragKind.RESIZE;
            endEventDrag();
            TimelineView.EditListener listener = getSkinnable().getEditListener();
            if (listener != null && !after.equals(before)) {
                listener.eventChanged(before, after, resized);
            }
        } else if (dragKind != DragKind.PAN) {
            endEventDrag();
        }
    }

    private void endEventDrag() {
        dragKind = DragKind.PAN;
        draggedItem = null;
        dragPreview = null;
        dragTip.hide();
        getSkinnable().requestLayout();
    }

    private void dragEvent(MouseEvent e) {
        double seconds = (e.getX() - pressX) * getSkinnable().getScale().secondsPerPixel();
        TimelineEvent original = draggedItem.event();
        dragPreview = dragKind == DragKind.RESIZE ? original.withEndMovedBy(seconds) : original.movedBy(seconds);
        dragTip.setText(dragPreview.dateText());
        if (!dragTip.isShowing()) {
            dragTip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 18);
        } else {
            dragTip.setAnchorX(e.getScreenX() + 14);
            dragTip.setAnchorY(e.getScreenY() + 18);
        }
        getSkinnable().requestLayout();
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressScale == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            animator.stop();
            canvas.setCursor(dragKind == DragKind.PAN ? Cursor.CLOSED_HAND : dragKind == DragKind.RESIZE ? Cursor.H_RESIZE : Cursor.MOVE);
        }
        if (dragKind == DragKind.CANCELLED) {
            return;
        }
        if (dragKind != DragKind.PAN) {
            dragEvent(e);
            return;
        }
        TimelineView view = getSkinnable();
        view.setScale(pressScale.pannedBy(dx).clamped(canvas.getWidth(), maxSpan()));
        view.setLaneScroll(Math.max(0, Math.min(laneScrollBar.getMax(), pressScroll - dy)));
    }

    private void onClicked(MouseEvent e) {
        if (dragging) {
            dragging = false;
            canvas.setCursor(Cursor.DEFAULT);
            recordView();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        TimelineView view = getSkinnable();
        Object hit = hitTest(e.getX(), e.getY());
        if (hit instanceof ItemBox && e.isShortcutDown()) {
            view.toggleSelected(((ItemBox) hit).event());
        } else if (hit instanceof ItemBox) {
            view.setSelectedEvent(((ItemBox) hit).event());
        } else if (hit == null && e.getClickCount() == 2 && e.isShortcutDown() && view.isEditable()
                && view.getEditListener() != null) {
            org.chronoline.model.HistoricalDate at = org.chronoline.model.HistoricalDate.containing(
                    view.getScale().secondAt(e.getX()), precisionOfZoom());
            if (at != null) {
                view.getEditListener().createRequested(at);
            }
        } else if (hit instanceof ClusterBox) {
            ClusterBox cluster = (ClusterBox) hit;
            show(cluster.fromSecond(), Math.max(cluster.toSecond(), cluster.fromSecond() + TimeScale.MIN_SPAN_SECONDS));
        } else if (e.getClickCount() == 2) {
            zoomAround(2, e.getX());
        } else {
            view.setSelectedEvent(null);
        }
    }

    /** The precision a date picked on the timeline has: that of the axis' finer tier. */
    private org.chronoline.model.Precision precisionOfZoom() {
        if (layout == null) {
            return org.chronoline.model.Precision.DAY;
        }
        switch (layout.axis().unit().field()) {
            case YEAR:
                return org.chronoline.model.Precision.YEAR;
            case MONTH:
                return org.chronoline.model.Precision.MONTH;
            case DAY:
                return org.chronoline.model.Precision.DAY;
            default:
                return org.chronoline.model.Precision.MINUTE;
        }
    }

    private void hover(double x, double y) {
        Object hit = hitTest(x, y);
        TimelineView view = getSkinnable();
        view.setHoveredEvent(hit instanceof ItemBox ? ((ItemBox) hit).event() : null);
        Cursor cursor = hit != null ? Cursor.HAND : Cursor.DEFAULT;
        if (hit instanceof ItemBox && view.isEditable() && view.getSelectedEvent() != null
                && view.getSelectedEvent().id().equals(((ItemBox) hit).event().id())) {
            cursor = isOnEnd((ItemBox) hit, x) ? Cursor.H_RESIZE : Cursor.MOVE;
        }
        canvas.setCursor(cursor);
    }

    /** The item or cluster at a point of the canvas, or null. */
    private Object hitTest(double x, double y) {
        if (layout == null || frame == null || y < frame.lanesTop()) {
            return null;
        }
        double laneY = y - frame.lanesTop() + frame.laneScroll();
        for (int i = layout.items().size() - 1; i >= 0; i--) {
            ItemBox item = layout.items().get(i);
            if (item.contains(x, laneY)) {
                return item;
            }
        }
        for (ClusterBox cluster : layout.clusters()) {
            if (cluster.contains(x, laneY)) {
                return cluster;
            }
        }
        return null;
    }

    private void updateTooltip(TimelineEvent hovered) {
        if (hovered == null) {
            tooltip.hide();
            Tooltip.uninstall(canvas, tooltip);
            return;
        }
        tooltip.setText(org.chronoline.model.DisplayText.line(hovered.title()) + "\n" + hovered.dateText());
        Tooltip.install(canvas, tooltip);
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        TimelineView view = getSkinnable();
        double width = canvas.getWidth();
        KeyCode code = e.getCode();
        switch (code) {
            case PLUS:
            case ADD:
            case EQUALS:
                zoomAround(KEY_ZOOM, width / 2);
                break;
            case MINUS:
            case SUBTRACT:
                zoomAround(1 / KEY_ZOOM, width / 2);
                break;
            case LEFT:
                panBy(width / 5);
                break;
            case RIGHT:
                panBy(-width / 5);
                break;
            case UP:
            case DOWN: {
                double step = (layout == null ? 24 : layout.metrics().rowHeight()) * 3 * (code == KeyCode.UP ? -1 : 1);
                view.setLaneScroll(Math.max(0, Math.min(laneScrollBar.getMax(), view.laneScrollProperty().get() + step)));
                break;
            }
            case HOME:
                view.selectFirst();
                break;
            case END:
                view.selectLast();
                break;
            case OPEN_BRACKET:
                view.selectAdjacent(-1);
                break;
            case CLOSE_BRACKET:
                view.selectAdjacent(1);
                break;
            case TAB:
                // Tab walks through the events in time; past the last one, focus moves on as usual.
                if (!view.selectAdjacent(e.isShiftDown() ? -1 : 1)) {
                    return;
                }
                break;
            case Z:
                view.zoomToSelection();
                break;
            case ESCAPE:
                if (dragKind == DragKind.MOVE || dragKind == DragKind.RESIZE) {
                    dragPreview = null;
                    dragKind = DragKind.CANCELLED;
                    dragTip.hide();
                    view.requestLayout();
                    break;
                }
                if (view.getSelectedEvent() == null) {
                    return;
                }
                view.setSelectedEvent(null);
                break;
            default:
                return;
        }
        e.consume();
    }
}
