package org.chronoline.view;

/**
 * Sizes of the timeline's parts, all derived from the height of a line of label text, so that a
 * larger font in the stylesheet (the projector theme) scales the whole timeline.
 */
public record LayoutMetrics(
        double lineHeight,
        double rowHeight,
        double markerSize,
        double laneHeaderHeight,
        double lanePadding,
        double labelGap,
        double itemGap,
        double axisTierHeight,
        double eraRowHeight,
        double clusterWidth) {

    public static LayoutMetrics forLineHeight(double lineHeight) {
        double row = Math.ceil(lineHeight * 1.55);
        return new LayoutMetrics(
                lineHeight,
                row,
                Math.round(lineHeight * 0.7),
                Math.ceil(lineHeight * 1.35),
                Math.ceil(lineHeight * 0.35),
                Math.ceil(lineHeight * 0.35),
                Math.ceil(lineHeight * 0.6),
                Math.ceil(lineHeight * 1.5),
                Math.ceil(lineHeight * 1.4),
                Math.ceil(lineHeight * 3));
    }

    /** Labels shorter than this are hidden rather than shown as one letter and an ellipsis. */
    public double minimumLabelWidth() {
        return lineHeight * 2.2;
    }
}
