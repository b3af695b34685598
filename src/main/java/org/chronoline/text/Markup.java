package org.chronoline.text;

/** Text made safe inside HTML or XML markup: the characters that mean markup become entities. */
public final class Markup {
    private Markup() {
    }

    /**
     * {@code & < > " '} as entities, and characters XML cannot hold at all (control characters
     * other than tab and line breaks) as the replacement character U+FFFD.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
