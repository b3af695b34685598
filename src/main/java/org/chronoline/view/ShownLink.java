package org.chronoline.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.RelatedEvents;
import org.chronoline.text.Messages;

/**
 * A link drawn on the timeline as an arrow from one event to another.
 *
 * @param words    what the link says on the arrow ("led to"), or null for a "see also" link, drawn dashed without a head
 * @param directed whether it has an arrowhead at {@code toId}
 * @param faded    one of all the links drawn at once (View > Show All Links), behind those of the selected event
 */
public record ShownLink(String fromId, String toId, String words, boolean directed, boolean faded) {

    /**
     * The links to draw: those of the selected event, and, when {@code all} is on, every link
     * among the events shown, faded (a link of the selected event is drawn once, not faded).
     */
    public static List<ShownLink> of(TimelineContent content, TimelineEvent selected, boolean all) {
        if (selected == null && !all) {
            return List.of();
        }
        RelatedEvents related = content.relations();
        List<ShownLink> links = new ArrayList<>();
        List<RelatedEvents.Link> own = selected == null || content.event(selected.id()) == null ? List.of() : related.links(selected);
        if (all) {
            for (RelatedEvents.Link link : related.linksAmong(content.document().events())) {
                if (!own.contains(link)) {
                    links.add(of(link, true));
                }
            }
        }
        for (RelatedEvents.Link link : own) {
            links.add(of(link, false));
        }
        return oneArrowPerPair(links);
    }

    /**
     * One arrow between two events: "see also" both ways, or "see also" beside a link that says
     * more, would draw the same line twice; the link that says more is kept, or the first.
     */
    private static List<ShownLink> oneArrowPerPair(List<ShownLink> links) {
        Set<String> saidMore = new HashSet<>();
        for (ShownLink link : links) {
            if (link.directed()) {
                saidMore.add(link.pair());
            }
        }
        Set<String> drawn = new HashSet<>();
        List<ShownLink> kept = new ArrayList<>();
        for (ShownLink link : links) {
            if (link.directed() || (!saidMore.contains(link.pair()) && drawn.add(link.pair()))) {
                kept.add(link);
            }
        }
        return kept;
    }

    /** The two events, in either order. */
    private String pair() {
        return fromId.compareTo(toId) < 0 ? fromId + "\n" + toId : toId + "\n" + fromId;
    }

    private static ShownLink of(RelatedEvents.Link link, boolean faded) {
        String words = link.directed() ? Messages.get("form.link." + link.kind()) : null;
        return new ShownLink(link.from().id(), link.to().id(), words, link.directed(), faded);
    }

    /** Of the two events, the one that is not {@code id}: where following this link from {@code id} leads. */
    public String otherEnd(String id) {
        return fromId.equals(id) ? toId : fromId;
    }
}
