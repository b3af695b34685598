package org.chronoline.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The study window's top: its heading, and the buttons of the four modes, which keep their names
 * whole. Side by side while the heading has room for a few words a line; otherwise the heading
 * above, the buttons below, wrapping as they must. Side by side at any size, twice the type on a
 * 1024-pixel screen broke the heading letter by letter ("Stu / dy: / Sho / wn") and pushed the
 * last mode off the window's edge in Russian.
 */
final class StudyBar extends Region {
    private static final double GAP = 12;
    /** The least width, in the heading's type, that it takes beside the buttons. */
    private static final double HEADING_MIN_EM = 14;

    private final Label heading;
    private final FlowPane modes = new FlowPane(GAP, 6);

    StudyBar(Label heading) {
        this.heading = heading;
        heading.setWrapText(true);
        heading.setMinWidth(0);
        modes.setAlignment(Pos.CENTER_LEFT);
        modes.setPrefWrapLength(Double.MAX_VALUE); // its preferred width is one line of buttons; it wraps at the width it is given
        getChildren().addAll(heading, modes);
    }

    /** Where the modes' buttons go. */
    FlowPane modes() {
        return modes;
    }

    private boolean sideBySide(double width) {
        return width - modes.prefWidth(-1) - GAP >= HEADING_MIN_EM * heading.getFont().getSize();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        if (sideBySide(width)) {
            double modesWidth = modes.prefWidth(-1);
            double headingWidth = width - modesWidth - GAP;
            double headingHeight = heading.prefHeight(headingWidth);
            double modesHeight = modes.prefHeight(modesWidth);
            double height = Math.max(headingHeight, modesHeight);
            heading.resizeRelocate(in.getLeft(), in.getTop() + (height - headingHeight) / 2, headingWidth, headingHeight);
            modes.resizeRelocate(in.getLeft() + headingWidth + GAP, in.getTop() + (height - modesHeight) / 2, modesWidth, modesHeight);
        } else {
            double headingHeight = heading.prefHeight(width);
            heading.resizeRelocate(in.getLeft(), in.getTop(), width, headingHeight);
            modes.resizeRelocate(in.getLeft(), in.getTop() + headingHeight + GAP / 2, width, modes.prefHeight(width));
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + heading.prefWidth(-1) + GAP + modes.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
        double content;
        if (sideBySide(inner)) {
            double modesWidth = modes.prefWidth(-1);
            content = Math.max(heading.prefHeight(inner - modesWidth - GAP), modes.prefHeight(modesWidth));
        } else {
            content = heading.prefHeight(inner) + GAP / 2 + modes.prefHeight(inner);
        }
        return in.getTop() + content + in.getBottom();
    }
}
