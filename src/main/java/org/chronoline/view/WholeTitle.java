package org.chronoline.view;

import javafx.scene.text.Font;
import org.chronoline.view.TimelineLayout.ItemBox;

/**
 * Where the selected event's title was drawn whole ({@code text}, in {@code font}: the labels', or a
 * little smaller), over the events after it, in the drawing area's coordinates (its plate: {@code x}
 * to {@code x + width}): a click or a hover there is on the selected event, whose title it is, and
 * not on a neighbour under it.
 */
record WholeTitle(ItemBox item, String text, Font font, double x, double y, double width, double height) {

    boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    /**
     * Whether it covers part of another event's title, or its marker, drawn in a row whose top is at
     * {@code top}: that title is then left out, not shown from under it on ("SALT I Interim Agreement
     * signed signed in Paris", the tail of the CFE Treaty's title beside it, read as one title), nor
     * just after it without its marker ("INF Treaty signed Vienna Document 1999 adopted").
     */
    boolean cuts(ItemBox other, double top) {
        if (other == item || other.label() == null || Math.abs(top - (y - 1)) > 0.5) {
            return false;
        }
        double start = other.labelX();
        double end = start + other.labelWidth();
        // A point's marker, or where a bar starts (its label is by its start): under the plate, its label would run on from it.
        double markEnd = other.point() ? other.x1() : other.x0();
        boolean markerUnder = other.x0() < x + width && markEnd >= x;
        return markerUnder || start < x + width && end > x && (start < x || end > x + width);
    }
}
