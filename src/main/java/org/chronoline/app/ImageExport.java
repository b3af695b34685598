package org.chronoline.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import org.chronoline.io.OutOfMemory;
import org.chronoline.io.PngWriter;
import org.chronoline.text.Messages;
import org.chronoline.view.Pixels;
import org.chronoline.view.TimelineRenderer;
import org.chronoline.view.TimelineView;

/**
 * View > Export Image: the current view as a PNG, at screen or double resolution. The picture is
 * drawn on the JavaFX thread (it is the view as it is now); encoding and writing the file happen
 * in the background.
 */
final class ImageExport {
    private ImageExport() {
    }

    /** A resolution offered in the dialog. */
    record Resolution(double pixelScale, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static void run(Dialogs dialogs, TimelineView timeline, Exports exports) {
        TimelineRenderer renderer = timeline.renderer();
        TimelineRenderer.Drawing now = timeline.currentDrawing();
        WritableImage screen = drawn(dialogs, renderer, now, 1);
        if (screen == null) {
            return;
        }
        int w = (int) screen.getWidth();
        int h = (int) screen.getHeight();
        Resolution normal = new Resolution(1, Messages.get("export.resolution.screen", w, h));
        Resolution twice = new Resolution(2, Messages.get("export.resolution.double", 2 * w, 2 * h));
        ChoiceDialog<Resolution> choice = new ChoiceDialog<>(normal, List.of(normal, twice));
        dialogs.prepare(choice);
        choice.setTitle(Messages.get("export.title"));
        choice.setHeaderText(Messages.get("export.header"));
        choice.setContentText(Messages.get("export.resolution"));
        Optional<Resolution> resolution = choice.showAndWait();
        if (resolution.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.title"));
        chooser.setInitialFileName("timeline.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.filter"), "*.png"));
        File file = chooser.showSaveDialog(dialogs.owner());
        WritableImage chosen = file == null ? null : resolution.get().pixelScale() == 1 ? screen : drawn(dialogs, renderer, now, 2);
        if (chosen != null) {
            write(exports, chosen, file.toPath());
        }
    }

    /** The view drawn at {@code pixelScale}; null, said in a dialog, when there is not the memory for it. */
    private static WritableImage drawn(Dialogs dialogs, TimelineRenderer renderer, TimelineRenderer.Drawing now, double pixelScale) {
        try {
            return renderer.image(now, pixelScale);
        } catch (OutOfMemoryError e) {
            dialogs.error(Messages.get("export.title"), Messages.get("export.failed", "PNG"), OutOfMemory.why(e));
            return null;
        }
    }

    static Task<Void> write(Exports exports, WritableImage image, Path target) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = Pixels.argb(image);
        return exports.write(target, out -> PngWriter.write(out, width, height, pixels),
                Messages.get("export.saved", target.getFileName(), width, height));
    }
}
