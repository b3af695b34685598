package org.chronoline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.chronoline.model.SavedView;
import org.chronoline.model.TimelineDocument;
import org.chronoline.text.Messages;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.Theme;
import org.chronoline.view.TimelineView;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * The menu bar and the toolbar, made from the window's {@link WindowActions} with ControlsFX's
 * {@link ActionUtils}, so a command's text, shortcut, icon and enabled state are defined once. The
 * lists that change (recent files, saved views, tours) are filled each time their menu opens.
 */
final class WindowMenus {
    private final WindowActions actions;
    private final TimelineView timeline;
    private final Supplier<TimelineDocument> document;
    private final RecentFiles recentFiles;
    private final Presenting presenting;
    private final Studying studying;
    private final Consumer<Path> open;
    private final Consumer<SavedView> chooseView;
    private final Consumer<String> status;
    private final Appearance appearance;
    private final DetailsSplit sidePanel;

    /**
     * @param open       opens a recent file
     * @param chooseView shows the filter panel with a saved view chosen
     */
    WindowMenus(WindowActions actions, TimelineView timeline, Supplier<TimelineDocument> document, RecentFiles recentFiles,
            Presenting presenting, Studying studying, Consumer<Path> open, Consumer<SavedView> chooseView, Consumer<String> status,
            Appearance appearance, DetailsSplit sidePanel) {
        this.actions = actions;
        this.timeline = timeline;
        this.document = document;
        this.recentFiles = recentFiles;
        this.presenting = presenting;
        this.studying = studying;
        this.open = open;
        this.chooseView = chooseView;
        this.status = status;
        this.appearance = appearance;
        this.sidePanel = sidePanel;
    }

    MenuBar menuBar() {
        Menu recent = new Menu(Messages.get("menu.openRecent"));
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        Menu export = new Menu(Messages.get("menu.export"), null, item(actions.exportImage), item(actions.exportWholePng),
                item(actions.exportSvg), new SeparatorMenuItem(), item(actions.exportHandout), new SeparatorMenuItem(),
                item(actions.exportTimelineJs), item(actions.exportCsv));
        Menu file = new Menu(Messages.get("menu.file"), null,
                item(actions.newTimeline), item(actions.open), recent, item(actions.importCsv), new SeparatorMenuItem(),
                item(actions.save), item(actions.saveAs), new SeparatorMenuItem(), export, item(actions.publishWebPage), item(actions.print),
                new SeparatorMenuItem(), item(actions.quit));
        Menu edit = new Menu(Messages.get("menu.edit"), null,
                item(actions.undo), item(actions.redo), new SeparatorMenuItem(), item(actions.copyCitation), new SeparatorMenuItem(),
                item(actions.newEvent), item(actions.editEvent), item(actions.duplicate), item(actions.delete),
                item(actions.editSelected), new SeparatorMenuItem(),
                item(actions.categories), item(actions.eras), item(actions.tours), item(actions.timelineInfo));
        Menu savedViews = new Menu(Messages.get("menu.views"));
        savedViews.setOnShowing(e -> fillSavedViews(savedViews));
        fillSavedViews(savedViews);
        Menu view = new Menu(Messages.get("menu.view"), null,
                item(actions.present), item(actions.rehearse), presenting.toursMenu(), presenting.rehearseToursMenu(), item(actions.study), studying.toursMenu(), new SeparatorMenuItem(),
                item(actions.find), item(actions.findNext), item(actions.findPrevious), new SeparatorMenuItem(),
                item(actions.showList), item(actions.showFilters), sidePanelMenu(), savedViews, new SeparatorMenuItem(),
                item(actions.fitAll), item(actions.zoomIn), item(actions.zoomOut), item(actions.zoomToSelection),
                new SeparatorMenuItem(), layoutMenu(), allLinksItem(), themeMenu(), textSizeMenu(), languageMenu());
        // Moving through time has a menu of its own: in one View menu of 28 commands, Text Size and Language
        // were below the bottom of a 768-pixel screen, behind a scroll arrow.
        Menu go = new Menu(Messages.get("menu.go"), null,
                item(actions.goTo), item(actions.back), item(actions.forward), new SeparatorMenuItem(),
                item(actions.firstEvent), item(actions.previousEvent), item(actions.nextEvent), item(actions.lastEvent));
        go.setId("go-menu");
        Menu help = new Menu(Messages.get("menu.help"), null, item(actions.shortcuts), item(actions.about));
        MenuBar bar = new MenuBar(file, edit, view, go, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** View > Show All Links: every link among the shown events drawn faded, the selected event's in full. */
    private CheckMenuItem allLinksItem() {
        CheckMenuItem item = new CheckMenuItem(Messages.get("menu.allLinks"));
        item.setId("all-links");
        item.setAccelerator(LocalKeys.of("Shortcut+Shift+K"));
        item.selectedProperty().bindBidirectional(appearance.allLinksProperty());
        return item;
    }

    /**
     * View > Side Panel: shown or hidden (F9), and wider or narrower by keys, since the divider
     * cannot take the keyboard. Hidden, it gives the timeline the window at a large text size or on
     * a small projector.
     */
    private Menu sidePanelMenu() {
        CheckMenuItem shown = new CheckMenuItem(Messages.get("sidePanel.show"));
        shown.setId("side-panel-shown");
        shown.setAccelerator(LocalKeys.of("F9"));
        shown.selectedProperty().bindBidirectional(sidePanel.shownProperty());
        shown.setOnAction(e -> status.accept(shown.isSelected() ? Messages.get("sidePanel.shownNow")
                : sidePanel.isShowing() ? Messages.get("sidePanel.hiddenAfterForm")
                : Messages.get("sidePanel.hiddenNow", shown.getAccelerator().getDisplayText())));
        MenuItem wider = new MenuItem(Messages.get("sidePanel.wider"));
        wider.setId("side-panel-wider");
        wider.setAccelerator(LocalKeys.of("Alt+Shift+LEFT"));
        wider.setOnAction(e -> resizeSidePanel(1));
        MenuItem narrower = new MenuItem(Messages.get("sidePanel.narrower"));
        narrower.setId("side-panel-narrower");
        narrower.setAccelerator(LocalKeys.of("Alt+Shift+RIGHT"));
        narrower.setOnAction(e -> resizeSidePanel(-1));
        wider.disableProperty().bind(sidePanel.showingProperty().not());
        narrower.disableProperty().bind(sidePanel.showingProperty().not());
        Menu menu = new Menu(Messages.get("menu.sidePanel"), null, shown, wider, narrower);
        menu.setId("side-panel-menu");
        return menu;
    }

    private void resizeSidePanel(int direction) {
        int percent = sidePanel.widen(direction);
        if (percent >= 0) {
            status.accept(Messages.get("sidePanel.share", percent));
        } else if (sidePanel.isShowing()) {
            status.accept(Messages.get(direction > 0 ? "sidePanel.widest" : "sidePanel.narrowest", sidePanel.panelPercent()));
        }
    }

    /** View > Theme: light, dark or high contrast, remembered, applied at once (until then the system's light or dark). */
    private Menu themeMenu() {
        Menu menu = new Menu(Messages.get("menu.theme"));
        menu.setId("theme-menu");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.WINDOW) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("theme." + theme.name().toLowerCase(Locale.ROOT)));
            item.setId("theme-" + theme.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(appearance.themeProperty().get() == theme);
            item.setOnAction(e -> appearance.choose(theme));
            menu.getItems().add(item);
        }
        // The theme may change without the menu (following the system's setting at a first start).
        appearance.themeProperty().addListener((o, old, now) -> menu.getItems().forEach(
                item -> ((RadioMenuItem) item).setSelected(item.getId().equals("theme-" + now.name().toLowerCase(Locale.ROOT)))));
        return menu;
    }

    /** View > Text Size: larger and smaller by 10% (Ctrl+Shift+= and Ctrl+Shift+-), from 80% to 200%, and back to 100%. */
    private Menu textSizeMenu() {
        MenuItem larger = new MenuItem(Messages.get("textSize.larger"));
        larger.setAccelerator(LocalKeys.of("Shortcut+Shift+EQUALS"));
        larger.setOnAction(e -> textSize(1));
        MenuItem smaller = new MenuItem(Messages.get("textSize.smaller"));
        smaller.setAccelerator(LocalKeys.of("Shortcut+Shift+MINUS"));
        smaller.setOnAction(e -> textSize(-1));
        MenuItem reset = new MenuItem(Messages.get("textSize.reset"));
        reset.setOnAction(e -> {
            appearance.setTextSizePercent(100);
            status.accept(Messages.get("textSize.now", 100));
        });
        Menu menu = new Menu(Messages.get("menu.textSize"), null, larger, smaller, reset);
        menu.setId("text-size-menu");
        return menu;
    }

    private void textSize(int steps) {
        if (appearance.changeTextSize(steps)) {
            status.accept(Messages.get("textSize.now", appearance.textSizePercent()));
        } else {
            status.accept(Messages.get(steps > 0 ? "textSize.largest" : "textSize.smallest", appearance.textSizePercent()));
        }
    }

    /**
     * View > Language: the five languages, each named in itself. The choice is remembered and
     * speaks from the next start (sentences already on screen are not rebuilt).
     */
    private Menu languageMenu() {
        Menu menu = new Menu(Messages.get("menu.language"));
        menu.setId("language-menu");
        ToggleGroup group = new ToggleGroup();
        Locale current = Messages.locale();
        for (Locale language : Messages.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(language.getDisplayLanguage(language).substring(0, 1).toUpperCase(language)
                    + language.getDisplayLanguage(language).substring(1));
            item.setToggleGroup(group);
            item.setSelected(language.equals(current));
            item.setOnAction(e -> {
                LanguageSetting.remember(language);
                status.accept(Messages.get(language, "language.nextStart", item.getText()));
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * The toolbar: the commands used most, as icons with their name and shortcut as tooltip, then
     * the filter toggle ({@code filtersShown} follows the panel) and the search field. These two
     * sit beside the toolbar, not in it: when the window is narrow or the text large, only the
     * buttons go into the toolbar's overflow menu, and the search field stays where Ctrl+F finds it.
     */
    Region toolBar(BooleanProperty filtersShown, ObservableBooleanValue filtering, Node searchField) {
        ToolBar bar = new ToolBar();
        bar.getStyleClass().add("main-toolbar");
        for (Action action : actions.toolbar()) {
            if (action == ActionUtils.ACTION_SEPARATOR) {
                bar.getItems().add(new Separator());
                continue;
            }
            bar.getItems().add(toolbarButton(action));
        }
        ToggleButton filterToggle = new ToggleButton(Messages.get("filter.title"));
        filterToggle.setId("filter-toggle");
        filterToggle.setFocusTraversable(false);
        filterToggle.selectedProperty().bindBidirectional(filtersShown);
        filterToggle.setMinWidth(Region.USE_PREF_SIZE); // its word whole; the buttons give way first
        // With the panel closed, a mark on the button says that not every event is shown (the status line says how many).
        Region filterOn = new Region();
        filterOn.getStyleClass().add("filter-on-mark");
        filterToggle.graphicProperty().bind(Bindings.when(filtering).then((Node) filterOn).otherwise((Node) null));
        filterToggle.accessibleTextProperty().bind(Bindings.when(filtering).then(Messages.get("filter.on"))
                .otherwise(Messages.get("filter.title")));
        Tooltip filterTip = new Tooltip();
        filterTip.textProperty().bind(filterToggle.accessibleTextProperty());
        filterToggle.setTooltip(filterTip);
        HBox end = new HBox(filterToggle, searchField);
        end.getStyleClass().add("main-toolbar-end");
        end.setAlignment(Pos.CENTER_RIGHT);
        bar.setMinWidth(0);
        HBox row = new HBox(bar, end) {
            /**
             * Short of room (a small screen, large text), the search field gives way first, down to its least
             * width, and only then do buttons go behind the toolbar's ">>": a teacher who had enlarged the text
             * found Present, Study and Go to Date there while the field kept its whole width. With room to
             * spare, the toolbar takes it, as before.
             */
            @Override
            protected void layoutChildren() {
                double left = snappedLeftInset();
                double top = snappedTopInset();
                double width = getWidth() - left - snappedRightInset();
                double height = getHeight() - top - snappedBottomInset();
                double endWidth = Math.max(end.minWidth(height), Math.min(end.prefWidth(height), width - bar.prefWidth(height)));
                double barWidth = Math.max(0, width - endWidth);
                bar.resizeRelocate(left, top, barWidth, height);
                end.resizeRelocate(left + barWidth, top, endWidth, height);
            }
        };
        row.getStyleClass().add("main-toolbar-row");
        return row;
    }

    /**
     * A toolbar button for an action: its icon alone, enabled with the action, its name for a screen
     * reader and its name and shortcut in a tooltip. Made here rather than by ControlsFX's
     * {@code ActionUtils.createButton}, which makes a tooltip of its own for every button, one that ours
     * replaced: thirteen tooltips made for nothing at every start (docs/speed.md).
     */
    private static Button toolbarButton(Action action) {
        Button button = new Button();
        button.setOnAction(action);
        button.disableProperty().bind(action.disabledProperty());
        String icon = java.util.Objects.requireNonNull(WindowActions.iconOf(action), () -> action.getText() + " has no icon for the toolbar");
        button.setGraphic(Icons.glyph(icon));
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> tooltipText(action), action.textProperty(),
                action.longTextProperty()));
        button.setTooltip(tooltip);
        // A screen reader says the command's name, not "button": the icon alone says nothing.
        button.accessibleTextProperty().bind(Bindings.createStringBinding(() -> action.getText().replace("_", ""),
                action.textProperty()));
        button.setFocusTraversable(false);
        return button;
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
        TimelineDocument open = document.get();
        if (open == null || open.views().isEmpty()) {
            menu.getItems().add(disabled(Messages.get("menu.views.empty")));
            return;
        }
        for (SavedView saved : open.views()) {
            MenuItem item = new MenuItem(saved.title());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> chooseView.accept(saved));
            menu.getItems().add(item);
        }
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        List<Path> paths = recentFiles.list();
        if (paths.isEmpty()) {
            menu.getItems().add(disabled(Messages.get("menu.openRecent.empty")));
            return;
        }
        for (Path path : paths) {
            MenuItem item = new MenuItem(path.getFileName() + "  \u2014  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(path));
            menu.getItems().add(item);
        }
        MenuItem clear = new MenuItem(Messages.get("menu.openRecent.clear"));
        clear.setOnAction(e -> recentFiles.clear());
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private static MenuItem disabled(String text) {
        MenuItem item = new MenuItem(text);
        item.setDisable(true);
        return item;
    }

    private static String tooltipText(Action action) {
        String shortcut = action.getAccelerator() == null ? "" : "  (" + action.getAccelerator().getDisplayText() + ")";
        String text = action.textProperty().isBound() || action.getLongText() == null ? action.getText() : action.getLongText();
        return text.replace("_", "") + shortcut;
    }
}
