package org.chronoline.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.WeakChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.chronoline.io.TimelineSource;
import org.chronoline.model.DisplayText;
import org.chronoline.model.SavedView;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.find.RelatedEvents;
import org.chronoline.text.Messages;
import org.chronoline.view.KeyedFocus;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineView;
import org.controlsfx.control.MasterDetailPane;

/**
 * The main window: menus and toolbar on top, the timeline with the details panel beside it, a
 * status bar below. It connects the parts: {@link DocumentFiles} for opening and saving,
 * {@link Editing} for changes, {@link DocumentSession} for the document and its history.
 */
public final class MainWindow {
    private static final String STYLESHEET = "/org/chronoline/app/chronoline.css";

    private final Stage stage;
    private final TimelineView timeline = new TimelineView();
    private final DetailsPanel details;
    private final WindowStatus status;
    private final Settings settings = new Settings();
    private final RecentFiles recentFiles = new RecentFiles(settings);
    private final DocumentSession session = new DocumentSession();
    private final DocumentFiles files;
    private final Editing editing;
    private final BooleanBinding readOnly;
    /** The window has the user again: a file open in another Chronoline may be this one's to edit now. */
    private final ChangeListener<Boolean> whenFocused = (o, was, now) -> {
        if (now) {
            Platform.runLater(() -> files().takeOverIfLetGo()); // after the focus change: it may ask about kept edits
        }
    };
    private final Finder finder;
    private final SearchBox searchBox;
    /** Made the first time it is shown: most sessions never open it, and a window should start fast. */
    private FilterPanel filters;
    /** Made the first time the list is shown, for the same reason. */
    private EventTable table;
    private final TabPane views = new TabPane();
    private final BorderPane center = new BorderPane();
    private final WindowActions actions;
    private final DocumentCommands commands;
    /** Whether the filter panel is beside the timeline. */
    private final BooleanProperty filtersShown = new SimpleBooleanProperty(this, "filtersShown");
    /** Whether a file is being read (its progress and Cancel are in the status line). */
    private final BooleanProperty openingFile = new SimpleBooleanProperty(this, "openingFile");
    private final Background background = new Background();
    private final Appearance appearance = new Appearance();
    private final Dialogs dialogs;
    private final EventPictures pictures;
    private final Exports exports;
    private final Presenting presenting;
    private final Studying studying;
    /** The side panel's width, and whether it shows. */
    private final DetailsSplit sidePanel;
    private Runnable onClosed = Platform::exit;

    /**
     * @param openLink opens an http(s) address in the system browser
     */
    public MainWindow(Stage stage, Consumer<String> openLink) {
        this.stage = stage;
        TextMenus.installEverywhere();
        CyrillicKeys.installEverywhere();
        this.dialogs = new Dialogs(stage, appearance::fontStyle, () -> appearance.textScaleProperty().get());
        this.files = new DocumentFiles(new FilesWindow(), session, recentFiles, background);
        this.finder = new Finder(timeline, background);
        this.status = new WindowStatus(session, finder, timeline, () -> files.lastLoad(), () -> {
            if (files.lastLoad() != null) {
                ProblemsDialog.show(dialogs, files.sourceName(), files.lastLoad());
            }
        });
        this.details = new DetailsPanel(new SourceLinks(openLink, status::show));
        this.editing = new Editing(session, timeline, details, finder::everything, status::show, dialogs, this::focusShownView);
        files.askFirst(editing::mayReplaceForm, editing::formHasChanges); // the form's unapplied changes before the file's unsaved ones
        editing.onTyping(files.keepTyping(editing::typing, editing::formHasChanges)); // and kept against a crash with them
        this.readOnly = Bindings.createBooleanBinding(() -> session.documentProperty().get() == null || session.isReadOnly(),
                session.documentProperty(), session.readOnlyProperty());
        this.searchBox = new SearchBox(finder, timeline::requestFocus);
        this.pictures = new EventPictures(session::file, background);
        this.exports = new Exports(dialogs, status::show, session::readFrom, session::document, background);
        details.setPictures(pictures::of);
        this.presenting = new Presenting(stage, timeline, finder, session::document, pictures, status::show,
                searchBox::hideResults, this::updateStatus);
        this.commands = new DocumentCommands(dialogs, session, files, editing, timeline, finder, exports, status::show,
                status::text);
        this.studying = new Studying(stage, finder, session::document, status::show);
        this.actions = new WindowActions(new ActionsWindow(), session, files, editing, timeline, finder, presenting, studying, commands,
                dialogs, readOnly);
        filtersShown.addListener((o, was, now) -> center.setLeft(now ? filters() : null));
        TimelineContextMenu.attach(timeline, actions);

        details.eventProperty().bind(timeline.selectedEventProperty());
        details.timelineProperty().bind(timeline.contentProperty());
        details.queryProperty().bind(finder.queryProperty());
        // No Edit button on a timeline that may only be read (written by a newer Chronoline, or open in another).
        details.setOnEdit(readOnly.get() ? null : editing::editSelected);
        readOnly.addListener((o, was, now) -> details.setOnEdit(now ? null : editing::editSelected));
        details.setOnFollowLink(new FollowedLinks(timeline, finder, details, status::show)::show);
        details.setOnCopyCitation(event -> commands.copyCitation(event));
        details.setOnTag(this::showTag);
        details.tagsShownProperty().bind(Bindings.createObjectBinding(() -> finder.filterProperty().get().tags(), finder.filterProperty()));
        timeline.selectedEventProperty().addListener((o, old, now) -> finder.selectionChanged(now));

        timeline.setId("timeline");
        details.setId("details");
        timeline.editableProperty().bind(readOnly.not());
        session.changeProperty().addListener((o, old, change) -> {
            if (change.kind() == DocumentSession.Change.Kind.OPENED) {
                showNewDocument(change.document());
            } else {
                documentChanged(change.document());
            }
        });

        Tab timelineTab = new Tab(Messages.get("tab.timeline"), new TimelinePlace(timeline, session.documentProperty(), openingFile,
                files::chooseAndOpen, files::newTimeline, this::openDefault));
        // The list joins the scene the first time it is shown: a table the user has not asked for
        // would otherwise be styled and laid out while the window opens.
        Tab listTab = new Tab(Messages.get("tab.list"));
        listTab.selectedProperty().addListener((o, was, now) -> {
            if (now && listTab.getContent() == null) {
                listTab.setContent(table());
            }
        });
        timelineTab.setClosable(false);
        listTab.setClosable(false);
        views.getTabs().addAll(timelineTab, listTab);
        views.setId("views");
        views.setAccessibleText(Messages.get("a11y.views"));
        views.getStyleClass().add("main-views");
        center.setCenter(views);
        MasterDetailPane split = new MasterDetailPane(Side.RIGHT);
        split.setMasterNode(center);
        split.setDetailNode(details);
        this.sidePanel = new DetailsSplit(split, center.leftProperty(),
                () -> Appearance.BASE_FONT_PX * appearance.textScaleProperty().get(), settings, status::show, status::withdraw);
        sidePanel.keepShownWhile(details.editingProperty());
        appearance.textScaleProperty().addListener((o, old, now) -> Platform.runLater(sidePanel::refit)); // once restyled
        // Hidden with the keys in it (F9, or the form it showed for closing), the panel gives them to the timeline.
        sidePanel.showingProperty().addListener((o, was, now) -> {
            if (!now && (details.holdsKeyboard() || stage.getScene() != null && stage.getScene().getFocusOwner() == null)) {
                timeline.requestFocus();
            }
        });
        split.getStyleClass().add("main-split");
        split.setFocusTraversable(false); // a layout, not a control: Tab goes to what is inside it

        BorderPane root = new BorderPane(split);
        WindowMenus menus = new WindowMenus(actions, timeline, session::document, recentFiles, presenting, studying, this::open,
                this::chooseView, status::show, appearance, sidePanel);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar(filtersShown,
                Bindings.createBooleanBinding(() -> !finder.filterProperty().get().isEmpty(), finder.filterProperty()), searchBox.field())));
        root.setBottom(status.node());
        root.getStyleClass().add("main-window");

        Pane overlays = new Pane(searchBox.overlay());
        overlays.setPickOnBounds(false);
        StackPane layers = new StackPane(root, overlays);
        Scene scene = new Scene(layers, 1400, 860);
        scene.getStylesheets().addAll(appearance.themeProperty().get().stylesheet(), MainWindow.class.getResource(STYLESHEET).toExternalForm());
        appearance.applyTo(scene);
        timeline.allLinksVisibleProperty().bind(appearance.allLinksProperty());
        scene.addEventHandler(DragEvent.DRAG_OVER, this::onDragOver);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, this::onDragDropped);
        WindowKeys.install(scene, timeline, details, sidePanel, editing, actions, this::focusShownView);
        KeyedFocus.install(scene); // the ring for focus handed over after a key, not only after Tab
        KeyedFocus.beforeAnyInput(); // and for the timeline's at the start
        WindowRegions.install(scene, List.of(
                WindowRegions.Region.focusing(() -> views, this::focusShownView),
                new WindowRegions.Region(() -> sidePanel.isShowing() ? details : null, details::takeKeyboard),
                WindowRegions.Region.focusing(searchBox::field, searchBox::focus),
                WindowRegions.Region.focusing(() -> filtersShown.get() ? filters() : null, () -> filters().focusFirst())));
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        new WindowPlacement(settings).place(stage);
        stage.titleProperty().bind(Bindings.createStringBinding(this::windowTitle, session.documentProperty(),
                session.modifiedProperty(), session.fileProperty()));
        // Weakly: the stage may outlive this window (tests give every window the same one), and would hold it all.
        stage.focusedProperty().addListener(new WeakChangeListener<>(whenFocused));
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        // The window's icons (seven sizes, each a PNG to decode) wait until the timeline has painted
        // its first frame: the taskbar shows them a moment later, the timeline shows sooner.
        timeline.framesPaintedProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable painted) {
                timeline.framesPaintedProperty().removeListener(this);
                Platform.runLater(() -> Icons.setWindowIcons(stage));
            }
        });
        Focus.whenInScene(timeline);
    }

    /** What the status line says now. */
    String statusText() {
        return status.text();
    }

    /**
     * The window title: the timeline's title and its file's name, with a star while there are unsaved changes. Two
     * files of one title ("Untitled timeline", a copy kept aside) looked the same, and which was open only the status
     * line said, once (editor's walk-through).
     */
    private String windowTitle() {
        TimelineDocument d = session.document();
        Path file = session.file();
        String name = file == null || file.getFileName() == null ? null : DisplayText.inSentence(file.getFileName().toString());
        String title = d == null || d.title().isBlank() ? null : DisplayText.inSentence(d.title());
        if (title == null && (d == null || name == null)) {
            return Messages.get("window.title.empty");
        }
        if (title != null && name != null) {
            return Messages.get(session.isModified() ? "window.title.file.modified" : "window.title.file", title, name);
        }
        // One of them: the timeline's title where it has no file, else (no title of its own) the file's name alone.
        return Messages.get(session.isModified() ? "window.title.modified" : "window.title", title != null ? title : name);
    }

    Stage stage() {
        return stage;
    }

    Appearance appearance() {
        return appearance;
    }

    Exports exports() {
        return exports;
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

    WindowActions actions() {
        return actions;
    }

    ObservableBooleanValue readOnly() {
        return readOnly;
    }

    // ---- opening and closing -------------------------------------------------------------------

    /** The bundled arms-control timeline: {@code data/events.json} when run from the project, else the copy inside the jar. */
    public void openDefault() {
        Path local = BundledTimeline.projectCopy();
        if (local != null) {
            open(local);
            return;
        }
        try {
            TimelineSource inside = BundledTimeline.inside();
            if (inside != null) {
                files.openSource(inside);
            }
        } catch (IOException e) {
            status.show(Messages.get("problem.io.other", e.getMessage()));
        }
    }

    public void open(Path file) {
        files.open(file);
    }

    /**
     * Opens a timeline whose reading started before the window was built.
     *
     * @param file the file it was read from, or null for one that has none (the bundled timeline inside Chronoline)
     */
    void open(TimelineSource source, Path file, DocumentLoad.EarlyRead headStart) {
        files.open(source, file, headStart);
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

    private FilterPanel filters() {
        if (filters == null) {
            filters = new FilterPanel(finder, dialogs, edit -> editing.perform(edit), this::focusShownView);
            if (finder.document() != null) {
                filters.documentChanged(finder.document());
            }
        }
        return filters;
    }

    /** Gives the keys to the timeline or the list, whichever tab is shown. */
    private void focusShownView() {
        (views.getSelectionModel().getSelectedIndex() == 0 ? (Node) timeline : table()).requestFocus();
    }

    /** The list (View > List), made when first asked for. */
    EventTable table() {
        if (table == null) {
            table = new EventTable(finder, timeline, actions::forEvent);
        }
        return table;
    }

    /** A different document is now open: show it from scratch, every event, fitted to all of them from its first frame. */
    private void showNewDocument(TimelineDocument document) {
        editing.closeForm();
        searchBox.field().clear();
        finder.newDocument(document);
        if (filters != null) {
            filters.documentChanged(document);
        }
        details.setRelations(relationsOf(document));
        timeline.fitAllAtOnce();
        updateStatus();
    }

    /** The same document changed (an edit, undo, redo): show it, keeping the view, filter, search and selection. */
    private void documentChanged(TimelineDocument document) {
        finder.documentChanged(document);
        if (filters != null) {
            filters.documentChanged(document);
        }
        details.setRelations(relationsOf(document));
        updateStatus();
    }

    /**
     * The links between the document's events: the shown index's when it holds all of them (no
     * filter hides any), worked out once for the panel and the arrows (an opened file's on the
     * thread that read it), else worked out now.
     */
    private RelatedEvents relationsOf(TimelineDocument document) {
        TimelineContent shown = timeline.getContent();
        return shown.document().events() == document.events() ? shown.relations() : new RelatedEvents(document);
    }

    /** A tag's chip pressed: the filter shows only the events with that tag; pressed while it asks for the tag, it stops asking. */
    private void showTag(String tag) {
        boolean asked = finder.filterProperty().get().tags().contains(tag);
        finder.filterProperty().set(finder.filterProperty().get().withTagPressed(tag));
        status.show(asked ? Messages.get("status.tagShownAll", DisplayText.inSentence(tag))
                : Messages.get("status.tagShown", timeline.getContent().events().size(), DisplayText.inSentence(tag)));
    }

    private void updateStatus() {
        status.update();
    }

    /** What {@link DocumentFiles} may do to the window. */
    private final class FilesWindow implements DocumentFiles.Window {
        @Override
        public Dialogs dialogs() {
            return dialogs;
        }

        @Override
        public void status(String text) {
            status.show(text);
        }

        @Override
        public void indexed(TimelineContent content) {
            finder.offerIndex(content);
        }

        @Override
        public void importCsv(Path file) {
            commands.importCsv(file);
        }

        @Override
        public void loading(Task<?> task) {
            status.loading(task);
            openingFile.set(task != null);
        }
    }

    // ---- what only the window does -----------------------------------------------------------

    Finder finder() {
        return finder;
    }

    /** The running presentation, or null. */
    PresentationMode presentation() {
        return presenting.running();
    }

    /** Presenting: View > Present, Present Tour and Rehearse. */
    Presenting presenting() {
        return presenting;
    }

    /** The open study window, or null. */
    StudyMode study() {
        return studying.running();
    }

    Studying studying() {
        return studying;
    }

    DocumentCommands commands() {
        return commands;
    }

    boolean filtersShown() {
        return filtersShown.get();
    }

    /** What {@link WindowActions} may ask of the window: its panes, its search field, closing it. */
    private final class ActionsWindow implements WindowActions.Window {
        @Override
        public void toggleList() {
            views.getSelectionModel().select(views.getSelectionModel().getSelectedIndex() == 0 ? 1 : 0);
            focusShownView();
        }

        @Override
        public void toggleFilters() {
            filtersShown.set(!filtersShown.get());
            // From the keyboard the keys go with the panel: into it when it opens, back to the timeline when it closes.
            if (filtersShown.get()) {
                filters().focusFirst();
            } else {
                timeline.requestFocus();
            }
        }

        @Override
        public void focusSearch() {
            searchBox.focus();
        }

        @Override
        public void requestClose() {
            MainWindow.this.requestClose();
        }

        @Override
        public boolean isTyping() {
            return stage.getScene().getFocusOwner() instanceof TextInputControl;
        }
    }

    /** A saved view, from the View menu: the filter panel opens with it. */
    private void chooseView(SavedView saved) {
        filtersShown.set(true);
        filters().choose(saved);
    }

    /** A right-click, or the menu key (Shift+F10), which means the selected event when there is one. */
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
