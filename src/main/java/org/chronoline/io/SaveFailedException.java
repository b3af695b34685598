package org.chronoline.io;

import java.io.IOException;
import java.nio.file.Path;
import org.chronoline.text.Messages;

/**
 * A save or export that did not happen. The message says, in words for the user, which file and
 * why, and that the file on disk is unchanged; the window adds that the edits are still open.
 */
public class SaveFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String reason;

    public SaveFailedException(String fileName, String reason, Throwable cause) {
        super(Messages.get("save.failed", fileName, reason), cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    /**
     * A file that did not exist yet and still does not (Save As, an export under a new name): "the
     * file on disk is unchanged" said nothing true of it; the folder, where the reason lies, is named.
     */
    static SaveFailedException forNewFile(String fileName, Path folder, String reason, Throwable cause) {
        return new SaveFailedException(fileName, reason, Messages.get("save.failed.new", fileName, folder, reason), cause);
    }

    private SaveFailedException(String fileName, String reason, String message, Throwable cause) {
        super(message, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    /** For failures whose whole message is already in words, like a change made by another program. */
    protected SaveFailedException(String fileName, String message) {
        super(message);
        this.fileName = fileName;
        this.reason = message;
    }

    /** The name of the file that was not written. */
    public String fileName() {
        return fileName;
    }

    /** Why, in words: "the disk is full". */
    public String reason() {
        return reason;
    }
}
