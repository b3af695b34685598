package org.chronoline.app;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.chronoline.view.TimelineView;

/**
 * The main window's keys that are no menu item's accelerator: the second shortcuts some users
 * reach for first (Ctrl+Y for Redo, Shift+F5 from a clicker), Esc leaving the pick of a related
 * event, and on the timeline Enter, which gives the keys to the selected event's text in the side
 * panel, and there Esc, which gives them back. The menus' own keys
 * are in {@link WindowActions}; the timeline's moving and zooming keys in the view's own input.
 */
final class WindowKeys {
    private final TimelineView timeline;
    private final DetailsPanel details;
    private final DetailsSplit sidePanel;

    private WindowKeys(TimelineView timeline, DetailsPanel details, DetailsSplit sidePanel) {
        this.timeline = timeline;
        this.details = details;
        this.sidePanel = sidePanel;
    }

    /** Installs the keys on {@code scene} and its {@code timeline}; {@code backToView} gives the keys to the timeline or the list shown. */
    static void install(Scene scene, TimelineView timeline, DetailsPanel details, DetailsSplit sidePanel, Editing editing,
                        WindowActions actions, Runnable backToView) {
        WindowKeys keys = new WindowKeys(timeline, details, sidePanel);
        timeline.addEventHandler(KeyEvent.KEY_PRESSED, keys::onTimelineKey);
        // Esc in the side panel's text goes back where Enter came from: it did nothing, and the way back was Shift+Tab
        // three times or F6 (keyboard walk-through). The event form takes its own Esc first, to ask about its edits.
        details.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                backToView.run();
                e.consume();
            }
        });
        // Redo has a second shortcut, the one most Windows programs use.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), editing::redo);
        // Present has a second key too: Shift+F5, PowerPoint's "from the current slide", which some clickers send.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), () -> {
            if (!actions.present.isDisabled()) {
                actions.present.handle(null);
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && editing.stopPicking()) {
                e.consume();
            }
        });
    }

    private void onTimelineKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER && timeline.getSelectedEvent() != null) {
            if (giveDetailsTheKeyboard()) {
                e.consume();
            }
        }
    }

    /** The side panel takes the keys, shown first if the reader had hidden it; false when it has no control to take them. */
    private boolean giveDetailsTheKeyboard() {
        sidePanel.shownProperty().set(true);
        return details.takeKeyboard();
    }
}
