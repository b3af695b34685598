package org.chronoline.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules between an open timeline and its file, without a window, so that they can be tested
 * alone: where Save writes, what a change on disk means, where unsaved edits are kept against a
 * crash and which of those copies a save makes unnecessary. The window asks, shows and writes; the
 * answers are here.
 *
 * <p>A timeline is in one of three states: read from a Chronoline file (saved in place), imported
 * from another program's file (never written over: the first save asks where, beside it), or new
 * (the first save asks where).
 */
public final class FileLifecycle {
    /** Where Save goes. */
    public enum SaveWay {
        /** Back into the file the timeline was read from, if nobody else changed it meanwhile. */
        IN_PLACE,
        /** Nowhere yet: ask (a new timeline, or one imported from another program's file). */
        ASK_WHERE
    }

    /** What a change of the file on disk calls for. */
    public enum DiskChange {
        /** Nothing changed, or the user already chose to keep their version over this change. */
        NONE,
        /** Another program changed the file and nothing is unsaved here: read it again. */
        RELOAD,
        /** Another program changed the file under unsaved edits: ask which to keep. */
        ASK,
        /**
         * The file was removed or moved away (said once, until it is back): the timeline stays
         * open, and Save writes the file again. It went unsaid, so a user could quit believing
         * their work was on disk.
         */
        GONE
    }

    private final Path untitledPlace;
    private final OpenFiles openFiles;
    /** The file as this Chronoline holds it, or sees it held by another (null: no file). */
    private OpenFiles.Claim claim;
    /** A Save As target, held from before it is written until it is this timeline's file (or the save failed). */
    private OpenFiles.Claim reserved;
    private Path file;
    private FileStamp stamp;
    /** A change on disk the user chose to keep their own version over; not asked about again. */
    private FileStamp keptOver;
    /** Unsaved edits restored from a copy begun before another program changed the file ({@link #restoredOverChange}). */
    private boolean restoredOverChange;
    /** The other program's file an imported timeline came from; Save never writes over it. */
    private Path importedFrom;
    /** The file was found gone and that was said; not again until it is back. */
    private boolean goneSaid;
    /** Whether the file is marked read-only ({@link OutputTarget#isProtected}): Save refuses it, Save As does not. */
    private boolean markedReadOnly;

    /** @param untitledPlace where unsaved edits of a timeline that has no file yet are kept */
    public FileLifecycle(Path untitledPlace) {
        this.untitledPlace = untitledPlace;
        this.openFiles = OpenFiles.besideUntitled(untitledPlace);
    }

    /**
     * Where unsaved edits of a timeline with no file are kept: in the user's data folder ({@link
     * UserFolders}), at a place of this running Chronoline's own ({@link UntitledPlaces}).
     */
    public static Path defaultUntitledPlace() {
        return UntitledPlaces.ofThisProcess();
    }

    /** A Chronoline file was read (null when the timeline came from somewhere that is not a file). */
    public void opened(Path read, FileStamp readStamp) {
        hold(read);
        file = read;
        stamp = read == null ? null : readStamp;
        markedReadOnly = read != null && OutputTarget.isProtected(read);
        keptOver = null;
        restoredOverChange = false;
        goneSaid = false;
        importedFrom = null;
    }

    /** Another program's file was converted: the timeline has no file of its own yet. */
    public void imported(Path from) {
        opened(null, null);
        importedFrom = from;
    }

    /** A new, empty timeline. */
    public void created() {
        opened(null, null);
    }

    /** The timeline was written to {@code target}, which is its file from now on. */
    public void saved(Path target, FileStamp written) {
        opened(target, written);
    }

    public Path file() {
        return file;
    }

    /**
     * Claims the file about to be this timeline's, letting go of the one before: once a file is
     * read again (another program changed it) or saved in place, its claim stays as it was. One
     * held elsewhere is taken over only by {@link #stillOpenElsewhere}, which the window follows by
     * offering what the other left unsaved: taken silently on a reload, its copy went unoffered,
     * then written over by this window's first edit.
     */
    private void hold(Path next) {
        if (claim != null && next != null && claim.isOn(next)) {
            return;
        }
        OpenFiles.Claim before = claim;
        if (reserved != null && next != null && reserved.isOn(next)) {
            claim = reserved;
            reserved = null;
        } else {
            claim = next == null ? null : openFiles.claim(next);
        }
        if (before != null) {
            before.release();
        }
    }

    /**
     * Holds {@code target} for a Save As from before it is written: checked and then written, it
     * could be opened by another Chronoline in between, which would go on with the old version and
     * write it over this one at its next save. False, holding nothing, when another has it open.
     * The hold becomes the file's once {@link #saved}; {@link #saveFailed} lets it go. One save at a
     * time: the window queues a Save As behind a save under way.
     */
    public boolean reserve(Path target) {
        if (claim != null && claim.isOn(target)) {
            return !claim.isHeldElsewhere();
        }
        letGoOfReserved();
        OpenFiles.Claim trial = openFiles.claim(target);
        if (trial.isHeldElsewhere()) {
            trial.release();
            return false;
        }
        reserved = trial;
        return true;
    }

    /** The save to {@code target} did not happen: others may have that file again, if it was held for it. */
    public void saveFailed(Path target) {
        if (reserved != null && reserved.isOn(target)) {
            letGoOfReserved();
        }
    }

    private void letGoOfReserved() {
        if (reserved != null) {
            reserved.release();
            reserved = null;
        }
    }

    /**
     * Whether another running Chronoline has this timeline's file open for editing ({@link
     * OpenFiles}): this one only shows it, following that one's saves, and keeps no copy of edits.
     */
    public boolean isOpenElsewhere() {
        return claim != null && claim.isHeldElsewhere();
    }

    /** Tries again to have the file for editing; whether another Chronoline still has it. */
    public boolean stillOpenElsewhere() {
        return claim != null && claim.tryAgain();
    }

    /** Lets other Chronolines have the file: this window closes. */
    public void closed() {
        letGoOfReserved();
        hold(null);
    }

    /** What the file looked like when last read or written here, to detect other programs' changes. */
    public FileStamp stamp() {
        return stamp;
    }

    public Path importedFrom() {
        return importedFrom;
    }

    public SaveWay saveWay() {
        return file == null ? SaveWay.ASK_WHERE : SaveWay.IN_PLACE;
    }

    /** The folder Save As starts in: the file's, or the imported file's. */
    public Path suggestedFolder() {
        Path near = file != null ? file : importedFrom;
        return near == null ? null : near.toAbsolutePath().getParent();
    }

    /**
     * The name Save As suggests: the file's own; for an import, the other program's file's name
     * with "-chronoline.json", so that it is not written over; otherwise {@code untitledName}.
     */
    public String suggestedName(String untitledName) {
        if (file != null) {
            return file.getFileName().toString();
        }
        if (importedFrom != null && importedFrom.getFileName() != null) {
            return importedFrom.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-chronoline.json";
        }
        return untitledName;
    }

    /** Whether a file chosen as a Save As target would write over the other program's file this timeline came from. */
    public boolean isImportSource(Path target) {
        return importedFrom != null && target.toAbsolutePath().normalize().equals(importedFrom.toAbsolutePath().normalize());
    }

    /**
     * Whether the file is marked read-only, as last read, saved or looked at on disk: Save will refuse
     * it, so the window says so from the start, not only once edits are made and saved.
     */
    public boolean isMarkedReadOnly() {
        return markedReadOnly;
    }

    /** Whether the file was found gone by the last {@link #diskChange} and has not come back since. */
    public boolean isGone() {
        return goneSaid;
    }

    /** What the file on disk calls for now; {@code unsavedEdits} whether anything here is unsaved. */
    public DiskChange diskChange(boolean unsavedEdits) {
        if (file == null || stamp == null) {
            return DiskChange.NONE;
        }
        FileStamp now = FileStamp.of(file);
        if (now == null) {
            boolean first = !goneSaid;
            goneSaid = true;
            return first ? DiskChange.GONE : DiskChange.NONE;
        }
        goneSaid = false;
        markedReadOnly = OutputTarget.isProtected(file); // made read-only or writable again (chmod changes no stamp)
        if (stamp.sameFileAs(now) || keptOver != null && keptOver.sameFileAs(now)) {
            return DiskChange.NONE;
        }
        return unsavedEdits ? DiskChange.ASK : DiskChange.RELOAD;
    }

    /**
     * What the file was when the unsaved edits began from it: as last read or written here, or the
     * change on disk the user chose to keep their version over. Null with no file.
     */
    public FileStamp editsBase() {
        if (restoredOverChange) {
            return BEFORE_A_CHANGE; // a copy kept of them says so too: after a second crash, the question does
        }
        return keptOver != null ? keptOver : stamp;
    }

    /**
     * What a save expects the file to be ({@link SafeFileWriter} asks before writing over anything
     * else): as last read or written here; with unsaved edits restored over a change on disk, what it
     * was before that change, which no file is, so that the save asks. Undone back to the file's own
     * version, there is nothing to save and nothing is asked.
     */
    public FileStamp saveExpects(boolean unsavedEdits) {
        return restoredOverChange && unsavedEdits ? BEFORE_A_CHANGE : stamp;
    }

    /** The user keeps their version over the change on disk: not asked again until the file changes again. */
    public void keepMine() {
        keptOver = file == null ? null : FileStamp.of(file);
    }

    /**
     * Edits restored from a copy begun before another program changed the file (the question about
     * them said so): saving them asks before it overwrites that change ({@link #saveExpects}), and
     * copies kept of them say they began before it ({@link #editsBase}). Restored and saved with
     * Ctrl+S, they replaced it with nothing asked (a walk-through).
     */
    public void restoredOverChange() {
        restoredOverChange = file != null;
    }

    /** What a file was before a change whose stamp is not known here: no file on disk has it. */
    private static final FileStamp BEFORE_A_CHANGE = new FileStamp(Long.MIN_VALUE, -1, "before a change on disk", FileStamp.NO_CHECKSUM);

    /** Where unsaved edits are kept against a crash: beside the file, or in the user's folder for a timeline with no file. */
    public Path recoveryPlace() {
        return file != null ? file : untitledPlace;
    }

    /**
     * The places whose recovery copies a save to {@code target} makes unnecessary: the target, and
     * the place this timeline's edits were kept before: its file before a Save As, or the untitled
     * place when it had no file. A save of another file left the untitled copy alone: it deleted the
     * only copy of a new timeline's work.
     */
    public List<Path> recoveriesDoneBySaving(Path target) {
        List<Path> done = new ArrayList<>(List.of(target));
        Path before = recoveryPlace();
        if (!done.contains(before)) {
            done.add(before);
        }
        return done;
    }

    /** Where unsaved edits of a timeline with no file are kept. */
    public Path untitledPlace() {
        return untitledPlace;
    }

    /** Whether a file should go through the spreadsheet import (with its preview) rather than be read as a timeline. */
    public static boolean isSpreadsheet(Path chosen) {
        return chosen.getFileName() != null && chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
