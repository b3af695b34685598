package org.chronoline.app;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * A line shown for a moment over the slides and gone by itself: what + and - made of the slides'
 * type ("Slide type 150%, the largest"), which changed the slides without a word, or did nothing
 * at its limit, and which a presentation kept from the last without saying so.
 */
final class PassingNote extends Label {
    private final PauseTransition shown;

    PassingNote(String id, Duration shownFor) {
        getStyleClass().add("present-passing-note");
        setId(id);
        setVisible(false);
        setMouseTransparent(true);
        shown = new PauseTransition(shownFor);
        shown.setOnFinished(e -> setVisible(false));
    }

    /** Shows {@code text} for its moment, from now: pressed again, the note stays and says the new text. */
    void show(String text) {
        setText(text);
        setVisible(true);
        shown.playFromStart();
    }
}
