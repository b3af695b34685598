package org.chronoline.io;

import java.io.IOException;
import java.nio.charset.Charset;

/** A byte that does not belong where it is in the file's text encoding. */
final class UndecodableTextException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;
    private final int badByte;
    private final Charset charset;
    private final boolean cutShort;

    UndecodableTextException(long byteOffset, int badByte, Charset charset, boolean cutShort) {
        super("undecodable byte at offset " + byteOffset);
        this.byteOffset = byteOffset;
        this.badByte = badByte;
        this.charset = charset;
        this.cutShort = cutShort;
    }

    /** Whether the file ends inside a character, its last bytes missing: cut short, not in another encoding. */
    boolean cutShort() {
        return cutShort;
    }

    /** The encoding the file was read in: UTF-8, or UTF-16 when it starts with that byte-order mark. */
    Charset charset() {
        return charset;
    }

    long byteOffset() {
        return byteOffset;
    }

    int badByte() {
        return badByte;
    }
}
