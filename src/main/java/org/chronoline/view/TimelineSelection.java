package org.chronoline.view;

import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.chronoline.model.TimelineEvent;

/**
 * Which events are selected on a timeline: the primary one, whose details the side panel shows,
 * among the ids of every selected event (Ctrl+click and Shift+arrows add more). The primary one
 * is always among them, and clearing it clears them all; choosing one not among them makes it
 * the only one.
 */
final class TimelineSelection {
    private final ObjectProperty<TimelineEvent> primary;
    private final ObservableSet<String> ids = FXCollections.observableSet();
    /** Where the run of Shift+arrow selections began, while the selection is such a run; null otherwise. */
    private TimelineEvent runAnchor;
    /** The ids the run added: only these are taken back (one Ctrl+clicked before it stays). */
    private final Set<String> runAdded = new HashSet<>();
    private boolean extending;

    TimelineSelection(Object bean) {
        primary = new SimpleObjectProperty<>(bean, "selectedEvent");
        primary.addListener((o, old, now) -> {
            if (!extending) {
                runAnchor = null; // a click, a key or an edit starts the next Shift+arrow run afresh
                runAdded.clear();
            }
            if (now == null) {
                ids.clear();
            } else if (!ids.contains(now.id())) {
                ids.clear();
                ids.add(now.id());
            }
        });
    }

    ObjectProperty<TimelineEvent> primaryProperty() {
        return primary;
    }

    ObservableSet<String> ids() {
        return ids;
    }

    /** Adds an event to the selection, or takes it out (Ctrl+click); another selected one of {@code content} becomes primary. */
    void toggle(TimelineEvent event, TimelineContent content) {
        if (ids.contains(event.id())) {
            ids.remove(event.id());
            TimelineEvent now = primary.get();
            if (now != null && now.id().equals(event.id())) {
                TimelineEvent next = content.event(ids.stream().findFirst().orElse(null));
                primary.set(next);
                if (next != null) {
                    ids.add(next.id());
                }
            }
        } else {
            ids.add(event.id());
            primary.set(event);
        }
    }

    /**
     * Grows or shrinks a run of events by {@code next}, the event after (direction 1) or before
     * (-1) the primary one in {@code content}'s time order, as Shift+arrows do in a list: the run
     * is anchored at the event that was primary when it began; away from the anchor {@code next}
     * is added, back towards it the primary one is taken out, if the run added it. {@code next}
     * becomes primary.
     */
    void extendTo(TimelineEvent next, int direction, TimelineContent content) {
        TimelineEvent from = primary.get();
        if (runAnchor == null || content.timeIndexOf(runAnchor) < 0) { // none yet, or filtered out since
            runAnchor = from;
        }
        int fromAnchor = content.timeIndexOf(from) - content.timeIndexOf(runAnchor);
        extending = true;
        try {
            if (fromAnchor != 0 && Integer.signum(fromAnchor) != direction && runAdded.remove(from.id())) {
                ids.remove(from.id()); // back towards the anchor: the last one added goes
            }
            if (ids.add(next.id())) { // first: made primary while already selected, it keeps the others
                runAdded.add(next.id());
            }
            primary.set(next);
        } finally {
            extending = false;
        }
    }
}
