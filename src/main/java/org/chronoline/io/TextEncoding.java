package org.chronoline.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
     * found by decoding the text before it again. Used only to point at an undecodable byte.
     */
    static int[] positionOfByte(TimelineSource source, long byteOffset) {
        int line = 1;
        int column = 1;
        try (InputStream raw = source.open()) {
            byte[] head = raw.readNBytes((int) Math.min(byteOffset, Integer.MAX_VALUE - 16));
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
            String text = new String(head, bom, head.length - bom, charset);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        } catch (IOException | OutOfMemoryError e) {
            // The start of the file is the best position left.
        }
        return new int[] {line, column};
    }

    private static String recognisedBinary(byte[] head) {
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

    private static boolean startsWith(byte[] data, int... prefix) {
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
