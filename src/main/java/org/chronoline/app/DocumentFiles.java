package org.chronoline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.chronoline.io.ChangedOnDiskException;
import org.chronoline.io.FileLifecycle;
import org.chronoline.io.FileStamp;
import org.chronoline.io.LoadResult;
import org.chronoline.io.OutOfMemory;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.SaveFailedException;
import org.chronoline.io.TimelineFileWriter;
import org.chronoline.io.TimelineSource;
import org.chronoline.model.Category;
import org.chronoline.model.DisplayText;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.edit.UndoHistory;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineContent;

/**
 * The window's side of a timeline's file: opening (on {@link Background}, with progress and
 * Cancel), New, Save and Save As through {@link SafeFileWriter}, copies of unsaved edits against a
 * crash ({@link KeptEdits}), and the open file followed while other programs change it
 * ({@link DiskFollowing}). What each situation means is decided by the session's
 * {@link FileLifecycle}, which has no JavaFX and is tested alone; what is asked is in
 * {@link FileQuestions}.
 */
final class DocumentFiles {
    /** What the window shows for these files. */
    interface Window {
        /** Where the window's dialogs are made. */
        Dialogs dialogs();

        /** The index of a document about to open, built while it loaded, so that the window need not build it again. */
        void indexed(TimelineContent content);

        void status(String text);

        void loading(Task<?> task);

        /** A spreadsheet was chosen to open: it goes through the CSV import, with its preview. */
        void importCsv(Path file);
    }

    private final Window window;
    private final DocumentSession session;
    private final RecentFiles recentFiles;
    private final KeptEdits kept;
    private final Background background;
    private final FileQuestions questions;
    /** The open file, followed while other programs change it. */
    private final DiskFollowing disk;
    /** A save is running: what the watcher sees then is our own write. */
    private boolean saving;
    /** A Save asked for while one was under way, with what runs after it; null when none. */
    private Runnable saveNext;
    private DocumentLoad loading;
    /** The window has closed for good: nothing it had begun (a reading, a look at the disk) shows anything. */
    private boolean closed;
    private LoadResult lastLoad;
    private String sourceName = "";

    DocumentFiles(Window window, DocumentSession session, RecentFiles recentFiles, Background background) {
        this.window = window;
        this.background = background;
        this.questions = new FileQuestions(window.dialogs());
        this.session = session;
        this.recentFiles = recentFiles;
        this.kept = new KeptEdits(session, questions, window::status, recentFiles::add);
        this.disk = new DiskFollowing(session, questions, window::status, () -> loading != null || saving,
                () -> session.hasUnsavedEdits() || formChanged.getAsBoolean(), file -> {
                    load(TimelineSource.of(file), file, false, null);
                    return loading;
                });
        session.fileProperty().addListener((o, old, now) -> disk.watch(now));
        Platform.runLater(this::offerUntitledRecovery); // once the window shows, whatever it opens, if anything
    }

    /** What reading the open file reported, for the warnings list. */
    LoadResult lastLoad() {
        return lastLoad;
    }

    String sourceName() {
        return sourceName;
    }

    // ---- opening -------------------------------------------------------------------------------

    void open(Path file) {
        if (FileLifecycle.isSpreadsheet(file)) {
            window.importCsv(file);
            return;
        }
        confirmDiscard(() -> load(TimelineSource.of(file), file, true, null));
    }

    /**
     * Opens a timeline that has been read since before the window was built (see {@link DocumentLoad#startEarly}):
     * a file, or one that has none ({@code file} null: the bundled timeline inside Chronoline).
     * When it is read already and opened cleanly, it is shown at once, so that the window's first
     * frame has the events; anything else (still reading, problems, kept edits to offer) goes the
     * usual way, once the window is up.
     */
    void open(TimelineSource source, Path file, DocumentLoad.EarlyRead headStart) {
        if (headStart.isDone() && (file == null || !kept.haveCopyOf(file))) {
            try {
                DocumentLoad.Outcome outcome = headStart.get();
                if (outcome.result().isLoaded() && !outcome.result().isImported()) {
                    opened(outcome, file, false);
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // Read it again the usual way, where a failure is reported.
            }
        }
        load(source, file, true, headStart);
    }

    /**
     * Shows a document converted from another program's file. It is not tied to that file: the
     * first save asks where to write a Chronoline timeline, next to it.
     */
    void imported(TimelineDocument document, Path from, String formatName) {
        lastLoad = null;
        sourceName = from.getFileName().toString();
        session.imported(document, from);
        window.status(Messages.get("status.imported", formatName, from.getFileName(), document.events().size()));
    }

    void openSource(TimelineSource source) {
        confirmDiscard(() -> load(source, null, true, null));
    }

    void chooseAndOpen() {
        questions.chooseToOpen(session.lifecycle().suggestedFolder()).ifPresent(this::open);
    }

    private void load(TimelineSource source, Path file, boolean offerRecovery, DocumentLoad.EarlyRead headStart) {
        if (loading != null) {
            loading.cancel();
        }
        DocumentLoad load = new DocumentLoad(source, headStart);
        loading = load;
        window.status(Messages.get("status.loading", DisplayText.inSentence(source.name())));
        window.loading(load);
        Before before = new Before(session.changeProperty().get(), session.file(), formChanged.getAsBoolean());
        load.setOnSucceeded(e -> finishLoad(load, file, offerRecovery, before));
        load.setOnFailed(e -> finishLoad(load, file, offerRecovery, before));
        load.setOnCancelled(e -> finishLoad(load, file, offerRecovery, before));
        background.start(load);
    }

    /** What the window had when a reading began: its document's last change, its file, and whether the form had typing. */
    private record Before(DocumentSession.Change change, Path file, boolean formChanged) {
    }

    private void finishLoad(DocumentLoad load, Path file, boolean offerRecovery, Before before) {
        if (load != loading || closed) {
            return;
        }
        loading = null;
        window.loading(null);
        disk.afterBusy();
        Platform.runLater(this::offerUntitledRecovery); // after this load, whatever came of it
        DocumentLoad.Outcome outcome = load.getValue();
        if (outcome == null || load.isCancelled() || outcome.result().status() == LoadResult.Status.CANCELLED) {
            window.status(Messages.get(session.document() != null ? "status.cancelled" : "status.cancelledNothingOpen", load.sourceName()));
            return;
        }
        LoadResult result = outcome.result();
        if (!result.isLoaded() && disk.isFollowing(load)) {
            // Another program is still writing it, most likely: the timeline shown stays, and the next change is read.
            // Each half-written state left a dialog saying the file could not be opened, stacked one on another.
            window.status(Messages.get("status.reloadWaits", load.sourceName()));
            return;
        }
        if (!result.isLoaded()) {
            window.status("");
            ProblemsDialog.show(window.dialogs(), outcome.source().name(), result, session.document() != null);
            return;
        }
        boolean readAgain = file != null && file.equals(before.file());
        if (readAgain && !file.equals(session.file())) {
            // The window moved on while its file was read again (New, Save As): shown, the reading replaced that.
            window.status("");
            return;
        }
        if (readAgain && (session.changeProperty().get() != before.change() && session.hasUnsavedEdits()
                || !before.formChanged() && formChanged.getAsBoolean())) {
            // Edited, restored or typed in the form while the file was read again: shown, the reading dropped that without a word.
            window.status("");
            disk.lookAgain(); // asks, as for any change on disk under unsaved edits
            return;
        }
        opened(outcome, file, offerRecovery);
        if (disk.isFollowing(load)) {
            // Said once it shows: said as the reading began, the summary of what was read replaced it at once.
            window.status(Messages.get("status.reloaded", file.getFileName()));
        }
    }

    /** A file was read and opens: show it, or show what was imported from it. */
    private void opened(DocumentLoad.Outcome outcome, Path file, boolean offerRecovery) {
        LoadResult result = outcome.result();
        if (result.isImported() && file != null) {
            imported(result.document(), file, Messages.get("format." + result.format().name().toLowerCase(Locale.ROOT)));
            lastLoad = result;
            recentFiles.add(file);
            return;
        }
        lastLoad = result;
        sourceName = outcome.source().name();
        if (outcome.content() != null) {
            window.indexed(outcome.content());
        }
        // The stamp from before the read: a change made since (during a start, say) is a change on disk.
        session.opened(result.document(), file, file == null ? null : outcome.stamp());
        if (file != null) {
            recentFiles.add(file);
            if (session.isOpenElsewhere()) {
                // Its kept edits, if any, are the other Chronoline's, still being made: not offered, never deleted.
                window.status(Messages.get("status.openedElsewhere", file.getFileName()));
            } else if (offerRecovery) {
                disk.holdWhile(() -> kept.offerFor(file));
            }
        }
    }

    // ---- new -----------------------------------------------------------------------------------

    void newTimeline() {
        confirmDiscard(() -> {
            lastLoad = null;
            sourceName = Messages.get("new.fileName");
            session.created(new TimelineDocument(1, Messages.get("new.title"), null, defaultCategories(), List.of(), List.of(),
                    List.of(), ExtraFields.NONE), false);
        });
    }

    private static List<Category> defaultCategories() {
        return List.of(
                new Category("politics", Messages.get("new.category.politics"), "#2E6DB4"),
                new Category("conflict", Messages.get("new.category.conflict"), "#C4263A"),
                new Category("diplomacy", Messages.get("new.category.diplomacy"), "#8250DF"),
                new Category("society", Messages.get("new.category.society"), "#1A7F5A"),
                new Category("science", Messages.get("new.category.science"), "#B7791F"));
    }

    // ---- saving --------------------------------------------------------------------------------

    /** Saves to the file, or asks where when there is none; {@code then} runs only when the save succeeded. */
    void save(Runnable then) {
        if (!formSettled.getAsBoolean()) {
            return; // the event form's changes first: Save wrote the file without them and said "Saved"
        }
        if (saving) {
            // Once the save under way is done: started now, it found the file changed by that save, said
            // "changed by another program" and offered to overwrite it, the .bak moving on past the last version.
            saveNext = then == null ? () -> { } : then;
            return;
        }
        if (session.isReadOnly()) {
            readOnlyNotice();
        } else if (session.lifecycle().saveWay() == FileLifecycle.SaveWay.ASK_WHERE) {
            saveAs(then);
        } else if (!session.isModified() && asLastSeen()) {
            // Nothing edited since it was read or saved: the file holds this timeline, in its own layout. Written again, a
            // file laid out by hand or by another program took Chronoline's, and its .bak (last week's version) became a
            // copy of it. A file gone from disk or changed since, which the watcher may not have seen yet, is written.
            window.status(Messages.get("status.nothingToSave", session.file().getFileName()));
            if (then != null) {
                then.run();
            }
        } else {
            write(session.file(), session.lifecycle().saveExpects(session.isModified()), then);
        }
    }

    /**
     * Whether the file on disk is as this window last read or saved it (asked of the disk now, not of
     * the watcher): its time, size and identity, not its content, which is read through only by a
     * save's writing, off the window's thread. With nothing edited, a change that kept all three is
     * left as it is, not written over.
     */
    private boolean asLastSeen() {
        FileStamp seen = session.lifecycle().stamp();
        return seen != null && seen.sameFileAs(FileStamp.of(session.file()));
    }

    /** Asks where, beside the file (or the imported file), then saves there. */
    void saveAs(Runnable then) {
        if (!formSettled.getAsBoolean()) {
            return;
        }
        if (session.isReadOnly() && !session.isOpenElsewhere()) {
            readOnlyNotice(); // a copy of a timeline open in another Chronoline may be saved, and edited here
            return;
        }
        FileLifecycle lifecycle = session.lifecycle();
        questions.chooseSaveTarget(lifecycle.suggestedFolder(), lifecycle.suggestedName(Messages.get("new.fileName"))).ifPresent(target -> {
            if (lifecycle.isImportSource(target)) {
                questions.error(Messages.get("save.failed.title"), Messages.get("save.importSource", target.getFileName()));
            } else {
                saveTo(target, then);
            }
        });
    }

    /** Saves to a path chosen elsewhere (Save As without the dialog), overwriting what is there. */
    void saveTo(Path target, Runnable then) {
        if (saving) {
            // After the save under way: started beside it, its hold on the new file and the other's would be one slot.
            saveNext = new SaveAsNext(target, then);
            return;
        }
        // Held from here on, so that no other Chronoline opens it while it is written.
        if (!session.lifecycle().reserve(target)) {
            // Its window would go on with its own version, and its next save would write over this one.
            questions.error(Messages.get("save.failed.title"), Messages.get("save.openElsewhere", target.getFileName()));
            return;
        }
        write(target, null, then);
    }

    private void write(Path target, FileStamp expected, Runnable then) {
        TimelineDocument document = session.document();
        UndoHistory.State savePoint = session.savePoint();
        Task<FileStamp> task = new Task<>() {
            @Override
            protected FileStamp call() throws Exception {
                byte[] bytes;
                try {
                    bytes = TimelineFileWriter.toReadableBytes(document); // never a file Chronoline would refuse to open
                } catch (TimelineFileWriter.TextTooLongException e) {
                    throw new SaveFailedException(target.getFileName().toString(), e.getMessage(), e);
                }
                return new SafeFileWriter().save(target, bytes, expected, true);
            }
        };
        task.setOnSucceeded(e -> {
            saving = false;
            disk.afterBusy();
            kept.saved(session.lifecycle().recoveriesDoneBySaving(target));
            session.saved(target, task.getValue(), savePoint);
            sourceName = target.getFileName().toString();
            recentFiles.add(target);
            window.status(Messages.get("status.saved", target.getFileName()));
            if (then != null) {
                then.run();
            }
            Runnable next = saveNext;
            saveNext = null;
            if (next instanceof SaveAsNext saveAs) {
                saveAs.run(); // writes what was edited since, there: saved here first, its failure would have dropped it
            } else if (next != null && session.isModified()) {
                save(next); // what was edited since the save began
            } else if (next != null) {
                next.run();
            }
        });
        task.setOnFailed(e -> {
            saving = false;
            Runnable next = saveNext;
            saveNext = null;
            session.lifecycle().saveFailed(target);
            Throwable failure = task.getException();
            if (failure instanceof ChangedOnDiskException) {
                window.status(""); // "Saving" stood behind the question, which a save waits on, and stayed after Cancel
                resolveConflict(target, failure.getMessage(), then);
            } else {
                disk.afterBusy();
                window.status("");
                String why = failure instanceof SaveFailedException ? failure.getMessage()
                        : Messages.get("save.failed", target.getFileName(), OutOfMemory.why(failure));
                questions.error(Messages.get("save.failed.title"), why + " " + Messages.get("save.failed.editsOpen"));
            }
            if (next instanceof SaveAsNext saveAs) {
                saveAs.run(); // asked of another file while this one failed: often the way out of that failure
            }
        });
        window.status(Messages.get("status.saving", target.getFileName()));
        saving = true;
        background.start(task);
    }

    /** A Save As asked while a save was under way, done once that save is over, whether it succeeded or not. */
    private final class SaveAsNext implements Runnable {
        private final Path target;
        private final Runnable then;

        SaveAsNext(Path target, Runnable then) {
            this.target = target;
            this.then = then;
        }

        @Override
        public void run() {
            saveTo(target, then);
        }
    }

    private void resolveConflict(Path target, String message, Runnable then) {
        switch (disk.holdWhile(() -> questions.askAboutConflict(message))) {
            case OVERWRITE -> write(target, null, then);
            case SAVE_AS -> saveAs(then);
            case CANCEL -> { }
        }
    }

    /**
     * Runs {@code then} once unsaved edits are dealt with: saved, or dropped by the user's choice.
     * With nothing unsaved it runs at once; Cancel (or a failed save) does not run it at all.
     */
    void confirmDiscard(Runnable then) {
        if (!formSettled.getAsBoolean()) {
            return; // the user went back to the event form's changes
        }
        if (!session.hasDocument() || !session.isModified() || session.isReadOnly()) {
            then.run();
            return;
        }
        switch (disk.holdWhile(() -> questions.askAboutUnsaved(sourceName))) {
            case SAVE -> save(then);
            case DISCARD -> {
                kept.discarded();
                then.run();
            }
            case CANCEL -> { }
        }
    }

    /** What may first be asked about the event form's changes (applied, discarded, or kept: false, nothing happens). */
    private BooleanSupplier formSettled = () -> true;
    /** Whether the event form holds changes not yet applied: unsaved too, as far as a change on disk is concerned. */
    private BooleanSupplier formChanged = () -> false;

    /**
     * Asks {@code settled} before unsaved edits are asked about or saved: a form with changes is
     * dealt with first. {@code changed} says whether it has any, without asking.
     */
    void askFirst(BooleanSupplier settled, BooleanSupplier changed) {
        formSettled = settled;
        formChanged = changed;
    }

    /**
     * Keeps the event form's typing against a crash with the unsaved edits ({@code pending}: whether
     * it has any, asked cheaply); the runnable returned is told when it may have changed.
     */
    Runnable keepTyping(Supplier<KeptEdits.Typing> typing, BooleanSupplier pending) {
        kept.followTyping(typing, pending);
        return kept::typed;
    }

    /** Stops the timers and the watch; called when the window closes for good. */
    void close() {
        closed = true;
        if (loading != null) {
            loading.cancel(); // ended after the window, it took the file's lock again for a window that is gone
        }
        kept.close();
        disk.close();
        session.lifecycle().closed();
    }

    /**
     * The window has the user's attention again: a file that another Chronoline had open for
     * editing is taken over once that one has let go of it (closed it, or ended), read again if it
     * saved changes meanwhile, and any edits it left behind (a crash) are offered.
     */
    void takeOverIfLetGo() {
        if (loading != null || !session.takeOver()) {
            return;
        }
        Path file = session.file();
        window.status(Messages.get("status.takenOver", file.getFileName()));
        switch (session.lifecycle().diskChange(false)) {
            // Its last save first, then what it left unsaved: offered before, they were dropped by the reload asked next.
            case RELOAD -> load(TimelineSource.of(file), file, true, null);
            case GONE -> {
                session.fileGone(true);
                window.status(Messages.get("status.fileGone", file.getFileName()));
            }
            default -> disk.holdWhile(() -> kept.offerFor(file));
        }
    }

    // ---- recovery ------------------------------------------------------------------------------

    /** Keeps the unsaved edits against a crash now, as the timer does every 30 seconds. */
    void writeRecovery() {
        kept.keep();
    }

    /** What Java's shutdown does when the system ends Chronoline: the unsaved edits kept at once. */
    void keepAtExit() {
        kept.keepAtExit();
    }

    /**
     * Once the window has nothing loading (restoring during a load would be replaced by what is
     * loading), the kept edits of a timeline that had no file, opened as a new timeline.
     */
    private void offerUntitledRecovery() {
        if (loading != null) {
            return;
        }
        disk.holdWhile(() -> kept.offerUntitled(recovered -> {
            lastLoad = null;
            sourceName = Messages.get("new.fileName");
            session.created(recovered, true);
        }));
    }

    // ---- dialogs -------------------------------------------------------------------------------

    private void readOnlyNotice() {
        questions.error(Messages.get("readOnly.title"), session.isOpenElsewhere()
                ? Messages.get("readOnly.openElsewhere", session.file().getFileName())
                : Messages.get("readOnly.text"));
    }
}
