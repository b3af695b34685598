package org.chronoline.app;

import java.util.List;
import javafx.scene.input.KeyCombination;
import org.chronoline.text.Messages;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * Every command of the window as one ControlsFX {@link Action}, shared by the menu bar and the
 * toolbar so that text, shortcut, icon and enabled state are defined once.
 */
final class WindowActions {
    final Action open;
    final Action quit;
    final Action fitAll;
    final Action zoomIn;
    final Action zoomOut;
    final Action shortcuts;
    final Action about;
    final Action back;
    final Action forward;
    final Action goTo;
    final Action zoomToSelection;
    final Action firstEvent;
    final Action lastEvent;
    final Action previousEvent;
    final Action nextEvent;
    final Action exportImage;

    WindowActions(MainWindow window) {
        open = action("action.open", "Shortcut+O", "open", e -> window.chooseAndOpen());
        open.setLongText(Messages.get("action.open.long"));
        quit = action("action.quit", "Shortcut+Q", null, e -> window.quit());
        fitAll = action("action.fitAll", "Shortcut+0", "fit", e -> window.timeline().fitAll());
        fitAll.setLongText(Messages.get("action.fitAll.long"));
        zoomIn = action("action.zoomIn", "Shortcut+EQUALS", "zoom-in", e -> window.timeline().zoom(1.5));
        zoomIn.setLongText(Messages.get("action.zoomIn.long"));
        zoomOut = action("action.zoomOut", "Shortcut+MINUS", "zoom-out", e -> window.timeline().zoom(1 / 1.5));
        zoomOut.setLongText(Messages.get("action.zoomOut.long"));
        shortcuts = action("action.shortcuts", "F1", null, e -> ShortcutsDialog.show(window.stage()));
        back = action("action.back", "Alt+LEFT", "back", e -> window.timeline().back());
        back.setLongText(Messages.get("action.back.long"));
        back.disabledProperty().bind(window.timeline().canGoBackProperty().not());
        forward = action("action.forward", "Alt+RIGHT", "forward", e -> window.timeline().forward());
        forward.setLongText(Messages.get("action.forward.long"));
        forward.disabledProperty().bind(window.timeline().canGoForwardProperty().not());
        goTo = action("action.goTo", "Shortcut+G", "calendar", e -> window.goToDate());
        goTo.setLongText(Messages.get("action.goTo.long"));
        // Plain keys also type text: from a text field they must type, not navigate.
        zoomToSelection = action("action.zoomToSelection", "Z", null, window.unlessTyping(e -> window.timeline().zoomToSelection()));
        zoomToSelection.disabledProperty().bind(window.timeline().selectedEventProperty().isNull());
        firstEvent = action("action.firstEvent", "Home", null, window.unlessTyping(e -> window.timeline().selectFirst()));
        lastEvent = action("action.lastEvent", "End", null, window.unlessTyping(e -> window.timeline().selectLast()));
        previousEvent = action("action.previousEvent", "OPEN_BRACKET", null, window.unlessTyping(e -> window.timeline().selectAdjacent(-1)));
        exportImage = action("action.exportImage", "Shortcut+E", null, e -> window.exportImage());
        nextEvent = action("action.nextEvent", "CLOSE_BRACKET", null, window.unlessTyping(e -> window.timeline().selectAdjacent(1)));
        about = action("action.about", null, null, e -> AboutDialog.show(window.stage()));
    }

    private static final String ICON = "chronoline.icon";

    /** The name of the action's toolbar glyph, or null. */
    static String iconOf(Action action) {
        return (String) action.getProperties().get(ICON);
    }

    List<Action> toolbar() {
        return List.of(open, ActionUtils.ACTION_SEPARATOR, back, forward, ActionUtils.ACTION_SEPARATOR, zoomOut, zoomIn, fitAll,
                goTo);
    }

    private static Action action(String textKey, String accelerator, String icon,
                                 java.util.function.Consumer<javafx.event.ActionEvent> handler) {
        Action action = new Action(Messages.get(textKey), handler);
        if (accelerator != null) {
            action.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (icon != null) {
            // A node has one parent, so each button gets its own glyph (see iconOf); menus show none.
            action.getProperties().put(ICON, icon);
        }
        return action;
    }
}
