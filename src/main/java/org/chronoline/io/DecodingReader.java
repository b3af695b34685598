package org.chronoline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes to characters strictly: a byte sequence that is not valid in the charset stops
 * reading with {@link UndecodableTextException} carrying its byte offset, where
 * {@link java.io.InputStreamReader} would only say that something somewhere was wrong (the line and
 * column are worked out afterwards, only when it happens, so good files pay nothing for it). It also
 * reports progress and notices cancellation between chunks.
 */
final class DecodingReader extends Reader {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final LoadMonitor monitor;
    private final long totalBytes;
    private long bytesBeforeBuffer;
    private boolean endOfInput;
    private boolean flushed;
    /** Gson reads into the same array every time; its wrapper is kept rather than made per call. */
    private CharBuffer wrapper;
    /**
     * For reads of a single character: a character outside the Basic Multilingual Plane decodes to
     * two, which do not fit, so it is decoded here and its second half handed out by the next read.
     */
    private final char[] pair = new char[2];
    private int pending = -1;

    DecodingReader(InputStream in, Charset charset, long skippedBytes, long totalBytes, LoadMonitor monitor) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.monitor = monitor;
        this.totalBytes = totalBytes;
        this.bytesBeforeBuffer = skippedBytes;
        bytes.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (pending >= 0) {
            buffer[offset] = (char) pending;
            pending = -1;
            return 1;
        }
        if (length == 1) {
            int n = read(pair, 0, 2);
            if (n <= 0) {
                return n;
            }
            buffer[offset] = pair[0];
            if (n == 2) {
                pending = pair[1];
            }
            return 1;
        }
        if (wrapper == null || wrapper.array() != buffer) {
            wrapper = CharBuffer.wrap(buffer);
        }
        CharBuffer out = wrapper;
        out.limit(offset + length).position(offset);
        while (out.position() == offset) {
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                long at = bytesBeforeBuffer + bytes.position();
                int badByte = bytes.get(bytes.position()) & 0xFF;
                throw new UndecodableTextException(at, badByte, decoder.charset(), endOfInput && isUnfinishedCharacter());
            }
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    refill();
                }
            } else if (out.position() == offset) {
                // Overflow with nothing written cannot happen with room for two characters; never spin on it.
                throw new IllegalStateException("no room to decode into");
            }
        }
        return out.position() - offset;
    }

    /**
     * Whether the bytes left at the end of the file are the start of a UTF-8 character whose last
     * bytes are missing: a lead byte and fewer continuation bytes than it announces. A file cut
     * short (a copy interrupted, a disk that filled) ends so about half the time in text that is
     * not ASCII; such a file is not in another encoding, and saving it "as UTF-8" would not help.
     */
    private boolean isUnfinishedCharacter() {
        if (!decoder.charset().equals(StandardCharsets.UTF_8)) {
            return false;
        }
        int start = bytes.position();
        int left = bytes.limit() - start;
        int lead = bytes.get(start) & 0xFF;
        int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
        if (lead > 0xF4 || left >= length) {
            return false;
        }
        for (int i = start + 1; i < bytes.limit(); i++) {
            if ((bytes.get(i) & 0xC0) != 0x80) {
                return false;
            }
        }
        // The second byte's narrower range after these leads: ED A0 would begin a surrogate, which UTF-8 never holds.
        if (left > 1) {
            int second = bytes.get(start + 1) & 0xFF;
            int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
            return second >= low && second <= high;
        }
        return true;
    }

    private void refill() throws IOException {
        if (monitor.isCancelled()) {
            throw new LoadCancelledException();
        }
        bytesBeforeBuffer += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        monitor.progress(bytesBeforeBuffer + bytes.limit(), totalBytes);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
