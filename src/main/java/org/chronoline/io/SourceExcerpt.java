package org.chronoline.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The characters of a file around a line and column, read again from the source so that the
 * explanation of a syntax error can look at what is actually there, including the lines before
 * (a trailing comma is often on the line above the bracket Gson stopped at). Lines may be very long
 * (a whole file on one line), so only a window around the position is kept.
 */
final class SourceExcerpt {
    private static final int BEFORE = 400;
    private static final int AFTER = 40;
    /** How far past the position a control character is looked for: a quoted text of a million characters. */
    private static final int CONTROL_SEARCH = 1 << 20;

    private final StringBuilder text = new StringBuilder();
    private int[] lines = new int[64];
    private int[] columns = new int[64];
    /** Index in {@link #text} of the character at the requested position, or text.length() when past the end. */
    private int target = -1;

    private SourceExcerpt() {
    }

    static SourceExcerpt around(TimelineSource source, int line, int column, LoadMonitor monitor) throws LoadCancelledException {
        return around(source, line, column, false, monitor);
    }

    /**
     * @param toControlCharacter whether to read on past the position to the first control character
     *                           (a line break, a NUL), at most {@link #CONTROL_SEARCH} characters: Gson
     *                           places an unescaped one at the start of its quoted text, which may be long
     */
    static SourceExcerpt around(TimelineSource source, int line, int column, boolean toControlCharacter, LoadMonitor monitor)
            throws LoadCancelledException {
        SourceExcerpt excerpt = new SourceExcerpt();
        try (Reader in = TextEncoding.open(source.open(), -1, monitor)) {
            excerpt.read(in, line, column, toControlCharacter);
        } catch (LoadCancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Whatever was read before the failure is still worth looking at.
        }
        if (excerpt.target < 0) {
            excerpt.target = excerpt.text.length();
        }
        return excerpt;
    }

    /** An excerpt of one line of text, for tests and for positions with no file behind them. */
    static SourceExcerpt ofLine(String lineText, int line) {
        SourceExcerpt excerpt = new SourceExcerpt();
        for (int i = 0; i < lineText.length(); i++) {
            excerpt.append(lineText.charAt(i), line, i + 1);
        }
        excerpt.target = 0;
        return excerpt;
    }

    private void read(Reader in, int line, int column, boolean toControlCharacter) throws IOException {
        int currentLine = 1;
        int currentColumn = 1;
        int after = 0;
        int limit = toControlCharacter ? CONTROL_SEARCH : AFTER;
        int c;
        while ((c = in.read()) >= 0 && after < limit) {
            if (target < 0 && currentLine == line && currentColumn == column) {
                target = text.length();
            }
            if (target >= 0) {
                after++;
                if (c < 0x20 && limit == CONTROL_SEARCH) {
                    limit = after + AFTER; // found: the usual few characters after it
                }
            } else if (text.length() >= 2 * BEFORE) {
                drop(text.length() - BEFORE);
            }
            append((char) c, currentLine, currentColumn);
            if (c == '\n') {
                currentLine++;
                currentColumn = 1;
            } else {
                currentColumn++;
            }
        }
    }

    private void append(char c, int line, int column) {
        if (text.length() == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
            columns = Arrays.copyOf(columns, columns.length * 2);
        }
        lines[text.length()] = line;
        columns[text.length()] = column;
        text.append(c);
    }

    private void drop(int count) {
        text.delete(0, count);
        System.arraycopy(lines, count, lines, 0, text.length());
        System.arraycopy(columns, count, columns, 0, text.length());
    }

    /** The character {@code offset} characters from the requested position (negative: before it), or 0. */
    char at(int offset) {
        int i = target + offset;
        return i >= 0 && i < text.length() ? text.charAt(i) : 0;
    }

    /** True when the excerpt holds a character at {@code offset}. */
    boolean has(int offset) {
        int i = target + offset;
        return i >= 0 && i < text.length();
    }

    /** The whole character (code point) at {@code offset}, joining a surrogate pair, or -1. */
    int codePointAt(int offset) {
        if (!has(offset)) {
            return -1;
        }
        int i = target + offset;
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            return Character.toCodePoint(text.charAt(i - 1), c);
        }
        return c;
    }

    /** The offset of the nearest character before {@code offset} that is not whitespace, or null. */
    Integer previousNonWhitespace(int offset) {
        for (int i = target + offset - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i - target;
            }
        }
        return null;
    }

    /** Line and column of the character at {@code offset}, or null when it is not in the excerpt. */
    int[] positionOf(int offset) {
        int i = target + offset;
        return i >= 0 && i < text.length() ? new int[] {lines[i], columns[i]} : null;
    }

    /** The run of letters, digits and number characters starting at {@code offset}. */
    String wordAt(int offset) {
        StringBuilder word = new StringBuilder();
        for (int o = offset; word.length() < 40; o++) {
            char ch = at(o);
            if (ch == 0 || !(Character.isLetterOrDigit(ch) || ch == '+' || ch == '-' || ch == '.' || ch == '_')) {
                break;
            }
            word.append(ch);
        }
        return word.toString();
    }
}
