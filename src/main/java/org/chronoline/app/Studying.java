package org.chronoline.app;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.chronoline.io.StudyProgressFile;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineContent;

/**
 * What the main window does to study: the shown events (View > Study, F7) or a tour (View > Study
 * Tour, a teacher's chosen set), one study window at a time, the progress kept per timeline.
 */
final class Studying {
    private final Stage stage;
    private final Finder finder;
    private final Supplier<TimelineDocument> document;
    private final Consumer<String> status;
    private StudyMode running;

    Studying(Stage stage, Finder finder, Supplier<TimelineDocument> document, Consumer<String> status) {
        this.stage = stage;
        this.finder = finder;
        this.document = document;
        this.status = status;
    }

    /**
     * Studies the events the filter shows, in time order: under the timeline's title when it shows them all, as "Shown
     * events" when it hides some.
     */
    void study() {
        TimelineContent all = finder.everything();
        List<TimelineEvent> shown = List.copyOf(finder.shown());
        TimelineDocument open = document.get();
        boolean whole = shown.size() == all.events().size() && open != null && !open.title().isBlank();
        start(whole ? open.title() : Messages.get("study.allShown"), shown, all);
    }

    /** Studies a tour's steps, whatever the filter hides. */
    void study(Tour tour) {
        TimelineContent all = finder.everything();
        List<TimelineEvent> steps = tour.steps().stream().map(all::event).filter(Objects::nonNull).distinct().toList();
        start(tour.title(), steps, all);
    }

    private void start(String title, List<TimelineEvent> set, TimelineContent content) {
        if (running != null) {
            running.stage().toFront();
            return;
        }
        if (set.size() < 2) {
            status.accept(Messages.get("study.tooFew"));
            return;
        }
        TimelineDocument open = document.get();
        StudyProgressFile file = StudyProgressFile.forTimeline(open == null ? "" : open.title());
        String[] said = {null}; // what the study window itself said here (a failure to keep progress), which stays
        Consumer<String> studyStatus = text -> {
            said[0] = text;
            status.accept(text);
        };
        running = StudyMode.open(stage, title, set, content, file, studyStatus, () -> {
            running = null;
            if (said[0] == null) {
                status.accept(""); // "Studying ...: 77 events" stayed after the study window closed
            }
            stage.requestFocus();
        });
        status.accept(Messages.get("study.started", DisplayText.inSentence(title), set.size()));
    }

    /** The open study window, or null. */
    StudyMode running() {
        return running;
    }

    /** View > Study Tour ▸, listing the open timeline's tours each time it opens. */
    Menu toursMenu() {
        return TourMenu.of(Messages.get("menu.studyTour"), document, this::study);
    }
}
