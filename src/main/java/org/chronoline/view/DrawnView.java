package org.chronoline.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.chronoline.model.Era;
import org.chronoline.model.Precision;
import org.chronoline.view.TimelineLayout.ItemBox;

/**
 * What the window's timeline shows at this moment: its layout, and where the layout's parts are on
 * the drawing area (axis, eras, the scrolled lanes). Hit tests, the bounds of events and the labels
 * on screen are answered from it, so they always agree with what was drawn.
 */
record DrawnView(TimelineLayout layout, TimelinePainter.Frame frame, List<LinkRoutes.Route> links, WholeTitle wholeTitle) {

    DrawnView {
        links = List.copyOf(links);
    }

    /** The event or cluster at a point of the drawing area, or null (empty space, the axis); over the selected title drawn whole, its event. */
    Object hit(double x, double y) {
        if (y < frame.lanesTop() || y > frame.lanesTop() + frame.lanesHeight()) {
            return null;
        }
        if (wholeTitle != null && wholeTitle.contains(x, y)) {
            return wholeTitle.item();
        }
        return layout.hit(x, y - frame.lanesTop() + frame.laneScroll());
    }

    /** The era whose ribbon is at a point of the drawing area, or null: a short one shows no name on its ribbon. */
    Era eraAt(double x, double y) {
        double rowHeight = layout.metrics().eraRowHeight();
        if (y < frame.eraTop() || y >= frame.eraTop() + frame.eraHeight() || rowHeight <= 0) {
            return null;
        }
        int row = (int) ((y - frame.eraTop()) / rowHeight);
        for (TimelineLayout.EraBox era : layout.eras()) {
            if (era.row() == row && x >= era.left() - 2 && x <= era.right() + 2) {
                return era.era();
            }
        }
        return null;
    }

    /** The link whose arrow (its words or its head) is at a point of the drawing area, or null. */
    ShownLink linkAt(double x, double y) {
        if (y < frame.lanesTop() || y > frame.lanesTop() + frame.lanesHeight()) {
            return null;
        }
        return LinkRoutes.hit(links, x, y);
    }

    /** Where the words of the arrow from one event to another are, or null when it has none or is not drawn. */
    Bounds linkWords(String fromId, String toId) {
        for (LinkRoutes.Route route : links) {
            if (route.hasWords() && route.link().fromId().equals(fromId) && route.link().toId().equals(toId)) {
                return new BoundingBox(route.wordsX(), route.wordsY(), route.wordsWidth(), route.wordsHeight());
            }
        }
        return null;
    }

    /** Where an event is drawn on the drawing area, or null when it is not visible. */
    Bounds bounds(String eventId) {
        ItemBox item = layout.item(eventId);
        if (item == null) {
            return null;
        }
        double y = item.y() + frame.lanesTop() - frame.laneScroll();
        if (y + item.height() < frame.lanesTop() || y > frame.lanesTop() + frame.lanesHeight()) {
            return null;
        }
        return new BoundingBox(item.x0(), y, Math.max(1, item.x1() - item.x0()), item.height());
    }

    Bounds lanesBounds() {
        return new BoundingBox(0, frame.lanesTop(), frame.width(), frame.lanesHeight());
    }

    /** The labels drawn, event id to label text, for the events at least partly in view. */
    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        double offset = frame.lanesTop() - frame.laneScroll();
        for (ItemBox item : layout.items()) {
            if (item.label() != null && item.right() >= 0 && item.left() <= frame.width()
                    && (wholeTitle == null || !wholeTitle.cuts(item, item.y() + offset))) {
                labels.put(item.event().id(), wholeTitle != null && wholeTitle.item() == item ? wholeTitle.text() : item.label());
            }
        }
        return labels;
    }

    /** How far the lanes can scroll down. */
    double maxScroll() {
        return Math.max(0, layout.contentHeight() - frame.lanesHeight());
    }

    /** The precision a date picked on the timeline has: that of the axis' finer tier. */
    Precision precisionOfZoom() {
        switch (layout.axis().unit().field()) {
            case YEAR:
                return Precision.YEAR;
            case MONTH:
                return Precision.MONTH;
            case DAY:
                return Precision.DAY;
            default:
                return Precision.MINUTE;
        }
    }
}
