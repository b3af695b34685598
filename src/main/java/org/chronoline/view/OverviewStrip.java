package org.chronoline.view;

import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The strip under the timeline: how many events the whole file has at each moment, with the
 * current view as a window. Drag the window to move through time, drag its edges to zoom, click
 * anywhere on the strip to jump there. The histogram is counted with binary searches in the time
 * index, so it costs the same for a thousand events or a million.
 */
final class OverviewStrip extends Region {
    private static final double EDGE_GRAB = 6;
    private static final double BIN_WIDTH = 3;
    private static final double MIN_WINDOW = 8;

    private final TimelineView view;
    private final Canvas canvas = new Canvas();

    private TimelineContent countedContent;
    private double countedWidth;
    private int[] counts = new int[0];
    private int maxCount;

    private enum Drag {
        NONE,
        MOVE,
        LEFT_EDGE,
        RIGHT_EDGE
    }

    private Drag drag = Drag.NONE;
    private double pressX;
    private double pressStart;
    private double pressEnd;

    OverviewStrip(TimelineView view) {
        this.view = view;
        getStyleClass().add("timeline-overview");
        setId("overview");
        getChildren().add(canvas);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (drag != Drag.NONE) {
                drag = Drag.NONE;
                view.motion().recordView();
            }
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(cursorFor(grabAt(e.getX()))));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    /** The time the strip covers: every event and era, with a little room at both ends. */
    double[] range() {
        double[] extent = view.getContent().extent();
        if (extent == null) {
            return null;
        }
        double pad = Math.max((extent[1] - extent[0]) * 0.03, TimeScale.MIN_SPAN_SECONDS);
        return new double[] {extent[0] - pad, extent[1] + pad};
    }

    double xOf(double second) {
        double[] r = range();
        return r == null ? 0 : (second - r[0]) / (r[1] - r[0]) * getWidth();
    }

    double secondAt(double x) {
        double[] r = range();
        return r == null ? 0 : r[0] + x / getWidth() * (r[1] - r[0]);
    }

    void paint() {
        double w = getWidth();
        double h = getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        RenderStyle s = view.renderer().style();
        gc.setFill(s.axisBackground());
        gc.fillRect(0, 0, w, h);
        gc.setFill(s.gridMajor());
        gc.fillRect(0, 0, w, 1);
        double[] r = range();
        if (r == null || w <= 0) {
            return;
        }
        countIfNeeded(r, w);
        double barArea = h - 6;
        Color bar = s.eventDefault().deriveColor(0, 1, 1, 0.55);
        gc.setFill(bar);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                double height = Math.max(2, Math.sqrt(counts[i] / (double) maxCount) * (barArea - 14));
                gc.fillRect(i * BIN_WIDTH, h - 3 - height, BIN_WIDTH - 0.5, height);
            }
        }
        paintYears(gc, r, w, s);

        double x0 = xOf(view.getScale().secondAt(0));
        double x1 = xOf(view.getScale().secondAt(viewWidth()));
        double left = Math.max(-1, x0);
        double right = Math.min(w + 1, Math.max(x1, x0 + 2));
        gc.setFill(s.selection().deriveColor(0, 1, 1, 0.14));
        gc.fillRect(left, 2, right - left, h - 4);
        gc.setStroke(s.selection());
        gc.setLineWidth(1.5);
        gc.strokeRect(left, 2, right - left, h - 4);
        gc.setFill(s.selection());
        for (double edge : new double[] {x0, x1}) {
            if (edge >= 0 && edge <= w) {
                gc.fillRoundRect(edge - 2, h / 2 - 7, 4, 14, 3, 3);
            }
        }
    }

    private void paintYears(GraphicsContext gc, double[] r, double w, RenderStyle s) {
        TimeScale scale = new TimeScale(r[0], (r[1] - r[0]) / w);
        FxTextMeasurer measurer = view.renderer().measurerFor(s.axisFont());
        AxisPlan plan = AxisPlan.plan(scale, w, measurer);
        gc.setFont(s.axisFont());
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(s.axisText());
        for (AxisPlan.Tick tick : plan.lower()) {
            gc.setFill(s.grid());
            gc.fillRect(Math.floor(tick.x()), 2, 1, getHeight() - 2);
        }
        gc.setFill(s.axisText());
        for (AxisPlan.Tick tick : plan.oneRowLabels(measurer)) {
            if (tick.x() + AxisPlan.LABEL_INSET + measurer.width(tick.label()) <= w) {
                gc.fillText(tick.label(), tick.x() + AxisPlan.LABEL_INSET, 3);
            }
        }
    }

    private void countIfNeeded(double[] r, double w) {
        if (countedContent == view.getContent() && countedWidth == w) {
            return;
        }
        countedContent = view.getContent();
        countedWidth = w;
        EventIndex index = countedContent.events();
        counts = new int[(int) Math.ceil(w / BIN_WIDTH)];
        maxCount = 1;
        double binSeconds = (r[1] - r[0]) / w * BIN_WIDTH;
        for (int i = 0; i < counts.length; i++) {
            double from = r[0] + i * binSeconds;
            counts[i] = index.countStarting(from, from + binSeconds);
            maxCount = Math.max(maxCount, counts[i]);
        }
    }

    /** The width of the timeline's drawing area, which the view's scale spans. */
    private double viewWidth() {
        return Math.max(1, view.getViewportWidth());
    }

    private Drag grabAt(double x) {
        double x0 = xOf(view.getScale().secondAt(0));
        double x1 = xOf(view.getScale().secondAt(viewWidth()));
        if (Math.abs(x - x0) <= EDGE_GRAB && x1 - x0 > 2 * EDGE_GRAB) {
            return Drag.LEFT_EDGE;
        }
        if (Math.abs(x - x1) <= EDGE_GRAB && x1 - x0 > 2 * EDGE_GRAB) {
            return Drag.RIGHT_EDGE;
        }
        return x > x0 && x < x1 ? Drag.MOVE : Drag.NONE;
    }

    private static Cursor cursorFor(Drag grab) {
        switch (grab) {
            case LEFT_EDGE:
            case RIGHT_EDGE:
                return Cursor.H_RESIZE;
            case MOVE:
                return Cursor.OPEN_HAND;
            default:
                return Cursor.DEFAULT;
        }
    }

    private void onPressed(MouseEvent e) {
        if (range() == null) {
            return;
        }
        view.requestFocus();
        drag = grabAt(e.getX());
        if (drag == Drag.NONE) {
            // Jump: centre the view on the clicked moment, then let the user keep dragging from there.
            view.setScale(view.motion().clamped(view.getScale().centredOn(secondAt(e.getX()), viewWidth())));
            drag = Drag.MOVE;
        }
        pressX = e.getX();
        pressStart = view.getScale().secondAt(0);
        pressEnd = view.getScale().secondAt(viewWidth());
        e.consume();
    }

    private void onDragged(MouseEvent e) {
        if (drag == Drag.NONE) {
            return;
        }
        double dt = secondAt(e.getX()) - secondAt(pressX);
        double start = pressStart;
        double end = pressEnd;
        double minSpan = secondAt(MIN_WINDOW) - secondAt(0);
        switch (drag) {
            case MOVE:
                start += dt;
                end += dt;
                break;
            case LEFT_EDGE:
                start = Math.min(pressStart + dt, end - minSpan);
                break;
            default:
                end = Math.max(pressEnd + dt, start + minSpan);
        }
        double width = viewWidth();
        view.setScale(view.motion().clamped(new TimeScale(start, (end - start) / width)));
        e.consume();
    }
}
