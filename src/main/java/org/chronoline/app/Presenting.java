package org.chronoline.app;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.text.Messages;
import org.chronoline.view.PresentationSteps;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineView;

/**
 * What the main window does to present: choose the steps (the shown events from the selected one,
 * or a tour), start one {@link PresentationMode} at a time, and give the keyboard back when it ends.
 */
final class Presenting {
    private final Stage stage;
    private final TimelineView timeline;
    private final Finder finder;
    private final Supplier<TimelineDocument> document;
    private final EventPictures pictures;
    private final Consumer<String> status;
    private final Runnable afterEnd;
    private final Runnable beforeStart;
    private PresentationMode running;
    /**
     * Where the last presentation ended before its last step, and what the window had selected: F5
     * with that selection unchanged takes it up again there. A clicker's Esc (one press; some send
     * it from the same button as F5) lost the place, and a tour became every shown event from the first.
     */
    private LeftAt leftAt;

    /**
     * The id of the tour last presented (null after the shown events were), whatever the file: a tour
     * of that id in the file open now is offered first by File > Export > Handout.
     */
    private String lastTour;

    /**
     * A presentation of {@code document} left at step {@code index} ({@code at}) of {@code tour}
     * (null: the shown events), with {@code selected} selected in the window.
     */
    private record LeftAt(TimelineDocument document, Tour tour, int index, TimelineEvent at, TimelineEvent selected) {
    }

    /**
     * @param beforeStart closes what would stay over the window (the search results)
     * @param afterEnd    puts the window's status back as it was before the presentation
     */
    Presenting(Stage stage, TimelineView timeline, Finder finder, Supplier<TimelineDocument> document, EventPictures pictures,
            Consumer<String> status, Runnable beforeStart, Runnable afterEnd) {
        this.afterEnd = afterEnd;
        this.stage = stage;
        this.timeline = timeline;
        this.finder = finder;
        this.document = document;
        this.pictures = pictures;
        this.status = status;
        this.beforeStart = beforeStart;
    }

    /** View > Present (F5): every shown event in time order, from the selected one. Ignored while presenting. */
    void present() {
        LeftAt left = leftAt;
        // Nothing chosen, edited or opened since: another file, or the tour edited, started from its first step again.
        boolean takeUp = left != null && left.selected() == timeline.getSelectedEvent() && left.document() == document.get();
        if (takeUp && left.tour() != null) {
            present(left.tour(), left.index());
            return;
        }
        // With a filter on, the title says so: "All events shown" told the class that every event was there.
        String filtered = finder.filterStatusProperty().get();
        start(PresentationSteps.ofEvents(filtered.isEmpty() ? Messages.get("present.allShown") : filtered, finder.shown(),
                takeUp ? left.at() : timeline.getSelectedEvent()), timeline.getContent(), null);
    }

    /**
     * View > Rehearse (Alt+F5): as Present, with the presenter view on this screen too, over the
     * slides: the notes, the next step and the clock, for a run-through at home with one screen. With
     * two screens it is Present, whose presenter view is on the laptop's anyway.
     */
    void rehearse() {
        present();
        withPresenterViewHere();
    }

    /** View > Rehearse Tour: a tour as Present Tour presents it, with the presenter view on this screen too. */
    void rehearse(Tour tour) {
        present(tour);
        withPresenterViewHere();
    }

    private void withPresenterViewHere() {
        if (running != null) {
            running.openPresenterView(WindowPlacement.screenOf(stage));
        }
    }

    /** View > Present Tour: the tour's steps in its order, over the whole timeline whatever the filter hides. */
    void present(Tour tour) {
        present(tour, 0);
    }

    private void present(Tour tour, int from) {
        TimelineContent all = finder.everything();
        PresentationSteps steps = PresentationSteps.ofTour(tour, all::event);
        if (steps != null) {
            steps.moveTo(from);
        }
        start(steps, all, tour);
    }

    private void start(PresentationSteps steps, TimelineContent content, Tour tour) {
        if (running != null) {
            return;
        }
        if (steps == null) {
            // A tour is presented over every event, whatever the filter: when none of its events is left, the filter is not why.
            status.accept(Messages.get(tour != null ? "present.tourEmpty" : "present.noSteps"));
            return;
        }
        beforeStart.run();
        leftAt = null;
        lastTour = tour == null ? null : tour.id();
        running = PresentationMode.start(stage, content, steps, pictures, () -> {
            running = null;
            // The window stays as it was (its selection too); the place is kept for F5. A tour left at its end starts
            // again from its first step: F5 presented every shown event instead, another presentation than the class saw.
            boolean atEnd = steps.index() >= steps.size() - 1;
            leftAt = !atEnd || tour != null
                    ? new LeftAt(document.get(), tour, atEnd ? 0 : steps.index(), steps.current(), timeline.getSelectedEvent()) : null;
            stage.requestFocus();
            timeline.requestFocus();
            afterEnd.run();
        });
        status.accept(Messages.get("present.started", DisplayText.inSentence(steps.title()), steps.size()));
    }

    /** The id of the tour last presented (or rehearsed), or null: what File > Export > Handout offers first. */
    String lastTour() {
        return lastTour;
    }

    /** The running presentation, or null. */
    PresentationMode running() {
        return running;
    }

    /** View > Present Tour ▸, listing the open timeline's tours each time it opens. */
    Menu toursMenu() {
        return TourMenu.of(Messages.get("menu.presentTour"), document, this::present);
    }

    /** View > Rehearse Tour ▸: what a teacher prepares is most often a tour. */
    Menu rehearseToursMenu() {
        return TourMenu.of(Messages.get("menu.rehearseTour"), document, this::rehearse);
    }
}
