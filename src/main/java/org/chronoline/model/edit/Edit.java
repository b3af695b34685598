package org.chronoline.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.chronoline.model.Category;
import org.chronoline.model.Era;
import org.chronoline.model.SavedView;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;

/**
 * One undoable change to a timeline, named for the Edit menu ("Move 'CFE Treaty signed'"). It is a
 * list of primitive steps (insert, remove or replace one element of one of the document's lists,
 * or change the timeline's title and description), so that undoing is applying the inverse steps
 * in reverse order, and every kind of edit is undone by the same few lines.
 */
public final class Edit {
    /** Which list of the document a step changes. */
    enum Part {
        CATEGORIES,
        ERAS,
        EVENTS,
        TOURS,
        VIEWS
    }

    /**
     * One primitive change. Exactly one of before/after is null for insert/remove. A step that
     * {@code follows} from the others (a link to a deleted event taken out, events moved out of a
     * deleted category) is not what the edit is about: undoing or redoing it does not select them.
     */
    record Step(Part part, int index, Object before, Object after, boolean follows) {
        Step inverse() {
            return new Step(part, index, after, before, follows);
        }
    }

    /** A change of the timeline's title and description. */
    record Header(String titleBefore, String descriptionBefore, String titleAfter, String descriptionAfter) {
    }

    /** The whole timeline, as it was and as it becomes: edits restored from a copy, over the file as read. */
    record Whole(TimelineDocument before, TimelineDocument after) {
    }

    private final String label;
    private final List<Step> steps;
    private final Header header;
    private final Whole whole;

    Edit(String label, List<Step> steps, Header header) {
        this(label, steps, header, null);
    }

    private Edit(String label, List<Step> steps, Header header, Whole whole) {
        this.label = Objects.requireNonNull(label, "label");
        this.steps = List.copyOf(steps);
        this.header = header;
        this.whole = whole;
    }

    /** The whole timeline replaced by {@code after}: undone, it is {@code before} again. */
    static Edit replacingWhole(String label, TimelineDocument before, TimelineDocument after) {
        return new Edit(label, List.of(), null, new Whole(Objects.requireNonNull(before), Objects.requireNonNull(after)));
    }

    /** What the Edit menu calls this change: "Move 'CFE Treaty signed'". */
    public String label() {
        return label;
    }

    /** True when applying this edit would change nothing (an edit form applied without changes). */
    public boolean isEmpty() {
        if (whole != null) {
            return whole.before.equals(whole.after);
        }
        return steps.isEmpty() && (header == null
                || (Objects.equals(header.titleBefore, header.titleAfter) && Objects.equals(header.descriptionBefore, header.descriptionAfter)));
    }

    public TimelineDocument apply(TimelineDocument document) {
        if (whole != null) {
            check(document, whole.before);
            return whole.after;
        }
        TimelineDocument d = document;
        for (Step step : steps) {
            d = perform(d, step);
        }
        if (header != null) {
            d = withHeader(d, header.titleAfter, header.descriptionAfter);
        }
        return d;
    }

    public TimelineDocument undo(TimelineDocument document) {
        if (whole != null) {
            check(document, whole.after);
            return whole.before;
        }
        TimelineDocument d = document;
        if (header != null) {
            d = withHeader(d, header.titleBefore, header.descriptionBefore);
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            d = perform(d, steps.get(i).inverse());
        }
        return d;
    }

    /** The ids of the events this edit inserts or replaces with new values, for selecting them afterwards (not those that only follow). */
    public List<String> eventsAfter() {
        return eventIds(Step::after);
    }

    /**
     * The ids of the events this edit removes or replaces, as they were: what undoing it brings back,
     * to select then. Not the events whose links to them it took out: selected too, the next Delete
     * took them as well ("Delete 3 events" after deleting one and undoing it).
     */
    public List<String> eventsBefore() {
        return eventIds(Step::before);
    }

    /** The ids of the events on one side of this edit's steps (as they were, or as they become). */
    private List<String> eventIds(Function<Step, Object> side) {
        List<String> ids = new ArrayList<>();
        for (Step step : steps) {
            if (step.part == Part.EVENTS && !step.follows && side.apply(step) != null) {
                ids.add(((TimelineEvent) side.apply(step)).id());
            }
        }
        return ids;
    }

    private static TimelineDocument perform(TimelineDocument d, Step step) {
        switch (step.part) {
            case CATEGORIES:
                return new TimelineDocument(d.version(), d.title(), d.description(), change(d.categories(), step, Category.class),
                        d.eras(), d.events(), d.tours(), d.views(), d.extras());
            case ERAS:
                return new TimelineDocument(d.version(), d.title(), d.description(), d.categories(), change(d.eras(), step, Era.class),
                        d.events(), d.tours(), d.views(), d.extras());
            case EVENTS:
                return new TimelineDocument(d.version(), d.title(), d.description(), d.categories(), d.eras(),
                        change(d.events(), step, TimelineEvent.class), d.tours(), d.views(), d.extras());
            case TOURS:
                return new TimelineDocument(d.version(), d.title(), d.description(), d.categories(), d.eras(), d.events(),
                        change(d.tours(), step, Tour.class), d.views(), d.extras());
            default:
                return new TimelineDocument(d.version(), d.title(), d.description(), d.categories(), d.eras(), d.events(),
                        d.tours(), change(d.views(), step, SavedView.class), d.extras());
        }
    }

    private static <T> List<T> change(List<T> list, Step step, Class<T> type) {
        List<T> copy = new ArrayList<>(list);
        if (step.before == null) {
            copy.add(step.index, type.cast(step.after));
        } else if (step.after == null) {
            check(copy.remove(step.index), step.before);
        } else {
            check(copy.set(step.index, type.cast(step.after)), step.before);
        }
        return copy;
    }

    /** An edit is only ever applied to the document it was made for; anything else is a bug. */
    private static void check(Object found, Object expected) {
        if (!found.equals(expected)) {
            throw new IllegalStateException("edit applied to a different document: expected " + expected + " but found " + found);
        }
    }

    private static TimelineDocument withHeader(TimelineDocument d, String title, String description) {
        return new TimelineDocument(d.version(), title, description, d.categories(), d.eras(), d.events(), d.tours(), d.views(),
                d.extras());
    }

    /** Builds an edit step by step against a document, so each step's index refers to the list as it is then. */
    static final class Builder {
        private final String label;
        private TimelineDocument document;
        private final List<Step> steps = new ArrayList<>();
        private Header header;

        Builder(String label, TimelineDocument document) {
            this.label = label;
            this.document = document;
        }

        TimelineDocument document() {
            return document;
        }

        Builder insert(Part part, int index, Object element) {
            return add(new Step(part, index, null, element, false));
        }

        Builder remove(Part part, int index, Object element) {
            return add(new Step(part, index, element, null, false));
        }

        Builder replace(Part part, int index, Object before, Object after) {
            return replace(part, index, before, after, false);
        }

        private Builder replace(Part part, int index, Object before, Object after, boolean follows) {
            if (before.equals(after)) {
                return this;
            }
            return add(new Step(part, index, before, after, follows));
        }

        Builder header(String title, String description) {
            header = new Header(document.title(), document.description(), title, description);
            return this;
        }

        /** Applies a whole-document transformation as replace steps for the events it changes: the events the edit is about. */
        Builder mapEvents(UnaryOperator<TimelineEvent> change) {
            return mapEvents(change, false);
        }

        /** Applies a change that follows from the edit's own (links to a deleted event, say): the events it touches are not selected. */
        Builder followEvents(UnaryOperator<TimelineEvent> change) {
            return mapEvents(change, true);
        }

        private Builder mapEvents(UnaryOperator<TimelineEvent> change, boolean follows) {
            List<TimelineEvent> events = document.events();
            for (int i = 0; i < events.size(); i++) {
                TimelineEvent after = change.apply(events.get(i));
                replace(Part.EVENTS, i, events.get(i), after, follows);
            }
            return this;
        }

        private Builder add(Step step) {
            steps.add(step);
            document = perform(document, step);
            return this;
        }

        Edit build() {
            return new Edit(label, steps, header);
        }
    }
}
