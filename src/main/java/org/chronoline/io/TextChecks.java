package org.chronoline.io;

import com.google.gson.JsonElement;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.text.Messages;

/**
 * Checks on text read from a file: that it holds only whole characters, and how long it is as a
 * reader counts it. A lone half of a UTF-16 surrogate pair (which JSON's {@code \ud800} escape can
 * make) is not a character; written back as UTF-8 it would silently become "?", so it is refused.
 */
final class TextChecks {
    /** Extended grapheme clusters: what a reader sees as one character, an emoji or a letter with its accents. */
    private static final Pattern CHARACTER = Pattern.compile("\\X");

    private TextChecks() {
    }

    /**
     * Whether the text may hold half a character or a control character: false for most text, in one
     * pass, so that the two closer looks below are taken only for text with emoji, letters beyond the
     * BMP or control characters in it.
     */
    static boolean mayBeUnusual(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the first control character, or -1 when the text has none: one that shows nothing
     * (NUL, ESC, DEL, the C1 controls), which the timeline, its pictures and its page draw as U+FFFD
     * ({@code DisplayText}) and CSV files leave out. Line breaks and tabs are text.
     */
    static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** C0 but tab, line feed and carriage return; DEL; C1. */
    private static boolean isControl(char c) {
        return c < 0x20 ? c != '\n' && c != '\t' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }

    /** The index of the first surrogate without its other half, or -1 when the text has none. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Refuses every text and field name under {@code element} (a tree read whole, as a TimelineJS file is) that holds
     * half a character ({@code "\ud800"} in JSON), at its place, as a Chronoline file's reader does as it reads.
     */
    static void refuseHalfCharacters(JsonElement element, JsonPath path, Findings findings) {
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> field : element.getAsJsonObject().entrySet()) {
                if (loneSurrogate(field.getKey()) >= 0) {
                    findings.error(path.field(field.getKey()), Messages.get("problem.text.loneSurrogateName"));
                } else {
                    refuseHalfCharacters(field.getValue(), path.field(field.getKey()), findings);
                }
            }
        } else if (element.isJsonArray()) {
            for (int i = 0; i < element.getAsJsonArray().size(); i++) {
                refuseHalfCharacters(element.getAsJsonArray().get(i), path.index(i), findings);
            }
        } else if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            String text = element.getAsString();
            int at = loneSurrogate(text);
            if (at >= 0) {
                findings.error(path, Messages.get("problem.text.loneSurrogate", String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(at))));
            }
        }
    }

    /**
     * The text with each lone half of a surrogate pair replaced by U+FFFD, as HTML's parser does with a character
     * reference to one ({@code &#xD800;}); the text itself when it has none.
     */
    static String wholeCharacters(String text) {
        if (text == null || loneSurrogate(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /**
     * Characters as people count them ("😀" is one, and so is "é" written as e and an accent),
     * counting no further than {@code atMost + 1}, so a hostile megabyte is not counted to the end.
     */
    static int characters(String text, int atMost) {
        Matcher m = CHARACTER.matcher(text);
        int n = 0;
        while (n <= atMost && m.find()) {
            n++;
        }
        return n;
    }
}
