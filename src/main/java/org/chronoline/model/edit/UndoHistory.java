package org.chronoline.model.edit;

import java.util.ArrayList;
import java.util.List;
import org.chronoline.model.TimelineDocument;

/**
 * The edits made to one document, for undo and redo without limit, and the state in which it was
 * last saved: the document is modified exactly when the history is not in that state, so undoing
 * back to the saved state clears the unsaved-changes mark, and a new edit after undoing past it
 * makes the saved state unreachable.
 *
 * <p>A state is identified by the edit that made it (the one on top of the applied edits), not
 * by how many edits are applied: a save that runs in the background while the user undoes and
 * edits again must mark the state it wrote, not a different one at the same depth.
 */
public final class UndoHistory {
    /** A state of the document in this history, as a save remembers it when it begins. */
    public static final class State {
        private final int position;
        private final Edit top;

        private State(int position, Edit top) {
            this.position = position;
            this.top = top;
        }
    }

    private static final State NONE = new State(-1, null);

    private final List<Edit> edits = new ArrayList<>();
    /** How many edits are applied; the next undo takes back edits[position - 1]. */
    private int position;
    /** The state the file on disk matches, or {@link #NONE}. */
    private State saved;
    private TimelineDocument document;

    public UndoHistory(TimelineDocument document) {
        this.document = document;
        this.saved = state();
    }

    /** A history for a document that has never been saved anywhere: modified until saved. */
    public static UndoHistory unsaved(TimelineDocument document) {
        UndoHistory history = new UndoHistory(document);
        history.saved = NONE;
        return history;
    }

    public TimelineDocument document() {
        return document;
    }

    /** Applies an edit and makes it the next to undo; an empty edit changes nothing and is not recorded. */
    public TimelineDocument perform(Edit edit) {
        if (edit.isEmpty()) {
            return document;
        }
        document = edit.apply(document);
        while (edits.size() > position) {
            edits.remove(edits.size() - 1);
        }
        edits.add(edit);
        position++;
        return document;
    }

    public boolean canUndo() {
        return position > 0;
    }

    public boolean canRedo() {
        return position < edits.size();
    }

    /** The label of the edit Undo would take back, or null. */
    public String undoLabel() {
        return canUndo() ? edits.get(position - 1).label() : null;
    }

    public String redoLabel() {
        return canRedo() ? edits.get(position).label() : null;
    }

    /** Takes back the last edit; returns it, or null when there is none. */
    public Edit undo() {
        if (!canUndo()) {
            return null;
        }
        Edit edit = edits.get(--position);
        document = edit.undo(document);
        return edit;
    }

    public Edit redo() {
        if (!canRedo()) {
            return null;
        }
        Edit edit = edits.get(position++);
        document = edit.apply(document);
        return edit;
    }

    /** Records that the current document is what the file now holds. */
    public void markSaved() {
        saved = state();
    }

    /** The state the history is in, to remember when a save begins (edits may follow while it runs). */
    public State state() {
        return new State(position, position == 0 ? null : edits.get(position - 1));
    }

    /** Records that the document as it was in {@code savedState} (a {@link #state()}) is what the file now holds. */
    public void markSavedAt(State savedState) {
        saved = savedState;
    }

    /** True when the document differs from the file it was opened from or last saved to. */
    public boolean isModified() {
        return !isIn(saved);
    }

    /** Whether the history is in that state: the same number of edits applied, the last one the very same edit. */
    private boolean isIn(State state) {
        if (state == NONE || state.position != position) {
            return false;
        }
        return position == 0 || edits.get(position - 1) == state.top;
    }

    /** Replaces the document wholesale (reloaded from disk, restored from recovery) and forgets the edits. */
    public void reset(TimelineDocument replacement, boolean saved) {
        document = replacement;
        edits.clear();
        position = 0;
        this.saved = saved ? state() : NONE;
    }
}
