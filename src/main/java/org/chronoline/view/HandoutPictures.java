package org.chronoline.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.paint.Color;
import org.chronoline.model.DateText;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;

/**
 * The pictures of a handout, drawn by the {@link TimelineRenderer}: one of the whole period the
 * steps cover, with every step in it and marked, and one per step of the step among its
 * neighbours. Sizes are in points of the printed page; pictures are drawn afresh at
 * {@code pixelsPerPoint}, so they print sharp. Call on the JavaFX thread.
 */
public final class HandoutPictures {
    /**
     * A picture as pixels, 0xAARRGGBB row by row, and its size on the page in points; with the
     * eras it could not name, for a key under it.
     */
    public record Picture(int pixelWidth, int pixelHeight, int[] argb, double width, double height, List<EraKey> key) {
    }

    /** An era the picture shows but cannot name in its ribbon: its name, its dates, and its ribbon's colour on paper (0xRRGGBB). */
    public record EraKey(String name, String dates, int rgb) {
    }

    private final TimelineRenderer renderer;
    private final TimelineDocument document;
    private final PresentationSteps steps;
    private final double pixelsPerPoint;
    /** Only the steps' events: a handout pictures its own story, not the whole file. */
    private final TimelineContent stepsOnly;
    private final Set<String> stepIds = new LinkedHashSet<>();

    public HandoutPictures(TimelineRenderer renderer, TimelineDocument document, PresentationSteps steps, double pixelsPerPoint) {
        this.renderer = renderer;
        this.document = document;
        this.steps = steps;
        this.pixelsPerPoint = pixelsPerPoint;
        for (TimelineEvent e : steps.steps()) {
            stepIds.add(e.id());
        }
        List<TimelineEvent> events = document.events().stream().filter(e -> stepIds.contains(e.id())).toList();
        this.stepsOnly = new TimelineContent(new TimelineDocument(document.version(), document.title(), document.description(),
                document.categories(), document.eras(), events, List.of(), List.of(), document.extras()));
    }

    /**
     * Every step over the whole period, each with its whole title: in lanes by category when they fit
     * in {@code maxHeight}, packed into as few rows as possible otherwise. A title that fits on
     * neither side of its step (a long one in the middle of the period) is whole in a drawing made
     * wider and shrunk onto the page, its type a little smaller, rather than cut short.
     */
    public Picture overview(double width, double maxHeight) {
        TimelineRenderer.Drawing drawing = overviewDrawing(width, maxHeight);
        return picture(drawing, width / drawing.width(), unnamedEras(drawing));
    }

    /**
     * The eras a drawing shows without their whole names (too narrow for them, with no room
     * beside): a handout's overview is the one picture of its whole period, and an era left
     * unnamed there was named nowhere on paper.
     */
    List<EraKey> unnamedEras(TimelineRenderer.Drawing drawing) {
        TimelineLayout layout = renderer.layout(drawing);
        List<EraKey> key = new ArrayList<>();
        for (TimelineLayout.EraBox box : layout.eras()) {
            boolean named = DisplayText.line(box.era().title()).equals(box.label())
                    && box.labelX() >= 0 && box.labelX() + box.labelWidth() <= drawing.width();
            if (!named) {
                Color ribbon = TimelinePainter.ribbonColour(box.era(), renderer.style());
                Color onPaper = Color.WHITE.interpolate(Color.color(ribbon.getRed(), ribbon.getGreen(), ribbon.getBlue()), ribbon.getOpacity());
                key.add(new EraKey(DisplayText.line(box.era().title()), DateText.formatSpan(box.era().start(), box.era().end()), rgb(onPaper)));
            }
        }
        return key;
    }

    private static int rgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    /** What {@link #overview} draws, in drawing units: {@code width} or wider, to be shrunk to {@code width}. */
    TimelineRenderer.Drawing overviewDrawing(double width, double maxHeight) {
        TimelineRenderer.Drawing best = null;
        int fewestCut = Integer.MAX_VALUE;
        for (double widening : WIDENINGS) {
            TimelineRenderer.Drawing drawing = overviewAt(width * widening, maxHeight * widening);
            int cut = titlesNotWhole(drawing);
            if (cut < fewestCut) {
                best = drawing;
                fewestCut = cut;
            }
            if (cut == 0) {
                break;
            }
        }
        return best;
    }

    /**
     * How much wider than the page the overview may be drawn: at most 1.4 times, its type then at
     * 0.7 of its size (7 points for the 9.75 of the handout's pictures), still read on paper.
     */
    private static final double[] WIDENINGS = {1, 1.1, 1.2, 1.3, 1.4};

    private TimelineRenderer.Drawing overviewAt(double width, double maxHeight) {
        double[] span = steps.span();
        TimeScale scale = TimeScale.fitting(span[0], span[1], width, TimelineRenderer.FIT_MARGIN);
        // Every event here is a step: none is marked, the picture stays calm.
        Marks marks = Marks.NONE;
        TimelineRenderer.Drawing drawing = renderer.period(stepsOnly, LayoutMode.BY_CATEGORY, scale, width, marks);
        if (drawing.height() > maxHeight) {
            drawing = renderer.period(stepsOnly, LayoutMode.COMPACT, scale, width, marks);
        }
        if (drawing.height() > maxHeight) {
            drawing = renderer.fitted(stepsOnly, LayoutMode.COMPACT, scale, width, maxHeight, marks);
        }
        return drawing;
    }

    /** How many steps the drawing does not show with their whole titles (shortened, in a cluster, or past its edges). */
    private int titlesNotWhole(TimelineRenderer.Drawing drawing) {
        TimelineLayout layout = renderer.layout(drawing);
        int cut = 0;
        for (TimelineEvent step : steps.steps()) {
            TimelineLayout.ItemBox item = layout.item(step.id());
            boolean whole = item != null && DisplayText.line(step.title()).equals(item.label())
                    && item.labelX() >= 0 && item.labelX() + item.labelWidth() <= drawing.width();
            cut += whole ? 0 : 1;
        }
        return cut;
    }

    /** A step among the whole file's events around it, the step marked, {@code width} wide and at most {@code maxHeight} tall. */
    public Picture step(int index, double width, double maxHeight) {
        return picture(stepDrawing(index, width, maxHeight));
    }

    /** What {@link #step} draws: its period moved, when need be, so that the step's title fits whole. */
    TimelineRenderer.Drawing stepDrawing(int index, double width, double maxHeight) {
        TimelineEvent event = steps.steps().get(index);
        TimelineContent all = new TimelineContent(document);
        double[] context = PresentationSteps.withRoomForTitle(event, all.events().inTimeOrder(), steps.context(index), width, renderer);
        TimeScale scale = TimeScale.fitting(context[0], context[1], width, TimelineRenderer.FIT_MARGIN);
        Marks marks = Marks.selecting(Set.of(steps.steps().get(index).id()));
        TimelineRenderer.Drawing drawing = renderer.period(all, LayoutMode.COMPACT, scale, width, marks);
        if (drawing.height() > maxHeight) {
            drawing = renderer.fitted(all, LayoutMode.COMPACT, scale, width, maxHeight, marks);
        }
        return drawing;
    }

    private Picture picture(TimelineRenderer.Drawing drawing) {
        return picture(drawing, 1, List.of());
    }

    /** The drawing shrunk by {@code shrink} onto the page, as sharp there as any other. */
    private Picture picture(TimelineRenderer.Drawing drawing, double shrink, List<EraKey> key) {
        double pixelScale = pixelsPerPoint * shrink;
        int[] size = TimelineRenderer.pixelSize(drawing, pixelScale);
        int[] argb = Pixels.argb(renderer.image(drawing, pixelScale));
        return new Picture(size[0], size[1], argb, drawing.width() * shrink, drawing.height() * shrink, key);
    }
}
