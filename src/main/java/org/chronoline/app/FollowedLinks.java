package org.chronoline.app;

import java.util.function.Consumer;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.EventFilter;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineView;

/**
 * Shows the event a related link, or Back along the links followed, leads to. When the filter hides it, the filter
 * is cleared to show it, and Back to the event the link was followed from puts that filter back
 * ({@link FiltersClearedByLinks}); the status line says which.
 */
final class FollowedLinks {
    private final TimelineView timeline;
    private final Finder finder;
    private final DetailsPanel details;
    private final Consumer<String> status;
    private final FiltersClearedByLinks cleared = new FiltersClearedByLinks();
    private boolean showing;

    FollowedLinks(TimelineView timeline, Finder finder, DetailsPanel details, Consumer<String> status) {
        this.timeline = timeline;
        this.finder = finder;
        this.details = details;
        this.status = status;
        // An event chosen any other way than by a link or Back starts a new trail, with nothing to put back.
        timeline.selectedEventProperty().addListener((o, old, now) -> {
            // By id: an edit makes the selected event anew, and it is still the same event.
            if (!showing && (now == null || old == null || !now.id().equals(old.id()))) {
                cleared.forget();
            }
        });
    }

    /** Selects the event with {@code id}, the filter cleared or put back as its link or Back asks. */
    void show(String id) {
        showing = true;
        try {
            select(id);
        } finally {
            showing = false;
        }
    }

    private void select(String id) {
        TimelineEvent from = timeline.getSelectedEvent();
        EventFilter before = finder.filterProperty().get();
        EventFilter putBack = details.isGoingBack() ? cleared.backTo(id, before) : null;
        if (putBack != null) {
            finder.filterProperty().set(putBack);
        }
        boolean clearedNow = false;
        if (timeline.getContent().event(id) == null && finder.document() != null
                && finder.document().events().stream().anyMatch(e -> e.id().equals(id))) {
            finder.clearFilters();
            clearedNow = true;
            if (from != null && putBack == null && !details.isGoingBack()) {
                cleared.cleared(from.id(), before);
            }
        }
        TimelineEvent event = timeline.getContent().event(id);
        if (event != null) {
            timeline.select(event);
            if (clearedNow) {
                // The filter went without a word: "77 events" in the status line was all there was to see.
                status.accept(Messages.get("status.filterClearedFor", DisplayText.inSentence(event.title())));
            } else if (putBack != null) {
                status.accept(Messages.get("status.filterPutBack", DisplayText.inSentence(event.title())));
            }
        }
    }
}
