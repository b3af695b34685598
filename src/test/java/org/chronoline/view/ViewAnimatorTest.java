package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The glide between two views, stepped by hand: the same at any machine speed. */
class ViewAnimatorTest {

    /** On JavaFX's thread, as in the window: the glide's timer needs the toolkit started (run alone, this test found it not). */
    @Test
    void aGlideStartsWhereTheViewIsEasesOutAndEndsExactlyOnTheTarget() throws Exception {
        FxThread.call(() -> {
            aGlide();
            return null;
        });
    }

    private static void aGlide() {
        TimeScale from = new TimeScale(0, 1000);
        TimeScale to = new TimeScale(500_000, 1000);
        ViewAnimator animator = new ViewAnimator(scale -> { }, running -> { });
        animator.animate(from, to, 400, 800, 1000);

        double start = animator.interpolate(0).secondAt(400);
        double quarter = animator.interpolate(0.25).secondAt(400);
        double half = animator.interpolate(0.5).secondAt(400);
        double end = animator.interpolate(1).secondAt(400);

        assertThat(start).isEqualTo(from.secondAt(400));
        assertThat(end).isEqualTo(to.secondAt(400));
        assertThat(animator.interpolate(1)).isSameAs(to);
        assertThat(quarter - start).as("fast at first (eased out)").isGreaterThan((half - quarter) * 1.2);
        assertThat(half).isBetween(start, end);
        animator.stop();
    }
}
