package org.chronoline.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.chronoline.io.LoadResult;
import org.chronoline.io.TimelineSource;
import org.chronoline.model.CivilCalendar;
import org.chronoline.model.DateText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.Theme;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineView;
import org.controlsfx.control.MasterDetailPane;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * The main window: menus and toolbar on top, the timeline with the details panel beside it, a
 * status bar below. It connects the parts: {@link DocumentFiles} for opening and saving,
 * {@link Editing} for changes, {@link DocumentSession} for the document and its history.
 */
public final class MainWindow {
    private static final String STYLESHEET = "/org/chronoline/app/chronoline.css";
    private static final String BUNDLED = "/org/chronoline/data/events.json";

    private final Stage stage;
    private final TimelineView timeline = new TimelineView();
    private final DetailsPanel details;
    private final StatusBar statusBar = new StatusBar();
    private final Button warningsButton = new Button();
    private final Button cancelLoadButton = new Button(Messages.get("load.cancel"));
    private final RecentFiles recentFiles = new RecentFiles();
    private final DocumentSession session = new DocumentSession();
    private final DocumentFiles files;
    private final Editing editing;
    private final BooleanBinding readOnly;
    private final WindowActions actions;
    private Task<?> loading;
    private Runnable onClosed = Platform::exit;

    /**
     * @param openLink opens an http(s) address in the system browser
     */
    public MainWindow(Stage stage, Consumer<String> openLink) {
        this.stage = stage;
        this.details = new DetailsPanel(openLink);
        this.files = new DocumentFiles(new FilesWindow(), session, recentFiles);
        this.editing = new Editing(session, timeline, details, statusBar::setText);
        this.readOnly = Bindings.createBooleanBinding(() -> session.documentProperty().get() == null || session.isReadOnly(),
                session.documentProperty());
        this.actions = new WindowActions(this);

        details.eventProperty().bind(timeline.selectedEventProperty());
        details.timelineProperty().bind(timeline.contentProperty());
        details.setOnEdit(editing::editSelected);
        timeline.setId("timeline");
        details.setId("details");
        timeline.editableProperty().bind(readOnly.not());
        session.documentProperty().addListener((o, old, now) -> documentChanged(now));
        session.modifiedProperty().addListener((o, old, now) -> updateStatus());

        MasterDetailPane split = new MasterDetailPane(Side.RIGHT);
        split.setMasterNode(timeline);
        split.setDetailNode(details);
        split.setDividerPosition(0.72);
        split.getStyleClass().add("main-split");

        warningsButton.getStyleClass().add("warnings-button");
        warningsButton.setVisible(false);
        warningsButton.setOnAction(e -> {
            if (files.lastLoad() != null) {
                ProblemsDialog.show(stage, files.sourceName(), files.lastLoad());
            }
        });
        cancelLoadButton.getStyleClass().add("cancel-load-button");
        cancelLoadButton.setVisible(false);
        cancelLoadButton.setOnAction(e -> {
            if (loading != null) {
                loading.cancel();
            }
        });
        statusBar.getRightItems().addAll(cancelLoadButton, warningsButton);
        statusBar.setText("");

        BorderPane root = new BorderPane(split);
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(statusBar);
        root.getStyleClass().add("main-window");

        Scene scene = new Scene(root, 1400, 860);
        scene.getStylesheets().addAll(Theme.LIGHT.stylesheet(), MainWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventHandler(DragEvent.DRAG_OVER, this::onDragOver);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, this::onDragDropped);
        // Redo has a second shortcut, the one most Windows programs use.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), () -> editing.redo());
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && editing.stopPicking()) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.titleProperty().bind(Bindings.createStringBinding(this::windowTitle, session.documentProperty(),
                session.modifiedProperty()));
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        Icons.setWindowIcons(stage);
        timeline.requestFocus();
    }

    /** The window title: the timeline's title, with a star while there are unsaved changes. */
    private String windowTitle() {
        TimelineDocument d = session.document();
        if (d == null || d.title().isBlank()) {
            return Messages.get("window.title.empty");
        }
        return Messages.get(session.isModified() ? "window.title.modified" : "window.title", d.title());
    }

    Stage stage() {
        return stage;
    }

    public TimelineView timeline() {
        return timeline;
    }

    DocumentSession session() {
        return session;
    }

    DocumentFiles files() {
        return files;
    }

    Editing editing() {
        return editing;
    }

    ObservableBooleanValue readOnly() {
        return readOnly;
    }

    // ---- opening and closing -------------------------------------------------------------------

    /** The bundled arms-control timeline: {@code data/events.json} when run from the project, else the copy inside the jar. */
    public void openDefault() {
        Path local = Path.of("data", "events.json");
        if (Files.isRegularFile(local)) {
            open(local);
            return;
        }
        try (InputStream in = MainWindow.class.getResourceAsStream(BUNDLED)) {
            if (in != null) {
                files.openSource(TimelineSource.of("events.json", in.readAllBytes()));
            }
        } catch (IOException e) {
            statusBar.setText(Messages.get("problem.io.other", e.getMessage()));
        }
    }

    public void open(Path file) {
        files.open(file);
    }

    /** Closes the window after asking about unsaved changes (Save, Don't Save, Cancel). */
    void requestClose() {
        files.confirmDiscard(() -> {
            files.close();
            stage.hide();
            onClosed.run();
        });
    }

    /** What happens once the window has closed; the application exits, tests only take note. */
    public void setOnClosed(Runnable action) {
        onClosed = action;
    }

    /** A different document is now open: show it from scratch, fitted to all its events. */
    private void showNewDocument() {
        details.stopEditing();
        timeline.showDocument(new TimelineContent(session.document()));
        timeline.fitAll();
        updateStatus();
    }

    /** The same document changed (an edit, undo, redo): show it, keeping the view and the selection. */
    private void documentChanged(TimelineDocument document) {
        if (document == null || document == timeline.getContent().document()) {
            return;
        }
        TimelineEvent selected = timeline.getSelectedEvent();
        Set<String> selectedIds = Set.copyOf(timeline.getSelectedIds());
        TimelineContent content = new TimelineContent(document);
        timeline.setContent(content);
        timeline.setSelectedEvent(selected == null ? null : content.event(selected.id()));
        selectedIds.stream().filter(id -> content.event(id) != null).forEach(id -> timeline.getSelectedIds().add(id));
        updateStatus();
    }

    private void updateStatus() {
        TimelineDocument document = session.document();
        if (document == null) {
            statusBar.setText("");
            warningsButton.setVisible(false);
            return;
        }
        TimelineContent content = timeline.getContent();
        double[] extent = content.extent();
        String text = extent == null ? Messages.get("status.noEvents")
                : Messages.get("status.events", String.format(java.util.Locale.ENGLISH, "%,d", content.events().size()), yearSpan(extent));
        if (session.isReadOnly()) {
            text += " · " + Messages.get("status.readOnly");
        } else if (session.isModified()) {
            text += " · " + Messages.get("status.unsaved");
        }
        statusBar.setText(text);
        LoadResult load = files.lastLoad();
        int warnings = load == null ? 0 : load.warnings().size() + load.omittedProblems();
        warningsButton.setVisible(warnings > 0);
        warningsButton.setText(warnings == 1 ? Messages.get("status.warning") : Messages.get("status.warnings", warnings));
    }

    private static String yearSpan(double[] extent) {
        return DateText.year(CivilCalendar.yearOf(extent[0])) + " \u2013 " + DateText.year(CivilCalendar.yearOf(extent[1] - 1));
    }

    /** What {@link DocumentFiles} may do to the window. */
    private final class FilesWindow implements DocumentFiles.Window {
        @Override
        public Stage stage() {
            return stage;
        }

        @Override
        public void showNewDocument() {
            MainWindow.this.showNewDocument();
        }

        @Override
        public void status(String text) {
            statusBar.setText(text);
        }

        @Override
        public void loading(Task<?> task) {
            loading = task;
            cancelLoadButton.setVisible(task != null);
            statusBar.progressProperty().unbind();
            if (task != null) {
                statusBar.progressProperty().bind(task.progressProperty());
            } else {
                statusBar.setProgress(0);
            }
        }
    }

    // ---- commands ------------------------------------------------------------------------------

    void exportImage() {
        ImageExport.run(stage, timeline, statusBar::setText);
    }

    void goToDate() {
        GoToDateDialog.ask(stage).ifPresent(date -> {
            timeline.goTo(date);
            timeline.requestFocus();
        });
    }

    void editCategories() {
        CategoriesDialog.show(stage, session, editing::perform);
    }

    void editEras() {
        ErasDialog.show(stage, session, editing::perform);
    }

    void editTours() {
        ToursDialog.show(stage, session, editing::perform, Set.copyOf(timeline.getSelectedIds()));
    }

    void editTimelineInfo() {
        TimelineInfoDialog.show(stage, session.document(), editing::perform);
    }

    void editSelectedEvents() {
        BulkEditDialog.show(stage, session.document(), Set.copyOf(timeline.getSelectedIds()), editing::perform);
    }

    /** Wraps a handler so that it does nothing while the user is typing in a text field. */
    Consumer<ActionEvent> unlessTyping(Consumer<ActionEvent> handler) {
        return e -> {
            if (!(stage.getScene().getFocusOwner() instanceof TextInputControl)) {
                handler.accept(e);
            }
        };
    }

    // ---- menus and toolbar ---------------------------------------------------------------------

    private MenuBar menuBar() {
        Menu recent = new Menu(Messages.get("menu.openRecent"));
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        Menu file = new Menu(Messages.get("menu.file"), null,
                item(actions.newTimeline), item(actions.open), recent, new SeparatorMenuItem(),
                item(actions.save), item(actions.saveAs), new SeparatorMenuItem(), item(actions.exportImage),
                new SeparatorMenuItem(), item(actions.quit));
        Menu edit = new Menu(Messages.get("menu.edit"), null,
                item(actions.undo), item(actions.redo), new SeparatorMenuItem(),
                item(actions.newEvent), item(actions.editEvent), item(actions.duplicate), item(actions.delete),
                item(actions.editSelected), new SeparatorMenuItem(),
                item(actions.categories), item(actions.eras), item(actions.tours), item(actions.timelineInfo));
        Menu view = new Menu(Messages.get("menu.view"), null,
                item(actions.fitAll), item(actions.zoomIn), item(actions.zoomOut), item(actions.zoomToSelection),
                new SeparatorMenuItem(),
                item(actions.goTo), item(actions.back), item(actions.forward), new SeparatorMenuItem(),
                item(actions.firstEvent), item(actions.previousEvent), item(actions.nextEvent), item(actions.lastEvent),
                new SeparatorMenuItem(), layoutMenu());
        Menu help = new Menu(Messages.get("menu.help"), null, item(actions.shortcuts), item(actions.about));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(Action action) {
        return ActionUtils.createMenuItem(action);
    }

    private Menu layoutMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(Messages.get("menu.layout"));
        for (LayoutMode mode : LayoutMode.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(mode == LayoutMode.COMPACT ? "layout.compact" : "layout.byCategory"));
            item.setToggleGroup(group);
            item.setSelected(timeline.getLayoutMode() == mode);
            item.setOnAction(e -> timeline.setLayoutMode(mode));
            timeline.layoutModeProperty().addListener((o, old, now) -> item.setSelected(now == mode));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        List<Path> paths = recentFiles.list();
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.openRecent.empty"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (Path path : paths) {
            MenuItem item = new MenuItem(path.getFileName() + "  \u2014  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(path));
            menu.getItems().add(item);
        }
        MenuItem clear = new MenuItem(Messages.get("menu.openRecent.clear"));
        clear.setOnAction(e -> recentFiles.clear());
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        bar.getStyleClass().add("main-toolbar");
        for (Action action : actions.toolbar()) {
            if (action == ActionUtils.ACTION_SEPARATOR) {
                bar.getItems().add(new javafx.scene.control.Separator());
                continue;
            }
            Button button = ActionUtils.createButton(action, ActionUtils.ActionTextBehavior.HIDE);
            String icon = WindowActions.iconOf(action);
            if (icon != null) {
                button.graphicProperty().unbind();
                button.setGraphic(Icons.glyph(icon));
                button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }
            button.tooltipProperty().unbind();
            Tooltip tooltip = new Tooltip();
            tooltip.textProperty().bind(Bindings.createStringBinding(() -> tooltipText(action), action.textProperty(),
                    action.longTextProperty()));
            button.setTooltip(tooltip);
            button.setFocusTraversable(false);
            bar.getItems().add(button);
        }
        return bar;
    }

    private static String tooltipText(Action action) {
        String shortcut = action.getAccelerator() == null ? "" : "  (" + action.getAccelerator().getDisplayText() + ")";
        String text = action.textProperty().isBound() || action.getLongText() == null ? action.getText() : action.getLongText();
        return text.replace("_", "") + shortcut;
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        List<File> dropped = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (!dropped.isEmpty()) {
            open(dropped.get(0).toPath());
        }
        e.setDropCompleted(!dropped.isEmpty());
        e.consume();
    }
}
