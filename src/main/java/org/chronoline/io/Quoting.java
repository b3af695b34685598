package org.chronoline.io;

/** Values quoted inside messages: in double quotes, control characters made visible, long text cut. */
public final class Quoting {
    private static final int MAX_CHARS = 60;

    private Quoting() {
    }

    /** The text in double quotes, control and format characters as \\uXXXX (a terminal would act on them), cut after 60 characters. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 8).append('"');
        int shown = 0;
        for (int i = 0; i < text.length() && shown < MAX_CHARS; i++, shown++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX_CHARS) {
            out.append('\u2026');
        }
        return out.append('"').toString();
    }
}
