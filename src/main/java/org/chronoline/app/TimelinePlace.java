package org.chronoline.app;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.chronoline.model.TimelineDocument;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineView;

/**
 * Where the timeline is in the window: the timeline, and over it "No timeline is open" when none
 * is (and none is being read), a card saying how to add the first event when the open one has
 * none, or one saying that the filter hides every event (the timeline was simply blank). Most
 * windows never show any of them, so each is made the first time it is to be shown: a window
 * should start fast (the filter panel and the list are made when first shown too).
 */
final class TimelinePlace extends StackPane {
    /** Kept here: a binding only its listeners know of would be collected and fall silent. */
    private final BooleanBinding nothingOpen;
    private final BooleanBinding noEventsYet;
    private final BooleanBinding noneShown;

    /**
     * @param openingFile whether a file is being read (its progress and Cancel are in the status line)
     */
    TimelinePlace(TimelineView timeline, ObservableObjectValue<TimelineDocument> document, ObservableBooleanValue openingFile,
            Runnable chooseAndOpen, Runnable newTimeline, Runnable openBundled) {
        super(timeline);
        nothingOpen = Bindings.createBooleanBinding(() -> document.get() == null && !openingFile.get(), document, openingFile);
        noEventsYet = Bindings.createBooleanBinding(() -> document.get() != null && document.get().events().isEmpty(), document);
        addWhenShown(nothingOpen, () -> new NothingOpenPane(nothingOpen, chooseAndOpen, newTimeline, openBundled, timeline::requestFocus));
        addWhenShown(noEventsYet, this::noEventsCard);
        noneShown = Bindings.createBooleanBinding(() -> document.get() != null && !document.get().events().isEmpty()
                && timeline.getContent().isEmpty(), document, timeline.contentProperty());
        addWhenShown(noneShown, () -> card("none-shown", "timeline.noneShown", noneShown));
    }

    /** Over an empty timeline, how to add its first event; clicks go through to the timeline (Ctrl + double-click adds one). */
    private Label noEventsCard() {
        return card("no-events-yet", "timeline.noEvents", noEventsYet);
    }

    private static Label card(String id, String text, ObservableBooleanValue shown) {
        Label card = new Label(Messages.get(text));
        card.setId(id);
        card.getStyleClass().add("no-events-yet");
        card.setWrapText(true);
        card.setMouseTransparent(true);
        card.visibleProperty().bind(shown);
        return card;
    }

    /**
     * Makes and adds a node a moment after {@code shown} turns true and only if it still is: a
     * load's end turns "nothing open" true and false again in one go. The node binds its own visibility.
     */
    private void addWhenShown(ObservableBooleanValue shown, Supplier<? extends Node> make) {
        Runnable addIfShown = new Runnable() {
            private boolean added;

            @Override
            public void run() {
                if (!added && shown.get()) {
                    added = true;
                    getChildren().add(make.get());
                }
            }
        };
        if (shown.get()) {
            Platform.runLater(addIfShown);
        }
        shown.addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(addIfShown);
            }
        });
    }
}
