package org.chronoline.view;

import java.util.Arrays;
import javafx.beans.Observable;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.chronoline.model.DateText;
import org.chronoline.model.Era;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;

/**
 * Shows a {@link TimelineView}: a canvas the {@link TimelineRenderer} draws on, a scroll bar for
 * the lanes, the overview strip and the tooltip. It holds no state of the view: whatever changes
 * (the scale, the scroll, the selection, the content, the style) only marks the control for
 * layout, and at most once per pulse the skin draws the control's state as it is then, and tells
 * the control what it drew. What the input does is {@link TimelineInput}'s.
 */
final class TimelineViewSkin extends SkinBase<TimelineView> {
    private final Canvas canvas = new Canvas();
    private final ScrollBar laneScrollBar = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final OverviewStrip overview;
    /**
     * The focus mark, over the drawing and not around it, so that the drawing's coordinates are the
     * control's whether it has the keys or not (a border on the control moved them by its width).
     */
    private final Region ring = new Region();

    /** The layout of the last frame and what it was made from; a frame with the same inputs reuses it. */
    private TimelineLayout layout;
    private Object layoutKey;

    TimelineViewSkin(TimelineView view) {
        super(view);
        laneScrollBar.setOrientation(Orientation.VERTICAL);
        laneScrollBar.setVisible(false);
        laneScrollBar.valueProperty().bindBidirectional(view.laneScrollProperty());
        overview = new OverviewStrip(view);
        ring.getStyleClass().add("focus-ring");
        ring.setMouseTransparent(true);
        ring.setManaged(false);
        getChildren().addAll(canvas, laneScrollBar, overview, ring);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.getStyleClass().add("timeline-tooltip");
        new TimelineInput(view, canvas);

        for (Observable o : new Observable[] {view.contentProperty(), view.scaleProperty(), view.selectedEventProperty(),
            view.hoveredEventProperty(), view.layoutModeProperty(), view.laneScrollProperty(), view.todayProperty(), view.rowsFittedProperty(),
            view.matchesProperty(), view.overviewVisibleProperty(), view.dragPreviewProperty(), view.centredLanesProperty(),
            view.allLinksVisibleProperty(), view.linkFilterProperty(), view.presentedPeriodProperty()}) {
            o.addListener(x -> view.requestLayout());
        }
        for (Observable o : view.styles.all()) {
            o.addListener(x -> view.requestLayout());
        }
        view.getSelectedIds().addListener((SetChangeListener<String>) change -> view.requestLayout());
        view.hoveredEventProperty().addListener((o, old, now) -> updateTooltip());
        view.hoveredEraProperty().addListener((o, old, now) -> updateTooltip());
    }

    /*
     * The canvas is sized to the control, so it must not set the control's size: a timeline made for a
     * 1280-pixel window would otherwise refuse to shrink on a 1024-pixel projector.
     */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 100;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 80;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 500;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        boolean barBefore = laneScrollBar.isVisible();
        layOutAndPaint(x, y, w, h);
        if (laneScrollBar.isVisible() != barBefore) {
            // The lanes' scroll bar came or went with what was just laid out: the drawing area is
            // narrower or wider now. Done again at once: a layout asked for from inside this one is
            // lost, and the bar stayed over the drawing area's right edge until something else moved
            // (a timeline opened into an empty window, fitted at once, had no glide to do it).
            layOutAndPaint(x, y, w, h);
        }
    }

    private void layOutAndPaint(double x, double y, double w, double h) {
        TimelineView view = getSkinnable();
        TimelineRenderer renderer = view.renderer();
        double barWidth = laneScrollBar.isVisible() ? laneScrollBar.prefWidth(-1) : 0;
        boolean withOverview = view.isOverviewVisible();
        overview.setVisible(withOverview);
        double overviewHeight = withOverview ? Math.ceil(renderer.measurerFor(renderer.style().axisFont()).lineHeight() * 2.8) : 0;
        double canvasWidth = Math.max(0, w - barWidth);
        double canvasHeight = Math.max(0, h - overviewHeight);
        canvas.relocate(x, y);
        if (canvas.getWidth() != canvasWidth || canvas.getHeight() != canvasHeight) {
            canvas.setWidth(canvasWidth);
            canvas.setHeight(canvasHeight);
        }
        overview.resizeRelocate(x, y + canvasHeight, w, overviewHeight);
        ring.resizeRelocate(x, y, w, h);
        view.setViewport(canvasWidth, canvasHeight);
        TimelinePainter.Frame frame = paint(renderer);
        if (frame != null) {
            laneScrollBar.resizeRelocate(x + w - laneScrollBar.prefWidth(-1), y + frame.lanesTop(), laneScrollBar.prefWidth(-1),
                    frame.lanesHeight());
        }
    }

    private TimelinePainter.Frame paint(TimelineRenderer renderer) {
        TimelineView view = getSkinnable();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (width <= 0 || height <= 0) {
            return null;
        }
        TimelineLayout current = currentLayout(renderer, width, height);
        TimelinePainter.Frame frame = renderer.frame(current, width, height, view.laneScrollProperty().get(), view.isCentredLanes());
        double maxScroll = Math.max(0, current.contentHeight() - frame.lanesHeight());
        if (frame.laneScroll() > maxScroll) {
            // Drawn scrolled as far as this size allows; the scroll asked for is kept, not overwritten, so
            // that a moment at another size (a window briefly taller) does not lose the user's place.
            frame = renderer.frame(current, width, height, maxScroll, view.isCentredLanes());
        }
        boolean needsBar = maxScroll > 0;
        if (laneScrollBar.isVisible() != needsBar) {
            laneScrollBar.setVisible(needsBar); // layoutChildren lays out again for it
        }
        laneScrollBar.setMax(maxScroll);
        laneScrollBar.setVisibleAmount(maxScroll * frame.lanesHeight() / Math.max(1, current.contentHeight()));
        laneScrollBar.setUnitIncrement(current.metrics().rowHeight());
        if (view.lanes().scrollToPending(current, frame)) {
            // The lanes scrolled to show an event (a search's match, a step): painted so at once. Asked for
            // from inside this layout, another layout would be lost, and the timeline stayed as it was,
            // the match out of sight, until the pointer moved over it.
            frame = renderer.frame(current, width, height, Math.min(view.laneScrollProperty().get(), maxScroll), view.isCentredLanes());
        }
        FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
        TimelinePainter.Painted painted = renderer.paint(surface, current, frame, view.getContent(), view.marks());
        TimelineView.DragPreview preview = view.dragPreviewProperty().get();
        if (preview != null) {
            double[] g = TimelineLayouter.geometry(preview.after(), view.getScale(), current.metrics().markerSize());
            renderer.paintPreview(surface, current, frame, preview.item(), g);
        }
        if (overview.isVisible()) {
            overview.paint();
        }
        view.drawn(new DrawnView(current, frame, painted.links(), painted.wholeTitle()));
        return frame;
    }

    private TimelineLayout currentLayout(TimelineRenderer renderer, double width, double height) {
        TimelineView view = getSkinnable();
        boolean fitted = view.rowsFittedProperty().get();
        // The rows depend on the selected event (kept out of the clusters); fitted, on the height and the next step too.
        Object key = Arrays.asList(view.getContent(), view.getLayoutMode(), view.getScale(), width, renderer, fitted ? height : -1,
                view.getSelectedEvent(), fitted ? view.presentedPeriodProperty().get() : null, fitted ? view.presentedNext() : null);
        if (!key.equals(layoutKey)) {
            layout = renderer.layout(view.getContent(), view.getLayoutMode(), view.getScale(), width,
                    view.screenPacking(Packing.forScreen(view.getLayoutMode())));
            if (fitted) {
                layout = withRowsThatFit(renderer, layout, width, height);
            }
            layoutKey = key;
        }
        return layout;
    }

    /** The layout with as many rows per lane as {@code height} holds, fewer until it fits (at least one). */
    private TimelineLayout withRowsThatFit(TimelineRenderer renderer, TimelineLayout full, double width, double height) {
        TimelineView view = getSkinnable();
        double lanesHeight = renderer.frame(full, width, height, 0).lanesHeight();
        if (full.contentHeight() <= lanesHeight) {
            return full;
        }
        // A first guess from the rows' height (a row is kept for the clusters), then fewer while it does not fit.
        int most = Packing.forScreen(view.getLayoutMode()).maxRowsPerLane();
        int rows = Math.min(most - 1, Math.max(1, (int) Math.floor(lanesHeight / full.metrics().rowHeight()) - 1));
        TimelineLayout fitting = renderer.layout(view.getContent(), view.getLayoutMode(), view.getScale(), width,
                view.screenPacking(Packing.forScreenAtMost(rows)));
        while (rows > 1 && fitting.contentHeight() > lanesHeight) {
            rows--;
            fitting = renderer.layout(view.getContent(), view.getLayoutMode(), view.getScale(), width,
                view.screenPacking(Packing.forScreenAtMost(rows)));
        }
        // The selected event (a presented step) is never counted into a cluster: rather the lanes scroll to it.
        TimelineEvent selected = view.getSelectedEvent();
        boolean selectedHidden = selected != null && full.item(selected.id()) != null && fitting.item(selected.id()) == null;
        return selectedHidden ? full : fitting;
    }

    /** The hovered event's title and date, or the hovered era's name and years (a short era's ribbon has no room for its name). */
    private void updateTooltip() {
        TimelineView view = getSkinnable();
        TimelineEvent event = view.getHoveredEvent();
        Era era = view.getHoveredEra();
        if (event == null && era == null) {
            tooltip.hide();
            Tooltip.uninstall(canvas, tooltip);
            return;
        }
        tooltip.setText(event != null ? DisplayText.line(event.title()) + "\n" + event.dateText()
                : DisplayText.line(era.title()) + "\n" + DateText.formatSpan(era.start(), era.end()));
        Tooltip.install(canvas, tooltip);
    }
}
