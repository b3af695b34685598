package org.chronoline.app;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineView;

/**
 * The timeline's context menu: an event's (Edit, Delete, Duplicate, Copy Citation, Present from
 * Here…) on an event, or the empty space's (Add Event Here, Fit All…). A right-click opens the one
 * under the pointer; the Menu key or Shift+F10 the selected event's, under its marker, or the empty
 * space's in the middle of the view. Not every platform's JavaFX turns those keys into a menu
 * request (none did under a keyboard-only walk-through on Linux), so they are asked for here, and a
 * request while one is showing opens no second.
 */
final class TimelineContextMenu {
    private final TimelineView timeline;
    private final WindowActions actions;
    private ContextMenu showing;

    private TimelineContextMenu(TimelineView timeline, WindowActions actions) {
        this.timeline = timeline;
        this.actions = actions;
    }

    static void attach(TimelineView timeline, WindowActions actions) {
        TimelineContextMenu menus = new TimelineContextMenu(timeline, actions);
        timeline.setOnContextMenuRequested(menus::requested);
        timeline.addEventHandler(KeyEvent.KEY_PRESSED, menus::keyPressed);
    }

    private void keyPressed(KeyEvent e) {
        boolean menuKey = e.getCode() == KeyCode.CONTEXT_MENU && !e.isShiftDown() || e.getCode() == KeyCode.F10 && e.isShiftDown();
        if (!menuKey || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        // The middle of the view: where the empty space's menu opens (a selected event's opens under its marker, below).
        Point2D at = new Point2D(timeline.getWidth() / 2, timeline.getHeight() / 2);
        Point2D screen = timeline.localToScreen(at);
        timeline.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, at.getX(), at.getY(),
                screen == null ? 0 : screen.getX(), screen == null ? 0 : screen.getY(), true, null));
        e.consume();
    }

    private void requested(ContextMenuEvent e) {
        e.consume();
        if (e.isKeyboardTrigger() && showing != null && showing.isShowing()) {
            return; // the platform's request and ours, for one key
        }
        TimelineEvent event = e.isKeyboardTrigger() ? timeline.getSelectedEvent() : timeline.eventAt(e.getX(), e.getY());
        ContextMenu menu = event != null ? actions.forEvent(event) : actions.forEmptySpace(timeline.dateAt(e.getX()));
        menu.setId(event != null ? "event-context-menu" : "timeline-context-menu");
        Bounds marker = event != null && e.isKeyboardTrigger() ? timeline.eventBounds(event.id()) : null;
        if (marker != null) {
            Bounds screen = timeline.localToScreen(marker);
            menu.show(timeline, screen.getMinX(), screen.getMaxY());
        } else {
            menu.show(timeline, e.getScreenX(), e.getScreenY());
        }
        showing = menu;
    }
}
