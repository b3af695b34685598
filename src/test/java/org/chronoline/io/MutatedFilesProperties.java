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
 * or dropped, field names swapped, values changed to another type, hostile text put into values:
 * characters outside the Basic Multilingual Plane, halves of characters, control and direction
 * characters, markup and formulas) must always load to a valid document or to a list of problems,
 * never to an exception or a hang. What loads is then written by every writer: the CSV has no
 * cell a spreadsheet would run, the TimelineJS file no markup or script address, the saved file
 * reads back to the same document, and no writer writes over the file it was read from.
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
    /** Put into text values as they stand in the JSON (so "\\ud800" is JSON's escape for half a character). */
    private static final List<String> HOSTILE = List.of("😀", "𝔄𝔅", "𠀀", "🇪🇺", "\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000",
            "\\u0007", "\u202E", "\u2066x\u2069", "\u200F", "e\u0301\u0301\u0301", "=HYPERLINK(\\\"http://x\\\",\\\"y\\\")", "+1+1",
            "-2-3", "@SUM(A1)", "\\t=cmd", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "]]>",
            "&amp;", "\\\"", "'", "\\\\", "\uFEFF", "\u00A0");
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
                retyped(bytes), flipped(bytes).flatMap(this::flipped), hostileText(bytes), hostileText(bytes).flatMap(this::truncated),
                emojiAnywhere(bytes)));
    }

    /** Hostile characters put into a text value, one to three times. */
    private Arbitrary<byte[]> hostileText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<int[]> values = matches(TEXT_VALUE, text);
        return Combinators.combine(Arbitraries.integers().between(0, values.size() - 1), Arbitraries.of(HOSTILE).list().ofMinSize(1)
                .ofMaxSize(3), Arbitraries.doubles().between(0, 1)).as((index, inserts, where) -> {
                    int[] value = values.get(index);
                    int at = value[0] + 1 + (int) (where * (value[1] - value[0] - 2));
                    return (text.substring(0, at) + String.join("", inserts) + text.substring(at)).getBytes(StandardCharsets.UTF_8);
                });
    }

    /** An emoji's four bytes anywhere, inside text or between tokens: before a syntax error it once hung the reader. */
    private Arbitrary<byte[]> emojiAnywhere(byte[] bytes) {
        byte[] emoji = "😀".getBytes(StandardCharsets.UTF_8);
        return Arbitraries.integers().between(0, bytes.length).map(at -> {
            byte[] out = new byte[bytes.length + emoji.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(emoji, 0, out, at, emoji.length);
            System.arraycopy(bytes, at, out, at + emoji.length, bytes.length - at);
            return out;
        });
    }

    @Property(seed = "20261201")
    void whatLoadsIsWrittenSafelyByEveryWriter(@ForAll("damagedFiles") byte[] file) throws Exception {
        LoadResult result = assertTimeoutPreemptively(NO_HANG, () -> new TimelineFileReader().read(TimelineSource.of("f", file), LoadMonitor.NONE));
        if (!result.isLoaded()) {
            return;
        }
        org.chronoline.model.TimelineDocument document = result.document();

        String csv = new String(CsvExporter.toBytes(document, document.events(), true), StandardCharsets.UTF_8);
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(csv.substring(1),
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            for (org.apache.commons.csv.CSVRecord record : parser) {
                for (String cell : record) {
                    assertThat(cell.isEmpty() || "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20".indexOf(cell.charAt(0)) < 0
                            || cell.matches("[+-]?\\d+(\\.\\d+)?")).as("a live formula: %s", cell).isTrue();
                }
            }
        }

        com.google.gson.JsonElement timelineJs = com.google.gson.JsonParser.parseString(
                new String(TimelineJsWriter.toBytes(document), StandardCharsets.UTF_8));
        assertNoMarkup(null, timelineJs);

        byte[] saved = TimelineFileWriter.toBytes(document);
        LoadResult again = new TimelineFileReader().read(TimelineSource.of("f", saved), LoadMonitor.NONE);
        assertThat(again.isLoaded()).as("what was saved opens: %s", again.problems()).isTrue();
        assertThat(TimelineFileWriter.toBytes(again.document())).as("saving changes no text").isEqualTo(saved);

        Path input = Files.createTempFile("fuzzed", ".json");
        try {
            Files.write(input, file);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SafeFileWriter().export(input,
                    SafeFileWriter.Content.of(saved), List.of(input))).isInstanceOf(SaveFailedException.class);
            assertThat(Files.readAllBytes(input)).isEqualTo(file);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    /** TimelineJS shows these fields as HTML: only paragraphs, breaks and links to web addresses may be in them. */
    private static final java.util.Set<String> HTML_FIELDS = java.util.Set.of("headline", "text", "caption", "credit", "display_date");
    private static final org.jsoup.safety.Safelist PAGE_SAFE = org.jsoup.safety.Safelist.none().addTags("p", "br", "a")
            .addAttributes("a", "href").addAttributes("p", "class").addProtocols("a", "href", "http", "https", "mailto");

    private static void assertNoMarkup(String name, com.google.gson.JsonElement value) {
        if (value.isJsonObject()) {
            // x-chronoline is Chronoline's own, plain text that TimelineJS never shows.
            value.getAsJsonObject().entrySet().stream().filter(e -> !e.getKey().equals(TimelineJsParser.OURS))
                    .forEach(e -> assertNoMarkup(e.getKey(), e.getValue()));
        } else if (value.isJsonArray()) {
            value.getAsJsonArray().forEach(e -> assertNoMarkup(name, e));
        } else if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && name != null) {
            String text = value.getAsString();
            if (HTML_FIELDS.contains(name)) {
                assertThat(org.jsoup.Jsoup.isValid(text, PAGE_SAFE)).as("%s holds markup: %s", name, text).isTrue();
            } else if (name.equals("url") || name.equals("thumbnail") || name.equals("link")) {
                assertThat(TimelineJsMarkup.isSafeAddress(text)).as("%s: %s", name, text).isTrue();
            }
        }
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
