package org.chronoline.app;

import java.text.Collator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Type-ahead in a list of titles, as in a file manager: what is typed within a second of the last key
 * goes to the next title that begins with it, and one letter typed again goes on to the next title
 * with that letter. Case and accents aside ("e" finds "Élysée Treaty"), as are quotation marks and
 * other signs before a title's first letter or digit. The page's list does the same (viewer.js, typedTo).
 */
final class TypeAhead {
    /** How long a pause starts the typing afresh. */
    static final long PAUSE_MILLIS = 1000;

    private final Collator collator;
    private String typed = "";
    private long last;
    private boolean typing;

    TypeAhead(Locale locale) {
        collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
    }

    /** Whether a key at {@code now} goes on with the typing: a space then is part of a title, not a command. */
    boolean typing(long now) {
        return typing && now - last <= PAUSE_MILLIS;
    }

    /** Ends the typing (the keys moved on otherwise, by an arrow or a click): a Space now is the list's own again. */
    void stop() {
        typing = false;
    }

    /**
     * The row to go to for {@code key} typed at {@code now} (milliseconds), from the row at {@code current}
     * (-1 for none), or -1 when no title begins with what has been typed.
     */
    int find(List<String> titles, int current, String key, long now) {
        // Composed, as the titles are compared: "e" and a combining accent typed are the one letter "é".
        typed = Normalizer.normalize(typing(now) ? typed + key : key, Normalizer.Form.NFC);
        typing = true;
        last = now;
        int first = typed.codePointAt(0);
        boolean oneLetter = typed.codePoints().allMatch(c -> c == first);
        String prefix = oneLetter ? new String(Character.toChars(first)) : typed;
        // One letter looks from the next row on; more letters may still be the current row's title.
        int from = oneLetter || current < 0 ? current + 1 : current;
        int n = titles.size();
        for (int i = 0; i < n; i++) {
            int row = Math.floorMod(from + i, n);
            if (begins(titles.get(row), prefix)) {
                return row;
            }
        }
        return -1;
    }

    private boolean begins(String stored, String prefix) {
        String title = Normalizer.normalize(stored, Normalizer.Form.NFC); // "E" and a combining accent: "É", as typed
        int start = 0;
        while (start < title.length() && !Character.isLetterOrDigit(title.codePointAt(start))) {
            start += Character.charCount(title.codePointAt(start));
        }
        int end = Math.min(title.length(), start + prefix.length());
        return collator.compare(title.substring(start, end), prefix) == 0;
    }
}
