package org.chronoline.bench;

import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.chronoline.model.CivilCalendar;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.Precision;

/**
 * Writes a synthetic timeline file for the benchmark: the same file for the same size every time
 * (fixed seed), with about 70% points and 30% spans over 1800-2025, 8 categories, titles of 20-60
 * characters and descriptions of about 300, in the same format and layout as a real file.
 */
public final class SyntheticTimeline {
    private static final String[] WORDS = ("treaty summit talks signed ratified withdrawal suspension accord council "
            + "ministers declaration conference missile defence border troops inspection protocol ceasefire alliance "
            + "parliament decree election reform crisis embargo envoy delegation memorandum observers verification "
            + "reduction ceiling agreement negotiation proposal ultimatum mediation charter assembly").split(" ");
    private static final String[] CATEGORIES = {"signing", "in-force", "talks", "summit", "decision", "deployment", "ending", "other"};
    private static final String[] COLORS = {"#2E6DB4", "#1A7F5A", "#8250DF", "#B7791F", "#5B6B7B", "#D4631C", "#C4263A", "#3A8C9E"};
    private static final double FIRST = HistoricalDate.ofYear(1800).startSecond();
    private static final double LAST = HistoricalDate.ofYear(2025).endSecond();

    private SyntheticTimeline() {
    }

    /** {@code SyntheticTimeline OUT.json EVENTS}: the benchmark's file of that size, for other benchmarks (the web page's). */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticTimeline OUT.json EVENTS");
            System.exit(2);
        }
        int events = Integer.parseInt(args[1]);
        write(Path.of(args[0]), events, Benchmark.seedFor(events));
    }

    public static void write(Path file, int events, long seed) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter text = Files.newBufferedWriter(file, StandardCharsets.UTF_8); JsonWriter out = new JsonWriter(text)) {
            out.setIndent("  ");
            out.setHtmlSafe(false);
            out.beginObject();
            out.name("version").value(1);
            out.name("title").value("Synthetic timeline, " + events + " events");
            out.name("categories").beginArray();
            for (int c = 0; c < CATEGORIES.length; c++) {
                out.beginObject().name("id").value(CATEGORIES[c]).name("name").value("Category " + (c + 1))
                        .name("color").value(COLORS[c]).endObject();
            }
            out.endArray();
            out.name("events").beginArray();
            for (int i = 0; i < events; i++) {
                writeEvent(out, i, random);
            }
            out.endArray();
            out.endObject();
        }
    }

    private static void writeEvent(JsonWriter out, int i, Random random) throws IOException {
        double second = FIRST + random.nextDouble() * (LAST - FIRST);
        double p = random.nextDouble();
        Precision precision = p < 0.8 ? Precision.DAY : p < 0.95 ? Precision.MONTH : Precision.YEAR;
        HistoricalDate start = HistoricalDate.containing(second, precision);
        out.beginObject();
        out.name("id").value("e" + i);
        out.name("title").value(words(random, 20 + random.nextInt(41)));
        out.name("start").value(start.toIso());
        if (random.nextDouble() < 0.3) {
            double days = random.nextDouble() < 0.9 ? 1 + random.nextInt(60) : 365 * (1 + random.nextInt(20));
            double endSecond = Math.min(LAST - 1, start.endSecond() + days * CivilCalendar.SECONDS_PER_DAY);
            out.name("end").value(HistoricalDate.containing(endSecond, precision).toIso());
        }
        out.name("category").value(CATEGORIES[random.nextInt(CATEGORIES.length)]);
        if (random.nextBoolean()) {
            out.name("tags").beginArray().value(WORDS[random.nextInt(WORDS.length)]).endArray();
        }
        out.name("summary").value(words(random, 40 + random.nextInt(40)));
        out.name("description").value(words(random, 280 + random.nextInt(40)));
        out.name("sources").beginArray().beginObject()
                .name("title").value(words(random, 30))
                .name("url").value("https://example.org/sources/" + i)
                .endObject().endArray();
        out.endObject();
    }

    /** Words joined by spaces, exactly {@code length} characters long, starting with a capital. */
    private static String words(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.setLength(length);
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return text.toString().stripTrailing();
    }
}
