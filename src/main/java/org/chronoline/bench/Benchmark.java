package org.chronoline.bench;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronoline.io.LoadMonitor;
import org.chronoline.io.LoadResult;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.io.TimelineSource;
import org.chronoline.model.CivilCalendar;
import org.chronoline.view.FxThread;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.Marks;
import org.chronoline.view.Packing;
import org.chronoline.view.Theme;
import org.chronoline.view.TimeScale;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineRenderer;

/**
 * Measures what the timeline issue promises, on synthetic files of 1,000 to 1,000,000 events:
 * load (read, validate, index; time and retained heap), layout and frame times over a scripted
 * zoom from "fit all" down to one day, and startup to the first painted frame beside the floor ({@link Startup}). Prints a table and
 * writes {@code target/bench/results.json}.
 *
 * <pre>
 *   java -Xmx2g -Dchronoline.main=org.chronoline.bench.Benchmark -jar target/chronoline.jar [--sizes 1000,10000,...] [--out target/bench]
 * </pre>
 */
public final class Benchmark {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 900;
    private static final int VIEWS = 24;
    private static final int LAYOUT_REPEATS = 5;

    private Benchmark() {
    }

    /** The seed of the synthetic file of each size: the same file every run, in every benchmark. */
    static long seedFor(int events) {
        return 20_071_012L + events;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(1_000, 10_000, 100_000, 1_000_000);
        Path out = Path.of("target", "bench");
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--sizes")) {
                sizes = Arrays.stream(args[i + 1].split(",")).map(String::trim).map(Integer::valueOf).toList();
            } else if (args[i].equals("--out")) {
                out = Path.of(args[i + 1]);
            }
        }
        Files.createDirectories(out);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", machine());
        long stealBefore = stealTicks();
        long wallBefore = System.nanoTime();
        double calibrationBefore = calibrationMillis();
        List<Map<String, Object>> rows = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-10s %9s %10s %10s %12s %12s %11s %11s%n", "events", "file MB", "load ms", "heap MB",
                "layout med", "layout p95", "frame med", "frame p95");
        for (int size : sizes) {
            Path file = out.resolve("synthetic-" + size + ".json");
            if (!Files.exists(file)) {
                SyntheticTimeline.write(file, size, seedFor(size));
            }
            Map<String, Object> row = measure(file, size);
            rows.add(row);
            System.out.printf(Locale.ROOT, "%-10d %9.1f %10.0f %10.0f %9.3f ms %9.3f ms %8.2f ms %8.2f ms%n", size,
                    (double) row.get("fileMegabytes"), (double) row.get("loadMillis"), (double) row.get("retainedHeapMegabytes"),
                    (double) row.get("layoutMedianMillis"), (double) row.get("layoutP95Millis"),
                    (double) row.get("frameMedianMillis"), (double) row.get("frameP95Millis"));
        }
        results.put("sizes", rows);
        if (rows.size() > 1) {
            double first = (double) rows.get(0).get("layoutMedianMillis");
            double last = (double) rows.get(rows.size() - 1).get("layoutMedianMillis");
            results.put("layoutLargestOverSmallest", last / first);
            System.out.printf(Locale.ROOT, "layout median, largest file / smallest file: %.2f%n", last / first);
        }
        // A cold start on 100,000 events: the whole file read, checked and indexed before the first frame.
        Path large = sizes.contains(100_000) ? out.resolve("synthetic-100000.json") : null;
        List<Startup.Runs> startups = Startup.measure(7, large);
        Map<String, Object> startup = new LinkedHashMap<>();
        long floor = startups.isEmpty() ? 0 : startups.get(0).median();
        for (Startup.Runs runs : startups) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("medianMillis", runs.median());
            one.put("runsMillis", runs.millis());
            one.put("ratioToFloor", floor == 0 ? null : Math.round(100.0 * runs.median() / floor) / 100.0);
            startup.put(runs.name(), one);
            System.out.printf("startup to first frame, %s: %d ms (%.2fx the floor)%n", runs.name(), runs.median(), runs.median() / (double) floor);
        }
        results.put("startupToFirstFrame", startup);
        double calibrationAfter = calibrationMillis();
        double wallSeconds = (System.nanoTime() - wallBefore) / 1e9;
        long steal = stealTicks() - stealBefore;
        results.put("calibrationMillis", List.of(calibrationBefore, calibrationAfter));
        results.put("wallSeconds", wallSeconds);
        if (steal >= 0) {
            double stolen = steal / 100.0 / Runtime.getRuntime().availableProcessors();
            results.put("cpuStolenByHypervisorPercent", 100 * stolen / wallSeconds);
            System.out.printf(Locale.ROOT, "machine: calibration loop %.0f ms before, %.0f ms after; %.0f%% of CPU time stolen by the hypervisor%n",
                    calibrationBefore, calibrationAfter, 100 * stolen / wallSeconds);
        }
        Path json = out.resolve("results.json");
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(results) + "\n");
        System.out.println("results written to " + json);
        System.exit(0);
    }

    private static Map<String, Object> measure(Path file, int size) throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("events", size);
        row.put("fileMegabytes", Files.size(file) / 1_048_576.0);

        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        LoadResult result = new TimelineFileReader().read(TimelineSource.of(file), LoadMonitor.NONE);
        if (!result.isLoaded()) {
            throw new IllegalStateException("synthetic file did not load: " + result.problems());
        }
        TimelineContent content = new TimelineContent(result.document());
        double loadMillis = (System.nanoTime() - start) / 1e6;
        long heapAfter = usedHeapAfterGc();
        row.put("loadMillis", loadMillis);
        row.put("retainedHeapMegabytes", (heapAfter - heapBefore) / 1_048_576.0);
        row.put("bytesPerEvent", (double) (heapAfter - heapBefore) / size);

        List<TimeScale> views = scriptedViews(content);
        double[] layout = FxThread.call(() -> layoutTimes(content, views));
        double[] frame = FxThread.call(() -> frameTimes(content, views));
        row.put("layoutMedianMillis", percentile(layout, 50));
        row.put("layoutP95Millis", percentile(layout, 95));
        row.put("frameMedianMillis", percentile(frame, 50));
        row.put("frameP95Millis", percentile(frame, 95));
        // Keep the content reachable until the heap was measured.
        row.put("check", content.events().size() == size);
        return row;
    }

    /** From the whole file down to one day across the view, in equal zoom steps, centred in the file. */
    static List<TimeScale> scriptedViews(TimelineContent content) {
        double[] extent = content.extent();
        double centre = (extent[0] + extent[1]) / 2;
        double widest = extent[1] - extent[0];
        double narrowest = CivilCalendar.SECONDS_PER_DAY;
        List<TimeScale> views = new ArrayList<>();
        for (int i = 0; i < VIEWS; i++) {
            double span = widest * Math.pow(narrowest / widest, i / (double) (VIEWS - 1));
            views.add(TimeScale.fitting(centre - span / 2, centre + span / 2, WIDTH, 0));
        }
        return views;
    }

    private static double[] layoutTimes(TimelineContent content, List<TimeScale> views) {
        TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
        Packing packing = Packing.forScreen(LayoutMode.BY_CATEGORY);
        for (TimeScale view : views) { // warm up
            renderer.layout(content, LayoutMode.BY_CATEGORY, view, WIDTH, packing);
        }
        double[] times = new double[views.size() * LAYOUT_REPEATS];
        int n = 0;
        for (int r = 0; r < LAYOUT_REPEATS; r++) {
            for (TimeScale view : views) {
                long t = System.nanoTime();
                renderer.layout(content, LayoutMode.BY_CATEGORY, view, WIDTH, packing);
                times[n++] = (System.nanoTime() - t) / 1e6;
            }
        }
        return times;
    }

    /** Layout, painting and rasterising one view of the window's size, as the window's frame does. */
    private static double[] frameTimes(TimelineContent content, List<TimeScale> views) {
        TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle());
        Packing packing = Packing.forScreen(LayoutMode.BY_CATEGORY);
        for (TimeScale scale : views) { // warm up
            renderer.image(new TimelineRenderer.Drawing(content, LayoutMode.BY_CATEGORY, scale, WIDTH, HEIGHT, 0, packing, Marks.NONE), 1);
        }
        double[] times = new double[views.size() * 2];
        int n = 0;
        for (int r = 0; r < 2; r++) {
            for (TimeScale scale : views) {
                long t = System.nanoTime();
                renderer.image(new TimelineRenderer.Drawing(content, LayoutMode.BY_CATEGORY, scale, WIDTH, HEIGHT, 0, packing, Marks.NONE), 1);
                times[n++] = (System.nanoTime() - t) / 1e6;
            }
        }
        return times;
    }

    /**
     * A fixed amount of arithmetic, timed: on a shared virtual machine the same code runs at
     * different speeds from one hour to the next, and this says how fast the machine was.
     */
    static double calibrationMillis() {
        double best = Double.MAX_VALUE;
        double sink = 0;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            for (long i = 0; i < 50_000_000L; i++) {
                sink += Math.sqrt(i);
            }
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return sink > 0 ? best : -1;
    }

    /** CPU time taken by the hypervisor from this machine (Linux /proc/stat "steal"), in ticks, or -1. */
    private static long stealTicks() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                if (line.startsWith("cpu ")) {
                    String[] fields = line.trim().split("\\s+");
                    return Long.parseLong(fields[8]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("processors", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMegabytes", Runtime.getRuntime().maxMemory() / 1_048_576);
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return m;
    }
}
