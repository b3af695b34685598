package org.chronoline.io;

import java.io.IOException;

/** A byte that does not belong where it is in the file's text encoding. */
final class UndecodableTextException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;
    private final int badByte;
    private final int line;
    private final int column;

    UndecodableTextException(long byteOffset, int badByte, int line, int column) {
        super("undecodable byte at offset " + byteOffset);
        this.byteOffset = byteOffset;
        this.badByte = badByte;
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    long byteOffset() {
        return byteOffset;
    }

    int badByte() {
        return badByte;
    }
}
