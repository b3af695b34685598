package org.chronoline.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import org.chronoline.model.DateText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.Citation;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineView;

/**
 * The commands that work on the open timeline through a dialog: exports, the handout, print, the
 * CSV import, going to a date, the editing dialogs (categories, eras, tours, title, several events
 * at once) and copying a citation. Each gets what it needs here; none reaches into the window.
 */
final class DocumentCommands {
    private final Dialogs dialogs;
    private final DocumentSession session;
    private final DocumentFiles files;
    private final Editing editing;
    private final TimelineView timeline;
    private final Finder finder;
    private final Exports exports;
    private final Consumer<String> status;
    private final Supplier<String> statusText;

    DocumentCommands(Dialogs dialogs, DocumentSession session, DocumentFiles files, Editing editing, TimelineView timeline, Finder finder,
            Exports exports, Consumer<String> status, Supplier<String> statusText) {
        this.dialogs = dialogs;
        this.session = session;
        this.files = files;
        this.editing = editing;
        this.timeline = timeline;
        this.finder = finder;
        this.exports = exports;
        this.status = status;
        this.statusText = statusText;
    }

    /** Puts the event and its sources on the clipboard as a citation. */
    void copyCitation(TimelineEvent event) {
        if (event == null) {
            return;
        }
        ClipboardContent text = new ClipboardContent();
        text.putString(Citation.of(event, session.document().title()));
        Clipboard.getSystemClipboard().setContent(text);
        status.accept(Messages.get("details.citationCopied"));
    }

    void exportImage() {
        ImageExport.run(dialogs, timeline, exports);
    }

    void exportTimelineJs() {
        exports.timelineJs(session.document(), baseName());
    }

    void exportCsv() {
        exports.csv(session.document(), List.copyOf(finder.shown()), baseName());
    }

    void exportWholePng() {
        exports.wholePng(timeline, baseName());
    }

    void exportWholeSvg() {
        exports.wholeSvg(timeline, baseName());
    }

    /** @param lastTour the id of the tour last presented, offered first; null for none */
    void exportHandout(String lastTour) {
        HandoutExport.run(dialogs, exports, session.document(), session.file(), List.copyOf(finder.shown()), lastTour, status);
    }

    void publishWebPage() {
        WebPublish.run(dialogs, exports, session.document(), session.file(), status);
    }

    void print() {
        PrintPreview.show(dialogs, timeline, session.document().title(), status);
    }

    void goToDate() {
        GoToDateDialog.ask(dialogs).ifPresent(date -> {
            timeline.goTo(date);
            timeline.requestFocus();
            status.accept(Messages.get("status.showingDate", DateText.format(date))); // what was there before no longer applied
        });
    }

    /** File > Import CSV: choose a spreadsheet, then map and preview it. */
    void chooseCsvToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("csv.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.open.filterCsv"), "*.csv"));
        File chosen = chooser.showOpenDialog(dialogs.owner());
        if (chosen != null) {
            importCsv(chosen.toPath());
        }
    }

    /** The import preview for a spreadsheet; what it imports replaces the open timeline after asking about unsaved changes. */
    void importCsv(Path file) {
        CsvImportDialog.ask(dialogs, file).ifPresent(result -> files.confirmDiscard(() -> {
            files.imported(result.document(), file, Messages.get("format.csv"));
            int leftOut = result.rowsRead() - result.rowsImported();
            if (leftOut > 0) {
                status.accept(statusText.get() + " · " + Messages.get("csv.import.leftOut", leftOut));
            }
        }));
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

    /** The open file's name without its extension, for naming exports. */
    String baseName() {
        Path file = session.file();
        String name = file != null ? file.getFileName().toString() : files.sourceName();
        name = name == null || name.isBlank() ? Messages.get("new.title") : name;
        return name.replaceFirst("\\.[^.]*$", "");
    }
}
