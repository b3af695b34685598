package org.chronoline.app;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.EventSearch;
import org.chronoline.model.find.SearchQuery;
import org.chronoline.model.find.SearchSuggestion;

/**
 * The open file's search and its "did you mean", made ready off the JavaFX thread when the file is
 * large: its events' texts folded (what a first search does before it can look: 0.6–3.4 s for
 * 100,000 events, which held the window still) and its words listed (0.5 s, once per version of
 * the file). Meanwhile the search waits, saying so, and is made again once they are ready. Each
 * file opened gets a search of its own, so that the last one's texts and events are let go.
 */
final class FileSearch {
    /** How many events' texts a search folds on the JavaFX thread as it looks (about 12 ms here); more are folded in the background. */
    static final int FOLDED_WHILE_SEARCHING = 2_000;

    private final Background background;
    /** Run on the JavaFX thread when texts or words made in the background are ready: the search is made again. */
    private final Runnable madeReady;
    private EventSearch search = new EventSearch();
    private TimelineDocument document;
    /** Counts the files opened: what a background thread made for one is not taken by the next. */
    private int opened;
    /** Whether a background thread is folding the texts of the document's events, the search waiting for them. */
    private final ReadOnlyBooleanWrapper folding = new ReadOnlyBooleanWrapper(this, "searching");
    /** The document whose words a background thread is listing, or null. */
    private TimelineDocument listingWordsOf;
    /** The words "did you mean" chooses from, and of which document: made the first time a search finds nothing in it. */
    private SearchSuggestion words;
    private TimelineDocument wordsOf;
    /** The last query a suggestion was made for: a filter's change asks again for the same. */
    private String suggestedFor;
    private String suggested = "";

    FileSearch(Background background, Runnable madeReady) {
        this.background = background;
        this.madeReady = madeReady;
    }

    /** Another file is open: a new search, which keeps nothing of the last. */
    void opened(TimelineDocument file) {
        document = file;
        opened++;
        search = new EventSearch();
        folding.set(false);
        words = null;
        wordsOf = null;
        suggestedFor = null;
        suggested = "";
        listingWordsOf = null;
    }

    /** The file was edited: the events it still has keep their folded texts. */
    void changed(TimelineDocument edited) {
        document = edited;
    }

    /** The search, for the JavaFX thread only. */
    EventSearch search() {
        return search;
    }

    /** Whether a search waits for a large file's texts to be folded ("Searching 100,000 events…"). */
    ReadOnlyBooleanProperty searchingProperty() {
        return folding.getReadOnlyProperty();
    }

    /**
     * Whether the texts of the document's events are folded, or so few are not that a search folds
     * them as it looks. Otherwise a background thread starts folding them, and the search is made
     * again once they are.
     */
    boolean ready() {
        if (document == null) {
            return true; // nothing open yet (typed while a file opens): nothing to fold, nothing found
        }
        if (folding.get()) {
            return false;
        }
        List<TimelineEvent> events = document.events();
        if (search.unfolded(events) <= FOLDED_WHILE_SEARCHING) {
            return true;
        }
        folding.set(true);
        EventSearch ahead = search.copyFor(events);
        int file = opened;
        background.execute(() -> {
            boolean done = false;
            try {
                ahead.foldAll(events);
                done = true;
            } finally {
                boolean whole = done;
                Platform.runLater(() -> foldedAhead(ahead, file, whole));
            }
        });
        return false;
    }

    /** The texts folded on a background thread are the search's, unless another file was opened meanwhile. */
    private void foldedAhead(EventSearch ahead, int file, boolean whole) {
        if (file != opened) {
            return;
        }
        search = ahead;
        folding.set(false);
        if (whole) {
            madeReady.run();
        }
    }

    /** What to search for instead of a query that finds no event of the document, or empty (also while its words are listed). */
    String suggestFor(SearchQuery q) {
        if (document == null) {
            return "";
        }
        if (wordsOf != document) {
            if (document.events().size() > FOLDED_WHILE_SEARCHING) {
                listWords(document);
                return "";
            }
            words = SearchSuggestion.of(document.events(), search);
            wordsOf = document;
            suggestedFor = null;
        }
        if (!q.text().equals(suggestedFor)) {
            String better = words.suggest(q.text());
            suggestedFor = q.text();
            suggested = better == null ? "" : better;
        }
        return suggested;
    }

    /** Lists the words of a large file on a background thread, with a search of its own; they are taken if it is still the one shown. */
    private void listWords(TimelineDocument of) {
        if (listingWordsOf == of) {
            return;
        }
        listingWordsOf = of;
        EventSearch own = search.copyFor(of.events());
        background.execute(() -> {
            SearchSuggestion listed = null;
            try {
                listed = SearchSuggestion.of(of.events(), own);
            } finally {
                SearchSuggestion made = listed;
                Platform.runLater(() -> wordsListed(of, made));
            }
        });
    }

    private void wordsListed(TimelineDocument of, SearchSuggestion listed) {
        if (listingWordsOf == of) {
            listingWordsOf = null;
        }
        if (listed != null && document == of) {
            words = listed;
            wordsOf = of;
            suggestedFor = null;
            madeReady.run();
        }
    }
}
