package org.chronoline.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of each path-addressed {@link Finding} by reading the file a second
 * time and stopping at the addressed tokens. Subtrees that hold no target are skipped unparsed.
 *
 * <p>Gson reports its position after a token for some kinds of token and at its start for others
 * (an opening quote or bracket has been consumed after {@code peek()}, a literal or a whole
 * number has been consumed entirely, a decimal number not at all); {@link #value} corrects for
 * each, so every problem points at the first character of its token.
 */
final class ProblemLocator {
    private final JsonReader in;
    private final Map<JsonPath, List<int[]>> valueTargets = new HashMap<>();
    private final Map<JsonPath, List<int[]>> nameTargets = new HashMap<>();
    private final Set<JsonPath> prefixes = new HashSet<>();

    private ProblemLocator(JsonReader in, List<Finding> findings) {
        this.in = in;
        for (Finding f : findings) {
            (f.anchor() == Finding.Anchor.NAME ? nameTargets : valueTargets).put(f.path(), new ArrayList<>(1));
            for (JsonPath p = f.anchor() == Finding.Anchor.NAME ? f.path().parent() : f.path(); p != null; p = p.parent()) {
                prefixes.add(p);
            }
        }
    }

    static List<Problem> locate(TimelineSource source, List<Finding> findings, LoadMonitor monitor) throws LoadCancelledException {
        if (findings.isEmpty()) {
            return List.of();
        }
        ProblemLocator locator = null;
        try (Reader text = TextEncoding.open(source.open(), -1, monitor)) {
            JsonReader reader = new JsonReader(text);
            reader.setStrictness(Strictness.STRICT);
            locator = new ProblemLocator(reader, findings);
            locator.value(JsonPath.ROOT);
        } catch (LoadCancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // The file has a syntax error after the problems (reported separately) or changed since
            // it was read: keep the positions found so far, the rest stay unpositioned.
        }
        List<Problem> problems = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int[] at = locator == null ? null : locator.positionOf(f);
            problems.add(new Problem(f.severity(), at == null ? 0 : at[0], at == null ? 0 : at[1], f.path().toString(), f.message()));
        }
        return problems;
    }

    private int[] positionOf(Finding f) {
        List<int[]> found = (f.anchor() == Finding.Anchor.NAME ? nameTargets : valueTargets).get(f.path());
        if (found.isEmpty()) {
            return null;
        }
        return found.get(Math.min(f.occurrence(), found.size()) - 1);
    }

    private void value(JsonPath path) throws IOException {
        if (!prefixes.contains(path)) {
            in.skipValue();
            return;
        }
        List<int[]> target = valueTargets.get(path);
        JsonToken token = in.peek();
        GsonPosition p = GsonPosition.of(in);
        switch (token) {
            case BEGIN_OBJECT:
                record(target, p.line, p.column - 1);
                in.beginObject();
                while (in.hasNext()) {
                    in.peek();
                    GsonPosition name = GsonPosition.of(in);
                    JsonPath child = path.field(in.nextName());
                    record(nameTargets.get(child), name.line, name.column - 1);
                    value(child);
                }
                in.endObject();
                break;
            case BEGIN_ARRAY:
                record(target, p.line, p.column - 1);
                in.beginArray();
                for (int i = 0; in.hasNext(); i++) {
                    value(path.index(i));
                }
                in.endArray();
                break;
            case STRING:
                record(target, p.line, p.column - 1);
                in.nextString();
                break;
            case NUMBER: {
                String digits = in.nextString();
                GsonPosition after = GsonPosition.of(in);
                record(target, p.line, after.column == p.column ? after.column - digits.length() : p.column);
                break;
            }
            case BOOLEAN:
                record(target, p.line, p.column - (in.nextBoolean() ? 4 : 5));
                break;
            case NULL:
                in.nextNull();
                record(target, p.line, p.column - 4);
                break;
            default:
                in.skipValue();
        }
    }

    private static void record(List<int[]> target, int line, int column) {
        if (target != null) {
            target.add(new int[] {line, column});
        }
    }
}
