package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.chronoline.io.LoadResult;
import org.chronoline.io.Problem;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.SaveFailedException;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.DateInput;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.output.Pictures;
import org.chronoline.text.Messages;
import org.chronoline.view.FxThread;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.Marks;
import org.chronoline.view.Theme;
import org.chronoline.view.TimeScale;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineRenderer;

/**
 * {@code --export-png FILE --out OUT.png [--width W] [--height H] [--from DATE --to DATE]} and
 * {@code --export-svg FILE --out OUT.svg [--width W] [--from DATE --to DATE]}: the timeline drawn as
 * the window draws it, without a display. Without {@code --height} the picture is as tall as its
 * rows need, every event with its whole title; with it, lanes hold as many rows as fit and count
 * the rest into clusters. Exit codes as for {@code --check}: 0 written, 1 the file has errors, 2
 * usage or I/O errors.
 */
final class DrawCommand {
    static final int DEFAULT_WIDTH = 1600;

    /** What is written. */
    enum Format {
        PNG("--export-png"), SVG("--export-svg");

        final String option;

        Format(String option) {
            this.option = option;
        }
    }

    private final Format format;
    private final PrintStream out;
    private final PrintStream err;

    DrawCommand(Format format, PrintStream out, PrintStream err) {
        this.format = format;
        this.out = out;
        this.err = err;
    }

    /** The options after the command; a null height means as tall as the rows need. */
    record Options(Path file, Path output, int width, Integer height, HistoricalDate from, HistoricalDate to) {
    }

    int run(List<String> args) {
        Options options;
        try {
            options = parse(format, args);
        } catch (IllegalArgumentException e) {
            return CommandLine.usageError(err, e.getMessage());
        }
        LoadResult result = new TimelineFileReader().read(options.file());
        String name = options.file().toString();
        for (Problem problem : result.problems()) {
            out.println(problem.format(name));
        }
        if (!result.isLoaded()) {
            return result.status() == LoadResult.Status.INVALID ? CommandLine.EXIT_INVALID : CommandLine.EXIT_USAGE_OR_IO;
        }
        List<Path> inputs = List.of(options.file());
        try {
            SafeFileWriter.checkTarget(options.output(), inputs);
            TimelineContent content = new TimelineContent(result.document());
            TimelineRenderer renderer = FxThread.call(() -> new TimelineRenderer(Theme.LIGHT.timelineStyle()));
            TimelineRenderer.Drawing drawing = FxThread.call(() -> drawing(renderer, content, options));
            if (format == Format.PNG) {
                int[] size = Pictures.writePng(options.output(), inputs, renderer, drawing, 1);
                out.println(Messages.get("cli.export.written", options.output(), size[0], size[1]));
            } else {
                Pictures.writeSvg(options.output(), inputs, renderer, drawing);
                out.println(Messages.get("cli.svg.written", options.output(), (int) drawing.width(), (int) Math.ceil(drawing.height())));
            }
        } catch (SaveFailedException e) {
            err.println(Messages.get("cli.error.prefix", e.getMessage()));
            return CommandLine.EXIT_USAGE_OR_IO;
        } catch (Exception e) {
            err.println(Messages.get("cli.error.prefix", Messages.get("cli.export.failed", e.getMessage())));
            return CommandLine.EXIT_USAGE_OR_IO;
        }
        return CommandLine.EXIT_OK;
    }

    /**
     * The whole timeline or the period asked for. As tall as its rows need, unless a height is given
     * or the rows would make a PNG taller than it may be: then as many rows as fit, and clusters.
     */
    static TimelineRenderer.Drawing drawing(TimelineRenderer renderer, TimelineContent content, Options options) {
        double width = options.width();
        TimeScale scale = options.from() == null ? TimelineRenderer.fitting(content, width, null)
                : TimeScale.fitting(options.from().startSecond(), options.to().endSecond(), width, 24);
        if (options.height() != null) {
            return renderer.fitted(content, LayoutMode.BY_CATEGORY, scale, width, options.height(), Marks.NONE);
        }
        TimelineRenderer.Drawing complete = renderer.period(content, LayoutMode.BY_CATEGORY, scale, width, Marks.NONE);
        return complete.height() <= Pictures.MAX_SIDE ? complete
                : renderer.fitted(content, LayoutMode.BY_CATEGORY, scale, width, Pictures.MAX_SIDE, Marks.NONE);
    }

    static Options parse(Format format, List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new IllegalArgumentException(Messages.get("cli.export.needsFile", format.option));
        }
        Path file = Path.of(args.get(0));
        Path output = null;
        int width = DEFAULT_WIDTH;
        Integer height = null;
        HistoricalDate from = null;
        HistoricalDate to = null;
        for (int i = 1; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(Messages.get("cli.error.needsValue", option));
            }
            String value = args.get(i + 1);
            switch (option) {
                case "--out" -> output = Path.of(value);
                case "--width" -> width = size(option, value);
                case "--height" -> {
                    if (format == Format.SVG) {
                        throw new IllegalArgumentException(Messages.get("cli.error.unknownOption", option));
                    }
                    height = size(option, value);
                }
                case "--from" -> from = date(option, value);
                case "--to" -> to = date(option, value);
                default -> throw new IllegalArgumentException(Messages.get("cli.error.unknownOption", option));
            }
        }
        if (output == null) {
            throw new IllegalArgumentException(Messages.get("cli.export.needsOut", format.option,
                    format == Format.PNG ? "OUT.png" : "OUT.svg"));
        }
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException(Messages.get("cli.export.fromAndTo"));
        }
        if (from != null && to.isBefore(from)) {
            throw new IllegalArgumentException(Messages.get("cli.export.toBeforeFrom"));
        }
        return new Options(file, output, width, height, from, to);
    }

    private static int size(String option, String value) {
        try {
            int size = Integer.parseInt(value);
            if (size >= 100 && size <= Pictures.MAX_SIDE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(Messages.get("cli.export.badSize", option, value, Pictures.MAX_SIDE));
    }

    private static HistoricalDate date(String option, String value) {
        try {
            return DateInput.parse(value);
        } catch (InvalidDateException e) {
            throw new IllegalArgumentException(Messages.get("cli.export.badDate", option, value, e.reason()));
        }
    }
}
