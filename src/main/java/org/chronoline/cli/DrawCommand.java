package org.chronoline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chronoline.io.ImageFiles;
import org.chronoline.io.OutOfMemory;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.SaveFailedException;
import org.chronoline.io.StandardOutput;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.TimelineEvent;
import org.chronoline.output.Pictures;
import org.chronoline.text.Messages;
import org.chronoline.view.FxThread;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.Marks;
import org.chronoline.view.ShownLink;
import org.chronoline.view.Theme;
import org.chronoline.view.TimeScale;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code --export-png FILE (--out OUT.png | OUT.png) [--width W] [--height H] [--from DATE --to DATE] [--select ID]
 * [--theme NAME] [--text-size PERCENT]} and the same for {@code --export-svg}: the timeline drawn as
 * the window draws it, without a display, in the light theme at the window's text size unless told. Without {@code --height} the picture is as tall as its
 * rows need, every event with its whole title; with it, lanes hold as many rows as fit and count
 * the rest into clusters. Exit codes as for {@code --check}: 0 written, 1 the file has errors, 2
 * usage or I/O errors.
 */
abstract class DrawCommand implements Callable<Integer> {
    static final int DEFAULT_WIDTH = 1600;

    /** What is written. */
    enum Format { PNG, SVG }

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.timeline")
    Path file;

    @Option(names = "--width", paramLabel = "W", descriptionKey = "cli.option.width", converter = Converters.PixelSize.class)
    int width = DEFAULT_WIDTH;

    @Option(names = "--height", paramLabel = "H", descriptionKey = "cli.option.height", converter = Converters.PixelSize.class)
    Integer height;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.option.from", converter = Converters.Date.class)
    HistoricalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.option.to.date", converter = Converters.Date.class)
    HistoricalDate to;

    @Option(names = "--select", paramLabel = "ID", descriptionKey = "cli.option.select")
    String select;

    @Option(names = "--theme", paramLabel = "NAME", descriptionKey = "cli.option.theme", converter = Converters.ThemeName.class)
    Theme theme = Theme.LIGHT;

    @Option(names = "--text-size", paramLabel = "PERCENT", descriptionKey = "cli.option.textSize", converter = Converters.TextSize.class)
    double textSize = 1;

    @Spec
    CommandSpec spec;

    private final Format format;
    private final PrintStream out;
    private final PrintStream err;

    DrawCommand(Format format, PrintStream out, PrintStream err) {
        this.format = format;
        this.out = out;
        this.err = err;
    }

    /** {@code --export-png}: a PNG, of a fixed height if asked. */
    @Command
    static final class Png extends DrawCommand {
        @Option(names = "--out", paramLabel = "OUT.png", descriptionKey = "cli.option.out")
        Path outOption;

        @Parameters(index = "1", arity = "0..1", paramLabel = "OUT.png", descriptionKey = "cli.option.out")
        Path outAfterFile;

        Png(PrintStream out, PrintStream err) {
            super(Format.PNG, out, err);
        }

        @Override
        Options options() {
            return new Options(file, OutFile.chosen(spec, outOption, outAfterFile), width, height, from, to, select);
        }
    }

    /** {@code --export-svg}: an SVG drawing, of a fixed height if asked (a slide, a page of a given shape). */
    @Command
    static final class Svg extends DrawCommand {
        @Option(names = "--out", paramLabel = "OUT.svg", descriptionKey = "cli.option.out")
        Path outOption;

        @Parameters(index = "1", arity = "0..1", paramLabel = "OUT.svg", descriptionKey = "cli.option.out")
        Path outAfterFile;

        Svg(PrintStream out, PrintStream err) {
            super(Format.SVG, out, err);
        }

        @Override
        Options options() {
            return new Options(file, OutFile.chosen(spec, outOption, outAfterFile), width, height, from, to, select);
        }
    }

    /** The options after the command; a null height means as tall as the rows need, a null selection none. */
    record Options(Path file, Path output, int width, Integer height, HistoricalDate from, HistoricalDate to, String select) {
    }

    abstract Options options();

    /** Where the command reports what it did: the error stream while the standard output carries the file itself. */
    private PrintStream reports() {
        return StandardOutput.reportsFor(options().output(), out, err);
    }

    @Override
    public Integer call() {
        if ((from == null) != (to == null)) {
            throw ChronolineCli.usage(spec, Messages.get("cli.export.fromAndTo"));
        }
        if (from != null && to.isBefore(from)) {
            throw ChronolineCli.usage(spec, Messages.get("cli.export.toBeforeFrom"));
        }
        Options options = options();
        Reading reading = Reading.of(options.file(), reports());
        if (reading.failed()) {
            return reading.exitCode();
        }
        if (options.select() != null && reading.document().events().stream().noneMatch(e -> e.id().equals(options.select()))) {
            throw ChronolineCli.usage(spec, Messages.get("cli.export.noSuchEvent", options.select()));
        }
        List<Path> inputs = ImageFiles.withPictures(List.of(options.file()), reading.document());
        try {
            SafeFileWriter.checkTarget(options.output(), inputs);
            TimelineContent content = new TimelineContent(reading.document());
            // Type as the window's at 100%; a slide for the back of a room wants more (--text-size 200%, --theme projector).
            TimelineRenderer renderer = FxThread.call(() -> new TimelineRenderer(theme.timelineStyle().withFontsScaled(textSize)));
            TimelineRenderer.Drawing drawing = FxThread.call(() -> drawing(renderer, content, options));
            if (format == Format.PNG) {
                int[] size = Pictures.writePng(options.output(), inputs, renderer, drawing, 1);
                reports().println(Messages.get("cli.export.written", options.output(), size[0], size[1]));
            } else {
                Pictures.writeSvg(options.output(), inputs, renderer, drawing);
                reports().println(Messages.get("cli.svg.written", options.output(), (int) drawing.width(), (int) Math.ceil(drawing.height())));
            }
        } catch (SaveFailedException e) {
            err.println(Messages.get("cli.error.prefix", e.getMessage()));
            return ChronolineCli.EXIT_USAGE_OR_IO;
        } catch (Exception e) {
            err.println(Messages.get("cli.error.prefix", Messages.get("cli.export.failed", OutOfMemory.why(e))));
            return ChronolineCli.EXIT_USAGE_OR_IO;
        }
        return ChronolineCli.EXIT_OK;
    }

    /**
     * The whole timeline or the period asked for. As tall as its rows need, unless a height is given
     * or the rows would make a PNG taller than it may be: then as many rows as fit, and clusters.
     */
    static TimelineRenderer.Drawing drawing(TimelineRenderer renderer, TimelineContent content, Options options) {
        double width = options.width();
        TimelineEvent selected = content.event(options.select());
        Marks marks = selected == null ? Marks.NONE
                : Marks.selecting(Set.of(selected.id())).withLinks(ShownLink.of(content, selected, false));
        TimeScale scale = options.from() == null ? TimelineRenderer.fitting(content, width, null)
                : TimeScale.fitting(options.from().startSecond(), options.to().endSecond(), width, 24);
        if (options.height() != null) {
            return renderer.fitted(content, LayoutMode.BY_CATEGORY, scale, width, options.height(), marks);
        }
        TimelineRenderer.Drawing complete = renderer.period(content, LayoutMode.BY_CATEGORY, scale, width, marks);
        if (complete.height() <= Pictures.MAX_SIDE) {
            return complete;
        }
        TimelineRenderer.Drawing most = renderer.fitted(content, LayoutMode.BY_CATEGORY, scale, width, Pictures.MAX_SIDE, marks);
        // As tall as what it draws: 700 events of a day, counted into one cluster, made a picture 16,384 pixels tall.
        double drawn = renderer.heightFor(renderer.layout(most)); // its own content: lanes empty in the period are left out
        return most.withHeight(Math.min(most.height(), drawn));
    }
}
