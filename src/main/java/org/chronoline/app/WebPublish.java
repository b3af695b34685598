package org.chronoline.app;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import org.chronoline.io.ImageFiles;
import org.chronoline.io.OutOfMemory;
import org.chronoline.io.WebPage;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.Tour;
import org.chronoline.text.Messages;

/**
 * File > Publish as Web Page: the timeline as one HTML file students open on any device, with no
 * network (see {@link WebPage}). When the timeline has tours, the teacher chooses which one the
 * page presents first; the page is written in the background, beside the timeline.
 */
final class WebPublish {
    /** A choice of what the page presents first: a tour, or nothing (null). */
    record Start(String tourId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private WebPublish() {
    }

    static void run(Dialogs dialogs, Exports exports, TimelineDocument document, Path documentFile, Consumer<String> status) {
        List<Start> starts = starts(document);
        Start start = starts.get(0);
        if (starts.size() > 1) {
            ChoiceDialog<Start> choice = new ChoiceDialog<>(starts.get(1), starts);
            dialogs.prepare(choice);
            choice.setTitle(Messages.get("publish.title"));
            choice.setHeaderText(Messages.get("publish.header"));
            Optional<Start> chosen = choice.showAndWait();
            if (chosen.isEmpty()) {
                return;
            }
            start = chosen.get();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("publish.title"));
        chooser.setInitialFileName(HandoutExport.fileName(document.title()).replaceFirst(" handout\\.pdf$", ".html"));
        if (documentFile != null && documentFile.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(documentFile.toAbsolutePath().getParent().toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("publish.fileType"), "*.html", "*.htm"));
        File file = chooser.showSaveDialog(dialogs.owner());
        if (file != null) {
            write(dialogs, exports, document, start.tourId(), file.toPath(), documentFile, status);
        }
    }

    /** No tour first, then each tour that has steps. */
    static List<Start> starts(TimelineDocument document) {
        List<Start> starts = new ArrayList<>();
        starts.add(new Start(null, Messages.get("publish.choice.timeline")));
        for (Tour tour : document.tours()) {
            if (!tour.steps().isEmpty()) {
                starts.add(new Start(tour.id(), Messages.get("publish.choice.tour", DisplayText.inSentence(tour.title()))));
            }
        }
        return starts;
    }

    /** The most pictures a warning names one by one; the rest are counted. */
    private static final int NAMED_LEFT_OUT = 10;

    /**
     * Says which pictures the page is without, and why: the page was written without them, and a
     * student opening it would find no picture where the window shows why there is none.
     */
    private static void picturesLeftOut(Dialogs dialogs, List<String> leftOut) {
        StringBuilder text = new StringBuilder();
        leftOut.stream().limit(NAMED_LEFT_OUT).forEach(line -> text.append(text.length() == 0 ? "" : "\n").append("\u2022 ").append(line));
        if (leftOut.size() > NAMED_LEFT_OUT) {
            text.append("\n").append(Messages.get("publish.picturesLeftOut.more", leftOut.size() - NAMED_LEFT_OUT));
        }
        Alert alert = dialogs.alert(Alert.AlertType.WARNING, Messages.get("publish.title"),
                Messages.get("publish.picturesLeftOut", leftOut.size()), text.toString(), ButtonType.OK);
        alert.getDialogPane().setId("pictures-left-out");
        alert.show();
    }

    /** Writes the page in the background; its value says what was published. */
    static Task<WebPage.Published> write(Dialogs dialogs, Exports exports, TimelineDocument document, String tourId, Path target,
            Path documentFile, Consumer<String> status) {
        status.accept(Messages.get("publish.writing", target.getFileName()));
        Path folder = documentFile == null ? null : documentFile.toAbsolutePath().getParent();
        Task<WebPage.Published> task = new Task<>() {
            @Override
            protected WebPage.Published call() throws Exception {
                return WebPage.write(target, documentFile == null ? List.of() : ImageFiles.withPictures(List.of(documentFile), document), document, folder,
                        tourId);
            }
        };
        task.setOnSucceeded(e -> {
            WebPage.Published page = task.getValue();
            status.accept(Messages.get("publish.written", target.getFileName(), Math.max(1, Math.round(page.bytes() / 1024.0)),
                    page.pictures()));
            if (!page.picturesLeftOut().isEmpty()) {
                picturesLeftOut(dialogs, page.picturesLeftOut());
            }
        });
        task.setOnFailed(e -> {
            status.accept("");
            dialogs.errorLater(Messages.get("publish.title"), Messages.get("publish.failed", target.getFileName()),
                    OutOfMemory.why(task.getException()));
        });
        return exports.start(task);
    }
}
