package org.chronoline.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Stable ids for events that have none: the title as lowercase ASCII words joined by hyphens,
 * then the start date, "cfe-treaty-signed-1990-11-19". The same title and date always give
 * the same id, so a file opened twice gets the same ids.
 */
public final class EventIds {
    private static final int MAX_SLUG_LENGTH = 48;

    private EventIds() {
    }

    /** A new id for an event with this title and start, not in {@code taken}. */
    public static String generate(String title, HistoricalDate start, Set<String> taken) {
        String slug = slug(title);
        String base = (slug.isEmpty() ? "event" : slug) + "-" + start.toIso().replace(':', '-').toLowerCase(Locale.ROOT);
        return UniqueIds.next(base, taken);
    }

    /** The slug of a title, or "item" when the title has no letters or digits. */
    public static String slugOrDefault(String title) {
        String slug = slug(title);
        return slug.isEmpty() ? "item" : slug;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        boolean pendingHyphen = false;
        for (int i = 0; i < ascii.length() && out.length() < MAX_SLUG_LENGTH; i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingHyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                pendingHyphen = false;
            } else {
                pendingHyphen = true;
            }
        }
        return out.toString();
    }
}
