package org.chronoline.view;

import org.chronoline.view.TimelineLayout.ItemBox;

/**
 * Where the selected event's title was drawn whole, over the events after it, in the drawing
 * area's coordinates: a click or a hover there is on the selected event, whose title it is, and
 * not on a neighbour under it.
 */
record WholeTitle(ItemBox item, double x, double y, double width, double height) {

    boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }
}
