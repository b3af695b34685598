package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;

class TimelineSelectionTest {
    private final TimelineEvent a = point("a", "1990");
    private final TimelineEvent b = point("b", "1991");
    private final TimelineEvent c = point("c", "1992");
    private final TimelineEvent d = point("d", "1993");
    private final TimelineContent content = new TimelineContent(new TimelineDocument(1, "T", null, List.of(), List.of(),
            List.of(d, b, a, c), List.of(), ExtraFields.NONE));
    private final TimelineSelection selection = new TimelineSelection(this);

    /** A run grows away from where it began and shrinks back towards it, as Shift+arrows do in a list. */
    @Test
    void aRunGrowsAwayFromItsAnchorAndShrinksBackTowardsIt() {
        selection.primaryProperty().set(b);
        selection.extendTo(c, 1, content);
        selection.extendTo(d, 1, content);
        assertThat(selection.ids()).containsExactlyInAnyOrder("b", "c", "d");

        selection.extendTo(c, -1, content);
        assertThat(selection.ids()).containsExactlyInAnyOrder("b", "c");
        selection.extendTo(b, -1, content);
        assertThat(selection.ids()).as("back at the anchor").containsExactly("b");
        selection.extendTo(a, -1, content);
        assertThat(selection.ids()).as("past it, the other way").containsExactlyInAnyOrder("a", "b");
        assertThat(selection.primaryProperty().get()).isEqualTo(a);
    }

    /** Choosing an event by other means ends the run: the next one is anchored there. */
    @Test
    void anotherChoiceBeginsANewRun() {
        selection.primaryProperty().set(a);
        selection.extendTo(b, 1, content);
        selection.primaryProperty().set(d);
        assertThat(selection.ids()).containsExactly("d");
        selection.extendTo(c, -1, content);
        assertThat(selection.ids()).as("grown from d, not shrunk towards a").containsExactlyInAnyOrder("c", "d");
    }

    /** Taking back a run's last event takes back only what the run added: an event Ctrl+clicked before it stays. */
    @Test
    void aRunTakesBackOnlyWhatItAdded() {
        selection.primaryProperty().set(c);
        selection.toggle(a, content); // Ctrl+click: a is primary, c stays selected
        selection.extendTo(b, 1, content);
        selection.extendTo(c, 1, content);
        selection.extendTo(b, -1, content);
        assertThat(selection.ids()).as("c was selected before the run").containsExactlyInAnyOrder("a", "b", "c");
        selection.extendTo(a, -1, content);
        assertThat(selection.ids()).containsExactlyInAnyOrder("a", "c");
    }

    /** Ctrl+click taking out the primary event makes another selected one primary; taking out the last clears it. */
    @Test
    void takingOutThePrimaryEventHandsItOn() {
        selection.primaryProperty().set(a);
        selection.toggle(c, content);
        assertThat(selection.primaryProperty().get()).isEqualTo(c);
        selection.toggle(c, content);
        assertThat(selection.primaryProperty().get()).isEqualTo(a);
        assertThat(selection.ids()).containsExactly("a");
        selection.toggle(a, content);
        assertThat(selection.primaryProperty().get()).isNull();
        assertThat(selection.ids()).isEmpty();
    }

    private static TimelineEvent point(String id, String date) {
        return TimelineEvent.point(id, id, IsoDates.parse(date));
    }
}
