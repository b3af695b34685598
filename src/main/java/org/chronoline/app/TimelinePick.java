package org.chronoline.app;

import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineView;

/**
 * Picking a related event on the timeline for the form open: a click on an event picks it at once;
 * by keyboard, the keys that move the selection ([ ] Home End L) only show which event Enter would
 * pick. When it ends, picked or stopped with Esc, the event being edited is selected again and the
 * keys go back to where the pick began (the form's Pick button).
 */
final class TimelinePick {
    private final TimelineView timeline;
    private final Consumer<String> status;
    private final Consumer<TimelineEvent> reselect;
    private Consumer<TimelineEvent> picked;
    /** The event being edited, which cannot be picked (none for a new event's form). */
    private TimelineEvent edited;
    /** The event selected when the pick began, selected again when it ends. */
    private TimelineEvent returnTo;
    private Node focusBack;
    /** Whether the last thing the user did on the timeline was a key, not a press of the mouse. */
    private boolean byKeys;

    /** @param reselect selects the event being edited again, which is not leaving its form */
    TimelinePick(TimelineView timeline, Consumer<String> status, Consumer<TimelineEvent> reselect) {
        this.timeline = timeline;
        this.status = status;
        this.reselect = reselect;
        timeline.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (picked == null) {
                return;
            }
            TimelineEvent selected = timeline.getSelectedEvent();
            if (e.getCode() == KeyCode.ENTER) {
                e.consume(); // nothing chosen yet: Enter stays here instead of taking the keys to the form
                if (selected != null && !isEdited(selected)) {
                    finish(selected);
                }
            } else {
                byKeys = true;
            }
        });
        timeline.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> byKeys = false);
        // A click on the event the keys went to changes no selection: it picks it all the same.
        timeline.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            TimelineEvent selected = timeline.getSelectedEvent();
            if (picked != null && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && selected != null && !isEdited(selected)) {
                Bounds drawn = timeline.eventBounds(selected.id());
                if (drawn != null && drawn.contains(e.getX(), e.getY())) {
                    finish(selected);
                }
            }
        });
    }

    /** @param editing the event being edited, or null for a new event's form */
    void start(Consumer<TimelineEvent> whenPicked, TimelineEvent editing) {
        picked = whenPicked;
        edited = editing;
        returnTo = timeline.getSelectedEvent();
        focusBack = timeline.getScene() == null ? null : timeline.getScene().getFocusOwner();
        byKeys = false;
        status.accept(Messages.get("form.related.picking"));
        timeline.requestFocus();
    }

    boolean isPicking() {
        return picked != null;
    }

    /** The selection moved while picking: a click picks the event; a key says that Enter would. */
    void selectionChanged(TimelineEvent now) {
        if (now == null || isEdited(now)) {
            if (byKeys) {
                status.accept(Messages.get("form.related.picking")); // back on the event being edited: Enter adds nothing
            }
            return;
        }
        if (byKeys) {
            status.accept(Messages.get("form.related.pickEnter", DisplayText.inSentence(now.title())));
        } else {
            finish(now);
        }
    }

    /** Esc: stops picking with nothing picked; false when not picking. */
    boolean stop() {
        if (picked == null) {
            return false;
        }
        end();
        return true;
    }

    /** The form closed (applied or cancelled): the pick has nothing to add to. */
    void forget() {
        if (picked != null) {
            picked = null;
            status.accept("");
        }
        focusBack = null; // the closed form's button, and through it the form
        edited = null;
        returnTo = null;
    }

    private void finish(TimelineEvent chosen) {
        Consumer<TimelineEvent> whenPicked = picked;
        end();
        whenPicked.accept(chosen);
    }

    private void end() {
        picked = null;
        status.accept("");
        // As the timeline has it now (an undo or a filter may have changed it since the pick began), if it shows it.
        TimelineEvent back = returnTo == null ? null : timeline.getContent().event(returnTo.id());
        TimelineEvent selected = timeline.getSelectedEvent();
        if (selected == null ? back != null : !isReturnTo(selected) || back == null) {
            reselect.accept(back);
        }
        if (focusBack != null && focusBack.getScene() == timeline.getScene()) {
            focusBack.requestFocus();
        }
        focusBack = null;
        edited = null;
        returnTo = null;
    }

    private boolean isReturnTo(TimelineEvent event) {
        return returnTo != null && event != null && returnTo.id().equals(event.id());
    }

    private boolean isEdited(TimelineEvent event) {
        return edited != null && event != null && edited.id().equals(event.id());
    }
}
