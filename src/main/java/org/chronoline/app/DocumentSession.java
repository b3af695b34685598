package org.chronoline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.chronoline.io.FileLifecycle;
import org.chronoline.io.FileStamp;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.edit.Edit;
import org.chronoline.model.edit.Edits;
import org.chronoline.model.edit.UndoHistory;

/**
 * The timeline being worked on: its document, its undo history, the file it belongs to and what
 * that file looked like when last read or written. It turns the history's state into properties
 * the window binds to (title mark, Undo and Redo labels); the logic is in {@link UndoHistory}.
 *
 * <p>Every change of the document goes out along one path, {@link #changeProperty()}: a different
 * document was {@linkplain Change.Kind#OPENED opened} (read, created, recovered) or the same one was
 * {@linkplain Change.Kind#EDITED edited} (an edit, undo, redo). Whoever shows the document listens
 * there and nowhere else.
 */
final class DocumentSession {
    /**
     * One change of the document: what it is now, and whether it is another document or the same one
     * edited. Each is a value of its own, equal only to itself: JavaFX tells a property's listeners of
     * a new value only when it is not equal to the last, and as a record, the same file opened again
     * unchanged was equal to its last opening and told to nobody (the status line stayed at "Opening
     * events.json…"), and every edit compared the whole document, event by event, with the last.
     */
    record Change(Kind kind, TimelineDocument document) {
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        enum Kind {
            /** Another document: show it from scratch. */
            OPENED,
            /** The same document, edited: keep the view, the filter, the search and the selection. */
            EDITED
        }
    }

    private final ReadOnlyObjectWrapper<Change> change = new ReadOnlyObjectWrapper<>(this, "change");
    private final ReadOnlyObjectWrapper<TimelineDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyBooleanWrapper markedReadOnly = new ReadOnlyBooleanWrapper(this, "markedReadOnly");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final FileLifecycle lifecycle;
    private UndoHistory history;
    /**
     * The file was removed or moved by another program: the window holds the only copy, so it is
     * unsaved (marked, asked about on closing, kept against a crash) until saved or the file is back.
     */
    private boolean fileGone;

    DocumentSession(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    DocumentSession() {
        this(new FileLifecycle(FileLifecycle.defaultUntitledPlace()));
    }

    /** The rules between this timeline and its file. */
    FileLifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * Starts working on a document just read from {@code path}, or with no file (null: the bundled
     * timeline inside Chronoline). Either is unchanged as read: nothing is lost by closing it until
     * it is edited, and a save of one with no file asks where.
     */
    void opened(TimelineDocument opened, Path path, FileStamp diskStamp) {
        history = new UndoHistory(opened);
        fileGone = false;
        lifecycle.opened(path, diskStamp);
        file.set(path);
        refresh(Change.Kind.OPENED);
    }

    /** Starts working on a document converted from another program's file, which Save never writes over. */
    void imported(TimelineDocument converted, Path from) {
        history = UndoHistory.unsaved(converted);
        lifecycle.imported(from);
        file.set(null);
        refresh(Change.Kind.OPENED);
    }

    /**
     * Starts working on a never saved document: {@code unsaved} for work brought back (kept edits of a timeline that had
     * no file), which is modified until saved; a new blank timeline is not, until it is edited. It had a star, "unsaved
     * changes", a question when closed, and, after a crash, kept edits of nothing offered back (editor's walk-through).
     */
    void created(TimelineDocument created, boolean unsaved) {
        history = unsaved ? UndoHistory.unsaved(created) : new UndoHistory(created);
        fileGone = false;
        lifecycle.created();
        file.set(null);
        refresh(Change.Kind.OPENED);
    }

    /**
     * Unsaved edits recovered after a crash, over the file just read: one edit, unsaved until saved, which Undo takes
     * back to the file's version (they replaced the document, with nothing to undo).
     */
    void recovered(TimelineDocument recovered) {
        history.perform(Edits.restoreKept(history.document(), recovered));
        refresh(Change.Kind.OPENED);
    }

    boolean hasDocument() {
        return history != null;
    }

    void perform(Edit edit) {
        history.perform(edit);
        refresh(Change.Kind.EDITED);
    }

    Edit undo() {
        Edit edit = history.undo();
        refresh(Change.Kind.EDITED);
        return edit;
    }

    Edit redo() {
        Edit edit = history.redo();
        refresh(Change.Kind.EDITED);
        return edit;
    }

    /** Where the history stands now, to hand to {@link #saved} when the save that starts now succeeds. */
    UndoHistory.State savePoint() {
        return history.state();
    }

    void saved(Path path, FileStamp newStamp, UndoHistory.State savePoint) {
        history.markSavedAt(savePoint);
        fileGone = false;
        lifecycle.saved(path, newStamp);
        file.set(path);
        refresh(null);
    }

    /** Whether the file is gone from where it was opened or saved (see {@link #fileGone}). */
    void fileGone(boolean gone) {
        if (gone != fileGone && history != null) {
            fileGone = gone;
            refresh(null);
        }
    }

    /** The file was looked at on disk again: it may have been made read-only, or writable, while open. */
    void diskLookedAt() {
        markedReadOnly.set(lifecycle.isMarkedReadOnly());
    }

    /** Whether the file is marked read-only, as last read, saved or looked at on disk (FileLifecycle.isMarkedReadOnly). */
    ReadOnlyBooleanProperty markedReadOnlyProperty() {
        return markedReadOnly.getReadOnlyProperty();
    }

    /** Whether there are edits not saved, leaving aside a file that is gone. */
    boolean hasUnsavedEdits() {
        return history != null && history.isModified();
    }

    /** Whether the timeline may only be shown here: written by a newer Chronoline, or open in another ({@link #isOpenElsewhere}). */
    boolean isReadOnly() {
        return history != null && (history.document().isFromNewerVersion() || isOpenElsewhere());
    }

    ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Whether another running Chronoline has the file open for editing: this one shows it and follows its saves. */
    boolean isOpenElsewhere() {
        return history != null && lifecycle.isOpenElsewhere();
    }

    /** Takes the file for editing if the Chronoline that had it has let go of it since; whether it did. */
    boolean takeOver() {
        if (!isOpenElsewhere() || lifecycle.stillOpenElsewhere()) {
            return false;
        }
        refresh(null);
        return true;
    }

    /** Brings the properties up to date, then publishes the change (null: the document itself did not change, as after a save). */
    private void refresh(Change.Kind kind) {
        document.set(history.document());
        modified.set(history.isModified() || fileGone);
        readOnly.set(isReadOnly());
        markedReadOnly.set(lifecycle.isMarkedReadOnly());
        undoLabel.set(history.undoLabel());
        redoLabel.set(history.redoLabel());
        if (kind != null) {
            change.set(new Change(kind, history.document()));
        }
    }

    /** The last change of the document; each change is a new value, even when an edit gives back an equal document. */
    ReadOnlyObjectProperty<Change> changeProperty() {
        return change.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<TimelineDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    TimelineDocument document() {
        return document.get();
    }

    ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    boolean isModified() {
        return modified.get();
    }

    /** The label of the edit Undo takes back, or null when there is none. */
    ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    Path file() {
        return file.get();
    }

    /**
     * The files this timeline was read from, which no export writes over: its own, or the other
     * program's file it was imported from (an export to CSV replaced the spreadsheet it came from).
     */
    List<Path> readFrom() {
        List<Path> read = new ArrayList<>();
        if (file.get() != null) {
            read.add(file.get());
        }
        if (lifecycle.importedFrom() != null) {
            read.add(lifecycle.importedFrom());
        }
        return read;
    }
}
