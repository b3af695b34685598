package org.chronoline.app;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.controlsfx.control.MasterDetailPane;

/**
 * How wide the side panel is beside the timeline: about 30% of the window, between 320 and 520
 * pixels, at any window size (wider while it holds the event form, as its minimum width says);
 * once the reader drags the divider, the share they chose, also at the next start. ControlsFX
 * keeps the detail node at the width of the window's first layout instead, so a window laid out
 * wide and then placed on a 1024 x 768 projector kept a 415-pixel panel and left the timeline
 * little room.
 *
 * <p>With the filters open on the timeline's other side, both panels narrow to leave the timeline
 * half the window, the side panel down to its least width (a line of reading, in its stylesheet)
 * and the filters down to {@link #FILTERS_MIN_WIDTH}: at 320 and 290 pixels they had left a
 * 1024-pixel window's timeline 354 pixels, every title in it cut.
 */
final class DetailsSplit {
    static final double SHARE = 0.3;
    static final double MIN_WIDTH = 320;
    static final double MAX_WIDTH = 520;
    /** The filter panel's width where there is room, and its least where there is not. */
    static final double FILTERS_WIDTH = 290;
    static final double FILTERS_MIN_WIDTH = 270;
    private static final String CHOSEN_KEY = "window.timelineShare";

    private final MasterDetailPane split;
    private final ObjectProperty<Node> besideTimeline;
    private boolean dragging;
    /** The timeline's share the reader chose by dragging the divider; NaN until they do. */
    private double chosen = Double.NaN;

    private DetailsSplit(MasterDetailPane split, ObjectProperty<Node> besideTimeline) {
        this.split = split;
        this.besideTimeline = besideTimeline;
    }

    /**
     * Sizes the panel of {@code split}, and the panel {@code besideTimeline} holds on the
     * timeline's other side while it holds one; a share the reader drags to is kept in
     * {@code settings} for the next start.
     */
    static void install(MasterDetailPane split, ObjectProperty<Node> besideTimeline, Settings settings) {
        DetailsSplit sizing = new DetailsSplit(split, besideTimeline);
        double kept = settings.getDouble(CHOSEN_KEY, Double.NaN);
        sizing.chosen = kept >= 0.4 && kept <= 0.9 ? kept : Double.NaN; // a share from elsewhere (edited, another version) is not trusted
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> sizing.dragging = isDivider(e.getTarget()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (sizing.dragging && !Double.isNaN(sizing.chosen)) {
                settings.putDouble(CHOSEN_KEY, sizing.chosen);
            }
            sizing.dragging = false;
        });
        split.dividerPositionProperty().addListener((o, old, now) -> {
            if (sizing.dragging) {
                sizing.chosen = now.doubleValue();
            }
        });
        // The skin makes the panel keep its width as the window's changes; here it takes its share instead.
        split.skinProperty().addListener((o, old, skin) -> {
            if (skin != null && split.getDetailNode() != null) {
                SplitPane.setResizableWithParent(split.getDetailNode(), true);
            }
        });
        split.widthProperty().addListener((o, old, width) -> sizing.fit(width.doubleValue()));
        besideTimeline.addListener((o, old, now) -> sizing.fit(split.getWidth()));
        // The panel asks for more room while it holds the event form, and gives it back after.
        if (split.getDetailNode() instanceof Region panel) {
            panel.minWidthProperty().addListener((o, old, min) -> sizing.fit(split.getWidth()));
        }
    }

    private void fit(double width) {
        if (width > 0) {
            double beside = 0;
            if (besideTimeline.get() instanceof Region filters) {
                beside = filtersFor(width);
                filters.setPrefWidth(beside);
            }
            double share = Double.isNaN(chosen) ? dividerFor(width, beside) : chosen;
            if (split.getDetailNode() instanceof Region panel && panel.getMinWidth() > 0) {
                share = Math.max(0.4, Math.min(share, 1 - panel.getMinWidth() / width));
            }
            split.setDividerPosition(share);
        }
    }

    private static boolean isDivider(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** The divider's position (the timeline's share) for a window this wide, {@code beside} pixels of it filters. */
    static double dividerFor(double width, double beside) {
        double panel = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width * SHARE));
        if (beside > 0) {
            panel = Math.min(panel, width / 2 - beside); // the panel's least width is kept by fit
        }
        return Math.max(0.5, 1 - panel / width);
    }

    /** The filter panel's width in a window this wide: a quarter of it, within its least and its usual width. */
    static double filtersFor(double width) {
        return Math.max(FILTERS_MIN_WIDTH, Math.min(FILTERS_WIDTH, width / 4));
    }
}
