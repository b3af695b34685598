package org.chronoline.model.find;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chronoline.model.RelatedLink;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;

/**
 * Links between events, both ways and by what they mean: what an event led to and what it
 * followed from, what it answered and what answered it, what it was part of and what it includes,
 * and what to see besides ("see also" works both ways), so that following links from the 1990
 * signing leads to the 2007 suspension and back.
 */
public final class RelatedEvents {
    /** The groups of links, in the order they are shown (what came before first); each has a message key naming it. */
    public enum Group {
        FOLLOWED_FROM("links.ledFrom"), LED_TO("links.ledTo"), RESPONSE_TO("links.responseTo"), ANSWERED_BY("links.answeredBy"),
        PART_OF("links.partOf"), INCLUDES("links.includes"), RELATED("links.related"), SEE_ALSO("links.seeAlso");

        private final String messageKey;

        Group(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Function<String, TimelineEvent> byId;
    /** For each event, the links that point to it, with the event they come from. */
    private final Map<String, List<Incoming>> incoming = new HashMap<>();

    private record Incoming(TimelineEvent from, RelatedLink link) {
    }

    private static Map<String, TimelineEvent> byIdOf(TimelineDocument document) {
        Map<String, TimelineEvent> byId = new HashMap<>();
        for (TimelineEvent e : document.events()) {
            byId.put(e.id(), e);
        }
        return byId;
    }

    public RelatedEvents(TimelineDocument document) {
        this(document, byIdOf(document)::get);
    }

    /**
     * With the events looked up by id where the caller has them already (the timeline's index
     * does): a second map of 100,000 ids cost a large file's opening about 0.05 s.
     */
    public RelatedEvents(TimelineDocument document, Function<String, TimelineEvent> eventById) {
        this.byId = eventById;
        for (TimelineEvent e : document.events()) {
            for (RelatedLink link : e.related()) {
                incoming.computeIfAbsent(link.id(), k -> new ArrayList<>()).add(new Incoming(e, link));
            }
        }
    }

    /**
     * The event's links in groups, in {@link Group} order, each group in file order; an event
     * appears in a group once, and not under "see also" when another group has it; links to ids
     * that name no event are left out, and empty groups are not in the map.
     */
    public Map<Group, List<TimelineEvent>> groups(TimelineEvent event) {
        Map<Group, Set<TimelineEvent>> groups = new LinkedHashMap<>();
        for (Group g : Group.values()) {
            groups.put(g, new LinkedHashSet<>());
        }
        for (RelatedLink link : event.related()) {
            TimelineEvent other = byId.apply(link.id());
            if (other != null) {
                groups.get(outgoing(link.kind())).add(other);
            }
        }
        for (Incoming in : incoming.getOrDefault(event.id(), List.of())) {
            groups.get(incoming(in.link().kind())).add(in.from());
        }
        // A link that says more than "see also" is enough: the same event is not listed again under it.
        groups.forEach((group, events) -> {
            if (group != Group.SEE_ALSO) {
                groups.get(Group.SEE_ALSO).removeAll(events);
            }
        });
        Map<Group, List<TimelineEvent>> shown = new LinkedHashMap<>();
        groups.forEach((group, events) -> {
            if (!events.isEmpty()) {
                shown.put(group, List.copyOf(events));
            }
        });
        return shown;
    }

    /** Every event linked to this one, either way, each once. */
    public List<TimelineEvent> all(TimelineEvent event) {
        Set<TimelineEvent> all = new LinkedHashSet<>();
        groups(event).values().forEach(all::addAll);
        return List.copyOf(all);
    }

    private static Group outgoing(String kind) {
        if (kind == null) {
            return Group.RELATED;
        }
        return switch (kind) {
            case RelatedLink.LED_TO -> Group.LED_TO;
            case RelatedLink.RESPONSE_TO -> Group.RESPONSE_TO;
            case RelatedLink.PART_OF -> Group.PART_OF;
            default -> Group.SEE_ALSO;
        };
    }

    private static Group incoming(String kind) {
        if (kind == null) {
            return Group.RELATED;
        }
        return switch (kind) {
            case RelatedLink.LED_TO -> Group.FOLLOWED_FROM;
            case RelatedLink.RESPONSE_TO -> Group.ANSWERED_BY;
            case RelatedLink.PART_OF -> Group.INCLUDES;
            default -> Group.SEE_ALSO;
        };
    }

    /**
     * One link between two events of the timeline, as its file writes it: {@code from} names
     * {@code to} in its related links.
     *
     * @param kind one of {@link RelatedLink#TYPES}, or null for a type this version does not know
     */
    public record Link(TimelineEvent from, TimelineEvent to, String kind) {
        /** Whether the link points one way (led to, in response to, part of) rather than "see also" or unknown. */
        public boolean directed() {
            return kind != null && !kind.equals(RelatedLink.SEE_ALSO);
        }
    }

    /** The event's links both ways, its own first (in its order), then those that name it; links to no event are left out. */
    public List<Link> links(TimelineEvent event) {
        List<Link> links = new ArrayList<>();
        for (RelatedLink link : event.related()) {
            TimelineEvent other = byId.apply(link.id());
            if (other != null && other != event) {
                links.add(new Link(event, other, link.kind()));
            }
        }
        for (Incoming in : incoming.getOrDefault(event.id(), List.of())) {
            if (in.from() != event) {
                links.add(new Link(in.from(), event, in.link().kind()));
            }
        }
        return links;
    }

    /** Every link whose two ends are both among {@code shown}, in the order of the events that hold them. */
    public List<Link> linksAmong(Collection<TimelineEvent> shown) {
        Set<String> ids = new HashSet<>();
        shown.forEach(e -> ids.add(e.id()));
        List<Link> links = new ArrayList<>();
        for (TimelineEvent e : shown) {
            for (RelatedLink link : e.related()) {
                TimelineEvent other = byId.apply(link.id());
                if (other != null && other != e && ids.contains(other.id())) {
                    links.add(new Link(e, other, link.kind()));
                }
            }
        }
        return links;
    }
}
