package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewHistoryTest {

    @Test
    void backReturnsToThePeriodShownAfterTheWindowChangedWidth() {
        ViewHistory history = new ViewHistory();
        TimeScale decade = new TimeScale(0, 400_000);
        history.record(decade, 800);
        history.record(new TimeScale(1e8, 1_000), 785); // a scroll bar took 15 pixels

        TimeScale back = history.back(785);

        assertThat(back.secondAt(0)).isEqualTo(0);
        assertThat(back.secondAt(785)).as("the decade's end, at the right edge as before").isEqualTo(decade.secondAt(800));
        assertThat(history.forward(800)).as("forward, at the first width again").isEqualTo(new TimeScale(1e8, 1_000 * 785 / 800.0));
    }

    @Test
    void theSamePeriodAtAnotherWidthIsNoNewView() {
        ViewHistory history = new ViewHistory();
        history.record(new TimeScale(0, 400_000), 800);
        history.record(new TimeScale(0, 400_000 * 800 / 785.0), 785);

        assertThat(history.canGoBack()).isFalse();
    }
}
