package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.chronoline.model.CivilCalendar;
import org.chronoline.model.IsoDates;
import org.junit.jupiter.api.Test;

class AxisPlanTest {
    private static final FixedWidthMeasurer MEASURER = new FixedWidthMeasurer(7);
    private static final double WIDTH = 1600;

    @Test
    void labelsNeverOverlapAtAnyZoomFromMillenniaToMinutes() {
        Random random = new Random(1);
        for (double spp = 1; spp < 2e10; spp *= 1.37) {
            for (int trial = 0; trial < 3; trial++) {
                double start = (random.nextDouble() - 0.6) * 1e11;
                AxisPlan plan = AxisPlan.plan(new TimeScale(start, spp), WIDTH, MEASURER);
                assertNoOverlap(plan.lower(), spp);
                assertThat(plan.lower()).as("ticks at %s s/px", spp).hasSizeGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void theWholeRangeOfYearsAFileMayHoldCanBeDrawn() {
        double first = IsoDates.parse("-999999999").startSecond();
        double last = IsoDates.parse("+999999999-12-31T23:59:59").endSecond();
        for (double width : new double[] {400, 1600, 16_384}) {
            TimeScale all = TimeScale.fitting(first, last, width, 24);

            AxisPlan plan = AxisPlan.plan(all, width, MEASURER);

            assertThat(plan.lower()).as("ticks across %s pixels", width).hasSizeGreaterThanOrEqualTo(2);
            assertNoOverlap(plan.lower(), all.secondsPerPixel());
        }
    }

    /** No label reaches the next one (a tick may go unlabelled when even the widest unit is too crowded). */
    private static void assertNoOverlap(List<AxisPlan.Tick> ticks, double spp) {
        List<AxisPlan.Tick> labelled = ticks.stream().filter(t -> !t.label().isEmpty()).toList();
        for (int i = 0; i + 1 < labelled.size(); i++) {
            AxisPlan.Tick a = labelled.get(i);
            double end = a.x() + AxisPlan.LABEL_INSET + MEASURER.width(a.label());
            assertThat(end).as("label %s at %s s/px", a.label(), spp).isLessThanOrEqualTo(labelled.get(i + 1).x());
        }
    }

    @Test
    void choosesUnitsThatFitTheZoom() {
        assertThat(unitAt(10 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR / WIDTH * 1000)).isEqualTo("YEARx500");
        assertThat(unitAt(50 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR / WIDTH)).isEqualTo("YEARx2");
        assertThat(unitAt(20 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR / WIDTH)).isEqualTo("YEARx1");
        assertThat(unitAt(2 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR / WIDTH)).isEqualTo("MONTHx1");
        assertThat(unitAt(40 * 86_400.0 / WIDTH)).isEqualTo("DAYx1");
        assertThat(unitAt(14 * 86_400.0 / WIDTH)).isEqualTo("HOURx12");
        assertThat(unitAt(86_400.0 / WIDTH)).isEqualTo("HOURx1");
        assertThat(unitAt(3_600.0 / WIDTH)).isEqualTo("MINUTEx5");
    }

    private static String unitAt(double spp) {
        return AxisPlan.plan(new TimeScale(IsoDates.parse("2007-10-12").startSecond(), spp), WIDTH, MEASURER).unit().toString();
    }

    @Test
    void bceYearsReadAsRoundBceNumbers() {
        double from = IsoDates.parse("-0549").startSecond();
        double to = IsoDates.parse("0250").startSecond();
        TimeScale scale = TimeScale.fitting(from, to, WIDTH, 0);

        AxisPlan plan = AxisPlan.plan(scale, WIDTH, MEASURER);

        assertThat(plan.lower()).extracting(AxisPlan.Tick::label)
                .containsSubsequence("500 BCE", "400 BCE", "300 BCE", "200 BCE", "100 BCE", "100", "200");
    }

    @Test
    void upperTierNamesTheMonthAndSticksToTheLeftEdge() {
        double start = IsoDates.parse("2007-10-09").startSecond();
        AxisPlan plan = AxisPlan.plan(new TimeScale(start, 40 * 86_400.0 / WIDTH), WIDTH, MEASURER);

        assertThat(plan.unit().toString()).isEqualTo("DAYx1");
        assertThat(plan.upper().get(0).label()).isEqualTo("October 2007");
        assertThat(plan.upper().get(0).x()).isLessThan(0);
        assertThat(plan.lower()).extracting(AxisPlan.Tick::label).startsWith("9", "10", "11", "12");
    }

    /**
     * A timeline dated in days, closer than a day per label: the upper tier names each day, or, when
     * a day has no room for its name (a week across a 1024-pixel projector in large type), the month.
     * The row was empty: every day's name was dropped for want of room.
     */
    @Test
    void theUpperTierNamesTheDaysWhereTheyFitAndTheMonthWhereTheyDoNot() {
        double start = IsoDates.parse("1990-11-16").startSecond();
        double day = 86_400.0;
        double wide = WIDTH / 2.5; // two and a half days across: room for "19 November 1990"
        AxisPlan days = AxisPlan.plan(new TimeScale(start, day / wide), WIDTH, MEASURER, TickUnit.Field.DAY);
        assertThat(days.upper()).extracting(AxisPlan.Tick::label).contains("17 November 1990", "18 November 1990");

        double narrow = 100; // a day narrower than its name (112 pixels), wide enough for ticks every 12 hours
        AxisPlan month = AxisPlan.plan(new TimeScale(start, day / narrow), WIDTH, MEASURER, TickUnit.Field.DAY);
        assertThat(month.unit().field()).isEqualTo(TickUnit.Field.DAY);
        assertThat(month.upper()).extracting(AxisPlan.Tick::label).first().isEqualTo("November 1990");
    }

    /** The overview of a year's timeline names the year ("Jan, Apr, Jul" alone did not say which), at its left edge. */
    @Test
    void aOneRowStripNamesTheYearOfMonthTicks() {
        double start = IsoDates.parse("2007-02-10").startSecond();
        AxisPlan plan = AxisPlan.plan(new TimeScale(start, 1.5 * CivilCalendar.SECONDS_PER_AVERAGE_YEAR / WIDTH), WIDTH, MEASURER);

        assertThat(plan.unit().field()).isEqualTo(TickUnit.Field.MONTH);
        assertThat(plan.oneRowLabels(MEASURER)).extracting(AxisPlan.Tick::label).containsExactly("2007", "2008");
        assertThat(plan.oneRowLabels(MEASURER).get(0).x()).as("pinned at the left edge").isZero();

        AxisPlan years = AxisPlan.plan(new TimeScale(IsoDates.parse("1970").startSecond(), 60 * 365.25 * 86_400 / WIDTH), WIDTH, MEASURER);
        assertThat(years.oneRowLabels(MEASURER)).as("years as they are").isEqualTo(years.lower());
    }
}
