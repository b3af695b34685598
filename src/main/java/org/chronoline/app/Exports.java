package org.chronoline.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import org.chronoline.io.CsvExporter;
import org.chronoline.io.ImageFiles;
import org.chronoline.io.OutOfMemory;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.TimelineJsWriter;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.output.Pictures;
import org.chronoline.text.Messages;
import org.chronoline.view.Marks;
import org.chronoline.view.TimelineRenderer;
import org.chronoline.view.TimelineView;

/**
 * File > Export: the timeline in other programs' formats (TimelineJS, CSV) and as a whole picture
 * (PNG or SVG). Each asks where, then writes in the background through {@link SafeFileWriter}, so
 * an existing file is replaced atomically and kept as a backup.
 */
final class Exports {
    private final Dialogs dialogs;
    private final Consumer<String> status;
    private final Supplier<List<Path>> readFrom;
    private final Supplier<TimelineDocument> document;
    private final Background background;

    /**
     * @param readFrom the files the open timeline was read from: no export may write over them
     * @param document the open timeline, whose events' pictures no export may write over either; null when none
     */
    Exports(Dialogs dialogs, Consumer<String> status, Supplier<List<Path>> readFrom, Supplier<TimelineDocument> document,
            Background background) {
        this.dialogs = dialogs;
        this.status = status;
        this.readFrom = readFrom;
        this.document = document;
        this.background = background;
    }

    /** Starts an export's work where the window's slow work runs. */
    <T> Task<T> start(Task<T> task) {
        return background.start(task);
    }

    /** A choice in a dialog, shown by its label. */
    record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    void timelineJs(TimelineDocument document, String baseName) {
        choose("export.timelinejs.title", baseName + "-timelinejs.json", "export.timelinejs.filter", "*.json")
                .ifPresent(target -> write(target, SafeFileWriter.Content.of(TimelineJsWriter.toBytes(document)),
                        Messages.get("export.timelinejs.written", target.getFileName(), document.events().size())));
    }

    /** The events the filter shows, as CSV; with a byte-order mark when the user wants Excel to read it. */
    void csv(TimelineDocument document, List<TimelineEvent> shown, String baseName) {
        Choice<Boolean> excel = new Choice<>(true, Messages.get("export.csv.excel"));
        Choice<Boolean> plain = new Choice<>(false, Messages.get("export.csv.plain"));
        String leftOut = CsvExporter.leftOut(document);
        String header = Messages.get("export.csv.header", shown.size()) + (leftOut == null ? "" : "\n" + leftOut);
        Optional<Choice<Boolean>> kind = ask("export.csv.title", header, excel, List.of(excel, plain));
        if (kind.isEmpty()) {
            return;
        }
        choose("export.csv.title", baseName + ".csv", "export.csv.filter", "*.csv")
                .ifPresent(target -> write(target, SafeFileWriter.Content.of(CsvExporter.toBytes(document, shown, kind.get().value())),
                        Messages.get("export.csv.written", target.getFileName(), shown.size())));
    }

    /** The whole timeline, every event with its whole title and every lane, as a PNG at a chosen width. */
    void wholePng(TimelineView timeline, String baseName) {
        Optional<Choice<Integer>> width = askWidth();
        if (width.isEmpty()) {
            return;
        }
        choose("export.whole.title", baseName + ".png", "export.filter", "*.png").ifPresent(target -> {
            TimelineRenderer renderer = timeline.renderer();
            TimelineRenderer.Drawing whole = renderer.whole(timeline.getContent(), timeline.getLayoutMode(), width.get().value(), Marks.NONE);
            int[] size = TimelineRenderer.pixelSize(whole, 1);
            run(target, inputs -> Pictures.writePng(target, inputs, renderer, whole, 1),
                    Messages.get("export.saved", target.getFileName(), size[0], size[1]));
        });
    }

    /** The whole timeline as SVG, its text as text, for slides and posters. */
    void wholeSvg(TimelineView timeline, String baseName) {
        Optional<Choice<Integer>> width = askWidth();
        if (width.isEmpty()) {
            return;
        }
        choose("export.svg.title", baseName + ".svg", "export.svg.filter", "*.svg").ifPresent(target -> {
            TimelineRenderer renderer = timeline.renderer();
            TimelineRenderer.Drawing whole = renderer.whole(timeline.getContent(), timeline.getLayoutMode(), width.get().value(), Marks.NONE);
            run(target, inputs -> Pictures.writeSvg(target, inputs, renderer, whole),
                    Messages.get("export.saved", target.getFileName(), (int) whole.width(), (int) Math.ceil(whole.height())));
        });
    }

    private Optional<Choice<Integer>> askWidth() {
        List<Choice<Integer>> widths = List.of(new Choice<>(1600, Messages.get("export.width.screen")),
                new Choice<>(3200, Messages.get("export.width.wide")), new Choice<>(8000, Messages.get("export.width.poster")));
        return ask("export.whole.title", Messages.get("export.width.header"), widths.get(1), widths);
    }

    private <T> Optional<Choice<T>> ask(String titleKey, String header, Choice<T> initial, List<Choice<T>> choices) {
        ChoiceDialog<Choice<T>> dialog = dialogs.prepare(new ChoiceDialog<>(initial, choices));
        dialog.setTitle(Messages.get(titleKey));
        dialog.setHeaderText(header);
        return dialog.showAndWait();
    }

    private Optional<Path> choose(String titleKey, String initialName, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), pattern));
        Path current = readFrom.get().stream().findFirst().orElse(null);
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File file = chooser.showSaveDialog(dialogs.owner());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Writes in the background through the safe writer; says so when done, or why not. */
    Task<Void> write(Path target, SafeFileWriter.Content content, String done) {
        return run(target, inputs -> new SafeFileWriter().export(target, content, inputs), done);
    }

    /**
     * The files the open timeline is made from, which no export may write over: those it was read
     * from and its events' pictures. Looked up on the JavaFX thread, which owns the session, before
     * the export's own thread starts.
     */
    private List<Path> inputs() {
        List<Path> files = readFrom.get();
        TimelineDocument shown = document.get();
        return shown == null ? List.copyOf(files) : ImageFiles.withPictures(files, shown);
    }

    /** Work that writes a file, on a background thread. */
    private interface Writing {
        void write(List<Path> inputs) throws Exception;
    }

    private Task<Void> run(Path target, Writing writing, String done) {
        List<Path> inputs = inputs();
        status.accept(Messages.get("export.writing", target.getFileName()));
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                writing.write(inputs);
                return null;
            }
        };
        task.setOnSucceeded(e -> status.accept(done));
        task.setOnFailed(e -> {
            status.accept("");
            dialogs.errorLater(Messages.get("export.failed.title"), Messages.get("export.failed", target.getFileName()),
                    OutOfMemory.why(task.getException()));
        });
        return background.start(task);
    }
}
