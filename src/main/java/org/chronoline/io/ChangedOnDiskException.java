package org.chronoline.io;

/** The file was changed by someone else since it was opened; saving would overwrite their change. */
public final class ChangedOnDiskException extends SaveFailedException {
    private static final long serialVersionUID = 1L;

    public ChangedOnDiskException(String fileName) {
        super(fileName, org.chronoline.text.Messages.get("save.changedOnDisk", fileName));
    }
}
