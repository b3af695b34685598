package org.chronoline.app;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.chronoline.io.DiskWatch;
import org.chronoline.io.FileLifecycle;
import org.chronoline.io.FileLifecycle.DiskChange;
import org.chronoline.text.Messages;

/**
 * The open file followed while other programs change it: a {@link DiskWatch} on it, and what each
 * change means ({@link FileLifecycle#diskChange}): read again when nothing here is unsaved, asked
 * about when something is, said when the file is gone. A change seen while a file is being read or
 * written, or while the question is open, is looked at once that is over.
 */
final class DiskFollowing {
    private final DocumentSession session;
    private final FileQuestions questions;
    private final Consumer<String> status;
    /** A file is being read or written: what the watcher sees then waits. */
    private final BooleanSupplier busy;
    /** Whether anything is unsaved, in the document or in the event form. */
    private final BooleanSupplier unsaved;
    /** Reads the file again in place of what is shown; returns the reading. */
    private final Function<Path, DocumentLoad> reload;

    /** Watches the open file; replaced when another file is open. */
    private DiskWatch watch;
    /** The reading of a file another program changed, with nothing unsaved here; null when none is under way. */
    private DocumentLoad following;
    /** The question about a change on disk is on screen: further changes wait for its answer. */
    private boolean asking;
    /**
     * A change seen while busy or asking: looked at once that is over. Dropped, the rest of a file
     * landing while its half-written state was being read was never shown; the window kept the old timeline.
     */
    private boolean putOff;
    private boolean closed;

    DiskFollowing(DocumentSession session, FileQuestions questions, Consumer<String> status, BooleanSupplier busy,
            BooleanSupplier unsaved, Function<Path, DocumentLoad> reload) {
        this.session = session;
        this.questions = questions;
        this.status = status;
        this.busy = busy;
        this.unsaved = unsaved;
        this.reload = reload;
    }

    /** Watches {@code file}, or nothing when it is null. */
    void watch(Path file) {
        if (watch != null) {
            watch.close();
            watch = null;
        }
        if (file != null) {
            watch = DiskWatch.start(file, () -> Platform.runLater(this::check));
            Platform.runLater(this::check); // a change made since the file was read, before there was a watch
        }
    }

    /** Whether {@code load} is the reading of a change another program made: a failure then means "still being written". */
    boolean isFollowing(DocumentLoad load) {
        return load != null && load == following;
    }

    /** A read or a write is over: the change on disk seen meanwhile, if any, is looked at now. */
    void afterBusy() {
        if (putOff) {
            Platform.runLater(this::check);
        }
    }

    /** Looks at the file again now, as if the watcher had seen it change. */
    void lookAgain() {
        Platform.runLater(this::check);
    }

    /**
     * Runs {@code question} (restoring kept edits, say) with changes on disk put off until it is
     * answered: a reading begun behind it replaced the edits restored by its answer.
     */
    void holdWhile(Runnable question) {
        holdWhile(() -> {
            question.run();
            return null;
        });
    }

    /** As {@link #holdWhile(Runnable)}, for a question with an answer: a change on disk put a second question over it. */
    <T> T holdWhile(Supplier<T> question) {
        boolean was = asking;
        asking = true;
        try {
            return question.get();
        } finally {
            asking = was;
            afterBusy();
        }
    }

    /** The window has closed: no watch, and nothing already queued looks at the disk or asks. */
    void close() {
        closed = true;
        watch(null);
    }

    private void check() {
        if (closed) {
            return;
        }
        if (busy.getAsBoolean() || asking) {
            putOff = true;
            return;
        }
        putOff = false;
        Path file = session.file();
        DiskChange change = session.lifecycle().diskChange(unsaved.getAsBoolean());
        session.fileGone(session.lifecycle().isGone());
        session.diskLookedAt();
        switch (change) {
            case NONE -> { }
            case GONE -> status.accept(Messages.get("status.fileGone", file.getFileName()));
            case RELOAD -> following = reload.apply(file); // said once read (DocumentFiles)
            case ASK -> {
                if (holdWhile(() -> questions.askToReload(file))) {
                    reload.apply(file);
                } else {
                    session.lifecycle().keepMine();
                }
            }
        }
    }
}
