package org.chronoline.app;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chronoline.io.CsvExporter;
import org.chronoline.io.PngWriter;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.io.TimelineJsWriter;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.chronoline.view.Pixels;
import org.chronoline.view.TimelineView;

/**
 * File > Export: the timeline in other programs' formats (TimelineJS, CSV) and as a whole picture
 * (PNG or SVG). Each asks where, then writes in the background through {@link SafeFileWriter}, so
 * an existing file is replaced atomically and kept as a backup.
 */
final class Exports {
    private final Window owner;
    private final Consumer<String> status;
    private final Supplier<Path> documentFile;

    /** @param documentFile the open timeline's file (or null): no export may write over it */
    Exports(Window owner, Consumer<String> status, Supplier<Path> documentFile) {
        this.owner = owner;
        this.status = status;
        this.documentFile = documentFile;
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
        Optional<Choice<Boolean>> kind = ask("export.csv.title", Messages.get("export.csv.header", shown.size()), excel, List.of(excel, plain));
        if (kind.isEmpty()) {
            return;
        }
        choose("export.csv.title", baseName + ".csv", "export.csv.filter", "*.csv")
                .ifPresent(target -> write(target, SafeFileWriter.Content.of(CsvExporter.toBytes(document, shown, kind.get().value())),
                        Messages.get("export.csv.written", target.getFileName(), shown.size())));
    }

    /** The whole timeline, all events and lanes, as a PNG at a chosen width. */
    void wholePng(TimelineView timeline, String baseName) {
        Optional<Choice<Integer>> width = askWidth();
        if (width.isEmpty()) {
            return;
        }
        choose("export.whole.title", baseName + ".png", "export.filter", "*.png").ifPresent(target -> {
            TimelineView.WholeTimeline whole = timeline.wholeTimeline(width.get().value());
            WritableImage image = timeline.renderWhole(whole, 1);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] pixels = Pixels.argb(image);
            write(target, out -> PngWriter.write(out, w, h, pixels), Messages.get("export.saved", target.getFileName(), w, h));
        });
    }

    /** The whole timeline as SVG, its text as text, for slides and posters. */
    void wholeSvg(TimelineView timeline, String baseName) {
        Optional<Choice<Integer>> width = askWidth();
        if (width.isEmpty()) {
            return;
        }
        choose("export.svg.title", baseName + ".svg", "export.svg.filter", "*.svg").ifPresent(target -> {
            TimelineView.WholeTimeline whole = timeline.wholeTimeline(width.get().value());
            String svg = timeline.renderWholeSvg(whole);
            write(target, SafeFileWriter.Content.of(svg.getBytes(StandardCharsets.UTF_8)),
                    Messages.get("export.saved", target.getFileName(), (int) whole.width(), (int) Math.ceil(whole.height())));
        });
    }

    private Optional<Choice<Integer>> askWidth() {
        List<Choice<Integer>> widths = List.of(new Choice<>(1600, Messages.get("export.width.screen")),
                new Choice<>(3200, Messages.get("export.width.wide")), new Choice<>(8000, Messages.get("export.width.poster")));
        return ask("export.whole.title", Messages.get("export.width.header"), widths.get(1), widths);
    }

    private <T> Optional<Choice<T>> ask(String titleKey, String header, Choice<T> initial, List<Choice<T>> choices) {
        ChoiceDialog<Choice<T>> dialog = new ChoiceDialog<>(initial, choices);
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(titleKey));
        dialog.setHeaderText(header);
        return dialog.showAndWait();
    }

    private Optional<Path> choose(String titleKey, String initialName, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), pattern));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Writes in the background; says so when done, or why not. */
    Task<Void> write(Path target, SafeFileWriter.Content content, String done) {
        status.accept(Messages.get("export.writing", target.getFileName()));
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                Path source = documentFile.get();
                new SafeFileWriter().export(target, content, source == null ? List.of() : List.of(source));
                return null;
            }
        };
        task.setOnSucceeded(e -> status.accept(done));
        task.setOnFailed(e -> {
            status.accept("");
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            alert.setTitle(Messages.get("export.failed.title"));
            alert.setHeaderText(Messages.get("export.failed", target.getFileName()));
            alert.setContentText(String.valueOf(task.getException().getMessage()));
            alert.show();
        });
        Thread thread = new Thread(task, "chronoline-export");
        thread.setDaemon(true);
        thread.start();
        return task;
    }
}
