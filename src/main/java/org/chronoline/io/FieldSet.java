package org.chronoline.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The known fields of one kind of object in the file format, in their documented order (the
 * order the writer uses). Unknown names are kept, but a name that looks like a typo of a known
 * one earns a "did you mean" warning.
 */
final class FieldSet {
    static final FieldSet DOCUMENT = new FieldSet("version", "title", "description", "categories", "eras", "events", "tours", "views");
    static final FieldSet CATEGORY = new FieldSet("id", "name", "color");
    static final FieldSet ERA = new FieldSet("id", "title", "start", "end", "color");
    static final FieldSet EVENT = new FieldSet("id", "title", "start", "end", "approximate", "category", "tags", "actors",
            "location", "summary", "description", "sources", "related", "image");
    static final FieldSet SOURCE = new FieldSet("title", "url", "publisher", "date");
    static final FieldSet IMAGE = new FieldSet("path", "caption", "credit");
    static final FieldSet TOUR = new FieldSet("id", "title", "steps");
    static final FieldSet VIEW = new FieldSet("id", "title", "hideCategories", "tags", "actors", "from", "to");

    private final List<String> names;
    /** Known names by length: a name read from a file is matched with a length check and equals, no hashing. */
    private final String[][] byLength;
    /** The documented position of each name in {@link #byLength}. */
    private final int[][] indexByLength;

    private FieldSet(String... names) {
        this.names = List.of(names);
        int longest = 0;
        for (String name : names) {
            longest = Math.max(longest, name.length());
        }
        Map<Integer, List<String>> grouped = new HashMap<>();
        for (String name : names) {
            grouped.computeIfAbsent(name.length(), k -> new ArrayList<>()).add(name);
        }
        byLength = new String[longest + 1][];
        indexByLength = new int[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            byLength[length] = grouped.getOrDefault(length, List.of()).toArray(new String[0]);
            indexByLength[length] = new int[byLength[length].length];
            for (int k = 0; k < byLength[length].length; k++) {
                indexByLength[length][k] = this.names.indexOf(byLength[length][k]);
            }
        }
    }

    List<String> names() {
        return names;
    }

    /** The field's position in the documented order, or -1 for a name this version does not know. */
    int indexOf(String name) {
        if (name.length() >= byLength.length) {
            return -1;
        }
        String[] candidates = byLength[name.length()];
        for (int k = 0; k < candidates.length; k++) {
            if (candidates[k].equals(name)) {
                return indexByLength[name.length()][k];
            }
        }
        return -1;
    }

    /**
     * The known name equal to {@code name} (the constant, whose hash is already computed), or null.
     * Gson returns a new string for every field name, so this runs once for every field in a file.
     */
    String canonical(String name) {
        if (name.length() >= byLength.length) {
            return null;
        }
        for (String candidate : byLength[name.length()]) {
            if (candidate.equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    /** The known name an unknown one was probably meant to be ("titel" -> "title"), or null. */
    String suggestionFor(String unknown) {
        String lower = unknown.toLowerCase(Locale.ROOT);
        for (String name : names) {
            int allowed = Math.max(1, Math.min(2, name.length() / 3));
            if (name.equals(lower) || (unknown.length() >= 4 && editDistance(lower, name) <= allowed)) {
                return name;
            }
        }
        return null;
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
    private static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
