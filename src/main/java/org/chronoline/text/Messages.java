package org.chronoline.text;

import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every sentence Chronoline shows or prints, looked up by key from {@code messages.properties}, so
 * the wording lives in one file. Placeholders are {@code {0}}, {@code {1}}, ... and are replaced
 * literally (no {@link java.text.MessageFormat} quoting rules, so apostrophes need no escaping).
 */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.chronoline.text.messages");

    private Messages() {
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message with key " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && isDigits(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Every message whose key starts with {@code prefix}, by key, in key order: what the web page is sent. */
    public static SortedMap<String, String> withPrefix(String prefix) {
        SortedMap<String, String> found = new TreeMap<>();
        for (String key : BUNDLE.keySet()) {
            if (key.startsWith(prefix)) {
                found.put(key, BUNDLE.getString(key));
            }
        }
        return found;
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
