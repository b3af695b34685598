package org.chronoline.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.chronoline.text.Messages;

/** Why a save, an export or a conversion could not be written, in the words each of them says it in. */
final class SaveReasons {
    private SaveReasons() {
    }

    /** Words for why a write failed: permission, a full disk, a missing folder, memory, or the system's own message. */
    static String of(Throwable e) {
        if (e instanceof SaveFailedException) {
            return ((SaveFailedException) e).reason();
        }
        if (OutOfMemory.caused(e)) {
            return OutOfMemory.reason();
        }
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (denied(e)) {
            return Messages.get("save.reason.denied");
        }
        if (text.contains("no space") || text.contains("disk full") || text.contains("quota")) {
            return Messages.get("save.reason.full");
        }
        if (e instanceof NoSuchFileException) {
            return Messages.get("save.reason.vanished");
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * Whether the system refused the write: no permission, a read-only disk, or "Operation not permitted" (EPERM: a
     * file or folder made unchangeable, some network and removable disks).
     */
    private static boolean denied(Throwable e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return e instanceof AccessDeniedException || text.contains("read-only") || text.contains("permission denied")
                || text.contains("operation not permitted");
    }

    /**
     * Whether the system refused to put a file in {@code replaced}'s place, where the folder would take a new one: a
     * refusal that names it, not a disk gone read-only nor the original unreadable.
     */
    static boolean refusedToReplace(Throwable e, Path replaced) {
        if (!(e instanceof FileSystemException)) {
            return false;
        }
        FileSystemException refusal = (FileSystemException) e;
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        boolean refused = e instanceof AccessDeniedException || text.contains("operation not permitted")
                || text.contains("used by another process"); // Windows's sharing violation
        return refused && !text.contains("read-only")
                && (replaced.toString().equals(refusal.getOtherFile()) || replaced.toString().equals(refusal.getFile()));
    }
}
