package org.chronoline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.DragEvent;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.chronoline.model.Category;
import org.chronoline.model.DisplayText;
import org.chronoline.model.EventIds;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Precision;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.edit.Edit;
import org.chronoline.model.edit.EventDraft;
import org.chronoline.model.edit.Edits;
import org.chronoline.text.Messages;
import org.chronoline.view.EventIndex;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineView;

/**
 * The editing commands of the window: each turns what the user did (a form applied, a drag on
 * the timeline, Delete) into an {@link Edit} on the session, and keeps the selection on the events
 * the edit touched. Nothing here changes a document directly.
 */
final class Editing implements TimelineView.EditListener {
    private final DocumentSession session;
    private final TimelineView timeline;
    private final DetailsPanel details;
    private final Runnable backToView;
    private final Supplier<TimelineContent> everything;
    private final Consumer<String> status;
    private final TimelinePick pick;
    private final Dialogs dialogs;
    /** Told when the open form's typing may have changed (KeptEdits keeps it against a crash). */
    private Runnable typingChanged = () -> { };
    /** Set while the selection is put back on the event being edited, which is not leaving the form. */
    private boolean returningToForm;

    /**
     * @param everything every event of the document, indexed: the form offers them as related
     *     events; the index on screen when no filter hides any (a new index of 100,000 events took
     *     0.13-0.28 s of the window's thread each time an edit began)
     * @param backToView gives the keys to the timeline or the list, whichever is shown, when the form closes
     */
    Editing(DocumentSession session, TimelineView timeline, DetailsPanel details, Supplier<TimelineContent> everything,
            Consumer<String> status, Dialogs dialogs, Runnable backToView) {
        this.backToView = backToView;
        this.session = session;
        this.dialogs = dialogs;
        this.everything = everything;
        this.timeline = timeline;
        this.details = details;
        this.status = status;
        this.pick = new TimelinePick(timeline, status, this::returnToForm);
        timeline.setEditListener(this);
        timeline.selectedEventProperty().addListener((o, old, now) -> {
            if (pick.isPicking()) {
                pick.selectionChanged(now);
            } else if (details.isEditing() && !returningToForm && (now == null || old == null || !now.id().equals(old.id()))) {
                leaveForm(old, now);
            }
        });
    }

    /** Selects the event being edited again: going back to its form, not a move away from it. */
    private void returnToForm(TimelineEvent event) {
        returningToForm = true;
        try {
            timeline.setSelectedEvent(event);
        } finally {
            returningToForm = false;
        }
    }

    /** What to do with a form's changes when the user moves on. */
    enum Leaving {
        APPLY,
        DISCARD,
        KEEP_EDITING
    }

    /**
     * The selection moved away from the event being edited (a click, Tab, a search): an untouched
     * form closes, and one with changes asks whether to apply them, throw them away, or go back to it.
     * Nothing typed is lost without that question.
     */
    private void leaveForm(TimelineEvent old, TimelineEvent now) {
        EventForm form = details.form();
        if (!form.hasChanges()) {
            closeForm();
            return;
        }
        // Asked once the selection has settled: a dialog inside the selection's listener would interrupt it.
        Platform.runLater(() -> {
            if (details.form() != form) {
                return;
            }
            if (!form.isNew() && session.document() != null && !Edits.eventIds(session.document()).contains(form.original().id())) {
                closeForm(); // the event itself was deleted (or undone): its form has nothing left to apply to
                return;
            }
            Leaving choice = askAboutChanges(form);
            if (choice == Leaving.APPLY && form.canApply()) {
                form.apply();
                if (now != null && timeline.getContent().event(now.id()) != null) {
                    timeline.select(timeline.getContent().event(now.id()));
                }
            } else if (choice == Leaving.DISCARD) {
                closeForm();
            } else {
                // The form's own event, as the timeline has it now (not the one the selection came from).
                returnToForm(form.isNew() ? old : timeline.getContent().event(form.original().id()));
                form.focusFirstField();
            }
        });
    }

    /**
     * Whether a new form, another timeline or the window's closing may take the place of the form
     * open (Insert, F2 on another event, Open, New, Quit): yes when none is open or it is untouched;
     * otherwise as the user answers, its changes applied first if asked.
     */
    boolean mayReplaceForm() {
        EventForm open = details.form();
        if (open == null || !open.hasChanges()) {
            return true;
        }
        Leaving choice = askAboutChanges(open);
        if (choice == Leaving.APPLY && open.canApply()) {
            open.apply();
            return true;
        }
        if (choice == Leaving.DISCARD) {
            closeForm();
            return true;
        }
        open.focusProblemOrFirstField();
        return false;
    }

    /** Whether the event form is open with changes not yet applied. */
    boolean formHasChanges() {
        EventForm open = details.form();
        return open != null && open.hasChanges();
    }

    private Leaving askAboutChanges(EventForm form) {
        ButtonType apply = new ButtonType(Messages.get("form.leave.apply"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("form.leave.discard"), ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType(Messages.get("form.leave.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        boolean valid = form.canApply();
        Alert alert = dialogs.alert(Alert.AlertType.CONFIRMATION, Messages.get("form.leave.title"),
                Messages.get(valid ? "form.leave.header" : "form.leave.header.invalid", DisplayText.inSentence(form.eventTitle())),
                valid ? Messages.get("form.leave.text") : Messages.get("form.leave.textInvalid") + "\n\n" + form.problem(),
                valid ? new ButtonType[] {apply, discard, keep} : new ButtonType[] {discard, keep});
        alert.getDialogPane().setId("leave-form-dialog");
        if (!valid) {
            dialogs.defaultTo(alert, keep); // Enter, which would apply a valid form, threw the invalid one away
        }
        ButtonType chosen = alert.showAndWait().orElse(keep);
        return chosen == apply ? Leaving.APPLY : chosen == discard ? Leaving.DISCARD : Leaving.KEEP_EDITING;
    }

    boolean canEdit() {
        return session.hasDocument() && !session.isReadOnly();
    }

    // ---- the form ------------------------------------------------------------------------------

    /** Insert: a new event at the middle of the view, at the precision of the zoom, in the selected event's category. */
    void newEvent() {
        double middle = timeline.getScale().secondAt(timeline.getWidth() / 2);
        newEventAt(HistoricalDate.containing(middle, Precision.DAY));
    }

    @Override
    public void createRequested(HistoricalDate at) {
        newEventAt(at);
    }

    private void newEventAt(HistoricalDate at) {
        if (!canEdit() || at == null || !mayReplaceForm()) {
            return;
        }
        String title = Messages.get("new.event.title");
        String id = EventIds.generate(title, at, Edits.eventIds(session.document()));
        TimelineEvent selected = timeline.getSelectedEvent();
        TimelineEvent draft = TimelineEvent.point(id, title, at);
        if (selected != null && selected.category() != null) {
            draft = draft.withCategory(selected.category());
        }
        openForm(new EventForm(everything.get(), draft, true, folder(), formOwner()));
    }

    /** F2: edits the selected event in the side panel. */
    void editSelected() {
        TimelineEvent selected = timeline.getSelectedEvent();
        if (!canEdit() || selected == null) {
            return;
        }
        EventForm open = details.form();
        if (open != null && !open.isNew() && open.original().id().equals(selected.id())) {
            open.focusFirstField(); // already being edited: F2 goes back to its form, as typed
            return;
        }
        if (!mayReplaceForm()) {
            return;
        }
        openForm(new EventForm(everything.get(), selected, false, folder(), formOwner()));
    }

    private EventForm.Owner formOwner() {
        return new EventForm.Owner() {
            @Override
            public void apply(TimelineEvent before, TimelineEvent after, Category newCategory) {
                Edit edit = formEdit(before, after, newCategory);
                closeForm();
                perform(edit);
                TimelineEvent shown = timeline.getContent().event(after.id());
                timeline.select(shown);
                if (shown == null) {
                    // It vanished from the timeline with nothing said: its new category, date or tags are filtered out.
                    status.accept(Messages.get("status.hiddenByFilter", DisplayText.inSentence(after.title())));
                }
                backToView.run();
            }

            @Override
            public void cancel() {
                closeForm();
                backToView.run();
            }

            @Override
            public void escape() {
                if (mayReplaceForm()) {
                    if (details.isEditing()) {
                        closeForm(); // untouched (discarded or applied, it is closed already)
                    }
                    backToView.run(); // from the list, back to the list: the keys had gone to the timeline behind it
                }
            }

            @Override
            public void pickOnTimeline(Consumer<TimelineEvent> picked) {
                EventForm open = details.form();
                pick.start(picked, open == null || open.isNew() ? null : open.original());
            }
        };
    }

    /** Closes the form; a pick on the timeline begun from it ends with it. */
    void closeForm() {
        pick.forget();
        details.stopEditing();
        typingChanged.run();
    }

    private void openForm(EventForm form) {
        pick.forget();
        details.startEditing(form);
        // What may change what it holds: a key, a click, a choice (a picture's file chosen, a date picked), a text menu's
        // Paste or Undo, text dropped on it, an input method's text (each a moment before the copy: it changes as it is heard).
        form.addEventFilter(KeyEvent.KEY_RELEASED, e -> typingChanged.run());
        form.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> typingChanged.run());
        form.addEventFilter(ActionEvent.ACTION, e -> typingChanged.run());
        form.addEventFilter(TextMenus.EDITED, e -> typingChanged.run());
        form.addEventFilter(DragEvent.DRAG_DROPPED, e -> typingChanged.run());
        form.addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, e -> typingChanged.run());
        typingChanged.run();
    }

    /** The edit the form's Apply makes of {@code after}: a new event ({@code before} null), or the event changed. */
    private Edit formEdit(TimelineEvent before, TimelineEvent after, Category newCategory) {
        return before == null ? Edits.addEvent(session.document(), after, newCategory)
                : Edits.replaceEvent(session.document(), before, after, Edits.Verb.EDIT, newCategory);
    }

    /**
     * The open form's typing, not yet applied, as the edit Apply would make of it, kept against a
     * crash with the unsaved edits ({@link KeptEdits}): a crash lost all of it (an editing walk-through).
     */
    KeptEdits.Typing typing() {
        EventForm open = details.form();
        if (open == null || !open.hasChanges()) {
            return KeptEdits.Typing.NONE;
        }
        if (open.canApply()) {
            try {
                EventDraft.Result draft = open.draft();
                return KeptEdits.Typing.of(formEdit(open.isNew() ? null : open.original(), draft.event(), draft.newCategory()), open.held());
            } catch (RuntimeException notNow) {
                // The document is no longer as the form found it (read again, an edit undone under it): Apply says so.
            }
        }
        return KeptEdits.Typing.NOT_YET;
    }

    /** Told when the open form's typing may have changed, and as a form opens or closes. */
    void onTyping(Runnable changed) {
        typingChanged = changed;
    }

    /** Esc while picking a related event stops picking. */
    boolean stopPicking() {
        return pick.stop();
    }

    private Path folder() {
        Path file = session.file();
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    // ---- commands ------------------------------------------------------------------------------

    /**
     * Deletes the selected events and selects the next one in time that stays (or the one before,
     * at the end), saying what was done and how to undo it: the selection went, and with it the
     * reader's place, ] starting again from the first event in view.
     */
    void deleteSelected() {
        Set<String> ids = Set.copyOf(timeline.getSelectedIds());
        if (canEdit() && !ids.isEmpty()) {
            String stays = neighbourStaying(ids);
            Edits.Reach reach = Edits.reachOfDeleting(session.document(), ids);
            Edit edit = Edits.deleteEvents(session.document(), ids);
            perform(edit);
            TimelineEvent next = stays == null ? null : timeline.getContent().event(stays);
            if (next != null) {
                timeline.select(next);
            } else {
                timeline.setSelectedEvent(null);
            }
            String done = Messages.get("status.done", edit.label(), LocalKeys.of("Shortcut+Z").getDisplayText());
            status.accept(reach.tours() + reach.linkingEvents() == 0 ? done : Messages.get("status.doneThen", done, alsoOutOf(reach)));
        }
    }

    /** "Also taken out of 1 tour and the links of 8 events.": a lesson's tour lost a step with nothing said. */
    private static String alsoOutOf(Edits.Reach reach) {
        String tours = reach.tours() == 0 ? null : Messages.get("status.alsoOutOf.tours", reach.tours());
        String links = reach.linkingEvents() == 0 ? null : Messages.get("status.alsoOutOf.links", reach.linkingEvents());
        return Messages.get("status.alsoOutOf", tours == null ? links : links == null ? tours : Messages.get("status.and", tours, links));
    }

    /**
     * The id of the event after the selected one in time that is not in {@code leaving}, else of the
     * one before it, or null. With no event selected first (a filter can hide it and leave the rest
     * of a selection), from the latest of those leaving.
     */
    private String neighbourStaying(Set<String> leaving) {
        TimelineContent content = timeline.getContent();
        int at = content.timeIndexOf(timeline.getSelectedEvent());
        if (at < 0) {
            for (String id : leaving) {
                at = Math.max(at, content.timeIndexOf(content.event(id)));
            }
        }
        if (at < 0) {
            return null;
        }
        EventIndex events = content.events();
        for (int direction : new int[] {1, -1}) {
            for (int i = at + direction; i >= 0 && i < events.size(); i += direction) {
                if (!leaving.contains(events.get(i).id())) {
                    return events.get(i).id();
                }
            }
        }
        return null;
    }

    void duplicateSelected() {
        Set<String> ids = Set.copyOf(timeline.getSelectedIds());
        if (canEdit() && !ids.isEmpty()) {
            Edit edit = Edits.duplicateEvents(session.document(), ids);
            perform(edit);
            select(edit.eventsAfter());
            // A copy looks as its original, at the same place: said, or Ctrl+D seemed to do nothing (an editor's walk-through).
            TimelineEvent original = ids.size() == 1 ? timeline.getContent().event(ids.iterator().next()) : null;
            status.accept(Messages.get("status.duplicated", ids.size(), original == null ? "" : Edits.quote(original.title()),
                    LocalKeys.of("F2").getDisplayText(), LocalKeys.of("Shortcut+Z").getDisplayText()));
        }
    }

    void undo() {
        Edit edit = session.undo();
        if (edit != null) {
            reselect(edit.eventsBefore()); // a deletion undone: the events it brings back (they were left unselected)
            // Said after the selection changes, whose own hint had taken the status line ("3 events selected…").
            status.accept(Messages.get("status.undone", edit.label()));
        }
    }

    void redo() {
        Edit edit = session.redo();
        if (edit != null) {
            reselect(edit.eventsAfter());
            status.accept(Messages.get("status.redone", edit.label()));
        }
    }

    @Override
    public void eventChanged(TimelineEvent before, TimelineEvent after, boolean resized) {
        if (canEdit()) {
            perform(Edits.replaceEvent(session.document(), before, after, resized ? Edits.Verb.RESIZE : Edits.Verb.MOVE));
            timeline.setSelectedEvent(timeline.getContent().event(after.id()));
        }
    }

    /** Applies an edit made anywhere in the window (dialogs for categories, eras, tours). */
    void perform(Edit edit) {
        if (canEdit() && !edit.isEmpty()) {
            session.perform(edit);
        }
    }

    private void reselect(List<String> events) {
        List<String> touched = events.stream().filter(id -> timeline.getContent().event(id) != null).toList();
        if (!touched.isEmpty()) {
            select(touched);
        } else if (timeline.getSelectedEvent() != null && timeline.getContent().event(timeline.getSelectedEvent().id()) == null) {
            timeline.setSelectedEvent(null);
        }
    }

    private void select(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        timeline.select(timeline.getContent().event(ids.get(ids.size() - 1)));
        ids.forEach(id -> timeline.getSelectedIds().add(id));
    }
}
