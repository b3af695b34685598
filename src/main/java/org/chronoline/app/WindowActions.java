package org.chronoline.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.control.ContextMenu;
import org.chronoline.model.DateText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineView;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;


/**
 * Every command of the window as one ControlsFX {@link Action}, shared by the menu bar and the
 * toolbar so that text, shortcut, icon and enabled state are defined once.
 */
final class WindowActions {
    private static final String ICON = "chronoline.icon";

    final Action newTimeline;
    final Action open;
    final Action save;
    final Action saveAs;
    final Action quit;
    final Action undo;
    final Action redo;
    final Action newEvent;
    final Action editEvent;
    final Action duplicate;
    final Action delete;
    final Action editSelected;
    final Action categories;
    final Action eras;
    final Action tours;
    final Action timelineInfo;
    final Action fitAll;
    final Action zoomIn;
    final Action zoomOut;
    final Action zoomToSelection;
    final Action goTo;
    final Action back;
    final Action forward;
    final Action firstEvent;
    final Action lastEvent;
    final Action previousEvent;
    final Action nextEvent;
    final Action exportImage;
    final Action exportHandout;
    final Action publishWebPage;
    final Action importCsv;
    final Action exportTimelineJs;
    final Action exportCsv;
    final Action exportWholePng;
    final Action exportSvg;
    final Action print;
    final Action present;
    final Action rehearse;
    final Action study;
    final Action find;
    final Action findNext;
    final Action findPrevious;
    final Action showList;
    final Action showFilters;
    final Action copyCitation;
    final Action shortcuts;
    final Action about;

    /** What the window itself does, which no other part knows: its panes, its search field, closing it. */
    interface Window {
        void toggleList();

        void toggleFilters();

        void focusSearch();

        void requestClose();

        /** Whether the keyboard is in a text field, where plain keys must type rather than command. */
        boolean isTyping();
    }

    private final Window window;
    private final Editing editing;
    private final TimelineView timeline;
    private final Presenting presenting;
    private final DocumentCommands commands;

    WindowActions(Window window, DocumentSession session, DocumentFiles files, Editing editing, TimelineView timeline, Finder finder,
            Presenting presenting, Studying studying, DocumentCommands commands, Dialogs dialogs, ObservableBooleanValue readOnly) {
        this.window = window;
        this.editing = editing;
        this.timeline = timeline;
        this.presenting = presenting;
        this.commands = commands;
        ObservableBooleanValue noSelection = timeline.selectedEventProperty().isNull();

        newTimeline = action("action.newTimeline", "Shortcut+N", null, e -> files.newTimeline());
        open = action("action.open", "Shortcut+O", "open", e -> files.chooseAndOpen());
        open.setLongText(Messages.get("action.open.long"));
        save = action("action.save", "Shortcut+S", "save", e -> files.save(null));
        save.setLongText(Messages.get("action.save.long"));
        save.disabledProperty().bind(readOnly);
        saveAs = action("action.saveAs", "Shortcut+Shift+S", null, e -> files.saveAs(null));
        // A timeline open in another Chronoline may be saved as a copy, to edit here (one from a newer version may not).
        saveAs.disabledProperty().bind(Bindings.createBooleanBinding(
                () -> readOnly.get() && !session.isOpenElsewhere(), readOnly));
        quit = action("action.quit", "Shortcut+Q", null, e -> window.requestClose());

        undo = action("action.undo", "Shortcut+Z", "undo", e -> editing.undo());
        undo.textProperty().bind(Bindings.createStringBinding(() -> session.undoLabelProperty().get() == null
                ? Messages.get("action.undo") : Messages.get("action.undo.named", session.undoLabelProperty().get()),
                session.undoLabelProperty()));
        undo.disabledProperty().bind(session.undoLabelProperty().isNull());
        undo.setLongText(Messages.get("action.undo.long"));
        redo = action("action.redo", "Shortcut+Shift+Z", "redo", e -> editing.redo());
        redo.textProperty().bind(Bindings.createStringBinding(() -> session.redoLabelProperty().get() == null
                ? Messages.get("action.redo") : Messages.get("action.redo.named", session.redoLabelProperty().get()),
                session.redoLabelProperty()));
        redo.disabledProperty().bind(session.redoLabelProperty().isNull());
        redo.setLongText(Messages.get("action.redo.long"));

        // Plain keys also type text: from a text field they must type, not edit the timeline.
        newEvent = action("action.newEvent", "Insert", "add", unlessTyping(e -> editing.newEvent()));
        newEvent.setLongText(Messages.get("action.newEvent.long"));
        newEvent.disabledProperty().bind(readOnly);
        editEvent = action("action.editEvent", "F2", null, e -> editing.editSelected());
        editEvent.disabledProperty().bind(Bindings.or(readOnly, noSelection));
        duplicate = action("action.duplicate", "Shortcut+D", null, e -> editing.duplicateSelected());
        duplicate.disabledProperty().bind(Bindings.or(readOnly, noSelection));
        delete = action("action.delete", "Delete", null, unlessTyping(e -> editing.deleteSelected()));
        delete.disabledProperty().bind(Bindings.or(readOnly, noSelection));
        editSelected = action("action.editSelected", null, null, e -> commands.editSelectedEvents());
        editSelected.disabledProperty().bind(Bindings.or(readOnly, Bindings.size(timeline.getSelectedIds()).lessThan(2)));
        categories = action("action.categories", null, null, e -> commands.editCategories());
        categories.disabledProperty().bind(readOnly);
        eras = action("action.eras", null, null, e -> commands.editEras());
        eras.disabledProperty().bind(readOnly);
        tours = action("action.tours", null, null, e -> commands.editTours());
        tours.disabledProperty().bind(readOnly);
        timelineInfo = action("action.timelineInfo", null, null, e -> commands.editTimelineInfo());
        timelineInfo.disabledProperty().bind(readOnly);

        fitAll = action("action.fitAll", "Shortcut+0", "fit", e -> timeline.fitAll());
        fitAll.setLongText(Messages.get("action.fitAll.long"));
        zoomIn = action("action.zoomIn", "Shortcut+EQUALS", "zoom-in", e -> timeline.zoom(1.5));
        zoomIn.setLongText(Messages.get("action.zoomIn.long"));
        zoomOut = action("action.zoomOut", "Shortcut+MINUS", "zoom-out", e -> timeline.zoom(1 / 1.5));
        zoomOut.setLongText(Messages.get("action.zoomOut.long"));
        zoomToSelection = action("action.zoomToSelection", "Z", null, unlessTyping(e -> timeline.zoomToSelection()));
        zoomToSelection.disabledProperty().bind(noSelection);
        goTo = action("action.goTo", "Shortcut+G", "calendar", e -> commands.goToDate());
        goTo.setLongText(Messages.get("action.goTo.long"));
        back = action("action.back", "Alt+LEFT", "back", e -> timeline.back());
        back.setLongText(Messages.get("action.back.long"));
        back.disabledProperty().bind(timeline.canGoBackProperty().not());
        forward = action("action.forward", "Alt+RIGHT", "forward", e -> timeline.forward());
        forward.setLongText(Messages.get("action.forward.long"));
        forward.disabledProperty().bind(timeline.canGoForwardProperty().not());
        firstEvent = action("action.firstEvent", "Home", null, unlessTyping(e -> timeline.selectFirst()));
        lastEvent = action("action.lastEvent", "End", null, unlessTyping(e -> timeline.selectLast()));
        previousEvent = action("action.previousEvent", "'['", null, unlessTyping(e -> timeline.selectAdjacent(-1)));
        nextEvent = action("action.nextEvent", "']'", null, unlessTyping(e -> timeline.selectAdjacent(1)));
        exportImage = action("action.exportImage", "Shortcut+E", null, e -> commands.exportImage());
        exportHandout = action("action.exportHandout", null, null, e -> commands.exportHandout(presenting.lastTour()));
        exportHandout.disabledProperty().bind(session.documentProperty().isNull());
        publishWebPage = action("action.publishWebPage", null, null, e -> commands.publishWebPage());
        publishWebPage.setLongText(Messages.get("action.publishWebPage.long"));
        publishWebPage.disabledProperty().bind(session.documentProperty().isNull());
        importCsv = action("action.importCsv", "Shortcut+Shift+I", null, e -> commands.chooseCsvToImport());
        exportTimelineJs = action("action.exportTimelineJs", null, null, e -> commands.exportTimelineJs());
        exportCsv = action("action.exportCsv", null, null, e -> commands.exportCsv());
        exportWholePng = action("action.exportWholePng", null, null, e -> commands.exportWholePng());
        exportSvg = action("action.exportSvg", null, null, e -> commands.exportWholeSvg());
        print = action("action.print", "Shortcut+P", null, e -> commands.print());
        for (Action a : List.of(exportTimelineJs, exportCsv, exportWholePng, exportSvg, print)) {
            a.disabledProperty().bind(session.documentProperty().isNull());
        }
        present = action("action.present", "F5", "present", e -> presenting.present());
        study = action("action.study", "F7", "study", e -> studying.study());
        study.setLongText(Messages.get("action.study.long"));
        present.setLongText(Messages.get("action.present.long"));
        present.disabledProperty().bind(session.documentProperty().isNull());
        rehearse = action("action.rehearse", "Alt+F5", null, e -> presenting.rehearse());
        rehearse.setLongText(Messages.get("action.rehearse.long"));
        rehearse.disabledProperty().bind(session.documentProperty().isNull());
        find = action("action.find", "Shortcut+F", null, e -> window.focusSearch());
        findNext = action("action.findNext", "F3", null, e -> finder.step(1));
        findPrevious = action("action.findPrevious", "Shift+F3", null, e -> finder.step(-1));
        showList = action("action.showList", "Shortcut+L", null, e -> window.toggleList());
        showFilters = action("action.showFilters", "Shortcut+Shift+F", null, e -> window.toggleFilters());
        copyCitation = action("action.copyCitation", "Shortcut+Shift+C", null, e -> commands.copyCitation(timeline.getSelectedEvent()));
        copyCitation.disabledProperty().bind(noSelection);
        // With no timeline open there is nothing to zoom, go to, find, filter, study or picture: said by their being
        // greyed out, rather than by doing nothing when asked.
        for (Action a : List.of(fitAll, zoomIn, zoomOut, goTo, exportImage, study, find, findNext, findPrevious, showFilters)) {
            a.disabledProperty().bind(session.documentProperty().isNull());
        }
        shortcuts = action("action.shortcuts", "F1", null, e -> ShortcutsDialog.show(dialogs));
        about = action("action.about", null, null, e -> AboutDialog.show(dialogs));
    }

    /** Wraps a handler so that it does nothing while the user is typing in a text field. */
    private Consumer<ActionEvent> unlessTyping(Consumer<ActionEvent> handler) {
        return e -> {
            if (!window.isTyping()) {
                handler.accept(e);
            }
        };
    }

    /**
     * The menu for a right-click on an event: what a desktop user expects to do with it there. The
     * event is selected first, so that the commands (and their shortcuts) mean this event.
     */
    ContextMenu forEvent(TimelineEvent event) {
        timeline.setSelectedEvent(event);
        Action presentFromHere = new Action(Messages.get("context.presentFromHere"), e -> presenting.present());
        return ActionUtils.createContextMenu(List.of(editEvent, delete, duplicate, ActionUtils.ACTION_SEPARATOR, copyCitation,
                ActionUtils.ACTION_SEPARATOR, presentFromHere, zoomToSelection));
    }

    /** The menu for a right-click on empty space: add an event at the date there, or find one's way. */
    ContextMenu forEmptySpace(HistoricalDate at) {
        Action addHere = new Action(Messages.get("context.addHere", at == null ? "" : DateText.format(at)), e -> editing.createRequested(at));
        if (at == null) {
            addHere.setDisabled(true);
        } else {
            addHere.disabledProperty().bind(newEvent.disabledProperty());
        }
        return ActionUtils.createContextMenu(List.of(addHere, ActionUtils.ACTION_SEPARATOR, fitAll, goTo, back, forward));
    }

    /** The name of the action's toolbar glyph, or null. */
    static String iconOf(Action action) {
        return (String) action.getProperties().get(ICON);
    }

    List<Action> toolbar() {
        return List.of(open, save, ActionUtils.ACTION_SEPARATOR, undo, redo, newEvent, ActionUtils.ACTION_SEPARATOR, back, forward,
                ActionUtils.ACTION_SEPARATOR, zoomOut, zoomIn, fitAll, goTo, ActionUtils.ACTION_SEPARATOR, present, study);
    }

    private static Action action(String textKey, String accelerator, String icon, Consumer<ActionEvent> handler) {
        Action action = new Action(Messages.get(textKey), handler);
        if (accelerator != null) {
            action.setAccelerator(LocalKeys.of(accelerator));
        }
        if (icon != null) {
            // A node has one parent, so each button gets its own glyph (see iconOf); menus show none.
            action.getProperties().put(ICON, icon);
        }
        return action;
    }
}
