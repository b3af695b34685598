package org.chronoline.io;

import java.io.IOException;

/** Thrown inside the reader when the user cancels; turned into {@link LoadResult.Status#CANCELLED}. */
final class LoadCancelledException extends IOException {
    private static final long serialVersionUID = 1L;

    LoadCancelledException() {
        super("cancelled");
    }
}
