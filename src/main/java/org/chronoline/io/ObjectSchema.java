package org.chronoline.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The file format, described once: for each kind of object, its fields in their documented order
 * (the order the writer uses), each with its type and whether it is required. The reader takes
 * the names it knows, the fields it requires and its "did you mean" suggestions from here, the
 * writer its order, and a test holds the README's tables to it, so the format, its reader, its
 * writer and its documentation cannot drift apart. Unknown names are kept, but a name that looks
 * like a typo of a known one earns a "did you mean" warning.
 */
final class ObjectSchema {
    /** One field: its name in the file, its type as the README names it, and whether an object must have it. */
    record Field(String name, String type, boolean required) {
    }

    static final ObjectSchema DOCUMENT = new ObjectSchema("The timeline",
            required("version", "number"), required("title", "text"), optional("description", "text"),
            optional("categories", "list of categories"), optional("eras", "list of eras"), required("events", "list of events"),
            optional("tours", "list of tours"), optional("views", "list of views"));
    static final ObjectSchema CATEGORY = new ObjectSchema("Categories",
            required("id", "text"), optional("name", "text"), optional("color", "colour"));
    static final ObjectSchema ERA = new ObjectSchema("Eras",
            optional("id", "text"), required("title", "text"), required("start", "date"), required("end", "date"), optional("color", "colour"));
    static final ObjectSchema EVENT = new ObjectSchema("Events",
            optional("id", "text"), required("title", "text"), required("start", "date"), optional("end", "date"),
            optional("approximate", "true/false"), optional("margin", "number"), optional("dating", "text"),
            optional("category", "text"), optional("tags", "list of text"),
            optional("actors", "list of text"), optional("location", "text"), optional("summary", "text"),
            optional("description", "text"), optional("sources", "list of sources"), optional("related", "list of links"),
            optional("image", "image"));
    static final ObjectSchema LINK = new ObjectSchema("Related links",
            required("id", "text"), optional("type", "text"));
    static final ObjectSchema SOURCE = new ObjectSchema("Sources",
            required("title", "text"), optional("url", "text"), optional("publisher", "text"), optional("date", "date"),
            optional("gives", "date"),
            optional("language", "text"));
    static final ObjectSchema IMAGE = new ObjectSchema("Images",
            required("path", "text"), optional("caption", "text"), optional("credit", "text"));
    static final ObjectSchema TOUR = new ObjectSchema("Tours",
            optional("id", "text"), required("title", "text"), required("steps", "list of text"));
    static final ObjectSchema VIEW = new ObjectSchema("Views",
            optional("id", "text"), required("title", "text"), optional("hideCategories", "list of text"), optional("tags", "list of text"),
            optional("actors", "list of text"), optional("from", "date"), optional("to", "date"));

    /** Every kind of object, in the README's order. */
    static final List<ObjectSchema> ALL = List.of(DOCUMENT, CATEGORY, ERA, EVENT, LINK, SOURCE, IMAGE, TOUR, VIEW);

    private final String heading;
    private final List<Field> fields;
    private final List<String> required;
    private final List<String> names;
    /** Known names by length: a name read from a file is matched with a length check and equals, no hashing. */
    private final String[][] byLength;
    /** The documented position of each name in {@link #byLength}. */
    private final int[][] indexByLength;

    private ObjectSchema(String heading, Field... fields) {
        this.heading = heading;
        this.fields = List.of(fields);
        this.required = this.fields.stream().filter(Field::required).map(Field::name).toList();
        String[] names = this.fields.stream().map(Field::name).toArray(String[]::new);
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

    private static Field required(String name, String type) {
        return new Field(name, type, true);
    }

    private static Field optional(String name, String type) {
        return new Field(name, type, false);
    }

    /** The README's heading for this kind of object. */
    String heading() {
        return heading;
    }

    List<Field> fields() {
        return fields;
    }

    List<String> names() {
        return names;
    }

    /** The fields every object of this kind must have. */
    List<String> required() {
        return required;
    }

    /**
     * The field's position in the documented order, or -1 for a name this version does not know.
     * Gson returns a new string for every field name, so this runs once for every field in a file:
     * a length check and equals, no hashing.
     */
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
