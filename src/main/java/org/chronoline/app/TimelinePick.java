package org.chronoline.app;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
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
    /** The event selected when the pick began, the one being edited (none for a new event's form). */
    private TimelineEvent edited;
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
            if (e.getCode() == KeyCode.ENTER && selected != null && !isEdited(selected)) {
                e.consume();
                finish(selected);
            } else {
                byKeys = true;
            }
        });
        timeline.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> byKeys = false);
    }

    void start(Consumer<TimelineEvent> whenPicked) {
        picked = whenPicked;
        edited = timeline.getSelectedEvent();
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
            return;
        }
        if (byKeys) {
            status.accept(Messages.get("form.related.pickEnter", now.title()));
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
    }

    private void finish(TimelineEvent chosen) {
        Consumer<TimelineEvent> whenPicked = picked;
        end();
        whenPicked.accept(chosen);
    }

    private void end() {
        picked = null;
        status.accept("");
        TimelineEvent selected = timeline.getSelectedEvent();
        if (selected == null ? edited != null : !isEdited(selected)) {
            reselect.accept(edited);
        }
        if (focusBack != null && focusBack.getScene() == timeline.getScene()) {
            focusBack.requestFocus();
        }
        focusBack = null;
        edited = null;
    }

    private boolean isEdited(TimelineEvent event) {
        return edited != null && event != null && edited.id().equals(event.id());
    }
}
