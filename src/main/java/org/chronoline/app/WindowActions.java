package org.chronoline.app;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.input.KeyCombination;
import org.chronoline.text.Messages;
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
    final Action importCsv;
    final Action exportTimelineJs;
    final Action exportCsv;
    final Action exportWholePng;
    final Action exportSvg;
    final Action print;
    final Action present;
    final Action find;
    final Action findNext;
    final Action findPrevious;
    final Action showList;
    final Action showFilters;
    final Action copyCitation;
    final Action shortcuts;
    final Action about;

    WindowActions(MainWindow w) {
        ObservableBooleanValue readOnly = w.readOnly();
        ObservableBooleanValue noSelection = w.timeline().selectedEventProperty().isNull();

        newTimeline = action("action.newTimeline", "Shortcut+N", null, e -> w.files().newTimeline());
        open = action("action.open", "Shortcut+O", "open", e -> w.files().chooseAndOpen());
        open.setLongText(Messages.get("action.open.long"));
        save = action("action.save", "Shortcut+S", "save", e -> w.files().save(null));
        save.setLongText(Messages.get("action.save.long"));
        save.disabledProperty().bind(readOnly);
        saveAs = action("action.saveAs", "Shortcut+Shift+S", null, e -> w.files().saveAs(null));
        saveAs.disabledProperty().bind(readOnly);
        quit = action("action.quit", "Shortcut+Q", null, e -> w.requestClose());

        undo = action("action.undo", "Shortcut+Z", "undo", e -> w.editing().undo());
        undo.textProperty().bind(Bindings.createStringBinding(() -> w.session().undoLabelProperty().get() == null
                ? Messages.get("action.undo") : Messages.get("action.undo.named", w.session().undoLabelProperty().get()),
                w.session().undoLabelProperty()));
        undo.disabledProperty().bind(w.session().undoLabelProperty().isNull());
        undo.setLongText(Messages.get("action.undo.long"));
        redo = action("action.redo", "Shortcut+Shift+Z", "redo", e -> w.editing().redo());
        redo.textProperty().bind(Bindings.createStringBinding(() -> w.session().redoLabelProperty().get() == null
                ? Messages.get("action.redo") : Messages.get("action.redo.named", w.session().redoLabelProperty().get()),
                w.session().redoLabelProperty()));
        redo.disabledProperty().bind(w.session().redoLabelProperty().isNull());
        redo.setLongText(Messages.get("action.redo.long"));

        // Plain keys also type text: from a text field they must type, not edit the timeline.
        newEvent = action("action.newEvent", "Insert", "add", w.unlessTyping(e -> w.editing().newEvent()));
        newEvent.setLongText(Messages.get("action.newEvent.long"));
        newEvent.disabledProperty().bind(readOnly);
        editEvent = action("action.editEvent", "F2", null, e -> w.editing().editSelected());
        editEvent.disabledProperty().bind(Bindings.or(readOnly, noSelection));
        duplicate = action("action.duplicate", "Shortcut+D", null, e -> w.editing().duplicateSelected());
        duplicate.disabledProperty().bind(Bindings.or(readOnly, noSelection));
        delete = action("action.delete", "Delete", null, w.unlessTyping(e -> w.editing().deleteSelected()));
        delete.disabledProperty().bind(Bindings.or(readOnly, noSelection));
        editSelected = action("action.editSelected", null, null, e -> w.editSelectedEvents());
        editSelected.disabledProperty().bind(Bindings.or(readOnly, Bindings.size(w.timeline().getSelectedIds()).lessThan(2)));
        categories = action("action.categories", null, null, e -> w.editCategories());
        categories.disabledProperty().bind(readOnly);
        eras = action("action.eras", null, null, e -> w.editEras());
        eras.disabledProperty().bind(readOnly);
        tours = action("action.tours", null, null, e -> w.editTours());
        tours.disabledProperty().bind(readOnly);
        timelineInfo = action("action.timelineInfo", null, null, e -> w.editTimelineInfo());
        timelineInfo.disabledProperty().bind(readOnly);

        fitAll = action("action.fitAll", "Shortcut+0", "fit", e -> w.timeline().fitAll());
        fitAll.setLongText(Messages.get("action.fitAll.long"));
        zoomIn = action("action.zoomIn", "Shortcut+EQUALS", "zoom-in", e -> w.timeline().zoom(1.5));
        zoomIn.setLongText(Messages.get("action.zoomIn.long"));
        zoomOut = action("action.zoomOut", "Shortcut+MINUS", "zoom-out", e -> w.timeline().zoom(1 / 1.5));
        zoomOut.setLongText(Messages.get("action.zoomOut.long"));
        zoomToSelection = action("action.zoomToSelection", "Z", null, w.unlessTyping(e -> w.timeline().zoomToSelection()));
        zoomToSelection.disabledProperty().bind(noSelection);
        goTo = action("action.goTo", "Shortcut+G", "calendar", e -> w.goToDate());
        goTo.setLongText(Messages.get("action.goTo.long"));
        back = action("action.back", "Alt+LEFT", "back", e -> w.timeline().back());
        back.setLongText(Messages.get("action.back.long"));
        back.disabledProperty().bind(w.timeline().canGoBackProperty().not());
        forward = action("action.forward", "Alt+RIGHT", "forward", e -> w.timeline().forward());
        forward.setLongText(Messages.get("action.forward.long"));
        forward.disabledProperty().bind(w.timeline().canGoForwardProperty().not());
        firstEvent = action("action.firstEvent", "Home", null, w.unlessTyping(e -> w.timeline().selectFirst()));
        lastEvent = action("action.lastEvent", "End", null, w.unlessTyping(e -> w.timeline().selectLast()));
        previousEvent = action("action.previousEvent", "'['", null, w.unlessTyping(e -> w.timeline().selectAdjacent(-1)));
        nextEvent = action("action.nextEvent", "']'", null, w.unlessTyping(e -> w.timeline().selectAdjacent(1)));
        exportImage = action("action.exportImage", "Shortcut+E", null, e -> w.exportImage());
        exportHandout = action("action.exportHandout", null, null, e -> w.exportHandout());
        exportHandout.disabledProperty().bind(w.session().documentProperty().isNull());
        importCsv = action("action.importCsv", "Shortcut+Shift+I", null, e -> w.chooseCsvToImport());
        exportTimelineJs = action("action.exportTimelineJs", null, null, e -> w.exports().timelineJs(w.session().document(), w.baseName()));
        exportCsv = action("action.exportCsv", null, null, e -> w.exports().csv(w.session().document(), List.copyOf(w.finder().shown()),
                w.baseName()));
        exportWholePng = action("action.exportWholePng", null, null, e -> w.exports().wholePng(w.timeline(), w.baseName()));
        exportSvg = action("action.exportSvg", null, null, e -> w.exports().wholeSvg(w.timeline(), w.baseName()));
        print = action("action.print", "Shortcut+P", null, e -> PrintPreview.show(w.dialogs(), w.timeline(), w.session().document().title(),
                w::status));
        for (Action a : List.of(exportTimelineJs, exportCsv, exportWholePng, exportSvg, print)) {
            a.disabledProperty().bind(w.session().documentProperty().isNull());
        }
        present = action("action.present", "F5", "present", e -> w.present());
        present.setLongText(Messages.get("action.present.long"));
        present.disabledProperty().bind(w.session().documentProperty().isNull());
        find = action("action.find", "Shortcut+F", null, e -> w.focusSearch());
        findNext = action("action.findNext", "F3", null, e -> w.finder().step(1));
        findPrevious = action("action.findPrevious", "Shift+F3", null, e -> w.finder().step(-1));
        showList = action("action.showList", "Shortcut+L", null, e -> w.toggleList());
        showFilters = action("action.showFilters", "Shortcut+Shift+F", null, e -> w.toggleFilters());
        copyCitation = action("action.copyCitation", "Shortcut+Shift+C", null, e -> w.copyCitation(w.timeline().getSelectedEvent()));
        copyCitation.disabledProperty().bind(noSelection);
        shortcuts = action("action.shortcuts", "F1", null, e -> ShortcutsDialog.show(w.dialogs()));
        about = action("action.about", null, null, e -> AboutDialog.show(w.dialogs()));
    }

    /** The name of the action's toolbar glyph, or null. */
    static String iconOf(Action action) {
        return (String) action.getProperties().get(ICON);
    }

    List<Action> toolbar() {
        return List.of(open, save, ActionUtils.ACTION_SEPARATOR, undo, redo, newEvent, ActionUtils.ACTION_SEPARATOR, back, forward,
                ActionUtils.ACTION_SEPARATOR, zoomOut, zoomIn, fitAll, goTo, ActionUtils.ACTION_SEPARATOR, present);
    }

    private static Action action(String textKey, String accelerator, String icon, java.util.function.Consumer<ActionEvent> handler) {
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
