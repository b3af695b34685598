package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.chronoline.io.LoadResult;
import org.chronoline.io.PngWriter;
import org.chronoline.io.Problem;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.SaveFailedException;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.DateInput;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.text.Messages;
import org.chronoline.view.Pixels;
import org.chronoline.view.Theme;
import org.chronoline.view.TimeScale;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineView;

/**
 * {@code --export-png FILE --out OUT.png [--width W --height H] [--from DATE --to DATE]}: draws the
 * timeline as the window would, without a display, for handouts and slides. Exit codes as for
 * {@code --check}: 0 written, 1 the file has errors, 2 usage or I/O errors.
 */
final class ExportImageCommand {
    static final int DEFAULT_WIDTH = 1600;
    static final int DEFAULT_HEIGHT = 900;
    private static final int MAX_SIDE = 16_384;

    private final PrintStream out;
    private final PrintStream err;

    ExportImageCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The options after {@code --export-png}. */
    record Options(Path file, Path output, int width, int height, HistoricalDate from, HistoricalDate to) {
    }

    int run(List<String> args) {
        Options options;
        try {
            options = parse(args);
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
        try {
            SafeFileWriter.checkTarget(options.output(), List.of(options.file()));
            int[] pixels = HeadlessFx.call(() -> render(new TimelineContent(result.document()), options));
            new SafeFileWriter().export(options.output(),
                    png -> PngWriter.write(png, options.width(), options.height(), pixels), List.of(options.file()));
        } catch (SaveFailedException e) {
            err.println(Messages.get("cli.error.prefix", e.getMessage()));
            return CommandLine.EXIT_USAGE_OR_IO;
        } catch (Exception e) {
            err.println(Messages.get("cli.error.prefix", Messages.get("cli.export.failed", e.getMessage())));
            return CommandLine.EXIT_USAGE_OR_IO;
        }
        out.println(Messages.get("cli.export.written", options.output(), options.width(), options.height()));
        return CommandLine.EXIT_OK;
    }

    private static int[] render(TimelineContent content, Options options) {
        TimelineView view = new TimelineView();
        view.setAnimated(false);
        view.setContent(content);
        StackPane root = new StackPane(view);
        Scene scene = new Scene(root, options.width(), options.height());
        scene.getStylesheets().add(Theme.LIGHT.stylesheet());
        root.applyCss();
        root.layout();
        TimeScale scale = options.from() == null
                ? view.scaleFittingAll(options.width())
                : TimeScale.fitting(options.from().startSecond(), options.to().endSecond(), options.width(), 24);
        WritableImage image = view.renderImage(options.width(), options.height(), 1, scale);
        return Pixels.argb(image);
    }

    static Options parse(List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new IllegalArgumentException(Messages.get("cli.export.needsFile"));
        }
        Path file = Path.of(args.get(0));
        Path output = null;
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        HistoricalDate from = null;
        HistoricalDate to = null;
        for (int i = 1; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(Messages.get("cli.error.needsValue", option));
            }
            String value = args.get(i + 1);
            switch (option) {
                case "--out":
                    output = Path.of(value);
                    break;
                case "--width":
                    width = size(option, value);
                    break;
                case "--height":
                    height = size(option, value);
                    break;
                case "--from":
                    from = date(option, value);
                    break;
                case "--to":
                    to = date(option, value);
                    break;
                default:
                    throw new IllegalArgumentException(Messages.get("cli.error.unknownOption", option));
            }
        }
        if (output == null) {
            throw new IllegalArgumentException(Messages.get("cli.export.needsOut"));
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
            if (size >= 100 && size <= MAX_SIDE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(Messages.get("cli.export.badSize", option, value, MAX_SIDE));
    }

    private static HistoricalDate date(String option, String value) {
        try {
            return DateInput.parse(value);
        } catch (InvalidDateException e) {
            throw new IllegalArgumentException(Messages.get("cli.export.badDate", option, value, e.reason()));
        }
    }
}
