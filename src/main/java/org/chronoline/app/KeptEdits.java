package org.chronoline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.chronoline.io.FileStamp;
import org.chronoline.io.LoadResult;
import org.chronoline.io.RecoveryFiles;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.edit.Edit;
import org.chronoline.text.Messages;

/**
 * The window's copies of unsaved edits against a crash ({@link RecoveryFiles}): written a moment
 * after each edit, and every 30 seconds while editing goes on without a pause; gone once the edits
 * are saved, discarded or undone, and offered back the next time (those of a timeline with no file, once the window has nothing loading). A
 * copy this window did not write is never written over, and one that cannot be read is set aside
 * under a name of its own, which is said: either may be all there is of someone's work.
 */
final class KeptEdits {
    private static final Duration INTERVAL = Duration.seconds(30);
    /**
     * How long after the last edit its copy is written. A Chronoline that cannot run its shutdown hook (the X display
     * lost: GTK ends the process at once; a power cut, {@code kill -9}) lost up to 30 seconds of work.
     */
    private static final Duration AFTER_EDIT = Duration.seconds(2);

    private final DocumentSession session;
    private final FileQuestions questions;
    private final Consumer<String> status;
    /** Told of each copy kept for later, so it can be found again (File > Open Recent). */
    private final Consumer<Path> keptForLater;
    private final RecoveryFiles recovery = new RecoveryFiles();
    /**
     * Writes and deletes copies one after another, in the order asked: on two threads a copy of
     * edits still being written could land after the delete that follows their undoing.
     */
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chronoline-recovery");
        t.setDaemon(true);
        return t;
    });
    private final Timeline timer;
    private final PauseTransition afterEdit = new PauseTransition(AFTER_EDIT);
    /**
     * Whether a copy is being written: edits meanwhile are kept once it is done, in one more copy, not one each (a copy
     * of 100,000 events takes seconds, and edits came faster than that). JavaFX thread only.
     */
    private boolean keeping;
    private boolean keepAgain;
    /**
     * The edits were dropped (Discard): no copy of them until the next change. The copy still to be written behind one
     * being written, or the timer's, brought them back at the next start (a review). JavaFX thread only.
     */
    private boolean dropped;
    private boolean closed;
    /** The copy this window last wrote, until it is saved, discarded or no longer needed. */
    private Path wrote;
    /** Whether the kept edits of a timeline with no file have been looked for (once). */
    private boolean untitledLookedFor;
    /** Kept edits of a timeline with no file that another Chronoline left and this one did not take: never written over. */
    private boolean untitledNotOurs;
    /**
     * The unsaved document and where its copy goes, for a Chronoline ended by the system (logging
     * out, shutting down, {@code kill}): no JavaFX then, only this. Null while nothing is unsaved.
     */
    private volatile Unsaved unsaved;
    private final Thread atExit = new Thread(this::keepAtExit, "chronoline-keep-at-exit");

    /** @param base what the file was when the edits began (see FileLifecycle.editsBase); null with no file */
    private record Unsaved(Path place, TimelineDocument document, FileStamp base) {
    }

    /**
     * The event form's typing, not yet applied: kept with the edits as the edit Apply would make of it
     * ({@code edit}); {@code pending} with no edit while it cannot be applied as it stands (a date half
     * typed), when the last copy stays as it is. Only applied edits were kept: a crash lost the rest.
     */
    record Typing(Edit edit, boolean pending, Object held) {
        static final Typing NONE = new Typing(null, false, null);
        static final Typing NOT_YET = new Typing(null, true, null);

        /** The typing the form {@code held} (what its fields hold), as {@code edit} makes it. */
        static Typing of(Edit edit, Object held) {
            return new Typing(edit, true, held);
        }

        boolean notYet() {
            return pending && edit == null;
        }
    }

    /** The open form's typing, asked when a copy is written; and whether there is any, asked cheaply. */
    private Supplier<Typing> typing = () -> Typing.NONE;
    private BooleanSupplier typingPending = () -> false;
    /** The document and the form's typing the last copy was written of: a click in the form wrote all of it again. */
    private TimelineDocument keptSource;
    private Object keptHeld;

    KeptEdits(DocumentSession session, FileQuestions questions, Consumer<String> status, Consumer<Path> keptForLater) {
        this.session = session;
        this.questions = questions;
        this.status = status;
        this.keptForLater = keptForLater;
        timer = new Timeline(new KeyFrame(INTERVAL, e -> keep()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
        afterEdit.setOnFinished(e -> keep());
        session.changeProperty().addListener((o, was, now) -> {
            dropped = false;
            noteUnsaved();
            afterEdit.playFromStart();
        });
        session.modifiedProperty().addListener((o, was, now) -> noteUnsaved());
        Runtime.getRuntime().addShutdownHook(atExit);
    }

    /** Follows the event form's typing, which {@link #typed} says has changed. */
    void followTyping(Supplier<Typing> typing, BooleanSupplier pending) {
        this.typing = typing;
        this.typingPending = pending;
    }

    /** The event form's typing changed (or the form opened or closed): kept a moment later, as an edit is. */
    void typed() {
        afterEdit.playFromStart();
    }

    /**
     * What a crash would lose: the document with the form's typing applied, when it has any; the
     * document when it is unsaved; else null. {@code typed} is the form's typing, asked once.
     */
    private TimelineDocument unsavedWith(Typing typed) {
        if (!session.hasDocument() || session.isReadOnly()) {
            return null;
        }
        if (typed.edit() != null) {
            return typed.edit().apply(session.document());
        }
        return session.isModified() ? session.document() : null;
    }

    /** Notes, on each change, what a Chronoline ended by the system would keep. */
    private void noteUnsaved() {
        Typing typed = typing.get();
        if (!typed.notYet()) { // half typed: the snapshot stays as the copy does
            noteUnsaved(unsavedWith(typed));
        }
    }

    private void noteUnsaved(TimelineDocument document) {
        if (document == null) {
            unsaved = null;
            return;
        }
        Path place = session.lifecycle().recoveryPlace();
        boolean theirs = place.equals(session.lifecycle().untitledPlace()) && untitledNotOurs;
        unsaved = theirs ? null : new Unsaved(place, document, baseOf(place));
    }

    /**
     * Writes the unsaved edits at once, as the system ends Chronoline: a SIGTERM ended it with no
     * question and no copy, up to 30 seconds of work lost. Runs on Java's shutdown, off JavaFX.
     */
    void keepAtExit() {
        Unsaved now = unsaved;
        if (now == null) {
            return;
        }
        try {
            createDataFolder(now.place());
            recovery.write(now.place(), now.document(), now.base());
        } catch (Exception e) {
            // As the system ends the program: nothing more can be done, or said.
        }
    }

    /** Whether there are kept edits of {@code file} to offer. */
    boolean haveCopyOf(Path file) {
        return recovery.find(file).isPresent();
    }

    /** Writes the unsaved edits beside the file (or in the user's folder for a timeline with no file), off the JavaFX thread. */
    void keep() {
        if (closed || dropped) {
            return;
        }
        Typing typed = session.hasDocument() ? typing.get() : Typing.NONE;
        if (typed.notYet()) {
            return; // half typed: the last copy stands, rather than go with the typing in it
        }
        if (typed.edit() != null && wrote != null && session.document() == keptSource && typed.held().equals(keptHeld)) {
            return; // kept already, typing and all
        }
        TimelineDocument document = unsavedWith(typed);
        noteUnsaved(document);
        if (document == null) {
            forgetIfSaved();
            return;
        }
        if (keeping) {
            keepAgain = true;
            return;
        }
        keeping = true;
        // What this copy is of: written, not merely asked for while another was being written.
        keptSource = session.document();
        keptHeld = typed.held();
        Path place = session.lifecycle().recoveryPlace();
        FileStamp base = baseOf(place);
        boolean setAsideFirst = place.equals(session.lifecycle().untitledPlace()) && untitledNotOurs;
        untitledNotOurs &= !setAsideFirst;
        wrote = place;
        run(() -> {
            try {
                createDataFolder(place);
                if (setAsideFirst) {
                    // A timeline to open, found again in Open Recent: said only by a status line, it was as good as lost.
                    Path aside = recovery.setAsideAsTimeline(place, "earlier");
                    Platform.runLater(() -> {
                        keptForLater.accept(aside);
                        status.accept(Messages.get("status.recoverySetAside", aside));
                    });
                }
                recovery.write(place, document, base);
            } catch (Exception e) {
                // Recovery is a safety net; a failure to write it must not interrupt the user.
            } finally {
                Platform.runLater(this::kept);
            }
        });
    }

    /** A copy is written: the edits made while it was, kept in one more. */
    private void kept() {
        keeping = false;
        if (keepAgain && !closed && !dropped) {
            keepAgain = false;
            keep();
        }
    }

    /** A save made the copies at {@code places} unnecessary. */
    void saved(List<Path> places) {
        run(() -> places.forEach(recovery::delete));
        if (places.contains(wrote)) {
            wrote = null;
        }
    }

    /** The user chose to drop the unsaved edits: their copy goes. */
    void discarded() {
        dropped = true;
        keepAgain = false;
        afterEdit.stop();
        unsaved = null;
        Path place = session.lifecycle().recoveryPlace();
        run(() -> recovery.delete(place));
        wrote = null;
    }

    /** Offers the kept edits of {@code file}, just opened; restored, they are its unsaved edits. */
    void offerFor(Path file) {
        Optional<Path> found = recovery.find(file);
        if (found.isEmpty()) {
            return;
        }
        long keptAt = modifiedAt(found.get());
        long fileChangedAt = modifiedAt(file);
        // Changed since the edits began (a sync, another program): restored and saved, they would replace that change. As the
        // copy says; a copy that does not (an older Chronoline's) is taken as begun from the file as it was when written.
        Boolean changed = recovery.changedSince(found.get(), file);
        boolean fileNewer = changed != null ? changed : keptAt >= 0 && fileChangedAt > keptAt + FILE_TIME_SLACK_MILLIS;
        switch (questions.askToRestore(Messages.get("recovery.header", file.getFileName()), keptAt, fileNewer ? fileChangedAt : -1)) {
            case RESTORE -> restore(found.get(), recovered -> {
                session.recovered(recovered);
                if (fileNewer) {
                    session.lifecycle().restoredOverChange();
                }
                wrote = file;
                status.accept(Messages.get("status.recovered", file.getFileName()));
            });
            case DISCARD -> run(() -> recovery.delete(file));
            case LATER -> keepForLater(found.get());
        }
    }

    /**
     * Once: the kept edits of a timeline that had no file yet (new, imported, or the bundled
     * timeline edited), left by a Chronoline that stopped. They were only offered for a file being
     * opened, so they were never seen, and the next save of any file deleted them. Not over edits
     * just restored or imported: then they are kept, and set aside before this window's own copy
     * would take their place. Restored, they go to {@code open}.
     */
    void offerUntitled(Consumer<TimelineDocument> open) {
        if (untitledLookedFor) {
            return;
        }
        untitledLookedFor = true;
        Path untitled = session.lifecycle().untitledPlace();
        Optional<Path> found = recovery.find(untitled);
        if (found.isEmpty()) {
            return;
        }
        if (session.isModified()) {
            untitledNotOurs = true;
            noteUnsaved(); // the copy at the system's end must not take their place either
            return;
        }
        switch (questions.askToRestoreUntitled(modifiedAt(found.get()), session.file())) {
            case RESTORE -> restore(found.get(), recovered -> {
                open.accept(recovered);
                wrote = untitled; // this window's now, until saved or discarded
                status.accept(Messages.get("status.recovered", DisplayText.inSentence(recovered.title())));
            });
            case DISCARD -> run(() -> recovery.delete(untitled));
            case LATER -> keepForLater(found.get());
        }
    }

    /**
     * Neither restored nor discarded: the copy is set aside under a name of its own, which the status
     * line says (a timeline file, to open when wanted), and goes first in the recent files: said only
     * by a status line that the next message replaced, it was as good as lost. Left in place, this
     * window's first edit would have written its own copy over it.
     */
    private void keepForLater(Path copy) {
        Path kept;
        try {
            kept = recovery.setAsideAsTimeline(copy, "kept");
        } catch (IOException e) {
            questions.error(Messages.get("recovery.title"), Messages.get("recovery.notSetAside", copy, e.getMessage()));
            return;
        }
        keptForLater.accept(kept);
        status.accept(Messages.get("status.recoveryKept", kept));
    }

    /**
     * Makes the user's data folder for a timeline with no file; beside a file, nothing: a folder the
     * file was in, moved or renamed while it was open, was made again, empty but for the copy.
     */
    private void createDataFolder(Path place) throws IOException {
        if (place.equals(session.lifecycle().untitledPlace())) {
            Files.createDirectories(place.toAbsolutePath().getParent());
        }
    }

    /** Stops the timer; the copy of edits since undone goes, and what is queued is done first, briefly waited for. */
    void close() {
        closed = true;
        timer.stop();
        afterEdit.stop();
        unsaved = null;
        try {
            Runtime.getRuntime().removeShutdownHook(atExit);
        } catch (IllegalStateException shuttingDown) {
            // Closed as Java shuts down: the hook runs, and finds nothing unsaved that was not asked about.
        }
        forgetIfSaved();
        io.shutdown();
        try {
            io.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The edits undone back to what is saved (or the document closed unchanged): the copy this
     * window wrote of them goes, or the next start would offer to restore edits the user undid.
     */
    private void forgetIfSaved() {
        if (wrote != null && (!session.hasDocument() || !session.isModified() && !typingPending.getAsBoolean())) {
            Path place = wrote;
            wrote = null;
            run(() -> recovery.delete(place));
        }
    }

    /**
     * Reads kept edits and hands them on. A copy that cannot be read is set aside under a name of its
     * own, which is said: left in place, the next copy of new edits, or a save, would have removed it,
     * and it may be all there is of the user's work (a text too long, a crash mid-write).
     */
    private void restore(Path copy, Consumer<TimelineDocument> then) {
        LoadResult recovered = new TimelineFileReader().read(copy);
        if (recovered.isLoaded()) {
            then.accept(recovered.document());
            return;
        }
        Path kept;
        try {
            kept = recovery.setAside(copy, "unreadable");
        } catch (IOException e) {
            kept = copy;
        }
        questions.error(Messages.get("recovery.title"), Messages.get("recovery.unreadable", kept));
    }

    /** What the file at {@code place} was when the edits began; null for the place of a timeline with no file. */
    private FileStamp baseOf(Path place) {
        return place.equals(session.lifecycle().untitledPlace()) ? null : session.lifecycle().editsBase();
    }

    /** Runs file work in order, after what is queued; once the window has closed, at once. */
    private void run(Runnable work) {
        if (io.isShutdown()) {
            work.run();
        } else {
            io.execute(work);
        }
    }

    /** File times on some disks (FAT: two seconds) and copies are not exact: a file saved as its copy was kept is not newer. */
    private static final long FILE_TIME_SLACK_MILLIS = 2_000;

    private static long modifiedAt(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
