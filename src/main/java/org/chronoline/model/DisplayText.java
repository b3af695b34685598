package org.chronoline.model;

import java.text.Bidi;
import java.text.Normalizer;
import java.util.List;

/**
 * Text from a file made safe to show. A timeline file may come from anyone, and characters that
 * are invisible or that reorder what follows them could make a label say something else than the
 * file does: right-to-left overrides that turn "gpj.exe" into "exe.jpg", control characters that
 * a font draws as nothing. Control characters become the replacement character (U+FFFD), overrides and isolates
 * are dropped (Arabic and Hebrew still read right to left without them), and text meant for one
 * line stays on one. The document itself is never changed: this is for display only.
 */
public final class DisplayText {
    private DisplayText() {
    }

    /** At most this many combining marks in a row on a label: more are left out. */
    static final int MOST_MARKS = 4;

    /**
     * For a label of one line: a title, a tag, a name. A run of combining marks longer than any
     * script needs (dozens on one letter) is cut to {@value #MOST_MARKS}: stacked, they ran down over
     * the labels of the lanes below.
     */
    public static String line(String text) {
        return fewMarks(clean(text, false));
    }

    private static String fewMarks(String text) {
        if (text == null || !hasLongRunOfMarks(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            run = isMark(cp) ? run + 1 : 0;
            if (run <= MOST_MARKS) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean hasLongRunOfMarks(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            run = cp >= 0x300 && isMark(cp) ? run + 1 : 0; // (no mark comes before U+0300)
            if (run > MOST_MARKS) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * Whether a text reads from the right as a whole: its first letter that has a direction (Unicode's first strong
     * character) is Hebrew, Arabic or another right-to-left script. A browser's {@code dir="auto"} decides so too.
     */
    public static boolean readsRightToLeft(String text) {
        if (text == null || !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return false;
        }
        return !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /**
     * A title pinned at a timeline's left edge, after an arrow that points back to where its event is, left of the
     * view: without it, such a title read as an event of the period in view ("Moscow Treaty (SORT) signed", May 2002,
     * over the autumn of 2002; a student's walk-through). A title read from the right has the arrow at its end, which
     * is its left: the window's canvas and the page both lay such a line out from the right (looked at: put first, the
     * arrow stood at the right of an Arabic title). A blank title stays blank.
     */
    public static String pointingBack(String title) {
        return title.isBlank() ? title : readsRightToLeft(title) ? title + " \u2190" : "\u2190 " + title;
    }

    /** The left-to-right mark: a letter that reads from the left, never seen. */
    private static final char LEFT_TO_RIGHT_MARK = '\u200E';

    /**
     * For a title set inside a sentence of the window's own, whose languages all read from the left ("✓ {title} · 19 May
     * 2002", "{title} came before {title}"): as {@link #line}, and between left-to-right marks when it holds letters
     * that read from the right. Without them an Arabic title at a line's start turned the whole line around, its number
     * or mark at the right end, and a date after it was torn in two ("May 2002 ... 19"). The marks, unseen, keep the
     * sentence in its own order; the title inside still reads from the right. (Right-to-left marks inside them would
     * also keep a title's closing "!" or "…" with it in every case, but Linux's JavaFX draws those marks as boxes.)
     */
    public static String inSentence(String text) {
        String shown = line(text);
        if (shown == null || !Bidi.requiresBidi(shown.toCharArray(), 0, shown.length())) {
            return shown;
        }
        return LEFT_TO_RIGHT_MARK + shown + LEFT_TO_RIGHT_MARK;
    }

    /**
     * For a block set from the right as a whole (its first letter is Arabic or Hebrew): each of its lines that reads
     * from the left stands between left-to-right marks, so that it reads in its own order. A block set so sets every
     * line from the right: an English paragraph after an Arabic one had its full stop at its start, and a date over an
     * Arabic title read "November 1990 20".
     */
    public static String linesFromTheLeftKept(String block) {
        if (block == null || block.indexOf('\n') < 0 && !readsLeftToRight(block)) {
            return block;
        }
        StringBuilder out = new StringBuilder(block.length() + 8);
        for (String line : block.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(readsLeftToRight(line) ? LEFT_TO_RIGHT_MARK + line + LEFT_TO_RIGHT_MARK : line);
        }
        return out.toString();
    }

    /** Whether a text's first letter with a direction reads from the left (false for one with none: digits alone). */
    private static boolean readsLeftToRight(String text) {
        return !text.isEmpty() && new Bidi(text, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT).baseIsLeftToRight();
    }

    /**
     * Names (who took part) as one line: each as {@link #line}, joined by the comma of the script of the names' first
     * letter (a name may start with a year): Arabic's "، " for Arabic names, ", " for any other. Arabic names joined by a
     * Latin comma read as a list typed on the wrong keyboard.
     */
    public static String names(List<String> names) {
        List<String> shown = names.stream().map(DisplayText::line).toList();
        boolean arabic = shown.stream().flatMapToInt(String::codePoints).filter(Character::isLetter).findFirst()
                .stream().anyMatch(letter -> Character.UnicodeScript.of(letter) == Character.UnicodeScript.ARABIC);
        return String.join(arabic ? "\u060C " : ", ", shown);
    }

    /** For a paragraph: line breaks are kept. */
    public static String block(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        int i = 0;
        boolean marks = false;
        while (i < text.length() && isPlain(text.charAt(i))) {
            marks |= mayCompose(text.charAt(i));
            i++;
        }
        if (i == text.length()) {
            return marks ? composed(text) : text; // the usual case: nothing to change, nothing copied
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPlain(c)) {
                out.append(c);
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue; // a Windows line end is one break
                }
                out.append(keepLines ? '\n' : ' ');
            } else if (c == '\t') {
                out.append(' ');
            } else if (isDirectionControl(c)) {
                continue;
            } else if (isInvisibleBreak(c)) {
                if (keepLines) {
                    out.append(c); // where a paragraph may break (a long address), or hyphenate
                }
            } else {
                // The replacement character, which every font draws: something is here that cannot be shown.
                out.append('\uFFFD');
            }
        }
        String cleaned = out.toString();
        return cleaned.chars().anyMatch(c -> mayCompose((char) c)) ? composed(cleaned) : cleaned;
    }

    /**
     * Accents typed apart from their letters ("e" and U+0301, as some systems paste text) joined to them where Unicode
     * has the letter (NFC): seen the same, and drawn as one. JavaFX lays out a line with separate accents as complex
     * text, in a time that grows faster than the square of its length: 4,000 such characters took 1.4 s to wrap.
     */
    private static String composed(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether the character may join the one before it: a mark, a Hangul vowel or final, or half of a character beyond
     * the BMP. Only then is {@link Normalizer} asked: its first use costs a start 12-19 ms (its data), and a text of
     * other characters, en dashes and curly quotes included, is composed already.
     */
    private static boolean mayCompose(char c) {
        if (c < '\u0300') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || c >= '\u1160' && c <= '\u11FF' || Character.isSurrogate(c);
    }

    private static boolean isPlain(char c) {
        if (c < 0x20 || c == 0x7F) {
            return false;
        }
        if (c < 0x80) {
            return true;
        }
        if (c <= 0x9F || c == '\u2028' || c == '\u2029' || isDirectionControl(c) || isInvisibleBreak(c)) {
            return false;
        }
        return true;
    }

    /**
     * Characters that only say where a line may break or be hyphenated, and are never seen: the zero
     * width space, the word joiner, the byte order mark used as one, the soft hyphen, the Mongolian vowel
     * separator. A label of one line has no use for them, and the timeline's canvas drew each as a box
     * over the next letter. (The zero width joiners say how emoji and letters join, which the PDF and
     * the web page honour: they stay, and the canvas alone leaves them out; see FxSurface.)
     */
    private static boolean isInvisibleBreak(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E';
    }

    /** Embeddings, overrides and isolates: U+202A–U+202E and U+2066–U+2069. */
    private static boolean isDirectionControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
