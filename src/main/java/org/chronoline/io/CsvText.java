package org.chronoline.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.chronoline.text.Messages;

/** A spreadsheet's bytes as text, in whichever encoding the spreadsheet saved it. */
final class CsvText {
    private CsvText() {
    }

    /** A file's text, and a warning when some of it had to be guessed. */
    record Decoded(String text, Problem note) {
    }

    /**
     * UTF-8 (with or without a byte-order mark, as Excel writes it), UTF-16 with a byte-order mark
     * (Excel's "Unicode text"), or Windows-1252 when it is not valid UTF-8. Pictures, archives and
     * other files that are not text are refused with their kind named.
     */
    static Decoded decode(byte[] bytes) throws IOException {
        String kind = TextEncoding.recognisedBinary(Arrays.copyOf(bytes, Math.min(bytes.length, 8)));
        if (kind != null) {
            throw new IOException(Messages.get("csv.notText", kind));
        }
        if (TextEncoding.startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || TextEncoding.startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new IOException(Messages.get("problem.file.utf32"));
        }
        if (TextEncoding.startsWith(bytes, 0xFE, 0xFF) || TextEncoding.startsWith(bytes, 0xFF, 0xFE)) {
            Charset utf16 = (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            try {
                return new Decoded(utf16.newDecoder().decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString(), null);
            } catch (CharacterCodingException e) {
                throw new IOException(Messages.get("csv.badUtf16"), e);
            }
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new IOException(Messages.get("csv.nulBytes"));
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString(), null);
        } catch (CharacterCodingException e) {
            return utf8OrWindows1252(bytes, start);
        }
    }

    /**
     * UTF-8 where the bytes are UTF-8, and each byte that is not read as Windows-1252: a file saved
     * by an older program (all Windows-1252) reads as it did, and a UTF-8 file with a stray
     * Windows-1252 "é" pasted in keeps its "ó" and "ł" (read all as Windows-1252, every one of them
     * became two wrong letters, without a word). That mixture gets a warning naming the first line.
     */
    private static Decoded utf8OrWindows1252(byte[] bytes, int start) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Charset windows1252 = Charset.forName("windows-1252");
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        int guessed = 0;
        int firstLine = 0;
        while (true) {
            CoderResult result = utf8.decode(in, out, true);
            if (!result.isError()) {
                utf8.flush(out);
                break;
            }
            if (guessed == 0) {
                firstLine = 1 + lineBreaks(out.duplicate().flip());
            }
            for (int i = 0; i < result.length(); i++) {
                out.put(new String(new byte[] {in.get()}, windows1252));
                guessed++;
            }
        }
        String text = out.flip().toString();
        boolean someUtf8 = text.chars().filter(c -> c > 0x7F).count() > guessed;
        return new Decoded(text, someUtf8 ? new Problem(Severity.WARNING, firstLine, 1, "",
                Messages.get("csv.mixedEncoding", guessed)) : null);
    }

    /** Line breaks as the CSV reader counts them: LF, CR LF, and a lone CR (an old Mac's, or Excel's "CSV (Macintosh)"). */
    private static int lineBreaks(CharSequence text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }
}
