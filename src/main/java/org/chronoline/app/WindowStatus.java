package org.chronoline.app;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.concurrent.Task;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.chronoline.io.LoadResult;
import org.chronoline.model.DateText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineView;
import org.controlsfx.control.StatusBar;

/**
 * The status bar under the window: what is open ("60 events · 1972 – 2026"), what the filter and
 * the search show, whether there are unsaved changes; the progress and Cancel of a file being
 * read; and a button for the warnings of the file that opened. Messages of the moment ("Saved
 * events.json") replace the summary until it next changes.
 */
final class WindowStatus {
    /** The status bar's text, once it has its skin. */
    private Label said;
    private final StatusBar bar = new StatusBar() {
        /**
         * As tall as its text wraps to at the width it has: its skin's grid asked the text's height for a
         * line, so its second and third lines were cut at the window's foot (a recovery copy's long name
         * in a window 1024 wide).
         */
        @Override
        protected double computePrefHeight(double width) {
            double pref = super.computePrefHeight(width);
            if (said != null && said.getWidth() > 0) {
                pref = Math.max(pref, snapSizeY(said.prefHeight(said.getWidth())) + snappedTopInset() + snappedBottomInset());
            }
            return pref;
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    };

    {
        // Not a stop for Tab: its text is announced as it changes, and its buttons are reachable.
        bar.setFocusTraversable(false);
        bar.setAccessibleRole(AccessibleRole.TEXT);
        bar.accessibleTextProperty().bind(bar.textProperty());
        // A long message wraps onto more lines rather than losing its end: at twice the text on a
        // 1024-pixel projector "... changes them together" was cut short. The bar grows to hold it.
        bar.setPrefHeight(Region.USE_COMPUTED_SIZE);
        bar.skinProperty().addListener((o, old, skin) -> {
            if (bar.lookup(".status-label") instanceof Label label) {
                said = label;
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                // Narrower, it may take another line; wider, one less.
                label.widthProperty().addListener((w, was, now) -> bar.requestLayout());
            }
        });
    }
    private final Button warnings = new Button();
    private final Button cancelLoad = new Button(Messages.get("load.cancel"));
    private final DocumentSession session;
    private final Finder finder;
    private final TimelineView timeline;
    private final Supplier<LoadResult> lastLoad;
    private Task<?> loading;

    /** @param showWarnings lists the open file's warnings */
    WindowStatus(DocumentSession session, Finder finder, TimelineView timeline, Supplier<LoadResult> lastLoad, Runnable showWarnings) {
        this.session = session;
        this.finder = finder;
        this.timeline = timeline;
        this.lastLoad = lastLoad;
        warnings.getStyleClass().add("warnings-button");
        warnings.setVisible(false);
        warnings.setOnAction(e -> showWarnings.run());
        cancelLoad.getStyleClass().add("cancel-load-button");
        cancelLoad.setVisible(false);
        cancelLoad.setOnAction(e -> {
            if (loading != null) {
                loading.cancel();
            }
        });
        bar.getRightItems().addAll(cancelLoad, warnings);
        bar.setText("");
        finder.filterStatusProperty().addListener((o, old, now) -> update());
        finder.searchStatusProperty().addListener((o, old, now) -> update());
        session.modifiedProperty().addListener((o, old, now) -> update());
        session.readOnlyProperty().addListener((o, old, now) -> update());
        session.markedReadOnlyProperty().addListener((o, old, now) -> update());
        timeline.getSelectedIds().addListener((SetChangeListener<String>) c -> {
            if (!countPending) {
                countPending = true;
                textAtChange = text();
                Platform.runLater(this::sayHowManySelected); // once, for a selection of several set at once
            }
        });
    }

    /** The message that says how many events are selected, while it is shown; and whether it is to be said again. */
    private String saidSeveral = "";
    private boolean countPending;
    /** What the status said when the selection changed. */
    private String textAtChange = "";

    /**
     * Several events selected, however (Shift + arrows, Ctrl + click, the list's Ctrl + Space): the
     * status says how many, and what to do with them. A teacher picking five events for a tour in the
     * list saw "77 events · 1972 – 2026" and the last one alone, and could not tell what was picked.
     */
    private void sayHowManySelected() {
        countPending = false;
        int selected = timeline.getSelectedIds().size();
        // Unless something was said since: a command that selects what it made says so itself ("Duplicated 3 events…",
        // "Undone: …"), and the count came after it and took its place.
        if (selected > 1 && text().equals(textAtChange)) {
            saidSeveral = Messages.get("status.selectedSeveral", selected);
            show(saidSeveral);
        } else if (!saidSeveral.isEmpty() && text().equals(saidSeveral)) {
            update(); // back to one: "2 events selected" no longer says so (any other message stays)
        }
    }

    StatusBar node() {
        return bar;
    }

    /**
     * A message of the moment, until the summary next changes; an empty one ends the message of the moment with the
     * summary (after a failed save it left the line blank, and "unsaved changes" with it).
     */
    void show(String text) {
        if (text.isEmpty()) {
            update();
        } else {
            bar.setText(text);
        }
    }

    /** Ends a message of the moment that is no longer so, where the line still says it; any other message stays. */
    void withdraw(String text) {
        if (text().equals(text)) {
            update();
        }
    }

    String text() {
        return bar.getText();
    }

    /** A file being read: its progress, and Cancel; null when reading ends. */
    void loading(Task<?> task) {
        loading = task;
        cancelLoad.setVisible(task != null);
        bar.progressProperty().unbind();
        if (task != null) {
            bar.progressProperty().bind(task.progressProperty());
        } else {
            bar.setProgress(0);
        }
    }

    /** The summary of what is open and shown, and the warnings button. */
    void update() {
        TimelineDocument document = session.document();
        if (document == null) {
            bar.setText("");
            warnings.setVisible(false);
            return;
        }
        TimelineContent content = timeline.getContent();
        // The years of the events shown (not of the eras around them: five summits end in 2008, not 2026).
        double[] extent = content.eventExtent();
        String text = extent == null ? Messages.get("status.noEvents")
                : Messages.get("status.events", content.events().size(), DateText.years(extent[0], extent[1]));
        if (!finder.filterStatusProperty().get().isEmpty()) {
            text = finder.filterStatusProperty().get() + (extent == null ? "" : " · " + DateText.years(extent[0], extent[1]));
        }
        if (!finder.searchStatusProperty().get().isEmpty()) {
            text += " · " + finder.searchStatusProperty().get();
        }
        if (session.isOpenElsewhere()) {
            text += " · " + Messages.get("status.openElsewhere");
        } else if (session.isReadOnly()) {
            text += " · " + Messages.get("status.readOnly");
        } else {
            if (session.markedReadOnlyProperty().get()) {
                text += " · " + Messages.get("status.fileMarkedReadOnly", LocalKeys.of("Shortcut+Shift+S").getDisplayText());
            }
            if (session.isModified()) {
                text += " · " + Messages.get("status.unsaved");
            }
        }
        bar.setText(text);
        LoadResult load = lastLoad.get();
        int count = load == null ? 0 : load.warnings().size() + load.omittedProblems();
        warnings.setVisible(count > 0);
        warnings.setText(Messages.get("status.warnings", count));
    }
}
