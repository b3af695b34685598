package org.chronoline.io;

import org.chronoline.text.Messages;

/** The file was changed by someone else since it was opened; saving would overwrite their change. */
public final class ChangedOnDiskException extends SaveFailedException {
    private static final long serialVersionUID = 1L;

    public ChangedOnDiskException(String fileName) {
        super(fileName, Messages.get("save.changedOnDisk", fileName));
    }
}
