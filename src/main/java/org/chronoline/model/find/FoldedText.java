package org.chronoline.model.find;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text folded for matching: lower case, without accents ("Kraków" becomes "krakow", "Łódź"
 * becomes "lodz"), with a map from each folded character back to the character of the original
 * it came from, so that matches found in the folded text can be highlighted in the original.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    private final int[] origin;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    public static FoldedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 2 + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            String piece = fold(text.charAt(i));
            for (int k = 0; k < piece.length(); k++) {
                if (n == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[n++] = i;
                out.append(piece.charAt(k));
            }
        }
        return new FoldedText(text, out.toString(), Arrays.copyOf(origin, n));
    }

    /** Just the folded form, for text that is only searched in, never highlighted. */
    public static String foldAll(String text) {
        return of(text).folded;
    }

    /** One character folded: lower case, accents removed, a few letters that do not decompose spelled out. */
    static String fold(char c) {
        if (c < 0x80) {
            return String.valueOf(Character.toLowerCase(c));
        }
        switch (c) {
            case 'ł':
            case 'Ł':
                return "l";
            case 'ø':
            case 'Ø':
                return "o";
            case 'đ':
            case 'Đ':
            case 'ð':
            case 'Ð':
                return "d";
            case 'þ':
            case 'Þ':
                return "th";
            case 'ı':
                return "i";
            case 'ħ':
            case 'Ħ':
                return "h";
            case 'ß':
                return "ss";
            case 'æ':
            case 'Æ':
                return "ae";
            case 'œ':
            case 'Œ':
                return "oe";
            case '\u2019':
            case '\u2018':
                return "'";
            case '\u201c':
            case '\u201d':
                return "\"";
            case '\u2013':
            case '\u2014':
                return "-";
            default:
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                return decomposed.toLowerCase(Locale.ROOT);
        }
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** The range of the original text that the folded range {@code [from, to)} came from. */
    int[] originalRange(int from, int to) {
        if (from >= to) {
            return new int[] {0, 0};
        }
        return new int[] {origin[from], origin[to - 1] + 1};
    }
}
