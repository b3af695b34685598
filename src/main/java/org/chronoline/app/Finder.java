package org.chronoline.app;

import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.EventFilter;
import org.chronoline.model.find.EventSearch;
import org.chronoline.model.find.SearchQuery;
import org.chronoline.text.Messages;
import org.chronoline.view.TimeScale;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineView;

/**
 * What the timeline and the list show: the document's events that pass the filter, and among them
 * the ones the search matches (highlighted, the rest dimmed). Filter and search combine. The
 * matches are ranked ({@link EventSearch#ranked}): titles that say what was typed first. Enter, F3
 * and Shift+F3 step through them in that order, the list's, each brought into view and selected.
 */
final class Finder {
    private final TimelineView timeline;
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ObjectProperty<SearchQuery> query = new SimpleObjectProperty<>(this, "query", SearchQuery.parse(""));
    /** The shown events, in time order: what the list displays. */
    private final SnapshotList<TimelineEvent> shown = new SnapshotList<>();
    /** While another document is opened, its filter cleared: no glide to bring its events into view. */
    private boolean openingDocument;
    /** The shown events the search matches, best first (titles that say what was typed), then in time order. */
    private final SnapshotList<TimelineEvent> matches = new SnapshotList<>();
    /** Events the search matches that the filter hides. */
    private int hiddenMatches;
    private final ReadOnlyIntegerWrapper matchIndex = new ReadOnlyIntegerWrapper(this, "matchIndex", -1);
    private final ReadOnlyStringWrapper filterStatus = new ReadOnlyStringWrapper(this, "filterStatus", "");
    private final ReadOnlyStringWrapper searchStatus = new ReadOnlyStringWrapper(this, "searchStatus", "");
    /** The open file's search, made ready in the background when the file is large. */
    private final FileSearch search;
    /** "Did you mean …?": what to search for instead when nothing is found, or empty. */
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper(this, "suggestion", "");
    private TimelineDocument document;
    /** The last index built, and for which document and filter: opening a file asks for it several times. */
    private TimelineDocument indexedDocument;
    private EventFilter indexedFilter;
    private TimelineContent indexed;
    /**
     * Every event of the document indexed, built while a filter hides some (the edit form, study
     * and presenting ask for all of them): built once per document, and shown when the filter is cleared.
     */
    private TimelineContent whole;

    Finder(TimelineView timeline, Background background) {
        this.timeline = timeline;
        this.search = new FileSearch(background, this::updateMatches);
        filter.addListener((o, old, now) -> {
            boolean hadSomeInView = anyInView(shown);
            refresh(false);
            if (hadSomeInView && !anyInView(shown) && !openingDocument) {
                timeline.fitAll();
            }
        });
        query.addListener((o, old, now) -> updateMatches());
    }

    /**
     * An index of every event of a document, built already (off the JavaFX thread, while the file
     * loaded): showing that document unfiltered uses it instead of building it again.
     */
    void offerIndex(TimelineContent content) {
        indexedDocument = content.document();
        indexedFilter = EventFilter.NONE;
        indexed = content;
    }

    /** The index of the shown events: the one built last when neither the document nor the filter changed. */
    private TimelineContent contentFor(EventFilter f) {
        if (indexed != null && indexedDocument == document && indexedFilter.equals(f)) {
            return indexed;
        }
        if (f.isEmpty() && whole != null && whole.document() == document) {
            indexedDocument = document;
            indexedFilter = f;
            indexed = whole;
            return indexed;
        }
        Set<String> known = document.categoryIds();
        List<TimelineEvent> passing = f.isEmpty() ? document.events()
                : document.events().stream().filter(e -> f.shows(e, known)).toList();
        TimelineDocument visible = new TimelineDocument(document.version(), document.title(), document.description(),
                document.categories(), document.eras(), passing, document.tours(), document.views(), document.extras());
        indexedDocument = document;
        indexedFilter = f;
        indexed = new TimelineContent(visible);
        return indexed;
    }

    /** Every event of the document, indexed: the index already on screen when the filter hides nothing. */
    TimelineContent everything() {
        if (filter.get().isEmpty() && indexed != null && indexedDocument == document) {
            return indexed;
        }
        if (whole == null || whole.document() != document) {
            whole = new TimelineContent(document);
        }
        return whole;
    }

    /** A different document is open: everything is shown again and the search is cleared. */
    void newDocument(TimelineDocument opened) {
        document = opened;
        whole = null;
        search.opened(opened);
        openingDocument = true;
        try {
            filter.set(EventFilter.NONE); // (the new document is fitted whole: the last one's view is nothing to keep)
        } finally {
            openingDocument = false;
        }
        query.set(SearchQuery.parse(""));
        refresh(true);
    }

    /** The document changed (an edit): show it with the same filter and search, keeping the selection. */
    void documentChanged(TimelineDocument changed) {
        document = changed;
        search.changed(changed);
        whole = null;
        refresh(false);
    }

    ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    ObjectProperty<SearchQuery> queryProperty() {
        return query;
    }

    ObservableList<TimelineEvent> shown() {
        return shown;
    }

    ObservableList<TimelineEvent> matches() {
        return matches;
    }

    ReadOnlyIntegerProperty matchIndexProperty() {
        return matchIndex.getReadOnlyProperty();
    }

    /** "42 of 60 events shown", or empty with no filter. */
    ReadOnlyStringProperty filterStatusProperty() {
        return filterStatus.getReadOnlyProperty();
    }

    /** "3 of 17 matches", or empty with no search. */
    ReadOnlyStringProperty searchStatusProperty() {
        return searchStatus.getReadOnlyProperty();
    }

    TimelineDocument document() {
        return document;
    }

    void clearFilters() {
        filter.set(EventFilter.NONE);
    }

    private void refresh(boolean newDocument) {
        if (document == null) {
            return;
        }
        EventFilter f = filter.get();
        TimelineContent content = contentFor(f);
        if (newDocument) {
            timeline.showDocument(content);
        } else {
            TimelineEvent selected = timeline.getSelectedEvent();
            Set<String> selectedIds = Set.copyOf(timeline.getSelectedIds());
            timeline.setContent(content);
            timeline.setSelectedEvent(selected == null ? null : content.event(selected.id()));
            selectedIds.stream().filter(id -> content.event(id) != null).forEach(id -> timeline.getSelectedIds().add(id));
        }
        shown.replace(content.events().inTimeOrder());
        filterStatus.set(f.isEmpty() ? "" : Messages.get("status.shown", count(content.events().size()), document.events().size()));
        updateMatches();
    }

    /**
     * Whether any of {@code events} is in the view, or where it is heading. A filter that takes every
     * event out of the view (some were in it) has the view glide to those it shows: a tag chosen while
     * zoomed into a decade without its events showed an empty timeline, the status line saying "3 of
     * 77 events shown". A view of an empty period chosen on purpose (Go To Date, a gap) stays put when
     * a filter is cleared.
     */
    private boolean anyInView(List<TimelineEvent> events) {
        double width = timeline.getViewportWidth();
        if (document == null || events.isEmpty() || width <= 0) {
            return false;
        }
        TimeScale heading = timeline.getHeadingScale();
        double from = heading.startSecond();
        double to = heading.secondAt(width);
        for (TimelineEvent e : events) {
            if (e.endSecond() >= from && e.startSecond() <= to) {
                return true;
            }
        }
        return false;
    }

    private void updateMatches() {
        SearchQuery q = query.get();
        if (q.isEmpty()) {
            matches.replace(List.of());
            matchIndex.set(-1);
            timeline.setMatches(null);
            hiddenMatches = 0;
            suggestion.set("");
            searchStatus.set("");
            return;
        }
        if (!search.ready()) {
            // Until the texts of a large file (or of an edit's many new events) are folded, the matches are those
            // among the events whose texts are: none for a file's first search, those the edit left alone after
            // one. Nothing is dimmed while none is known: the rest may match.
            List<TimelineEvent> known = search.search().ranked(q, search.search().folded(shown));
            if (known.isEmpty()) {
                matches.replace(List.of());
                matchIndex.set(-1);
                timeline.setMatches(null);
            } else {
                showMatches(known);
            }
            hiddenMatches = 0;
            suggestion.set("");
            updateSearchStatus();
            return;
        }
        // (A new list: matching gives back the list it was given only for an empty query, which returned above.)
        List<TimelineEvent> found = search.search().ranked(q, shown);
        showMatches(found);
        // Under a filter, what it hides is counted too: "2 matches" with 18 more hidden read as all there is. (Counted
        // over the document's own list: everything() would index the whole file again after each edit, for a count.)
        hiddenMatches = filter.get().isEmpty() ? 0 : search.search().matching(q, document.events()).size() - found.size();
        suggestion.set(found.isEmpty() && hiddenMatches == 0 ? search.suggestFor(q) : "");
        updateSearchStatus();
    }

    private void showMatches(List<TimelineEvent> found) {
        matches.replace(found);
        Set<String> ids = new HashSet<>();
        found.forEach(e -> ids.add(e.id()));
        timeline.setMatches(ids);
        TimelineEvent selected = timeline.getSelectedEvent();
        matchIndex.set(selected == null ? -1 : indexOf(found, selected.id()));
    }

    /** Whether the search waits for a large file's texts to be folded ("Searching 100,000 events…" in the status line). */
    ReadOnlyBooleanProperty searchingProperty() {
        return search.searchingProperty();
    }

    /** "Did you mean …?": a search like the one typed that finds events, when it finds none; otherwise empty. */
    ReadOnlyStringProperty suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    private void updateSearchStatus() {
        String said;
        if (query.get().isEmpty()) {
            said = "";
        } else if (search.searchingProperty().get()) {
            said = Messages.get("status.searching", document.events().size()); // the matches so far are not all there are
        } else if (matches.isEmpty()) {
            // "Did you mean" in the status line too, whose changes a screen reader says (the list's button is not said).
            said = hiddenMatches > 0 ? Messages.get("status.noMatchesHidden", hiddenMatches)
                    : suggestion.get().isEmpty() ? Messages.get("status.noMatches")
                    : Messages.get("status.noMatchesDidYouMean", DisplayText.inSentence(suggestion.get()));
        } else if (matchIndex.get() < 0) {
            said = Messages.get("status.matches", matches.size());
        } else {
            said = Messages.get("status.matchOf", count(matchIndex.get() + 1), matches.size());
        }
        searchStatus.set(!matches.isEmpty() && hiddenMatches > 0 ? Messages.get("status.withHidden", said, hiddenMatches) : said);
    }

    /**
     * Selects the next (1) or previous (-1) match of the list, wrapping around, and brings it into
     * view. From no match, the list's first (the best, as Enter takes a search box's first result)
     * or its last.
     */
    void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        int current = matchIndex.get();
        int next;
        if (current < 0) {
            next = direction > 0 ? 0 : matches.size() - 1;
        } else {
            next = Math.floorMod(current + direction, matches.size());
        }
        show(next);
    }

    /** Selects a match by its position in the list of matches. */
    void show(int index) {
        TimelineEvent match = matches.get(index);
        timeline.select(timeline.getContent().event(match.id()));
        matchIndex.set(index);
        updateSearchStatus();
    }

    /** Keeps the match counter in step when the user selects a match some other way. */
    void selectionChanged(TimelineEvent selected) {
        if (!query.get().isEmpty()) {
            matchIndex.set(selected == null ? -1 : indexOf(matches, selected.id()));
            updateSearchStatus();
        }
    }

    private static int indexOf(List<TimelineEvent> events, String id) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String count(int n) {
        return NumberFormat.getIntegerInstance(Messages.locale()).format(n);
    }
}
