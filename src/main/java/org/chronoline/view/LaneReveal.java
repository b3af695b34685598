package org.chronoline.view;

import org.chronoline.model.TimelineEvent;

/**
 * Which lanes a {@link TimelineView} scrolls into view, once a layout places what was asked for:
 * an event brought into view (a search's match, a presentation's step, one chosen in the list),
 * or Go to Date's period with its events. The period moves the view ({@link ViewMotion}); this
 * moves the lanes, up or down, by the least scroll that shows it.
 */
final class LaneReveal {
    private final TimelineView view;
    /** An event to scroll into view vertically once a layout places it. */
    private TimelineEvent pending;
    /**
     * Go To Date's period [from, to] while its events wait to be revealed, else null: they come in from the first
     * lane's header down to the last of them, as many as the lanes' height holds; otherwise the least scroll.
     */
    private double[] period;

    LaneReveal(TimelineView view) {
        this.view = view;
    }

    /** Scrolls the lanes to an event once a layout has placed it (a glide may still be on its way). */
    void reveal(TimelineEvent event) {
        pending = event;
        period = null;
        view.requestLayout();
    }

    /**
     * Scrolls the lanes to the events of a period the view goes to (Go to Date): the rows pack anew at
     * the new zoom, so a selected event in the period keeps its place in view; else the period's
     * events come in from the top. The lanes stayed scrolled where they were, and July 2007 showed
     * empty lanes over the decree's half-cut line at the foot (a teacher's walk-through, 1024x768).
     */
    void revealPeriod(double from, double to) {
        TimelineEvent selected = view.getSelectedEvent();
        if (selected != null && selected.endSecond() >= from && selected.startSecond() <= to) {
            reveal(selected);
            return;
        }
        TimelineEvent first = firstIn(from, to);
        if (first != null) {
            reveal(first);
            period = new double[] {from, to};
        }
    }

    /**
     * Keeps the selected event in view as the drawing area changes size: the rows pack anew at another
     * width, and an event drawn in the lanes' view before may land in a row below it. Opening the filter
     * panel at 1366 x 768 left New START, just selected with End, out of sight under the lanes' scroll.
     * An event the user had scrolled away from stays away: only one drawn in view before is kept there.
     */
    void keepInView(TimelineEvent selected, DrawnView before) {
        if (selected == null || pending != null || before == null) {
            return;
        }
        TimelineLayout.ItemBox item = before.layout().item(selected.id());
        TimelinePainter.Frame frame = before.frame();
        if (item != null && item.y() + item.height() > frame.laneScroll() && item.y() < frame.laneScroll() + frame.lanesHeight()
                && item.right() >= 0 && item.left() <= frame.width()) { // its marker or its title in view
            pending = selected;
            period = null;
        }
    }

    /** Another document: no event waits to be scrolled to. */
    void forget() {
        pending = null;
        period = null;
    }

    /** The earliest event of the first lane, in the lanes' order, with an event in [from, to]; null when none is. */
    private TimelineEvent firstIn(double from, double to) {
        for (Lane lane : view.getContent().lanes(view.getLayoutMode())) {
            TimelineEvent[] earliest = new TimelineEvent[1];
            lane.index().forEachOverlapping(from, to, i -> {
                TimelineEvent e = lane.index().get(i);
                if (earliest[0] == null || e.startSecond() < earliest[0].startSecond()) {
                    earliest[0] = e;
                }
            });
            if (earliest[0] != null) {
                return earliest[0];
            }
        }
        return null;
    }

    /**
     * Scrolls the lanes so that the event waiting to be revealed is in view, once a layout places it;
     * returns true when the scroll changed (the skin then lays out again). While the view still glides
     * the event stays asked for, as the layouts on the way place it anew.
     */
    boolean scrollToPending(TimelineLayout layout, TimelinePainter.Frame frame) {
        TimelineEvent event = pending;
        if (event == null) {
            return false;
        }
        double top = Double.NaN;
        double bottom = Double.NaN;
        TimelineLayout.ItemBox item = layout.item(event.id());
        if (item != null) {
            top = item.y();
            bottom = item.y() + item.height();
            if (!view.isAnimating()) {
                pending = null;
            }
        } else {
            for (TimelineLayout.LaneBox lane : layout.lanes()) {
                if (lane.lane().categoryId() == null || lane.lane().categoryId().equals(event.category())) {
                    top = lane.y();
                    bottom = lane.y() + Math.min(lane.height(), frame.lanesHeight());
                    break;
                }
            }
        }
        if (Double.isNaN(top)) {
            pending = null;
            return false;
        }
        double maxScroll = Math.max(0, layout.contentHeight() - frame.lanesHeight());
        if (maxScroll <= 0) {
            return false; // every lane is in view
        }
        double scroll = frame.laneScroll();
        if (period != null && item != null) {
            // The period's events from the first one's lane header to the last of them, or from that header as far as they go.
            int lane = layout.laneOf(event);
            top = lane >= 0 ? layout.lanes().get(lane).y() : top;
            for (TimelineLayout.ItemBox shown : layout.items()) {
                if (shown.event().endSecond() >= period[0] && shown.event().startSecond() <= period[1]) {
                    bottom = Math.max(bottom, Math.min(shown.y() + shown.height(), top + frame.lanesHeight()));
                }
            }
        }
        // An event scrolled to gets a row of room beyond it, where the lanes hold three: brought in by the least scroll, the
        // event ] went to sat on the lanes' last row, against the overview strip, with nothing after it (keyboard walk-through).
        double room = period == null && item != null && frame.lanesHeight() >= 3 * item.height() ? item.height() : 0;
        double target = top < scroll ? top - room : bottom > scroll + frame.lanesHeight() ? bottom + room - frame.lanesHeight() : scroll;
        target = Math.max(0, Math.min(maxScroll, target));
        if (Math.abs(target - scroll) < 0.5) {
            return false;
        }
        view.setLaneScroll(target);
        return true;
    }
}
