package org.chronoline.model.edit;

import java.util.ArrayList;
import java.util.List;
import org.chronoline.model.TimelineDocument;

/**
 * The edits made to one document, for undo and redo without limit, and the point at which it was
 * last saved: the document is modified exactly when the history is not at that point, so undoing
 * back to the saved state clears the unsaved-changes mark, and a new edit after undoing past it
 * makes the saved state unreachable.
 */
public final class UndoHistory {
    private final List<Edit> edits = new ArrayList<>();
    /** How many edits are applied; the next undo takes back edits[position - 1]. */
    private int position;
    /** The position at which the file on disk matches, or -1 when no position does. */
    private int savedPosition;
    private TimelineDocument document;

    public UndoHistory(TimelineDocument document) {
        this.document = document;
    }

    /** A history for a document that has never been saved anywhere: modified until saved. */
    public static UndoHistory unsaved(TimelineDocument document) {
        UndoHistory history = new UndoHistory(document);
        history.savedPosition = -1;
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
        if (savedPosition > position) {
            savedPosition = -1;
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
        savedPosition = position;
    }

    /** Where the history stands, to remember when a save begins (edits may follow while it runs). */
    public int position() {
        return position;
    }

    /** Records that the document as it was at {@code savedAt} (a {@link #position()}) is what the file now holds. */
    public void markSavedAt(int savedAt) {
        savedPosition = savedAt <= edits.size() ? savedAt : -1;
    }

    /** True when the document differs from the file it was opened from or last saved to. */
    public boolean isModified() {
        return position != savedPosition;
    }

    /** Replaces the document wholesale (reloaded from disk, restored from recovery) and forgets the edits. */
    public void reset(TimelineDocument replacement, boolean saved) {
        document = replacement;
        edits.clear();
        position = 0;
        savedPosition = saved ? 0 : -1;
    }
}
