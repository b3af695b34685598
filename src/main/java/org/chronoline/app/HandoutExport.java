package org.chronoline.app;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import org.chronoline.io.ImageFiles;
import org.chronoline.io.OutOfMemory;
import org.chronoline.io.PaperSize;
import org.chronoline.io.SafeFileWriter;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.output.Handouts;
import org.chronoline.text.Messages;
import org.chronoline.view.PresentationSteps;

/**
 * File > Export Handout: a PDF for students of a tour's steps, or of the shown events, with a
 * picture of the whole period and one of each step, on the printer's paper (A4 or Letter); drawn
 * and written in the background.
 */
final class HandoutExport {
    /** What a handout can cover, as offered in the dialog. */
    record Subject(PresentationSteps steps, String label, String tourId) {
        @Override
        public String toString() {
            return label;
        }
    }

    private HandoutExport() {
    }

    /** @param lastTour the id of the tour last presented, offered first when the file has it; null for none */
    static void run(Dialogs dialogs, Exports exports, TimelineDocument document, Path documentFile, List<TimelineEvent> shown, String lastTour,
            Consumer<String> status) {
        List<Subject> subjects = subjects(document, shown);
        if (subjects.isEmpty()) {
            status.accept(Messages.get("present.noSteps"));
            return;
        }
        ChoiceDialog<Subject> choice = new ChoiceDialog<>(offeredFirst(subjects, lastTour), subjects);
        dialogs.prepare(choice);
        choice.setTitle(Messages.get("handout.title"));
        choice.setHeaderText(Messages.get("handout.header"));
        Optional<Subject> subject = choice.showAndWait();
        if (subject.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("handout.title"));
        chooser.setInitialFileName(fileName(subject.get().steps().title()));
        if (documentFile != null && documentFile.toAbsolutePath().getParent() != null) {
            // Beside the timeline: where a teacher keeps the class's material.
            chooser.setInitialDirectory(documentFile.toAbsolutePath().getParent().toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("handout.fileType"), "*.pdf"));
        File file = chooser.showSaveDialog(dialogs.owner());
        if (file != null) {
            write(dialogs, exports, document, subject.get().steps(), file.toPath(), documentFile, status);
        }
    }

    /**
     * The tour last presented, which the class has just seen; else the file's first tour, as a tour is
     * what a teacher prepared for the class; else the shown events. The file's first tour was offered
     * after a teacher made and presented another (17 pages of another lesson).
     */
    static Subject offeredFirst(List<Subject> subjects, String lastTour) {
        return subjects.stream().filter(s -> s.tourId() != null && s.tourId().equals(lastTour)).findFirst()
                .orElse(subjects.size() > 1 ? subjects.get(1) : subjects.get(0));
    }

    /** The shown events (when there are any), then every tour that names at least one event. */
    static List<Subject> subjects(TimelineDocument document, List<TimelineEvent> shown) {
        List<Subject> subjects = new ArrayList<>();
        PresentationSteps all = PresentationSteps.ofEvents(Messages.get("present.allShown"), shown, null);
        if (all != null) {
            subjects.add(new Subject(all, Messages.get("handout.choice.shown", all.size()), null));
        }
        Map<String, TimelineEvent> byId = new HashMap<>();
        document.events().forEach(e -> byId.put(e.id(), e));
        for (Tour tour : document.tours()) {
            PresentationSteps steps = PresentationSteps.ofTour(tour, byId::get);
            if (steps != null) {
                String named = Messages.get("handout.choice.tour", DisplayText.inSentence(tour.title()), steps.size());
                subjects.add(new Subject(steps, named, tour.id()));
            }
        }
        return subjects;
    }

    /** Draws the pictures and writes the handout in the background, with progress; the task's value is the page count. */
    static Task<Integer> write(Dialogs dialogs, Exports exports, TimelineDocument document, PresentationSteps steps, Path target, Path documentFile,
            Consumer<String> status) {
        status.accept(Messages.get("handout.writing"));
        PaperSize paper = PrintPreview.handoutPaper();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                return Handouts.write(target, documentFile == null ? List.of() : ImageFiles.withPictures(List.of(documentFile), document), paper, document, steps,
                        (done, all) -> updateProgress(done, all));
            }
        };
        task.setOnSucceeded(e -> status.accept(Messages.get("handout.written", target.getFileName(), task.getValue())));
        task.setOnFailed(e -> {
            status.accept("");
            Alert alert = new Alert(Alert.AlertType.ERROR);
            dialogs.prepare(alert);
            alert.setTitle(Messages.get("handout.title"));
            alert.setHeaderText(Messages.get("handout.failed", target.getFileName()));
            alert.setContentText(OutOfMemory.why(task.getException()));
            alert.show();
        });
        return exports.start(task);
    }

    /** "The CFE story handout.pdf": the title without characters that file systems refuse. */
    static String fileName(String title) {
        String safe = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        // 80 letters of a Chinese title are 240 bytes: with the temporary file's and the backup's
        // suffixes that was past the 255 bytes a file name may have.
        safe = SafeFileWriter.shortened(safe, 120).strip();
        return (safe.isEmpty() ? "Timeline" : safe) + " handout.pdf";
    }
}
