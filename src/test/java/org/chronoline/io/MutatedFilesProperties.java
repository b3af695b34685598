package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fuzzer: valid timeline files damaged at random (bytes flipped, cut short, stretches repeated
 * or dropped, field names swapped, values changed to another type) must always load to a valid
 * document or to a list of problems, never to an exception or a hang.
 *
 * <p>Each build runs a short budget with a fixed seed (see {@code junit-platform.properties}); a
 * long run is {@code mvn -B test -Dtest=MutatedFilesProperties -Djqwik.tries.default=100000}.
 */
class MutatedFilesProperties {
    private static final List<byte[]> VALID = List.of(bytes(Path.of("data/events.json")), bytes(TestFiles.file("full.json")),
            bytes(TestFiles.file("minimal.json")));
    /** Hang detection only: a damaged file of a few kilobytes loads in milliseconds. */
    private static final Duration NO_HANG = Duration.ofSeconds(30);
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z]+)\"\\s*:");
    private static final Pattern TEXT_VALUE = Pattern.compile(":\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final List<String> OTHER_TYPES = List.of("12", "-0.5e3", "true", "null", "{}", "[]", "[\"a\", 1]",
            "{\"year\": 1990}", "\"\"", "\"1990-13\"");

    @Property(seed = "20261128")
    void aDamagedFileLoadsOrListsItsProblems(@ForAll("damagedFiles") byte[] file) {
        LoadResult result = assertTimeoutPreemptively(NO_HANG, () -> new TimelineFileReader().read(TimelineSource.of("f", file), LoadMonitor.NONE));

        switch (result.status()) {
            case LOADED -> assertThat(result.document()).isNotNull();
            case INVALID -> {
                assertThat(result.problems()).isNotEmpty();
                assertThat(result.problems()).noneMatch(p -> p.message().contains("mistake in Chronoline"));
                assertThat(result.problems()).allSatisfy(p -> assertThat(p.line() > 0 || p.path().isEmpty()).isTrue());
            }
            default -> throw new AssertionError("a file in memory cannot be unreadable: " + result.problems());
        }
    }

    @Provide
    Arbitrary<byte[]> damagedFiles() {
        Arbitrary<byte[]> base = Arbitraries.of(VALID);
        return base.flatMap(bytes -> Arbitraries.oneOf(flipped(bytes), truncated(bytes), spliced(bytes), swappedKeys(bytes),
                retyped(bytes), flipped(bytes).flatMap(this::flipped)));
    }

    private Arbitrary<byte[]> flipped(byte[] bytes) {
        return Combinators.combine(Arbitraries.integers().between(0, bytes.length - 1), Arbitraries.bytes()).as((at, value) -> {
            byte[] copy = bytes.clone();
            copy[at] = value;
            return copy;
        });
    }

    private Arbitrary<byte[]> truncated(byte[] bytes) {
        return Arbitraries.integers().between(0, bytes.length - 1).map(length -> Arrays.copyOf(bytes, length));
    }

    /** A stretch of the file dropped, or repeated in place. */
    private Arbitrary<byte[]> spliced(byte[] bytes) {
        return Combinators.combine(Arbitraries.integers().between(0, bytes.length - 1), Arbitraries.integers().between(1, 400),
                Arbitraries.of(true, false)).as((from, length, repeat) -> {
                    int to = Math.min(bytes.length, from + length);
                    byte[] head = Arrays.copyOf(bytes, repeat ? to : from);
                    byte[] tail = Arrays.copyOfRange(bytes, repeat ? from : to, bytes.length);
                    byte[] out = Arrays.copyOf(head, head.length + tail.length);
                    System.arraycopy(tail, 0, out, head.length, tail.length);
                    return out;
                });
    }

    /** Two field names exchanged: a title where a date belongs, a list where a text does. */
    private Arbitrary<byte[]> swappedKeys(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<int[]> keys = matches(KEY, text);
        return Combinators.combine(Arbitraries.integers().between(0, keys.size() - 1), Arbitraries.integers().between(0, keys.size() - 1))
                .as((a, b) -> {
                    int[] first = keys.get(Math.min(a, b));
                    int[] second = keys.get(Math.max(a, b));
                    if (first == second) {
                        return bytes;
                    }
                    String swapped = text.substring(0, first[0]) + text.substring(second[0], second[1])
                            + text.substring(first[1], second[0]) + text.substring(first[0], first[1]) + text.substring(second[1]);
                    return swapped.getBytes(StandardCharsets.UTF_8);
                });
    }

    /** A text value replaced by a value of another type. */
    private Arbitrary<byte[]> retyped(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<int[]> values = matches(TEXT_VALUE, text);
        return Combinators.combine(Arbitraries.integers().between(0, values.size() - 1), Arbitraries.of(OTHER_TYPES))
                .as((index, replacement) -> {
                    int[] value = values.get(index);
                    return (text.substring(0, value[0]) + replacement + text.substring(value[1])).getBytes(StandardCharsets.UTF_8);
                });
    }

    /** Start and end of group 1 of each match. */
    private static List<int[]> matches(Pattern pattern, String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(1) - (pattern == KEY ? 1 : 0), m.end(1) + (pattern == KEY ? 1 : 0)});
        }
        return found;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
