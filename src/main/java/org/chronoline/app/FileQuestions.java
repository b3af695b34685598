package org.chronoline.app;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import org.chronoline.model.DateText;
import org.chronoline.model.DisplayText;
import org.chronoline.text.Messages;

/**
 * What the window asks about files, and nothing else: which file to open, where to save, and the
 * questions when unsaved edits, a change on disk or a crash's leftovers are in the way. Each
 * answer comes back as a value; {@link DocumentFiles} decides what happens next.
 */
class FileQuestions {
    /** Unsaved edits are in the way. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** The file changed on disk since it was read, and a save would overwrite that. */
    enum Conflict { OVERWRITE, SAVE_AS, CANCEL }

    private final Dialogs dialogs;

    FileQuestions(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** The file to open, starting in {@code folder} (or null). */
    Optional<Path> chooseToOpen(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("dialog.open.filterAny"), "*.json", "*.csv"),
                new FileChooser.ExtensionFilter(Messages.get("dialog.open.filter"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("dialog.open.filterCsv"), "*.csv"),
                new FileChooser.ExtensionFilter(Messages.get("dialog.open.filterAll"), "*"));
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(dialogs.owner())).map(File::toPath);
    }

    /** Where to save, starting in {@code folder} (or null) under {@code name}. */
    Optional<Path> chooseSaveTarget(Path folder, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.saveAs.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.open.filter"), "*.json"));
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(name);
        return Optional.ofNullable(chooser.showSaveDialog(dialogs.owner())).map(File::toPath);
    }

    Unsaved askAboutUnsaved(String sourceName) {
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = dialogs.alert(Alert.AlertType.CONFIRMATION, Messages.get("unsaved.title"), Messages.get("unsaved.header", sourceName),
                Messages.get("unsaved.text"), save, discard, ButtonType.CANCEL);
        alert.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> choice = alert.showAndWait();
        if (choice.isEmpty() || choice.get() == ButtonType.CANCEL) {
            return Unsaved.CANCEL;
        }
        return choice.get() == save ? Unsaved.SAVE : Unsaved.DISCARD;
    }

    Conflict askAboutConflict(String message) {
        ButtonType overwrite = new ButtonType(Messages.get("conflict.overwrite"), ButtonBar.ButtonData.OTHER);
        ButtonType saveAs = new ButtonType(Messages.get("conflict.saveAs"), ButtonBar.ButtonData.OTHER);
        Alert alert = dialogs.alert(Alert.AlertType.WARNING, Messages.get("conflict.title"), message, Messages.get("conflict.text"),
                overwrite, saveAs, ButtonType.CANCEL);
        alert.getDialogPane().setId("conflict-dialog");
        dialogs.defaultTo(alert, ButtonType.CANCEL); // writing over another program's work is chosen, never the default
        Optional<ButtonType> choice = alert.showAndWait();
        if (choice.isPresent() && choice.get() == overwrite) {
            return Conflict.OVERWRITE;
        }
        return choice.isPresent() && choice.get() == saveAs ? Conflict.SAVE_AS : Conflict.CANCEL;
    }

    /** Whether to reload a file another program changed under unsaved edits (true) or keep this version (false). */
    boolean askToReload(Path file) {
        ButtonType reload = new ButtonType(Messages.get("changed.reload"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(Messages.get("changed.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = dialogs.alert(Alert.AlertType.WARNING, Messages.get("changed.title"), Messages.get("changed.header", file.getFileName()),
                Messages.get("changed.text"), reload, keep);
        alert.getDialogPane().setId("changed-dialog");
        dialogs.defaultTo(alert, keep); // Enter reloaded, and the unsaved edits were gone with no copy left
        Optional<ButtonType> choice = alert.showAndWait();
        return choice.isPresent() && choice.get() == reload;
    }

    /** What to do with edits kept by a Chronoline that stopped. */
    enum KeptChoice {
        RESTORE,
        DISCARD,
        /** Neither now (Esc, or the window closed): kept, out of the way of this window's own. */
        LATER
    }

    /** What to do with kept edits; {@code header} says whose, {@code savedAt} when they were kept (-1 unknown). */
    KeptChoice askToRestore(String header, long savedAt) {
        return askToRestore(header, savedAt, -1);
    }

    /**
     * The kept edits of a timeline that had no file, offered while {@code open} (or null) is open in the window: restored,
     * they take its place there, which the question says, and Keep for Later is the default. One Enter meant for
     * something else swapped the file just opened for another timeline (an editor's walk-through).
     */
    KeptChoice askToRestoreUntitled(long savedAt, Path open) {
        String text = keptAt(savedAt)
                + (open == null ? "" : "\n\n" + Messages.get("recovery.replacesOpen", DisplayText.inSentence(String.valueOf(open.getFileName()))));
        return ask(Messages.get("recovery.header.untitled"), text, open != null);
    }

    /**
     * The same, for a file changed after its edits were kept ({@code fileChangedAt}, or -1 when it
     * was not): restoring them, then saving, replaces that later change, and the question says so.
     */
    KeptChoice askToRestore(String header, long savedAt, long fileChangedAt) {
        String text = keptAt(savedAt) + (fileChangedAt < 0 ? "" : "\n\n" + Messages.get("recovery.fileNewer", dateTime(fileChangedAt)));
        return ask(header, text, false);
    }

    /** When the edits were kept, and the question: restore them? */
    private static String keptAt(long savedAt) {
        return savedAt < 0 ? Messages.get("recovery.text.undated") : Messages.get("recovery.text", dateTime(savedAt));
    }

    private KeptChoice ask(String header, String text, boolean laterByDefault) {
        ButtonType restore = new ButtonType(Messages.get("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("recovery.discard"), ButtonBar.ButtonData.NO);
        // Esc and the window's close button are this one: they deleted the edits, as Discard (a "no" button) does.
        ButtonType later = new ButtonType(Messages.get("recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = dialogs.alert(Alert.AlertType.CONFIRMATION, Messages.get("recovery.title"),
                header, text, restore, discard, later);
        alert.getDialogPane().setId("recovery-dialog");
        if (laterByDefault) {
            dialogs.defaultTo(alert, later); // and the keyboard: Restore had it
        }
        Optional<ButtonType> choice = alert.showAndWait();
        return choice.isEmpty() || choice.get() == later ? KeptChoice.LATER
                : choice.get() == restore ? KeptChoice.RESTORE : KeptChoice.DISCARD;
    }

    private static String dateTime(long millis) {
        return DateText.moment(Instant.ofEpochMilli(millis), ZoneId.systemDefault());
    }

    void error(String title, String text) {
        dialogs.error(title, title, text);
    }
}
