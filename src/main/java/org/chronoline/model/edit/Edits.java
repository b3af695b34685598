package org.chronoline.model.edit;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.chronoline.model.Category;
import org.chronoline.model.DisplayText;
import org.chronoline.model.Era;
import org.chronoline.model.EventIds;
import org.chronoline.model.Graphemes;
import org.chronoline.model.SavedView;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.model.edit.Edit.Part;
import org.chronoline.text.Messages;

/**
 * Every change a user can make to a timeline, as an undoable {@link Edit} with the label the Edit
 * menu shows. Each factory takes the document as it is now and describes the change against it.
 */
public final class Edits {
    private Edits() {
    }

    /** How a changed event was changed, for the undo label. */
    public enum Verb {
        EDIT("edit.verb.edit"),
        MOVE("edit.verb.move"),
        RESIZE("edit.verb.resize");

        private final String key;

        Verb(String key) {
            this.key = key;
        }
    }

    // ---- events --------------------------------------------------------------------------------

    /** Adds an event at the end of the file's list (the timeline shows it in time order anyway). */
    public static Edit addEvent(TimelineDocument document, TimelineEvent event) {
        requireNewId(document, event.id());
        return new Edit.Builder(Messages.get("edit.addEvent", quoted(event)), document)
                .insert(Part.EVENTS, document.events().size(), event).build();
    }

    /** Adds an event and, in the same undoable step, the new category it belongs to (null: none). */
    public static Edit addEvent(TimelineDocument document, TimelineEvent event, Category newCategory) {
        requireNewId(document, event.id());
        Edit.Builder edit = new Edit.Builder(Messages.get("edit.addEvent", quoted(event)), document);
        if (newCategory != null) {
            edit.insert(Part.CATEGORIES, document.categories().size(), newCategory);
        }
        return edit.insert(Part.EVENTS, document.events().size(), event).build();
    }

    public static Edit replaceEvent(TimelineDocument document, TimelineEvent before, TimelineEvent after, Verb verb) {
        return replaceEvent(document, before, after, verb, null);
    }

    /** Replaces an event and, in the same undoable step, adds the new category it now belongs to (null: none). */
    public static Edit replaceEvent(TimelineDocument document, TimelineEvent before, TimelineEvent after, Verb verb,
                                    Category newCategory) {
        int index = indexOfEvent(document, before.id());
        Edit.Builder edit = new Edit.Builder(Messages.get(verb.key, quoted(after)), document);
        if (newCategory != null) {
            edit.insert(Part.CATEGORIES, document.categories().size(), newCategory);
        }
        edit.replace(Part.EVENTS, index, document.events().get(index), after);
        if (!before.id().equals(after.id())) {
            renameReferences(edit, before.id(), after.id());
        }
        return edit.build();
    }

    /** What deleting events takes them out of besides the timeline: tours that show them, and other events that link to them. */
    public record Reach(int tours, int linkingEvents) {
    }

    /** The tours and the other events that deleting these events changes ({@link #deleteEvents}). */
    public static Reach reachOfDeleting(TimelineDocument document, Collection<String> ids) {
        Set<String> doomed = new HashSet<>(ids);
        int tours = (int) document.tours().stream().filter(t -> t.steps().stream().anyMatch(doomed::contains)).count();
        int linking = (int) document.events().stream()
                .filter(e -> !doomed.contains(e.id()) && e.relatedIds().stream().anyMatch(doomed::contains)).count();
        return new Reach(tours, linking);
    }

    /**
     * Deletes events, and the links to them from other events and from tours, so that the file
     * stays free of dangling ids. Undo brings all of it back.
     */
    public static Edit deleteEvents(TimelineDocument document, Collection<String> ids) {
        Set<String> doomed = new HashSet<>(ids);
        List<TimelineEvent> found = document.events().stream().filter(e -> doomed.contains(e.id())).toList();
        String label = found.size() == 1 ? Messages.get("edit.deleteEvent", quoted(found.get(0)))
                : Messages.get("edit.deleteEvents", found.size());
        Edit.Builder edit = new Edit.Builder(label, document);
        edit.followEvents(e -> e.relatedIds().stream().anyMatch(doomed::contains)
                ? e.withRelated(e.related().stream().filter(r -> !doomed.contains(r.id())).toList()) : e);
        List<Tour> tours = edit.document().tours();
        for (int i = 0; i < tours.size(); i++) {
            Tour t = tours.get(i);
            if (t.steps().stream().anyMatch(doomed::contains)) {
                edit.replace(Part.TOURS, i, t, new Tour(t.id(), t.title(), t.steps().stream().filter(s -> !doomed.contains(s)).toList(),
                        t.extras()));
            }
        }
        for (int i = edit.document().events().size() - 1; i >= 0; i--) {
            TimelineEvent e = edit.document().events().get(i);
            if (doomed.contains(e.id())) {
                edit.remove(Part.EVENTS, i, e);
            }
        }
        return edit.build();
    }

    /** Copies events, each placed right after its original with a new id. */
    public static Edit duplicateEvents(TimelineDocument document, Collection<String> ids) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        Set<String> taken = new HashSet<>();
        document.events().forEach(e -> taken.add(e.id()));
        List<TimelineEvent> originals = document.events().stream().filter(e -> wanted.contains(e.id())).toList();
        String label = originals.size() == 1 ? Messages.get("edit.duplicateEvent", quoted(originals.get(0)))
                : Messages.get("edit.duplicateEvents", originals.size());
        Edit.Builder edit = new Edit.Builder(label, document);
        for (TimelineEvent original : originals) {
            String id = EventIds.generate(original.title(), original.start(), taken);
            taken.add(id);
            int index = indexOfEvent(edit.document(), original.id());
            edit.insert(Part.EVENTS, index + 1, original.withId(id));
        }
        return edit.build();
    }

    /** Puts events in a category; null takes them out of any. */
    public static Edit setCategory(TimelineDocument document, Collection<String> ids, String categoryId) {
        return changeEvents(document, ids, true, categoryId, List.of(), List.of());
    }

    /** Adds and removes tags on several events at once, keeping each event's other tags in order. */
    public static Edit changeTags(TimelineDocument document, Collection<String> ids, Collection<String> add, Collection<String> remove) {
        return changeEvents(document, ids, false, null, add, remove);
    }

    /**
     * What Edit Selected Events changes, as one step of undo: the events' category when {@code setsCategory} (null
     * takes them out of any), and tags added and removed, keeping each event's other tags in order. A category and
     * tags changed in one go had been two steps: one Undo took back the tags alone, and a save then wrote half of it.
     */
    public static Edit changeEvents(TimelineDocument document, Collection<String> ids, boolean setsCategory, String categoryId,
                                    Collection<String> add, Collection<String> remove) {
        Set<String> chosen = Set.copyOf(ids);
        boolean tagsChange = !add.isEmpty() || !remove.isEmpty();
        String label = setsCategory && tagsChange ? "edit.changeCategoryAndTags" : setsCategory ? "edit.setCategory" : "edit.changeTags";
        return new Edit.Builder(Messages.get(label, chosen.size()), document).mapEvents(e -> {
            if (!chosen.contains(e.id())) {
                return e;
            }
            TimelineEvent changed = setsCategory ? e.withCategory(categoryId) : e;
            if (!tagsChange) {
                return changed;
            }
            LinkedHashSet<String> tags = new LinkedHashSet<>(e.tags());
            tags.removeAll(remove);
            tags.addAll(add);
            return changed.withTags(List.copyOf(tags));
        }).build();
    }

    // ---- categories ----------------------------------------------------------------------------

    public static Edit addCategory(TimelineDocument document, Category category) {
        if (document.categories().stream().anyMatch(c -> c.id().equals(category.id()))) {
            throw new IllegalArgumentException("category id " + category.id() + " is taken");
        }
        return new Edit.Builder(Messages.get("edit.addCategory", quote(category.name())), document)
                .insert(Part.CATEGORIES, document.categories().size(), category).build();
    }

    /** Renames or recolours a category (its id, which events refer to, stays). */
    public static Edit replaceCategory(TimelineDocument document, Category before, Category after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("a category keeps its id");
        }
        String key = before.name().equals(after.name()) ? "edit.recolourCategory" : "edit.renameCategory";
        int index = indexOfCategory(document, before.id());
        return new Edit.Builder(Messages.get(key, quote(before.name())), document)
                .replace(Part.CATEGORIES, index, document.categories().get(index), after).build();
    }

    /** Moves a category (its lane) to another position. */
    public static Edit moveCategory(TimelineDocument document, String id, int newIndex) {
        int index = indexOfCategory(document, id);
        Category category = document.categories().get(index);
        return new Edit.Builder(Messages.get("edit.moveCategory", quote(category.name())), document)
                .remove(Part.CATEGORIES, index, category)
                .insert(Part.CATEGORIES, Math.max(0, Math.min(newIndex, document.categories().size() - 1)), category).build();
    }

    /** Deletes a category; its events move to {@code moveEventsTo}, or become uncategorised when it is null. */
    public static Edit deleteCategory(TimelineDocument document, String id, String moveEventsTo) {
        int index = indexOfCategory(document, id);
        Category category = document.categories().get(index);
        return new Edit.Builder(Messages.get("edit.deleteCategory", quote(category.name())), document)
                .followEvents(e -> id.equals(e.category()) ? e.withCategory(moveEventsTo) : e)
                .remove(Part.CATEGORIES, index, category).build();
    }

    // ---- eras, tours and the timeline itself ---------------------------------------------------

    public static Edit addEra(TimelineDocument document, Era era) {
        return new Edit.Builder(Messages.get("edit.addEra", quote(era.title())), document)
                .insert(Part.ERAS, document.eras().size(), era).build();
    }

    public static Edit replaceEra(TimelineDocument document, Era before, Era after) {
        int index = indexOf(document.eras(), before);
        return new Edit.Builder(Messages.get("edit.editEra", quote(after.title())), document)
                .replace(Part.ERAS, index, before, after).build();
    }

    public static Edit deleteEra(TimelineDocument document, Era era) {
        return new Edit.Builder(Messages.get("edit.deleteEra", quote(era.title())), document)
                .remove(Part.ERAS, indexOf(document.eras(), era), era).build();
    }

    public static Edit addTour(TimelineDocument document, Tour tour) {
        return new Edit.Builder(Messages.get("edit.addTour", quote(tour.title())), document)
                .insert(Part.TOURS, document.tours().size(), tour).build();
    }

    public static Edit replaceTour(TimelineDocument document, Tour before, Tour after) {
        return new Edit.Builder(Messages.get("edit.editTour", quote(after.title())), document)
                .replace(Part.TOURS, indexOf(document.tours(), before), before, after).build();
    }

    public static Edit deleteTour(TimelineDocument document, Tour tour) {
        return new Edit.Builder(Messages.get("edit.deleteTour", quote(tour.title())), document)
                .remove(Part.TOURS, indexOf(document.tours(), tour), tour).build();
    }

    /** Saves the current filter in the file under a name; a view of the same name is replaced. */
    public static Edit saveView(TimelineDocument document, SavedView view) {
        Edit.Builder edit = new Edit.Builder(Messages.get("edit.saveView", quote(view.title())), document);
        for (int i = 0; i < document.views().size(); i++) {
            if (document.views().get(i).id().equals(view.id())) {
                return edit.replace(Part.VIEWS, i, document.views().get(i), view).build();
            }
        }
        return edit.insert(Part.VIEWS, document.views().size(), view).build();
    }

    public static Edit deleteView(TimelineDocument document, SavedView view) {
        return new Edit.Builder(Messages.get("edit.deleteView", quote(view.title())), document)
                .remove(Part.VIEWS, indexOf(document.views(), view), view).build();
    }

    public static Edit setTitleAndDescription(TimelineDocument document, String title, String description) {
        return new Edit.Builder(Messages.get("edit.timelineInfo"), document).header(title, description).build();
    }

    /**
     * The changes kept against a crash, restored over the file as it was read: one edit, so that Undo
     * takes them back to the file's own version. Restored, they were the document, with nothing to undo.
     */
    public static Edit restoreKept(TimelineDocument read, TimelineDocument kept) {
        return Edit.replacingWhole(Messages.get("edit.restoreKept"), read, kept);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void renameReferences(Edit.Builder edit, String from, String to) {
        edit.followEvents(e -> e.relatedIds().contains(from)
                ? e.withRelated(e.related().stream().map(r -> r.id().equals(from) ? r.withId(to) : r).toList()) : e);
        List<Tour> tours = edit.document().tours();
        for (int i = 0; i < tours.size(); i++) {
            Tour t = tours.get(i);
            if (t.steps().contains(from)) {
                edit.replace(Part.TOURS, i, t, new Tour(t.id(), t.title(),
                        t.steps().stream().map(s -> s.equals(from) ? to : s).toList(), t.extras()));
            }
        }
    }

    private static void requireNewId(TimelineDocument document, String id) {
        if (document.events().stream().anyMatch(e -> e.id().equals(id))) {
            throw new IllegalArgumentException("event id " + id + " is taken");
        }
    }

    private static int indexOfEvent(TimelineDocument document, String id) {
        List<TimelineEvent> events = document.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no event " + id);
    }

    private static int indexOfCategory(TimelineDocument document, String id) {
        for (int i = 0; i < document.categories().size(); i++) {
            if (document.categories().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no category " + id);
    }

    private static <T> int indexOf(List<T> list, T element) {
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(list.get(i), element)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not in the document: " + element);
    }

    private static String quoted(TimelineEvent event) {
        return quote(event.title());
    }

    /**
     * A title in the quotes the Edit menu uses, shortened when long (never inside a character: an emoji's halves), and
     * set to stand in a sentence ({@link DisplayText#inSentence}: made safe, Arabic or Hebrew between left-to-right marks).
     */
    public static String quote(String text) {
        return "\u2018" + DisplayText.inSentence(Graphemes.cut(text, 40)) + "\u2019";
    }

    /** For a collection of new events, a set of ids already taken (for new ids). */
    public static Set<String> eventIds(TimelineDocument document) {
        Set<String> ids = new HashSet<>();
        document.events().forEach(e -> ids.add(e.id()));
        return ids;
    }
}
