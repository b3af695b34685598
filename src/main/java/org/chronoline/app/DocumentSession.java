package org.chronoline.app;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.chronoline.io.FileStamp;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.edit.Edit;
import org.chronoline.model.edit.UndoHistory;

/**
 * The timeline being worked on: its document, its undo history, the file it belongs to and what
 * that file looked like when last read or written. It turns the history's state into properties
 * the window binds to (title mark, Undo and Redo labels); the logic is in {@link UndoHistory}.
 */
final class DocumentSession {
    private final ReadOnlyObjectWrapper<TimelineDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private UndoHistory history;
    private FileStamp stamp;
    /** A change on disk the user chose to keep their own version over; not asked about again. */
    private FileStamp ignoredDiskStamp;

    /** Starts working on a document just read from {@code path} (null for a document with no file). */
    void opened(TimelineDocument opened, Path path, FileStamp diskStamp) {
        history = path == null || opened.isFromNewerVersion() ? UndoHistory.unsaved(opened) : new UndoHistory(opened);
        if (path != null) {
            history.markSaved();
        }
        file.set(path);
        stamp = diskStamp;
        ignoredDiskStamp = null;
        refresh();
    }

    /** Starts working on a new, never saved document. */
    void created(TimelineDocument created) {
        history = UndoHistory.unsaved(created);
        file.set(null);
        stamp = null;
        refresh();
    }

    /** Replaces the document with unsaved edits recovered after a crash; they stay unsaved until saved. */
    void recovered(TimelineDocument recovered) {
        history.reset(recovered, false);
        refresh();
    }

    boolean hasDocument() {
        return history != null;
    }

    void perform(Edit edit) {
        history.perform(edit);
        refresh();
    }

    Edit undo() {
        Edit edit = history.undo();
        refresh();
        return edit;
    }

    Edit redo() {
        Edit edit = history.redo();
        refresh();
        return edit;
    }

    /** Where the history stands now, to hand to {@link #saved} when the save that starts now succeeds. */
    UndoHistory.State savePoint() {
        return history.state();
    }

    void saved(Path path, FileStamp newStamp, UndoHistory.State savePoint) {
        history.markSavedAt(savePoint);
        file.set(path);
        stamp = newStamp;
        ignoredDiskStamp = null;
        refresh();
    }

    FileStamp stamp() {
        return stamp;
    }

    /** True when the file was changed on disk by someone else and the user has not yet been asked about it. */
    boolean changedOnDisk() {
        Path path = file.get();
        if (path == null || stamp == null) {
            return false;
        }
        FileStamp now = FileStamp.of(path);
        return now != null && !now.equals(stamp) && !now.equals(ignoredDiskStamp);
    }

    /** The user keeps their version over the change on disk; the next save will ask before overwriting it. */
    void keepMineOverDisk() {
        ignoredDiskStamp = FileStamp.of(file.get());
    }

    boolean isReadOnly() {
        return history != null && history.document().isFromNewerVersion();
    }

    private void refresh() {
        document.set(history.document());
        modified.set(history.isModified());
        undoLabel.set(history.undoLabel());
        redoLabel.set(history.redoLabel());
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
}
