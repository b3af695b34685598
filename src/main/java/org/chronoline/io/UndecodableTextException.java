package org.chronoline.io;

import java.io.IOException;

/** A byte that does not belong where it is in the file's text encoding. */
final class UndecodableTextException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;
    private final int badByte;

    UndecodableTextException(long byteOffset, int badByte) {
        super("undecodable byte at offset " + byteOffset);
        this.byteOffset = byteOffset;
        this.badByte = badByte;
    }

    long byteOffset() {
        return byteOffset;
    }

    int badByte() {
        return badByte;
    }
}
