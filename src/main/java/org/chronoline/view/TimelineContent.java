package org.chronoline.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronoline.model.Category;
import org.chronoline.model.DisplayText;
import org.chronoline.model.Era;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.Precision;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.RelatedEvents;
import org.chronoline.text.Messages;

/**
 * A document prepared for display: its events indexed by time, per category lane and as a whole,
 * and looked up by id. Immutable and free of JavaFX, so it is built off the JavaFX thread while a
 * large file loads.
 */
public final class TimelineContent {
    public static final TimelineContent EMPTY = new TimelineContent(
            new TimelineDocument(1, "", null, List.of(), List.of(), List.of(), List.of(), ExtraFields.NONE));

    private final TimelineDocument document;
    private final EventIndex all;
    private final List<Lane> categoryLanes;
    private final Lane compactLane;
    /** Event id to its position in time order; the event itself is {@code all.get(position)}. */
    private final Map<String, Integer> timeOrder;
    private final Map<String, Category> categories;
    private final TickUnit.Field finestTick;
    private volatile RelatedEvents relations;

    public TimelineContent(TimelineDocument document) {
        this.document = document;
        this.all = new EventIndex(document.events());
        this.categories = new LinkedHashMap<>();
        for (Category c : document.categories()) {
            categories.put(c.id(), c);
        }
        // Lanes take their events from the sorted whole, so they are in time order without sorting again.
        Map<String, List<TimelineEvent>> byCategory = new LinkedHashMap<>();
        for (Category c : document.categories()) {
            byCategory.put(c.id(), new ArrayList<>());
        }
        List<TimelineEvent> uncategorised = new ArrayList<>();
        int capacity = (int) (all.size() / 0.75f) + 1;
        timeOrder = new HashMap<>(capacity);
        Precision finest = Precision.DAY;
        for (int i = 0; i < all.size(); i++) {
            TimelineEvent e = all.get(i);
            timeOrder.put(e.id(), i);
            finest = e.finestPrecision().isFinerThan(finest) ? e.finestPrecision() : finest;
            List<TimelineEvent> lane = e.category() == null ? null : byCategory.get(e.category());
            (lane != null ? lane : uncategorised).add(e);
        }
        List<Lane> lanes = new ArrayList<>();
        for (Category c : document.categories()) {
            List<TimelineEvent> events = byCategory.get(c.id());
            if (!events.isEmpty()) {
                lanes.add(new Lane(c.id(), DisplayText.line(c.name()), EventIndex.ofSorted(events)));
            }
        }
        if (!uncategorised.isEmpty()) {
            lanes.add(new Lane(null, Messages.get("timeline.lane.uncategorised"), EventIndex.ofSorted(uncategorised)));
        }
        categoryLanes = Collections.unmodifiableList(lanes);
        compactLane = new Lane(null, "", all);
        finestTick = finest == Precision.DAY ? TickUnit.Field.DAY : finest == Precision.HOUR ? TickUnit.Field.HOUR : TickUnit.Field.MINUTE;
    }

    private TimelineContent(TimelineContent whole, List<Lane> lanes) {
        this.document = whole.document;
        this.all = whole.all;
        this.categoryLanes = lanes;
        this.compactLane = whole.compactLane;
        this.timeOrder = whole.timeOrder;
        this.categories = whole.categories;
        this.finestTick = whole.finestTick;
        this.relations = whole.relations;
    }

    /**
     * The same events with only the lanes that have one in {@code [from, to]} (seconds): a picture of a
     * period gave lanes with nothing in it a row each, which its crowded lanes needed (three empty
     * lanes on a slide of 2007, its suspensions counted into a "2"). This content when none is empty,
     * or all are.
     */
    public TimelineContent withLanesIn(double from, double to) {
        List<Lane> kept = new ArrayList<>();
        for (Lane lane : categoryLanes) {
            boolean[] any = {false};
            lane.index().forEachOverlapping(from, to, i -> any[0] = true);
            if (any[0]) {
                kept.add(lane);
            }
        }
        return kept.size() == categoryLanes.size() || kept.isEmpty() ? this : new TimelineContent(this, List.copyOf(kept));
    }

    /**
     * The finest axis unit these events need: days when no date names a time of day, so that a
     * close zoom on "19 November 1990" shows the day rather than hours nothing happened at.
     */
    public TickUnit.Field finestTick() {
        return finestTick;
    }

    public TimelineDocument document() {
        return document;
    }

    /** All events in time order. */
    public EventIndex events() {
        return all;
    }

    public List<Lane> lanes(LayoutMode mode) {
        return mode == LayoutMode.COMPACT ? List.of(compactLane) : categoryLanes;
    }

    public TimelineEvent event(String id) {
        Integer position = id == null ? null : timeOrder.get(id);
        return position == null ? null : all.get(position);
    }

    public Category category(String id) {
        return id == null ? null : categories.get(id);
    }

    /** The event's position in time order, or -1. */
    public int timeIndexOf(TimelineEvent event) {
        Integer i = event == null ? null : timeOrder.get(event.id());
        return i == null ? -1 : i;
    }

    /** The earliest start and latest end of the events alone, or null when there are none. */
    public double[] eventExtent() {
        return all.extent();
    }

    /** The earliest start and latest end of all events and eras, or null when there are none. */
    public double[] extent() {
        double[] extent = all.extent();
        double from = extent == null ? Double.POSITIVE_INFINITY : extent[0];
        double to = extent == null ? Double.NEGATIVE_INFINITY : extent[1];
        for (Era era : document.eras()) {
            from = Math.min(from, era.startSecond());
            to = Math.max(to, era.endSecond());
        }
        return from > to ? null : new double[] {from, to};
    }

    /** The links between the events, both ways; worked out when first asked for. */
    public RelatedEvents relations() {
        RelatedEvents known = relations;
        if (known == null) {
            known = new RelatedEvents(document, this::event);
            relations = known;
        }
        return known;
    }

    public boolean isEmpty() {
        return all.size() == 0;
    }
}
