package org.chronoline.model.find;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;

/**
 * Links between events, both ways: what an event links to (its {@code related} list) and what
 * links to it, so that following a link from the 1990 signing leads to the 2007 suspension and back.
 */
public final class RelatedEvents {
    private final Map<String, TimelineEvent> byId = new HashMap<>();
    private final Map<String, List<TimelineEvent>> linkingTo = new HashMap<>();

    public RelatedEvents(TimelineDocument document) {
        for (TimelineEvent e : document.events()) {
            byId.put(e.id(), e);
        }
        for (TimelineEvent e : document.events()) {
            for (String target : e.related()) {
                linkingTo.computeIfAbsent(target, k -> new ArrayList<>()).add(e);
            }
        }
    }

    /** The events this one links to, in its order; ids that name no event are left out. */
    public List<TimelineEvent> linkedFrom(TimelineEvent event) {
        return event.related().stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The events that link to this one and that it does not itself link to, in file order. */
    public List<TimelineEvent> linkingTo(TimelineEvent event) {
        return linkingTo.getOrDefault(event.id(), List.of()).stream().filter(e -> !event.related().contains(e.id())).toList();
    }
}
