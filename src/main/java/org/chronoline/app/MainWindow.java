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
    private final Settings settings = new Settings();
    private final RecentFiles recentFiles = new RecentFiles(settings);
    private final DocumentSession session = new DocumentSession();
    private final DocumentFiles files;
    private final Editing editing;
    private final BooleanBinding readOnly;
    private final Finder finder;
    private final SearchBox searchBox;
    private final FilterPanel filters;
    private final EventTable table;
    private final javafx.scene.control.TabPane views = new javafx.scene.control.TabPane();
    private final BorderPane center = new BorderPane();
    private final WindowActions actions;
    private final Background background = new Background();
    private final Dialogs dialogs;
    private final EventPictures pictures;
    private final Exports exports;
    private final Presenting presenting;
    private Task<?> loading;
    private Runnable onClosed = Platform::exit;

    /**
     * @param openLink opens an http(s) address in the system browser
     */
    public MainWindow(Stage stage, Consumer<String> openLink) {
        this.stage = stage;
        this.dialogs = new Dialogs(stage);
        this.details = new DetailsPanel(openLink);
        this.files = new DocumentFiles(new FilesWindow(), session, recentFiles);
        this.editing = new Editing(session, timeline, details, statusBar::setText);
        this.readOnly = Bindings.createBooleanBinding(() -> session.documentProperty().get() == null || session.isReadOnly(),
                session.documentProperty());
        this.finder = new Finder(timeline);
        this.searchBox = new SearchBox(finder, timeline::requestFocus);
        this.filters = new FilterPanel(finder, dialogs, edit -> editing.perform(edit));
        this.table = new EventTable(finder, timeline);
        this.actions = new WindowActions(this);
        this.pictures = new EventPictures(session::file, background);
        this.exports = new Exports(dialogs, statusBar::setText, session::file);
        details.setPictures(pictures::of);
        this.presenting = new Presenting(stage, timeline, finder, session::document, pictures, statusBar::setText,
                searchBox::hideResults, this::updateStatus);

        details.eventProperty().bind(timeline.selectedEventProperty());
        details.timelineProperty().bind(timeline.contentProperty());
        details.setOnEdit(editing::editSelected);
        details.setOnFollowLink(this::showEvent);
        details.setOnCopyCitation(this::copyCitation);
        timeline.selectedEventProperty().addListener((o, old, now) -> finder.selectionChanged(now));
        finder.filterStatusProperty().addListener((o, old, now) -> updateStatus());
        finder.searchStatusProperty().addListener((o, old, now) -> updateStatus());
        timeline.setId("timeline");
        details.setId("details");
        timeline.editableProperty().bind(readOnly.not());
        session.documentProperty().addListener((o, old, now) -> documentChanged(now));
        session.modifiedProperty().addListener((o, old, now) -> updateStatus());

        javafx.scene.control.Tab timelineTab = new javafx.scene.control.Tab(Messages.get("tab.timeline"), timeline);
        // The list joins the scene the first time it is shown: a table the user has not asked for
        // would otherwise be styled and laid out while the window opens.
        javafx.scene.control.Tab listTab = new javafx.scene.control.Tab(Messages.get("tab.list"));
        listTab.selectedProperty().addListener((o, was, now) -> {
            if (now && listTab.getContent() == null) {
                listTab.setContent(table);
            }
        });
        timelineTab.setClosable(false);
        listTab.setClosable(false);
        views.getTabs().addAll(timelineTab, listTab);
        views.setId("views");
        views.getStyleClass().add("main-views");
        center.setCenter(views);
        MasterDetailPane split = new MasterDetailPane(Side.RIGHT);
        split.setMasterNode(center);
        split.setDetailNode(details);
        split.setDividerPosition(0.72);
        split.getStyleClass().add("main-split");

        warningsButton.getStyleClass().add("warnings-button");
        warningsButton.setVisible(false);
        warningsButton.setOnAction(e -> {
            if (files.lastLoad() != null) {
                ProblemsDialog.show(dialogs, files.sourceName(), files.lastLoad());
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

        javafx.scene.layout.Pane overlays = new javafx.scene.layout.Pane(searchBox.overlay());
        overlays.setPickOnBounds(false);
        javafx.scene.layout.StackPane layers = new javafx.scene.layout.StackPane(root, overlays);
        Scene scene = new Scene(layers, 1400, 860);
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
        new WindowPlacement(settings).place(stage);
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

    Dialogs dialogs() {
        return dialogs;
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
        Path local = defaultFile();
        if (local != null) {
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

    /** The bundled timeline as a file, when run from the project folder; null otherwise. */
    static Path defaultFile() {
        Path local = Path.of("data", "events.json");
        return Files.isRegularFile(local) ? local : null;
    }

    public void open(Path file) {
        files.open(file);
    }

    /** Opens a file whose reading started before the window was built. */
    void open(Path file, java.util.concurrent.Future<DocumentLoad.Outcome> headStart) {
        files.open(file, headStart);
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

    /** A different document is now open: show it from scratch, every event, fitted to all of them. */
    private void showNewDocument() {
        details.stopEditing();
        TimelineDocument document = session.document();
        searchBox.field().clear();
        finder.newDocument(document);
        filters.documentChanged(document);
        details.setRelations(new org.chronoline.model.find.RelatedEvents(document));
        timeline.fitAll();
        updateStatus();
    }

    /** The same document changed (an edit, undo, redo): show it, keeping the view, filter, search and selection. */
    private void documentChanged(TimelineDocument document) {
        if (document == null || document == finder.document()) {
            return;
        }
        finder.documentChanged(document);
        filters.documentChanged(document);
        details.setRelations(new org.chronoline.model.find.RelatedEvents(document));
        updateStatus();
    }

    /** Selects an event by id from a link; when the filter hides it, the filter is cleared first. */
    private void showEvent(String id) {
        if (timeline.getContent().event(id) == null && finder.document() != null
                && finder.document().events().stream().anyMatch(e -> e.id().equals(id))) {
            finder.clearFilters();
        }
        TimelineEvent event = timeline.getContent().event(id);
        if (event != null) {
            timeline.select(event);
        }
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
        if (!finder.filterStatusProperty().get().isEmpty()) {
            text = finder.filterStatusProperty().get() + " · " + yearSpan(extent == null ? new double[] {0, 1} : extent);
        }
        if (!finder.searchStatusProperty().get().isEmpty()) {
            text += " · " + finder.searchStatusProperty().get();
        }
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
        public Dialogs dialogs() {
            return dialogs;
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
        public void indexed(TimelineContent content) {
            finder.offerIndex(content);
        }

        @Override
        public void importCsv(Path file) {
            MainWindow.this.importCsv(file);
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

    Finder finder() {
        return finder;
    }

    void focusSearch() {
        searchBox.focus();
    }

    /** View > List: switches between the timeline and the list of the same events. */
    void toggleList() {
        views.getSelectionModel().select(views.getSelectionModel().getSelectedIndex() == 0 ? 1 : 0);
        (views.getSelectionModel().getSelectedIndex() == 0 ? (javafx.scene.Node) timeline : table).requestFocus();
    }

    /** View > Filters: shows or hides the filter sidebar. */
    void toggleFilters() {
        center.setLeft(center.getLeft() == null ? filters : null);
    }

    boolean filtersShown() {
        return center.getLeft() != null;
    }

    void copyCitation(TimelineEvent event) {
        if (event == null) {
            return;
        }
        javafx.scene.input.ClipboardContent text = new javafx.scene.input.ClipboardContent();
        text.putString(org.chronoline.model.find.Citation.of(event, session.document().title()));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(text);
        statusBar.setText(Messages.get("details.citationCopied"));
    }

    void exportImage() {
        ImageExport.run(dialogs, timeline, exports);
    }

    void goToDate() {
        GoToDateDialog.ask(dialogs).ifPresent(date -> {
            timeline.goTo(date);
            timeline.requestFocus();
        });
    }

    // ---- presenting ----------------------------------------------------------------------------

    void present() {
        presenting.present();
    }

    /** The running presentation, or null. */
    PresentationMode presentation() {
        return presenting.running();
    }

    /** File > Import CSV: choose a spreadsheet, then map and preview it. */
    void chooseCsvToImport() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Messages.get("csv.import.title"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Messages.get("dialog.open.filterCsv"), "*.csv"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            importCsv(chosen.toPath());
        }
    }

    /** The import preview for a spreadsheet; what it imports replaces the open timeline after asking about unsaved changes. */
    void importCsv(Path file) {
        CsvImportDialog.ask(dialogs, file).ifPresent(result -> files.confirmDiscard(() -> {
            files.imported(result.document(), file, Messages.get("format.csv"));
            int leftOut = result.rowsRead() - result.eventsImported();
            if (leftOut > 0) {
                statusBar.setText(statusBar.getText() + " · " + Messages.get("csv.import.leftOut", leftOut));
            }
        }));
    }

    Exports exports() {
        return exports;
    }

    /** The open file's name without its extension, for naming exports. */
    String baseName() {
        Path file = session.file();
        String name = file != null ? file.getFileName().toString() : files.sourceName();
        name = name == null || name.isBlank() ? Messages.get("new.title") : name;
        return name.replaceFirst("\\.[^.]*$", "");
    }

    void status(String text) {
        statusBar.setText(text);
    }

    void exportHandout() {
        HandoutExport.run(dialogs, session.document(), session.file(), List.copyOf(finder.shown()), statusBar::setText);
    }

    void editCategories() {
        CategoriesDialog.show(dialogs, session, editing::perform);
    }

    void editEras() {
        ErasDialog.show(dialogs, session, editing::perform);
    }

    void editTours() {
        ToursDialog.show(dialogs, session, editing::perform, Set.copyOf(timeline.getSelectedIds()),
                finder.shown().stream().map(TimelineEvent::id).toList());
    }

    void editTimelineInfo() {
        TimelineInfoDialog.show(dialogs, session.document(), editing::perform);
    }

    void editSelectedEvents() {
        BulkEditDialog.show(dialogs, session.document(), Set.copyOf(timeline.getSelectedIds()), editing::perform);
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
        Menu export = new Menu(Messages.get("menu.export"), null, item(actions.exportImage), item(actions.exportWholePng),
                item(actions.exportSvg), new SeparatorMenuItem(), item(actions.exportHandout), new SeparatorMenuItem(),
                item(actions.exportTimelineJs), item(actions.exportCsv));
        Menu file = new Menu(Messages.get("menu.file"), null,
                item(actions.newTimeline), item(actions.open), recent, item(actions.importCsv), new SeparatorMenuItem(),
                item(actions.save), item(actions.saveAs), new SeparatorMenuItem(), export, item(actions.print),
                new SeparatorMenuItem(), item(actions.quit));
        Menu edit = new Menu(Messages.get("menu.edit"), null,
                item(actions.undo), item(actions.redo), new SeparatorMenuItem(), item(actions.copyCitation), new SeparatorMenuItem(),
                item(actions.newEvent), item(actions.editEvent), item(actions.duplicate), item(actions.delete),
                item(actions.editSelected), new SeparatorMenuItem(),
                item(actions.categories), item(actions.eras), item(actions.tours), item(actions.timelineInfo));
        Menu savedViews = new Menu(Messages.get("menu.views"));
        savedViews.setOnShowing(e -> fillSavedViews(savedViews));
        fillSavedViews(savedViews);
        Menu tours = presenting.toursMenu();
        Menu view = new Menu(Messages.get("menu.view"), null,
                item(actions.present), tours, new SeparatorMenuItem(),
                item(actions.find), item(actions.findNext), item(actions.findPrevious), new SeparatorMenuItem(),
                item(actions.showList), item(actions.showFilters), savedViews, new SeparatorMenuItem(),
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

    private void fillSavedViews(Menu menu) {
        menu.getItems().clear();
        TimelineDocument document = session.document();
        if (document == null || document.views().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.views.empty"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (org.chronoline.model.SavedView saved : document.views()) {
            MenuItem item = new MenuItem(saved.title());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (!filtersShown()) {
                    toggleFilters();
                }
                filters.choose(saved);
            });
            menu.getItems().add(item);
        }
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
        javafx.scene.layout.Region spring = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spring, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.ToggleButton filterToggle = new javafx.scene.control.ToggleButton(Messages.get("filter.title"));
        filterToggle.setId("filter-toggle");
        filterToggle.setFocusTraversable(false);
        filterToggle.setOnAction(e -> {
            if (filterToggle.isSelected() != filtersShown()) {
                toggleFilters();
            }
        });
        center.leftProperty().addListener((o, old, now) -> filterToggle.setSelected(now != null));
        bar.getItems().addAll(spring, filterToggle, searchBox.field());
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
