package org.chronoline.io;

import java.util.Locale;
import org.chronoline.text.Messages;

/**
 * Explains a syntax error that Gson stopped at, in words and at the character that caused it.
 * Gson says only "malformed JSON at line 3 column 9"; here we look at the text around that point
 * and name the usual causes: comments, trailing commas, single quotes, unquoted words, leading
 * zeros, NaN, a missing comma, text after the end, a file cut short.
 *
 * <p>Gson's column is just after the character it choked on for structural characters and at the
 * start of the token for values, so both neighbours of its position are examined. Paths are given
 * only for errors inside a value; between values, Gson's path names the previous field, which misleads.
 */
final class SyntaxErrors {
    private SyntaxErrors() {
    }

    /**
     * @param gsonMessage the message of Gson's exception
     * @param endOfInput  true when Gson ran out of input
     * @param afterRoot   true when the timeline object was already complete
     */
    /** How Gson's message for a line break, a tab or a NUL typed inside quotes begins. */
    private static final String UNESCAPED_CONTROL = "Unescaped control characters";

    static Problem explain(String gsonMessage, boolean endOfInput, boolean afterRoot, TimelineSource source, LoadMonitor monitor)
            throws LoadCancelledException {
        GsonPosition where = GsonPosition.parse(gsonMessage);
        if (where == null) {
            return Problem.unpositioned(Severity.ERROR, Messages.get("problem.syntax.other", GsonPosition.head(gsonMessage)));
        }
        String head = GsonPosition.head(gsonMessage);
        SourceExcerpt text = SourceExcerpt.around(source, where.line, where.column, head.startsWith(UNESCAPED_CONTROL), monitor);
        return explain(head, endOfInput, afterRoot, where, text);
    }

    static Problem explain(String head, boolean endOfInput, boolean afterRoot, GsonPosition where, SourceExcerpt text) {
        Explainer e = new Explainer(where, text);
        String valuePath = GsonPosition.displayPath(where.path);
        if (endOfInput) {
            return e.at(0, "", "problem.syntax.endOfFile");
        }
        if (head.startsWith("Unterminated string")) {
            return e.at(0, valuePath, "problem.syntax.unterminatedString");
        }
        if (head.startsWith(UNESCAPED_CONTROL)) {
            // The first control character in the quoted text (Gson's position is its opening quote).
            int at = -1;
            while (text.has(at) && text.at(at) >= 0x20) {
                at++;
            }
            char control = text.at(at);
            if (text.has(at) && control != '\n' && control != '\r' && control != '\t') {
                // Not a typed line break: an invisible character, which the message names (a NUL was told to be a line break).
                String code = String.format(Locale.ROOT, "%04X", (int) control);
                return e.problem(at, valuePath, Messages.get("problem.syntax.invisibleCharacter", code));
            }
            return e.at(-1, valuePath, "problem.syntax.controlCharacter");
        }
        if (head.startsWith("Invalid escape") || head.startsWith("Malformed Unicode escape") || head.startsWith("Unterminated escape")) {
            return e.at(-2, valuePath, "problem.syntax.escape");
        }
        if (head.startsWith("Nesting limit")) {
            return e.at(-1, "", "problem.syntax.tooDeep");
        }
        char last = text.at(-1);
        char next = text.at(0);
        if (last == '/' && (next == '/' || next == '*') || last == '#') {
            return e.at(-1, "", "problem.syntax.comment");
        }
        Integer comma = text.previousNonWhitespace(-1);
        if ((last == ']' || last == '}') && comma != null && text.at(comma) == ',') {
            return e.at(comma, "", last == ']' ? "problem.syntax.trailingCommaList" : "problem.syntax.trailingCommaObject");
        }
        if (afterRoot) {
            return e.at(-1, "", "problem.syntax.afterEnd");
        }
        if (last == '\'' || next == '\'') {
            return e.at(last == '\'' ? -1 : 0, "", "problem.syntax.singleQuote");
        }
        if (head.startsWith("Expected ':'")) {
            return e.at(-1, "", "problem.syntax.colon");
        }
        if (head.startsWith("Unterminated object")) {
            return e.at(-1, "", last == '"' ? "problem.syntax.missingCommaObject" : "problem.syntax.objectNotClosed");
        }
        if (head.startsWith("Unterminated array")) {
            return e.at(-1, "", "problem.syntax.missingCommaList");
        }
        Problem word = e.unquotedWord(0, valuePath);
        if (word == null && Character.isLetter(last)) {
            word = e.unquotedWord(-1, valuePath);
        }
        if (word != null) {
            return word;
        }
        if (head.startsWith("Expected name")) {
            return e.at(-1, "", "problem.syntax.name");
        }
        if (head.startsWith("Expected value") || head.startsWith("Unexpected value")) {
            return e.at(Character.isWhitespace(last) || last == 0 ? 0 : -1, valuePath, "problem.syntax.missingValue");
        }
        int culprit = culprit(text);
        char at = text.at(culprit);
        Integer before = text.previousNonWhitespace(culprit);
        if ((at == ',' || at == ']' || at == '}') && before != null && "[,:".indexOf(text.at(before)) >= 0) {
            return e.at(culprit, valuePath, "problem.syntax.missingValue"); // "[1, , 2]"
        }
        return e.problem(culprit, "", Messages.get("problem.syntax.unexpected", describe(text, culprit)));
    }

    /**
     * Where the character Gson stopped at is. Its column is just after a structural character, so
     * that is the one before; but when that is whitespace, Gson was at the start of a value, and the
     * culprit is the first character that cannot continue it ("2" followed by a NUL byte).
     */
    private static int culprit(SourceExcerpt text) {
        if (text.has(-1) && !Character.isWhitespace(text.at(-1))) {
            return -1;
        }
        int offset = 0;
        while (text.has(offset) && isNumberOrWordCharacter(text.at(offset))) {
            offset++;
        }
        return text.has(offset) && !isDelimiter(text.at(offset)) ? offset : 0;
    }

    private static boolean isNumberOrWordCharacter(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.');
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || c == ',' || c == '}' || c == ']' || c == ':';
    }

    /** A character as a message shows it: visible ones in quotes, invisible ones by their code ("the invisible character U+0000"). */
    static String describe(SourceExcerpt text, int offset) {
        int c = text.codePointAt(offset);
        if (c < 0) {
            return Messages.get("syntax.char.end");
        }
        int type = Character.getType(c);
        if (Character.isISOControl(c) || Character.isWhitespace(c) || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
            return Messages.get("syntax.char.invisible", String.format(Locale.ROOT, "U+%04X", c));
        }
        return Messages.get("syntax.char.visible", new String(Character.toChars(c)));
    }

    /** Turns offsets around Gson's position into positioned problems. */
    private static final class Explainer {
        private final GsonPosition where;
        private final SourceExcerpt text;

        Explainer(GsonPosition where, SourceExcerpt text) {
            this.where = where;
            this.text = text;
        }

        Problem at(int offset, String path, String key) {
            return problem(offset, path, Messages.get(key));
        }

        Problem problem(int offset, String path, String message) {
            int[] position = text.positionOf(offset);
            int line = position != null ? position[0] : where.line;
            int column = position != null ? position[1] : Math.max(1, where.column + offset);
            return new Problem(Severity.ERROR, line, column, path, message);
        }

        Problem unquotedWord(int offset, String path) {
            String word = text.wordAt(offset);
            if (word.isEmpty()) {
                return null;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("nan") || lower.endsWith("infinity")) {
                return at(offset, path, "problem.syntax.nan");
            }
            if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
                return problem(offset, path, Messages.get("problem.syntax.literalCase", word, lower));
            }
            char first = word.charAt(0);
            if (first == '+') {
                return at(offset, path, "problem.syntax.plusSign");
            }
            if (first == '.') {
                return at(offset, path, "problem.syntax.leadingDot");
            }
            int digitsStart = first == '-' ? 1 : 0;
            if (word.length() > digitsStart + 1 && word.charAt(digitsStart) == '0' && Character.isDigit(word.charAt(digitsStart + 1))) {
                return at(offset, path, "problem.syntax.leadingZero");
            }
            // Gson reads numbers of up to 1,024 characters; a longer one reaches us as an unquoted word
            // (which wordAt cuts at 40 characters).
            if (word.length() >= 40 && word.matches("-?[0-9][0-9.eE+-]*")) {
                return at(offset, path, "problem.syntax.numberTooLong");
            }
            if (Character.isDigit(word.charAt(digitsStart < word.length() ? digitsStart : 0))
                    && !word.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                return problem(offset, path, Messages.get("problem.syntax.notNumber", Quoting.quote(word)));
            }
            if (Character.isLetter(first) || first == '_') {
                return problem(offset, path, Messages.get("problem.syntax.unquoted", Quoting.quote(word)));
            }
            return null;
        }
    }
}
