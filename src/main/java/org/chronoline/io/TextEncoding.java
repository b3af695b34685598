package org.chronoline.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.chronoline.text.Messages;

/**
 * Decides how a file's bytes become text before any JSON is read: UTF-8 (with or without a
 * byte-order mark) or UTF-16 with a byte-order mark. Files that are clearly something else (a
 * picture, an archive, a PDF) are recognised by their first bytes and named in the message.
 */
final class TextEncoding {
    private static final int SNIFF_BYTES = 8;

    private TextEncoding() {
    }

    /** Why the content cannot be a timeline file, before a single character is decoded. */
    static final class WrongContentException extends IOException {
        private static final long serialVersionUID = 1L;

        WrongContentException(String message) {
            super(message);
        }
    }

    /** A reader for the text, positioned after any byte-order mark. */
    static Reader open(InputStream raw, long totalBytes, LoadMonitor monitor) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length == 0) {
            throw new WrongContentException(Messages.get("problem.file.empty"));
        }
        String kind = recognisedBinary(head);
        if (kind != null) {
            throw new WrongContentException(Messages.get("problem.file.binary", kind));
        }
        if (startsWith(head, 0x00, 0x00, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new WrongContentException(Messages.get("problem.file.utf32"));
        }
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (looksLikeUtf16WithoutBom(head)) {
            throw new WrongContentException(Messages.get("problem.file.utf16NoBom"));
        }
        in.skipNBytes(bom);
        return new DecodingReader(in, charset, bom, totalBytes, monitor);
    }

    /**
     * Line and column (counted as Gson counts them) of the character that starts at {@code byteOffset},
     * found by decoding the text before it again, a chunk at a time (the bad byte may be a gigabyte
     * in). Used only to point at an undecodable byte.
     */
    static int[] positionOfByte(TimelineSource source, long byteOffset, LoadMonitor monitor) throws LoadCancelledException {
        int line = 1;
        int column = 1;
        try (InputStream raw = new BufferedInputStream(source.open(), 64 * 1024)) {
            raw.mark(SNIFF_BYTES);
            byte[] head = raw.readNBytes(SNIFF_BYTES);
            raw.reset();
            Charset charset = StandardCharsets.UTF_8;
            int bom = 0;
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                bom = 3;
            } else if (startsWith(head, 0xFE, 0xFF)) {
                charset = StandardCharsets.UTF_16BE;
                bom = 2;
            } else if (startsWith(head, 0xFF, 0xFE)) {
                charset = StandardCharsets.UTF_16LE;
                bom = 2;
            }
            raw.skipNBytes(bom);
            long textBytes = Math.max(0, byteOffset - bom);
            Reader text = new InputStreamReader(new FilterInputStream(raw) {
                private long left = textBytes;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = super.read(b, off, (int) Math.min(len, left));
                    if (n > 0) {
                        left -= n;
                    }
                    return n;
                }
            }, charset);
            char[] chunk = new char[64 * 1024];
            for (int n; (n = text.read(chunk)) > 0; ) {
                if (monitor.isCancelled()) {
                    throw new LoadCancelledException();
                }
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
            }
        } catch (LoadCancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // The position reached so far is the best one left.
        }
        return new int[] {line, column};
    }

    /** The name of a well-known binary format the bytes start with ("a PNG picture"), or null. */
    static String recognisedBinary(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return Messages.get("filekind.png");
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Messages.get("filekind.jpeg");
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return Messages.get("filekind.gif");
        }
        if (startsWith(head, 'P', 'K', 0x03, 0x04) || startsWith(head, 'P', 'K', 0x05, 0x06)) {
            return Messages.get("filekind.zip");
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return Messages.get("filekind.pdf");
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            return Messages.get("filekind.gzip");
        }
        return null;
    }

    private static boolean looksLikeUtf16WithoutBom(byte[] head) {
        return head.length >= 4 && ((head[0] == 0 && head[2] == 0 && head[1] != 0) || (head[1] == 0 && head[3] == 0 && head[0] != 0));
    }

    static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        int[] actual = new int[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            actual[i] = data[i] & 0xFF;
        }
        return Arrays.equals(actual, prefix);
    }
}
