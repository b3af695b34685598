package org.chronoline.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.chronoline.model.CivilCalendar;

/**
 * Lays out and draws a timeline at any size onto any {@link Surface}: the window's canvas, an
 * image, an SVG document, a printed page. It needs no control, scene or window, only the content,
 * a {@link RenderStyle} and what to show ({@link Drawing}), so every output of Chronoline (the
 * window, exports, print, handouts, the presentation, the command line) draws the same way and
 * the same things. Call it on the JavaFX thread: it measures text with JavaFX fonts.
 */
public final class TimelineRenderer {
    /** Room around all events when a view fits them, in points. */
    public static final double FIT_MARGIN = 48;
    /** Rows of an image drawn at once: a 16,384-pixel-wide band of them is 64 MB. */
    private static final int BAND_ROWS = 1024;
    /** Set beside the canvas, where a snapshot made leaves it transparent: still there after it, nothing was drawn. */
    private static final int NOT_DRAWN = 0xFF010203;

    private final RenderStyle style;
    private final FxTextMeasurer labels;
    private final FxTextMeasurer axis;
    private final LayoutMetrics metrics;
    private final TimelinePainter painter = new TimelinePainter();

    /**
     * One drawing: which content, in which layout, over which period and at which size, how far the
     * lanes are scrolled, how crowded lanes are packed, and what is marked.
     */
    public record Drawing(TimelineContent content, LayoutMode mode, TimeScale scale, double width, double height,
                          double laneScroll, Packing packing, Marks marks) {
        /** The same drawing at another height. */
        public Drawing withHeight(double newHeight) {
            return new Drawing(content, mode, scale, width, newHeight, laneScroll, packing, marks);
        }
    }

    public TimelineRenderer(RenderStyle style) {
        this.style = style;
        this.labels = new FxTextMeasurer(style.labelFont());
        this.axis = new FxTextMeasurer(style.axisFont());
        this.metrics = LayoutMetrics.forLineHeight(labels.lineHeight());
    }

    public RenderStyle style() {
        return style;
    }

    public LayoutMetrics metrics() {
        return metrics;
    }

    FxTextMeasurer measurerFor(Font font) {
        return painter.measurerFor(font);
    }

    // ---- what is drawn -------------------------------------------------------------------------

    public TimelineLayout layout(TimelineContent content, LayoutMode mode, TimeScale scale, double width, Packing packing) {
        return TimelineLayouter.layout(content, mode, scale, width, labels, axis, metrics, packing);
    }

    public TimelineLayout layout(Drawing d) {
        return layout(d.content(), d.mode(), d.scale(), d.width(), d.packing());
    }

    /** Where axis, eras and lanes go in a drawing of the given size, with the lanes scrolled by {@code scroll}. */
    TimelinePainter.Frame frame(TimelineLayout layout, double width, double height, double scroll) {
        return frame(layout, width, height, scroll, false);
    }

    /** The same, with lanes shorter than their area drawn in its middle when {@code centred}. */
    TimelinePainter.Frame frame(TimelineLayout layout, double width, double height, double scroll, boolean centred) {
        double axisHeight = layout.axisTiers() * axisTierHeight();
        double eraHeight = layout.eraRows() * layout.metrics().eraRowHeight();
        double lanesTop = axisHeight + eraHeight;
        double lanesHeight = Math.max(0, height - lanesTop);
        double maxScroll = Math.max(0, layout.contentHeight() - lanesHeight);
        double clampedScroll = Math.max(0, Math.min(scroll, maxScroll));
        if (centred && layout.contentHeight() < lanesHeight) {
            clampedScroll = -(lanesHeight - layout.contentHeight()) / 2; // a negative scroll moves the lanes down
        }
        return new TimelinePainter.Frame(width, height, axisHeight, axisHeight, eraHeight, lanesTop, lanesHeight, clampedScroll);
    }

    /** The height of the two tiers of the time axis, as a window draws it. */
    public double axisHeight() {
        return 2 * axisTierHeight();
    }

    /** The height of one tier of the time axis: a row of dates. */
    double axisTierHeight() {
        return Math.ceil(axis.lineHeight() * 1.55);
    }

    /** How tall a drawing must be to show every lane and every row of this layout. */
    public double heightFor(TimelineLayout layout) {
        return Math.ceil(frame(layout, layout.width(), 0, 0).lanesTop() + layout.contentHeight() + layout.metrics().rowHeight() / 2);
    }

    /** The scale that shows every event and era across {@code width}, with a margin; ten years around {@code today} when empty. */
    public static TimeScale fitting(TimelineContent content, double width, Double today) {
        return fitting(content.extent(), content, width, today);
    }

    /** The scale that shows {@code extent} (null: ten years around {@code today}), within {@code content}'s zoom limits. */
    private static TimeScale fitting(double[] extent, TimelineContent content, double width, Double today) {
        double w = Math.max(1, width);
        if (extent == null) {
            double now = today == null ? 0 : today;
            double decade = 10 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR;
            return TimeScale.fitting(now - decade, now + decade, w, FIT_MARGIN);
        }
        return TimeScale.fitting(extent[0], extent[1], w, FIT_MARGIN).clamped(w, maxSpan(content));
    }

    /**
     * The scale that shows every event shown (the filter's), with a margin: what Fit does. The eras
     * only when no event is shown: a filter of 2007 fitted 1987–2028, the eras around it, every
     * event in one column.
     */
    public static TimeScale fittingEvents(TimelineContent content, double width, Double today) {
        double[] events = content.eventExtent();
        return fitting(events != null ? events : content.extent(), content, width, today);
    }

    /** The widest zoom: ten thousand years, or a little more than the whole file when it spans more. */
    public static double maxSpan(TimelineContent content) {
        double[] extent = content.extent();
        double fileSpan = extent == null ? 0 : (extent[1] - extent[0]) * 1.5;
        return Math.max(TimeScale.DEFAULT_MAX_SPAN_SECONDS, fileSpan);
    }

    /**
     * The whole timeline {@code width} wide: every event, each with its whole title, every lane as
     * tall as its rows need, never a cluster. The drawing is as tall as that takes.
     */
    public Drawing whole(TimelineContent content, LayoutMode mode, double width, Marks marks) {
        return period(content, mode, fitting(content, width, marks.today()), width, marks);
    }

    /** A period ({@code scale} across {@code width}) with every event in it whole, as tall as its rows need. */
    public Drawing period(TimelineContent content, LayoutMode mode, TimeScale scale, double width, Marks marks) {
        Packing complete = Packing.complete();
        double height = heightFor(layout(content, mode, scale, width, complete));
        return new Drawing(content, mode, scale, width, height, 0, complete, marks);
    }

    /**
     * A period at a fixed size: as many rows per lane as the height allows, whole
     * titles, and clusters, each saying how many events it holds, only for what finds no room; the
     * selected events find room first. A lane with nothing in the period is its header alone. Where
     * events are not whole, the picture that shows the most of them whole is chosen: every lane, the
     * lanes with something in the period (the back-row slide of 2007 gave three empty lanes their
     * headers and showed its suspensions as a dot and a "2"), or one lane; a height too short for
     * a row in each lane gets one lane.
     */
    public Drawing fitted(TimelineContent content, LayoutMode mode, TimeScale scale, double width, double height, Marks marks) {
        Drawing complete = period(content, mode, scale, width, marks);
        if (complete.height() <= height) {
            return new Drawing(content, mode, scale, width, height, 0, complete.packing(), marks);
        }
        Packing noRows = Packing.atMost(0).pinning(marks.selected());
        if (mode == LayoutMode.COMPACT) {
            return fittedIn(content, mode, scale, width, height, marks, layout(content, mode, scale, width, noRows));
        }
        // Each choice is laid out only while the ones before it leave some event not whole.
        TimelineContent inPeriod = content.withLanesIn(scale.startSecond(), scale.secondAt(width));
        Drawing best = null;
        int bestNotWhole = Integer.MAX_VALUE;
        for (TimelineContent lanes : inPeriod == content ? List.of(content) : List.of(content, inPeriod)) {
            if (bestNotWhole == 0) {
                break;
            }
            TimelineLayout clustersOnly = layout(lanes, mode, scale, width, noRows);
            if (heightFor(clustersOnly) <= height) {
                Drawing candidate = fittedIn(lanes, mode, scale, width, height, marks, clustersOnly);
                int notWhole = notWhole(candidate);
                if (notWhole < bestNotWhole) {
                    best = candidate;
                    bestNotWhole = notWhole;
                }
            }
        }
        if (bestNotWhole == 0) {
            return best;
        }
        // Too short for a row in each lane: one lane rather than lanes cut off at the bottom.
        Drawing oneLane = fittedIn(content, LayoutMode.COMPACT, scale, width, height, marks,
                layout(content, LayoutMode.COMPACT, scale, width, noRows));
        return best == null || notWhole(oneLane) < bestNotWhole ? oneLane : best;
    }

    private Drawing fittedIn(TimelineContent content, LayoutMode mode, TimeScale scale, double width, double height, Marks marks,
                             TimelineLayout clustersOnly) {
        return new Drawing(content, mode, scale, width, height, 0,
                fittedPacking(content, mode, scale, width, height, marks.selected(), clustersOnly), marks);
    }

    /** How many events a drawing does not show whole: counted into clusters, or with their titles shortened. */
    private int notWhole(Drawing drawing) {
        return layout(drawing).lanes().stream().mapToInt(TimelineLayout.LaneBox::crowded).sum();
    }

    /**
     * Rows per lane for a picture {@code height} tall: as many as fit in every lane alike, then one
     * more at a time for the lane that still shows the most events not whole (counted into clusters,
     * or alone in the clusters' row with their titles shortened), while the height allows. Where not even one row each fits, each lane is the one row of clusters and of events
     * with nothing near them, rather than lanes cut off at the bottom. A picture cannot scroll to its
     * selected events: they take their rows before the others. {@code clustersOnly} is the layout
     * with no rows, already made.
     */
    private Packing fittedPacking(TimelineContent content, LayoutMode mode, TimeScale scale, double width, double height,
                                  Set<String> selected, TimelineLayout clustersOnly) {
        // byRows.get(c): every lane at most c rows. A lane's rows do not depend on the other lanes'.
        List<TimelineLayout> byRows = new ArrayList<>();
        int rows = 0;
        int last = MAX_FITTED_ROWS;
        for (int c = 0; c <= last; c++) {
            TimelineLayout candidate = c == 0 ? clustersOnly : layout(content, mode, scale, width, Packing.atMost(c).pinning(selected));
            byRows.add(candidate);
            boolean fits = heightFor(candidate) <= height;
            if (fits) {
                rows = c;
            } else if (last == MAX_FITTED_ROWS) {
                // No lane can take more rows than the room left with every lane at the most that fit.
                double room = height - heightFor(byRows.get(rows));
                last = Math.max(c, Math.min(MAX_FITTED_ROWS, rows + (int) Math.floor(room / candidate.metrics().rowHeight())));
            }
            if (candidate.lanes().stream().allMatch(lane -> lane.crowded() == 0)) {
                break;
            }
        }
        TimelineLayout uniform = byRows.get(rows);
        int lanes = uniform.lanes().size();
        int[] caps = new int[lanes];
        Arrays.fill(caps, rows);
        double lanesHeight = uniform.contentHeight();
        double limit = Math.floor(height) - frame(uniform, width, 0, 0).lanesTop() - uniform.metrics().rowHeight() / 2;
        while (true) {
            int most = -1;
            int mostCounted = 0;
            for (int lane = 0; lane < lanes; lane++) {
                if (caps[lane] + 1 >= byRows.size()) {
                    continue;
                }
                int counted = byRows.get(caps[lane]).lanes().get(lane).crowded();
                if (counted > mostCounted && lanesHeight + growth(byRows, lane, caps[lane]) <= limit) {
                    most = lane;
                    mostCounted = counted;
                }
            }
            if (most < 0) {
                break;
            }
            lanesHeight += growth(byRows, most, caps[most]);
            caps[most]++;
        }
        Packing fitted = Packing.atMost(rows).pinning(selected).withLaneRows(Arrays.stream(caps).boxed().toList());
        return heightFor(layout(content, mode, scale, width, fitted)) <= height ? fitted : Packing.atMost(rows).pinning(selected);
    }

    private static final int MAX_FITTED_ROWS = 64;

    /** How much taller {@code lane} is with one row more than {@code rows}. */
    private static double growth(List<TimelineLayout> byRows, int lane, int rows) {
        return byRows.get(rows + 1).lanes().get(lane).height() - byRows.get(rows).lanes().get(lane).height();
    }

    // ---- drawing -------------------------------------------------------------------------------

    /** Draws onto any surface, in drawing units. */
    public void paint(Surface surface, Drawing d) {
        TimelineLayout layout = layout(d);
        paint(surface, layout, frame(layout, d.width(), d.height(), d.laneScroll()), d.content(), d.marks());
    }

    /** Draws a laid-out frame; returns where the arrows of the marked links run and the selected title drawn whole, for hit tests. */
    TimelinePainter.Painted paint(Surface surface, TimelineLayout layout, TimelinePainter.Frame frame, TimelineContent content,
                                 Marks marks) {
        return painter.paint(surface, layout, frame, content, style, marks);
    }

    void paintPreview(Surface surface, TimelineLayout layout, TimelinePainter.Frame frame, TimelineLayout.ItemBox item,
                      double[] geometry) {
        painter.paintPreview(surface, layout, frame, style, item, geometry);
    }

    /** The drawing as an image with {@code pixelScale} pixels per unit, drawn afresh at that resolution, never enlarged. */
    public WritableImage image(Drawing d, double pixelScale) {
        int w = (int) Math.round(d.width() * pixelScale);
        int h = (int) Math.round(d.height() * pixelScale);
        WritableImage image = new WritableImage(Math.max(1, w), Math.max(1, h));
        int[] band = new int[0];
        for (int top = 0; top < h; top += BAND_ROWS) {
            int rows = Math.min(BAND_ROWS, h - top);
            if (band.length != w * rows) {
                band = new int[w * rows];
            }
            band(d, pixelScale, top, rows, band);
            image.getPixelWriter().setPixels(0, top, w, rows, PixelFormat.getIntArgbInstance(), band, 0, w);
        }
        return image;
    }

    /** The pixels of the drawing's rows {@code top} to {@code top + rows - 1}, as 0xAARRGGBB. */
    public void band(Drawing d, double pixelScale, int top, int rows, int[] argb) {
        int w = (int) Math.round(d.width() * pixelScale);
        drawn(d, pixelScale, 0, top, w, rows).getPixelReader().getPixels(0, 0, w, rows, PixelFormat.getIntArgbInstance(), argb, 0, w);
    }

    /**
     * A rectangle of the drawing, in pixels at {@code pixelScale} ({@code left}, {@code top} from the
     * drawing's corner): a printed page of a timeline that spans several, cut from the one drawing.
     */
    public WritableImage region(Drawing d, double pixelScale, int left, int top, int width, int height) {
        return new WritableImage(drawn(d, pixelScale, left, top, width, height).getPixelReader(), Math.max(1, width), Math.max(1, height));
    }

    /**
     * The rectangle drawn, in a picture one pixel wider than it. JavaFX's renderer, when it fails (out of memory for the
     * canvas's texture), only prints its trace and leaves the picture as it was given, or, failing halfway, gives one
     * without pixels that the snapshot then trips over: written, it was a blank band of a PNG. The pixel beside the
     * canvas, where nothing is drawn, is cleared by any snapshot made: still as it was set, nothing was drawn.
     */
    private WritableImage drawn(Drawing d, double pixelScale, int left, int top, int width, int height) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        Canvas canvas = new Canvas(w, h);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.save();
        gc.translate(-left, -top);
        gc.scale(pixelScale, pixelScale);
        paint(new FxSurface(gc), d);
        gc.restore();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        WritableImage picture = new WritableImage(w + 1, h);
        picture.getPixelWriter().setArgb(w, 0, NOT_DRAWN);
        try {
            canvas.snapshot(parameters, picture);
        } catch (NullPointerException halfway) {
            throw notDrawn(w, h, halfway);
        }
        if (picture.getPixelReader().getArgb(w, 0) == NOT_DRAWN) {
            throw notDrawn(w, h, null);
        }
        return picture;
    }

    private static OutOfMemoryError notDrawn(int width, int height, Throwable cause) {
        OutOfMemoryError notDrawn = new OutOfMemoryError("JavaFX could not draw a picture of " + width + " x " + height + " pixels");
        notDrawn.initCause(cause);
        return notDrawn;
    }

    /** The pixel size of the drawing at {@code pixelScale}. */
    public static int[] pixelSize(Drawing d, double pixelScale) {
        return new int[] {(int) Math.round(d.width() * pixelScale), (int) Math.round(d.height() * pixelScale)};
    }

    /** The drawing as an SVG document; its text stays text. */
    public String svg(Drawing d) {
        SvgSurface svg = new SvgSurface(d.width(), d.height());
        paint(svg, d);
        return svg.document();
    }

    /** A measure of the labels' width in this style, for callers that lay out text beside the timeline. */
    public TextMeasurer labelMeasurer() {
        return labels;
    }
}
