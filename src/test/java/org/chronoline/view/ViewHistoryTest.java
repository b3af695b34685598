package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewHistoryTest {

    @Test
    void backReturnsToThePeriodShownAfterTheWindowChangedWidth() {
        ViewHistory history = new ViewHistory();
        TimeScale decade = new TimeScale(0, 400_000);
        history.record(decade, 800);
        TimeScale narrower = new TimeScale(0, 400_000 * 800 / 785.0); // a scroll bar took 15 pixels
        history.resized(decade, 800, narrower);
        history.record(new TimeScale(1e8, 1_000), 785);

        TimeScale back = history.back();

        assertThat(back.secondAt(785)).as("the decade's end, at the right edge as before").isEqualTo(decade.secondAt(800));
    }

    @Test
    void aResizeLeavesAnEntryThatIsNotTheViewShown() {
        ViewHistory history = new ViewHistory();
        TimeScale recorded = new TimeScale(0, 400_000);
        history.record(recorded, 800);
        TimeScale dragged = new TimeScale(5e8, 400_000); // a drag that has not ended yet

        history.resized(dragged, 800, new TimeScale(5e8, 400_000 * 800 / 785.0));
        history.record(new TimeScale(1e9, 1_000), 785);

        assertThat(history.back()).isSameAs(recorded);
    }
}
