package org.chronoline.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.Packing;
import org.chronoline.view.PresentationSteps;
import org.chronoline.view.RenderStyle;
import org.chronoline.view.TimeScale;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineLayout;
import org.chronoline.view.TimelineRenderer;

/**
 * The size of the event labels on a slide: larger than the base size (up to 1.8 times) where the
 * band has room, and one size from step to step. Each step fitted its own type, so that the labels
 * grew and shrank by half as the class went through the tour (20 to 36 pixels on a 1024 x 768
 * projector). Now the tour has a steady size, the one that three steps in four have room for; a
 * crowded step takes less, never more.
 */
final class SlideLabels {
    /** Labels up to this many times the base size. */
    private static final double LARGEST = 1.8;
    /** A long tour's steady size is worked out from this many of its steps, spread over it. */
    private static final int SAMPLED = 40;

    private final PresentationSteps steps;
    private final TimelineContent content;
    private final LayoutMode mode;
    /** What the steady size was worked out for (width, height, base style), and the size. */
    private String steadyFor;
    private double steady;

    SlideLabels(PresentationSteps steps, TimelineContent content, LayoutMode mode) {
        this.steps = steps;
        this.content = content;
        this.mode = mode;
    }

    /**
     * The label size for the current step, whose period is {@code context}, in a band {@code width}
     * by {@code height}, with the labels of {@code base}; {@code screen} names the screen and the
     * type's scale, so that the steady size is worked out again only when they change.
     */
    double sizeFor(double[] context, double width, double height, RenderStyle base, String screen) {
        Sizes sizes = new Sizes(base);
        String key = screen + "|" + width + "|" + base.labelFont().getSize();
        if (!key.equals(steadyFor)) {
            steady = steady(width, height, sizes);
            steadyFor = key;
        }
        return Math.min(steady, largest(steps.current(), context, width, height, sizes));
    }

    /** The steady size last worked out (for tests). */
    double steadySize() {
        return steady;
    }

    /** The size three steps in four have room for (their lower quartile), of the tour's steps or a spread of them. */
    private double steady(double width, double height, Sizes sizes) {
        int count = steps.size();
        int sampled = Math.min(count, SAMPLED);
        List<Double> fits = new ArrayList<>();
        for (int i = 0; i < sampled; i++) {
            int index = sampled == count ? i : (int) Math.round(i * (count - 1) / (double) (sampled - 1));
            TimelineEvent step = steps.steps().get(index);
            double[] context = PresentationSteps.withRoomForTitle(step, content.events().inTimeOrder(), steps.context(index), width,
                    sizes.at(sizes.base()));
            fits.add(largest(step, context, width, height, sizes));
        }
        fits.sort(null);
        return fits.get((fits.size() - 1) / 4);
    }

    /**
     * The largest size at which the step's period still shows as it does at the base size: no more
     * rows than the band holds, no clusters, the step's title whole and no more titles shortened.
     */
    private double largest(TimelineEvent step, double[] context, double width, double height, Sizes sizes) {
        TimeScale scale = TimeScale.fitting(context[0], context[1], width, TimelineRenderer.FIT_MARGIN);
        Packing packing = Packing.forScreen(mode).asSlideOf(Packing.Period.shownBy(scale, width));
        int shortenedAtBase = shortened(sizes.at(sizes.base()).layout(content, mode, scale, width, packing));
        double best = sizes.base();
        for (double factor = 1.1; factor <= LARGEST + 0.01; factor += 0.1) {
            double size = Math.round(sizes.base() * factor);
            TimelineRenderer candidate = sizes.at(size);
            TimelineLayout layout = candidate.layout(content, mode, scale, width, packing);
            TimelineLayout.ItemBox current = layout.item(step.id());
            boolean stepWhole = current != null && DisplayText.line(current.event().title()).equals(current.label());
            if (candidate.heightFor(layout) > height || !layout.clusters().isEmpty() || !stepWhole || shortened(layout) > shortenedAtBase) {
                break;
            }
            best = size;
        }
        return best;
    }

    private static int shortened(TimelineLayout layout) {
        return (int) layout.items().stream().filter(i -> i.label() == null || !i.label().equals(DisplayText.line(i.event().title()))).count();
    }

    /** A renderer for each label size tried, made once. */
    private static final class Sizes {
        private final RenderStyle style;
        private final Map<Double, TimelineRenderer> renderers = new HashMap<>();

        Sizes(RenderStyle style) {
            this.style = style;
        }

        double base() {
            return style.labelFont().getSize();
        }

        TimelineRenderer at(double size) {
            return renderers.computeIfAbsent(size, s -> s == base() ? new TimelineRenderer(style)
                    : new TimelineRenderer(style.withLabelFont(Font.font(style.labelFont().getFamily(), FontWeight.BOLD, s))));
        }
    }
}
