package org.chronoline.io;

import java.io.IOException;

/** A save that did not happen; the message says why in words for the user, and the original file is unchanged. */
public class SaveFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    public SaveFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
