package org.chronoline.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.chronoline.io.LoadResult;
import org.chronoline.io.TimelineSource;
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
 * status bar below. It opens files through {@link DocumentLoad} and connects the parts; the logic
 * lives in them.
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
    private final WindowActions actions;
    private final ObjectProperty<OpenTimeline> current = new SimpleObjectProperty<>(this, "current");
    private DocumentLoad loading;

    /** The timeline on screen: where it came from, and what loading it reported. */
    record OpenTimeline(TimelineSource source, TimelineContent content, LoadResult result) {
    }

    /**
     * @param openLink opens an http(s) address in the system browser
     */
    public MainWindow(Stage stage, Consumer<String> openLink) {
        this.stage = stage;
        this.details = new DetailsPanel(openLink);
        this.actions = new WindowActions(this);

        details.eventProperty().bind(timeline.selectedEventProperty());
        details.timelineProperty().bind(timeline.contentProperty());
        timeline.setId("timeline");
        details.setId("details");

        MasterDetailPane split = new MasterDetailPane(Side.RIGHT);
        split.setMasterNode(timeline);
        split.setDetailNode(details);
        split.setDividerPosition(0.72);
        split.getStyleClass().add("main-split");

        warningsButton.getStyleClass().add("warnings-button");
        warningsButton.setVisible(false);
        warningsButton.setOnAction(e -> {
            OpenTimeline open = current.get();
            if (open != null) {
                ProblemsDialog.show(stage, open.source().name(), open.result());
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
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            OpenTimeline open = current.get();
            return open == null || open.content().document().title().isBlank()
                    ? Messages.get("window.title.empty")
                    : Messages.get("window.title", open.content().document().title());
        }, current));
        Icons.setWindowIcons(stage);
        timeline.requestFocus();
    }

    Stage stage() {
        return stage;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** The bundled arms-control timeline: {@code data/events.json} when run from the project, else the copy inside the jar. */
    public void openDefault() {
        Path local = Path.of("data", "events.json");
        if (Files.isRegularFile(local)) {
            open(local);
            return;
        }
        try (InputStream in = MainWindow.class.getResourceAsStream(BUNDLED)) {
            if (in != null) {
                open(TimelineSource.of("events.json", in.readAllBytes()), null);
            }
        } catch (IOException e) {
            statusBar.setText(Messages.get("problem.io.other", e.getMessage()));
        }
    }

    public void open(Path file) {
        open(TimelineSource.of(file), file);
    }

    private void open(TimelineSource source, Path file) {
        if (loading != null) {
            loading.cancel();
        }
        DocumentLoad load = new DocumentLoad(source);
        loading = load;
        statusBar.setText(Messages.get("status.loading", source.name()));
        statusBar.progressProperty().bind(load.progressProperty());
        cancelLoadButton.setVisible(true);
        load.setOnSucceeded(e -> finishLoad(load, file));
        load.setOnFailed(e -> finishLoad(load, file));
        load.setOnCancelled(e -> finishLoad(load, file));
        Thread thread = new Thread(load, "chronoline-load");
        thread.setDaemon(true);
        thread.start();
    }

    private void finishLoad(DocumentLoad load, Path file) {
        if (load != loading) {
            return;
        }
        loading = null;
        cancelLoadButton.setVisible(false);
        statusBar.progressProperty().unbind();
        statusBar.setProgress(0);
        DocumentLoad.Outcome outcome = load.getValue();
        if (outcome == null) {
            updateStatus();
            if (load.isCancelled()) {
                statusBar.setText(Messages.get("status.cancelled", load.sourceName()));
            }
            return;
        }
        LoadResult result = outcome.result();
        if (result.status() == LoadResult.Status.CANCELLED || load.isCancelled()) {
            updateStatus();
            statusBar.setText(Messages.get("status.cancelled", outcome.source().name()));
            return;
        }
        if (!result.isLoaded()) {
            updateStatus();
            ProblemsDialog.show(stage, outcome.source().name(), result);
            return;
        }
        timeline.setSelectedEvent(null);
        timeline.setContent(outcome.content());
        current.set(new OpenTimeline(outcome.source(), outcome.content(), result));
        timeline.fitAll();
        if (file != null) {
            recentFiles.add(file);
        }
        updateStatus();
    }

    private void updateStatus() {
        OpenTimeline open = current.get();
        if (open == null) {
            statusBar.setText("");
            warningsButton.setVisible(false);
            return;
        }
        TimelineContent content = open.content();
        double[] extent = content.extent();
        String text = extent == null ? Messages.get("status.noEvents")
                : Messages.get("status.events", String.format(java.util.Locale.ENGLISH, "%,d", content.events().size()), yearSpan(extent));
        if (content.document().isFromNewerVersion()) {
            text += " · " + Messages.get("status.readOnly");
        }
        statusBar.setText(text);
        int warnings = open.result().warnings().size() + open.result().omittedProblems();
        warningsButton.setVisible(warnings > 0);
        warningsButton.setText(warnings == 1 ? Messages.get("status.warning") : Messages.get("status.warnings", warnings));
    }

    private static String yearSpan(double[] extent) {
        return org.chronoline.model.DateText.year(org.chronoline.model.CivilCalendar.yearOf(extent[0])) + " \u2013 "
                + org.chronoline.model.DateText.year(org.chronoline.model.CivilCalendar.yearOf(extent[1] - 1));
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("dialog.open.filter"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("dialog.open.filterAll"), "*"));
        OpenTimeline open = current.get();
        Path currentFile = open == null ? null : open.source().path();
        if (currentFile != null && currentFile.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(currentFile.toAbsolutePath().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    void exportImage() {
        ImageExport.run(stage, timeline, statusBar::setText);
    }

    void goToDate() {
        GoToDateDialog.ask(stage).ifPresent(date -> {
            timeline.goTo(date);
            timeline.requestFocus();
        });
    }

    /** Wraps a handler so that it does nothing while the user is typing in a text field. */
    java.util.function.Consumer<javafx.event.ActionEvent> unlessTyping(java.util.function.Consumer<javafx.event.ActionEvent> handler) {
        return e -> {
            if (!(stage.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                handler.accept(e);
            }
        };
    }

    void quit() {
        Platform.exit();
    }

    private MenuBar menuBar() {
        Menu recent = new Menu(Messages.get("menu.openRecent"));
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        Menu file = new Menu(Messages.get("menu.file"), null,
                ActionUtils.createMenuItem(actions.open), recent, new SeparatorMenuItem(), ActionUtils.createMenuItem(actions.quit));
        Menu view = new Menu(Messages.get("menu.view"), null,
                ActionUtils.createMenuItem(actions.fitAll), ActionUtils.createMenuItem(actions.zoomIn),
                ActionUtils.createMenuItem(actions.zoomOut), ActionUtils.createMenuItem(actions.zoomToSelection),
                new SeparatorMenuItem(),
                ActionUtils.createMenuItem(actions.goTo), ActionUtils.createMenuItem(actions.back),
                ActionUtils.createMenuItem(actions.forward), new SeparatorMenuItem(),
                ActionUtils.createMenuItem(actions.firstEvent), ActionUtils.createMenuItem(actions.previousEvent),
                ActionUtils.createMenuItem(actions.nextEvent), ActionUtils.createMenuItem(actions.lastEvent),
                new SeparatorMenuItem(), layoutMenu(), new SeparatorMenuItem(), ActionUtils.createMenuItem(actions.exportImage));
        Menu help = new Menu(Messages.get("menu.help"), null,
                ActionUtils.createMenuItem(actions.shortcuts), ActionUtils.createMenuItem(actions.about));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu layoutMenu() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        Menu menu = new Menu(Messages.get("menu.layout"));
        for (LayoutMode mode : LayoutMode.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    Messages.get(mode == LayoutMode.COMPACT ? "layout.compact" : "layout.byCategory"));
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
        List<Path> files = recentFiles.list();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.openRecent.empty"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (Path file : files) {
            MenuItem item = new MenuItem(file.getFileName() + "  \u2014  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(file));
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
            String shortcut = action.getAccelerator() == null ? "" : "  (" + action.getAccelerator().getDisplayText() + ")";
            button.tooltipProperty().unbind();
            button.setTooltip(new Tooltip((action.getLongText() != null ? action.getLongText() : action.getText()).replace("_", "")
                    + shortcut));
            button.setFocusTraversable(false);
            bar.getItems().add(button);
        }
        return bar;
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (!files.isEmpty()) {
            open(files.get(0).toPath());
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }
}
