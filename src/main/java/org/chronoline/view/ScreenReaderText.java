package org.chronoline.view;

import org.chronoline.model.Category;
import org.chronoline.model.DateText;
import org.chronoline.model.DisplayText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Precision;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;

/**
 * What a screen reader says for the timeline, which it cannot see: the selected event as a
 * sentence ("CFE Treaty signed in Paris, 19 November 1990, Treaties signed, event 9 of 77, 5
 * links", and the size of the cluster it is counted in when it is too close to others to be drawn
 * alone), or, with nothing selected, the period in view, how many of the events shown are in it and how
 * many of them are counted in clusters rather than shown one by one.
 */
final class ScreenReaderText {
    private ScreenReaderText() {
    }

    static String of(TimelineView view) {
        TimelineContent shown = view.getContent();
        TimelineEvent event = view.getSelectedEvent();
        DrawnView drawn = view.drawnView();
        if (event != null && shown != null && shown.event(event.id()) != null) {
            Category category = event.category() == null ? null : shown.category(event.category());
            String lane = category != null ? DisplayText.inSentence(category.name()) : Messages.get("timeline.lane.uncategorised");
            TimelineLayout layout = drawn == null ? null : drawn.layout();
            if (layout != null && layout.item(event.id()) == null) {
                // The frame drawn may be of the selection before, packed around it: the event just chosen, kept out of the
                // clusters in the next frame, was said to be in one (a review).
                layout = view.renderer().layout(view.currentDrawing());
            }
            TimelineLayout.ClusterBox cluster = layout == null || layout.item(event.id()) != null ? null : layout.clusterOf(event);
            int clustered = cluster == null ? 0 : cluster.count();
            return Messages.get(clustered > 0 ? "a11y.timeline.eventInCluster" : "a11y.timeline.event",
                    DisplayText.inSentence(event.title()), event.dateText(), lane, shown.timeIndexOf(event) + 1, shown.events().size(),
                    shown.relations().all(event).size(), clustered);
        }
        double width = view.getViewportWidth();
        if (shown == null || width <= 0) {
            return Messages.get("a11y.timeline.role");
        }
        HistoricalDate from = HistoricalDate.containing(view.getScale().secondAt(0), Precision.DAY);
        HistoricalDate to = HistoricalDate.containing(view.getScale().secondAt(width), Precision.DAY);
        int clustered = drawn == null ? 0 : drawn.layout().clusters().stream().mapToInt(TimelineLayout.ClusterBox::count).sum();
        // The events in view, not all those shown: "from 1990 to 2008, 22 events" counted the 22 of 2001-2026 (a walk-through).
        int[] inView = {0};
        shown.events().forEachOverlapping(view.getScale().secondAt(0), view.getScale().secondAt(width), i -> inView[0]++);
        return Messages.get("a11y.timeline.period", DateText.format(from), DateText.format(to), inView[0], clustered);
    }
}
