package org.chronoline.io;

import com.google.gson.stream.JsonReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line and column of Gson's reader, which it exposes only inside {@code toString()} and its
 * exception messages ("... at line 4 column 13 path $.c[0]"). Kept in this one place so a change
 * in Gson's wording breaks one test, not the positions of every message.
 */
final class GsonPosition {
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");

    final int line;
    final int column;
    /** Gson's path, "$.events[3].start". */
    final String path;

    private GsonPosition(int line, int column, String path) {
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /** Where the reader stands now: after the token it last peeked or consumed (see {@link ProblemLocator}). */
    static GsonPosition of(JsonReader reader) {
        GsonPosition p = parse(reader.toString());
        if (p == null) {
            throw new IllegalStateException("Gson no longer reports positions as expected: " + reader);
        }
        return p;
    }

    /** The position named in a Gson exception message, or null when it names none. */
    static GsonPosition parse(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = LOCATION.matcher(message);
        if (!m.find()) {
            return null;
        }
        return new GsonPosition(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }

    /** The text of a Gson message before its position. */
    static String head(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = LOCATION.matcher(message);
        return m.find() ? message.substring(0, m.start()) : message.lines().findFirst().orElse("");
    }

    /** Gson's "$.events[3].start" as people read it: "events[3].start". */
    static String displayPath(String gsonPath) {
        if (gsonPath == null || gsonPath.equals("$")) {
            return "";
        }
        String p = gsonPath.startsWith("$.") ? gsonPath.substring(2) : gsonPath.substring(1);
        return p.endsWith(".") ? p.substring(0, p.length() - 1) : p;
    }
}
