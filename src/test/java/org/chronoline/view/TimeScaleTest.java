package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.chronoline.model.CivilCalendar;
import org.chronoline.model.IsoDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeScaleTest {
    private static final double YEAR = CivilCalendar.SECONDS_PER_AVERAGE_YEAR;

    /** From the closest zoom (an hour across 1600 px) to the widest, even 10,000 years BCE stays within a hundredth of a pixel. */
    @ParameterizedTest
    @ValueSource(doubles = {2.25, 60, 86_400, 1e7, 1e10, 3e13})
    void convertsTimeToPixelsAndBackAtEveryZoom(double secondsPerPixel) {
        double start = IsoDates.parse("-9999").startSecond();
        TimeScale scale = new TimeScale(start, secondsPerPixel);

        for (double x : new double[] {-500, 0, 1, 799.5, 1600, 10_000}) {
            assertThat(scale.xOf(scale.secondAt(x))).isCloseTo(x, within(0.01));
        }
    }

    @Test
    void keepsAFarBceDateInPlaceAtAnHourZoom() {
        double thermopylae = IsoDates.parse("-0479-08-20T06:00").startSecond();
        TimeScale scale = new TimeScale(thermopylae - 800 * 2.25, 2.25); // 1 hour across 1600 px

        assertThat(scale.xOf(thermopylae)).isCloseTo(800, within(1e-6));
        assertThat(scale.xOf(thermopylae + 3600)).isCloseTo(800 + 1600, within(1e-6));
    }

    @Test
    void zoomingAroundAPointKeepsTheInstantUnderIt() {
        TimeScale scale = new TimeScale(IsoDates.parse("1990").startSecond(), 86_400);
        double anchor = scale.secondAt(321);

        TimeScale zoomed = scale.zoomedAround(321, 3.7);

        assertThat(zoomed.secondAt(321)).isCloseTo(anchor, within(1e-3));
        assertThat(zoomed.secondsPerPixel()).isCloseTo(86_400 / 3.7, within(1e-9));
    }

    @Test
    void panningMovesContentWithTheMouse() {
        TimeScale scale = new TimeScale(0, 10);

        assertThat(scale.pannedBy(100).xOf(0)).isEqualTo(100);
    }

    @Test
    void fittingShowsTheWholeIntervalWithMargins() {
        double from = IsoDates.parse("1972").startSecond();
        double to = IsoDates.parse("2026").endSecond();

        TimeScale scale = TimeScale.fitting(from, to, 1000, 50);

        assertThat(scale.xOf(from)).isCloseTo(50, within(1e-6));
        assertThat(scale.xOf(to)).isCloseTo(950, within(1e-6));
    }

    @Test
    void clampsZoomBetweenAnHourAndTheMaximumSpan() {
        TimeScale tooClose = new TimeScale(0, 0.001).clamped(1600, TimeScale.DEFAULT_MAX_SPAN_SECONDS);
        TimeScale tooFar = new TimeScale(0, 1e12).clamped(1600, TimeScale.DEFAULT_MAX_SPAN_SECONDS);

        assertThat(tooClose.span(1600)).isCloseTo(3600, within(1e-6));
        assertThat(tooFar.span(1600) / YEAR).isCloseTo(10_000, within(1e-6));
    }
}
