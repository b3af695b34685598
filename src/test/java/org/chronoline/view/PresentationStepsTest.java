package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chronoline.model.Dating;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.junit.jupiter.api.Test;

class PresentationStepsTest {
    private static final TimelineEvent SIGNED = event("signed", "1990-11-19");
    private static final TimelineEvent ADAPTED = event("adapted", "1999-11-19");
    private static final TimelineEvent DECREE = event("decree", "2007-07");
    private static final TimelineEvent TALKS = event("talks", "2007-10-12");

    @Test
    void eventsComeInTimeOrderStartingAtTheChosenOne() {
        PresentationSteps steps = PresentationSteps.ofEvents("All", List.of(TALKS, SIGNED, DECREE, ADAPTED), DECREE);

        assertThat(steps.steps()).containsExactly(SIGNED, ADAPTED, DECREE, TALKS);
        assertThat(steps.index()).isEqualTo(2);
        assertThat(steps.current()).isEqualTo(DECREE);
        assertThat(steps.next()).isEqualTo(TALKS);
    }

    /** A year typed while presenting goes to the first step, in the steps' order, of those nearest it. */
    @Test
    void aTypedYearGoesToTheStepNearestIt() {
        Map<String, TimelineEvent> byId = Map.of("signed", SIGNED, "adapted", ADAPTED, "decree", DECREE, "talks", TALKS);
        PresentationSteps tour = PresentationSteps.ofTour(new Tour("t", "T", List.of("talks", "signed", "decree", "adapted"),
                ExtraFields.NONE), byId::get);

        assertThat(tour.stepNearestYear(2007)).as("two steps in 2007: the first in the tour's order").isZero();
        assertThat(tour.stepNearestYear(1990)).isEqualTo(1);
        assertThat(tour.stepNearestYear(1999)).isEqualTo(3);
        assertThat(tour.stepNearestYear(1995)).as("nearest: the adapted treaty, 1999, is nearer than 1990").isEqualTo(3);
        assertThat(tour.stepNearestYear(1991)).as("nearest: the signing, late in 1990").isEqualTo(1);
        assertThat(tour.stepNearestYear(1989)).as("before the first step's year").isEqualTo(-1);
        assertThat(tour.stepNearestYear(2008)).as("after the last step's year").isEqualTo(-1);
        assertThat(tour.stepNearestYear(3)).as("a step's number is a step, not the year 3").isEqualTo(-1);
        assertThat(tour.stepNearestYear(-999_999_999)).as("outside the calendar").isEqualTo(-1);
        assertThat(tour.stepTyped(3)).as("a step's number: that step").isEqualTo(2);
        assertThat(tour.stepTyped(1995)).as("a year: the step nearest it").isEqualTo(3);
        assertThat(tour.stepTyped(0)).as("neither").isEqualTo(-1);
        assertThat(tour.stepTyped(2100)).as("a year after the steps'").isEqualTo(-1);
    }

    @Test
    void aDisputedDateIsPresentedAtTheEarliestItsSourcesGive() {
        TimelineEvent vd2011 = new TimelineEvent("vd2011", "Vienna Document 2011", IsoDates.parse("2011-11-30"), null, false, null,
                List.of(), List.of(), null, null, null, List.of(new Source("OSCE Magazine", null, "OSCE", null,
                IsoDates.parse("2011-11-20"), ExtraFields.NONE)), List.of(), null,
                ExtraFields.NONE, Dating.of(Dating.DISPUTED));
        TimelineEvent dataStop = event("data-stop", "2011-11-22");

        PresentationSteps steps = PresentationSteps.ofEvents("All", List.of(dataStop, vd2011), null);

        assertThat(steps.steps()).extracting(TimelineEvent::id).as("its card reads '20 November 2011 or 30 November 2011'")
                .containsExactly("vd2011", "data-stop");
    }

    @Test
    void withoutAChosenEventOrOneOutsideTheStepsItStartsAtTheFirst() {
        assertThat(PresentationSteps.ofEvents("All", List.of(TALKS, SIGNED), null).current()).isEqualTo(SIGNED);
        assertThat(PresentationSteps.ofEvents("All", List.of(TALKS, SIGNED), DECREE).current()).isEqualTo(SIGNED);
        assertThat(PresentationSteps.ofEvents("All", List.of(), null)).isNull();
    }

    @Test
    void aTourKeepsItsOwnOrderAndSkipsStepsThatNameNoEvent() {
        Map<String, TimelineEvent> byId = Map.of("signed", SIGNED, "decree", DECREE, "talks", TALKS);
        Tour tour = new Tour("story", "The story", List.of("talks", "gone", "signed", "decree"), ExtraFields.NONE);

        PresentationSteps steps = PresentationSteps.ofTour(tour, byId::get);

        assertThat(steps.title()).isEqualTo("The story");
        assertThat(steps.steps()).containsExactly(TALKS, SIGNED, DECREE);
        assertThat(steps.index()).isZero();
        Tour empty = new Tour("none", "Nothing", List.of("gone"), ExtraFields.NONE);
        assertThat(PresentationSteps.ofTour(empty, byId::get)).isNull();
    }

    @Test
    void movingStopsAtTheEndsAndJumpsOnlyToRealSteps() {
        PresentationSteps steps = PresentationSteps.ofEvents("All", List.of(SIGNED, ADAPTED, DECREE), null);

        assertThat(steps.move(-1)).isFalse();
        assertThat(steps.move(1)).isTrue();
        assertThat(steps.current()).isEqualTo(ADAPTED);
        assertThat(steps.move(5)).isTrue();
        assertThat(steps.current()).isEqualTo(DECREE);
        assertThat(steps.next()).isNull();
        assertThat(steps.move(1)).isFalse();
        assertThat(steps.moveTo(3)).isFalse();
        assertThat(steps.moveTo(-1)).isFalse();
        assertThat(steps.first()).isTrue();
        assertThat(steps.index()).isZero();
        assertThat(steps.last()).isTrue();
        assertThat(steps.index()).isEqualTo(2);
    }

    @Test
    void theContextReachesTowardsTheNearestNeighbour() {
        PresentationSteps steps = PresentationSteps.ofEvents("All", List.of(SIGNED, ADAPTED, DECREE, TALKS), null);

        double[] decree = steps.context(2);
        double middle = (DECREE.startSecond() + DECREE.endSecond()) / 2;
        double toTalks = (TALKS.startSecond() + TALKS.endSecond()) / 2 - middle;
        assertThat(decree[0]).isLessThan(DECREE.startSecond());
        assertThat(decree[1]).isGreaterThan(TALKS.endSecond());
        assertThat(decree[1] - middle).isCloseTo(toTalks * 1.2, org.assertj.core.data.Offset.offset(1.0));
        assertThat(decree[0]).as("nine years back to the adapted treaty is not the nearest").isGreaterThan(ADAPTED.endSecond());

        double[] signed = steps.context(0);
        assertThat(signed[0]).isLessThan(SIGNED.startSecond());
        assertThat(signed[1]).isGreaterThan(ADAPTED.endSecond());
        // The first step: no step before it, so the view does not spend half its width on empty years there.
        double signedMiddle = (SIGNED.startSecond() + SIGNED.endSecond()) / 2;
        assertThat(signedMiddle - signed[0]).as("room before the first step").isLessThan((signed[1] - signedMiddle) / 3);
        double[] talks = steps.context(3);
        double talksMiddle = (TALKS.startSecond() + TALKS.endSecond()) / 2;
        assertThat(talks[1] - talksMiddle).as("room after the last step").isLessThan((talksMiddle - talks[0]) / 3);
    }

    /** A tour may go back in time: its first step reaches towards the second where that lies, earlier. */
    @Test
    void theContextOfATourThatGoesBackInTimeReachesTowardsItsNeighbours() {
        Tour back = new Tour("back", "Looking back", List.of("adapted", "signed"), ExtraFields.NONE);
        PresentationSteps steps = PresentationSteps.ofTour(back, Map.of("adapted", ADAPTED, "signed", SIGNED)::get);

        double[] adapted = steps.context(0);

        assertThat(adapted[0]).as("back to the signing, the next step").isLessThan(SIGNED.startSecond());
        double middle = (ADAPTED.startSecond() + ADAPTED.endSecond()) / 2;
        assertThat(adapted[1] - middle).as("a little room after it, where no step lies").isLessThan((middle - adapted[0]) / 3);
    }

    @Test
    void stepsAtTheSameTimeAreNotNeighboursForTheContext() {
        TimelineEvent salt = event("salt", "1990-11-19");
        PresentationSteps steps = PresentationSteps.ofEvents("All", List.of(SIGNED, salt, ADAPTED), null);

        double[] signed = steps.context(0);

        assertThat(signed[1]).as("reaches past the adapted treaty, not just the other signing that day")
                .isGreaterThan(ADAPTED.endSecond());
    }

    @Test
    void aSingleStepShowsItsOwnSurroundingsAndTheSpanHoldsEveryStep() {
        PresentationSteps one = PresentationSteps.ofEvents("One", List.of(TALKS), null);
        assertThat(one.context(0)).containsExactly(Navigation.intervalAround(TALKS));

        PresentationSteps all = PresentationSteps.ofEvents("All", List.of(TALKS, SIGNED, DECREE), null);
        double[] span = all.span();
        assertThat(span[0]).isLessThan(SIGNED.startSecond());
        assertThat(span[1]).isGreaterThan(TALKS.endSecond());
    }

    /**
     * A step's title near the right edge is moved in with air after it: on a 1024-pixel projector
     * "New START expires" ended with its plate against the edge, over the today line. The last event
     * of the timeline keeps its period, its title before its marker where it fits: moved in, the
     * period ran years past the timeline's end (the bundled tour's last step, 2023, showed years to
     * 2041 on half the slide, and squeezed the years it was about).
     */
    @Test
    void aStepsTitleEndsWellInsideTheRightEdge() throws Exception {
        TimelineEvent expires = TimelineEvent.point("expires", "New START expires", IsoDates.parse("2026-02-05"));
        TimelineEvent belarus = TimelineEvent.point("belarus", "Russian nuclear weapons stationed in Belarus", IsoDates.parse("2023-06-16"));
        TimelineContent content = new TimelineContent(new org.chronoline.model.TimelineDocument(1, "Steps", null, List.of(), List.of(),
                List.of(belarus, expires), List.of(), ExtraFields.NONE));
        PresentationSteps steps = PresentationSteps.ofEvents("All", List.of(belarus, expires), expires);
        for (double width : new double[] {1024, 1920, 480}) {
            double end = FxThread.call(() -> {
                TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle().withFontsScaled(1.5));
                double[] context = PresentationSteps.withRoomForTitle(expires, List.of(belarus, expires), steps.context(1), width, renderer);
                TimeScale scale = TimeScale.fitting(context[0], context[1], width, TimelineRenderer.FIT_MARGIN);
                TimelineLayout.ItemBox item = renderer.layout(content, LayoutMode.COMPACT, scale, width, Packing.complete()).item("expires");
                assertThat(item.label()).as("whole at %s", width).isEqualTo("New START expires");
                assertThat(context[1]).as("the period, %s wide, ends near the timeline's end", width)
                        .isLessThan(IsoDates.parse("2029").startSecond());
                return item.labelX() + item.labelWidth();
            });
            assertThat(end).as("where the title ends, %s wide", width).isLessThanOrEqualTo(width * 0.97 + 0.01).isGreaterThan(width * 0.5);
        }
    }

    /**
     * A span whose title fits inside its bar keeps its whole bar in the slide: moved for room for its title after its end,
     * where it is not drawn, the MBFR talks (1973 to 1989) began at 1977 at the largest slide type (a teacher's walk-through).
     */
    @Test
    void aSpanWhoseTitleFitsInsideItsBarIsShownWhole() throws Exception {
        org.chronoline.model.TimelineDocument bundled = new org.chronoline.io.TimelineFileReader()
                .read(java.nio.file.Path.of("data/events.json")).document();
        TimelineContent content = new TimelineContent(bundled);
        List<TimelineEvent> all = content.events().inTimeOrder();
        TimelineEvent mbfr = content.event("mbfr-talks");
        PresentationSteps steps = PresentationSteps.ofEvents("All", all, mbfr);
        int index = all.indexOf(mbfr);
        double width = 1024;
        // The labels' 14 px times these: up to 30 px, as at the largest slide type on a 768-line projector.
        for (double type : new double[] {1.0, 1.5, 2.2}) {
            double[] drawn = FxThread.call(() -> {
                TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle().withFontsScaled(type));
                double[] context = PresentationSteps.withRoomForTitle(mbfr, all, steps.context(index), width, renderer);
                TimeScale scale = TimeScale.fitting(context[0], context[1], width, TimelineRenderer.FIT_MARGIN);
                TimelineLayout.ItemBox item = renderer.layout(content, LayoutMode.COMPACT, scale, width,
                        Packing.forScreen(LayoutMode.COMPACT).asSlideOf(Packing.Period.shownBy(scale, width))).item("mbfr-talks");
                return new double[] {item.x0(), item.labelInside() ? 1 : 0};
            });
            assertThat(drawn[1]).as("its title inside its bar at %s", type).isEqualTo(1);
            assertThat(drawn[0]).as("its bar's start in the slide at %s", type).isGreaterThanOrEqualTo(0);
        }
    }

    /**
     * The titles drawn at the step's own marker fit too: the bundled tour's last step at 1024x768
     * showed "NATO allies suspend the CFE Treaty" whole over "Russia's withdrawal from the CFE T…",
     * the same day's event and the end of the story. Every step of the tour, at two type sizes.
     */
    @Test
    void theTitlesAtTheStepsOwnMarkerAreWholeToo() throws Exception {
        org.chronoline.model.TimelineDocument bundled = new org.chronoline.io.TimelineFileReader()
                .read(java.nio.file.Path.of("data/events.json")).document();
        TimelineContent content = new TimelineContent(bundled);
        PresentationSteps steps = PresentationSteps.ofTour(bundled.tours().get(0), content::event);
        List<TimelineEvent> all = content.events().inTimeOrder();
        double width = 1024;
        List<String> cut = FxThread.call(() -> {
            List<String> out = new java.util.ArrayList<>();
            for (double type : new double[] {1.0, 1.5}) {
                TimelineRenderer renderer = new TimelineRenderer(Theme.LIGHT.timelineStyle().withFontsScaled(type));
                for (int i = 0; i < steps.size(); i++) {
                    TimelineEvent step = steps.steps().get(i);
                    double[] context = PresentationSteps.withRoomForTitle(step, all, steps.context(i), width, renderer);
                    TimeScale scale = TimeScale.fitting(context[0], context[1], width, TimelineRenderer.FIT_MARGIN);
                    // Packed as a slide is (SlideLabels, TimelineView).
                    TimelineLayout layout = renderer.layout(content, LayoutMode.COMPACT, scale, width,
                            Packing.forScreen(LayoutMode.COMPACT).asSlideOf(Packing.Period.shownBy(scale, width)));
                    List<TimelineEvent> atTheMarker = new java.util.ArrayList<>(PresentationSteps.atTheSameTime(step, all));
                    atTheMarker.add(0, step);
                    for (TimelineEvent e : atTheMarker) {
                        TimelineLayout.ItemBox item = layout.item(e.id());
                        if (item == null || !org.chronoline.model.DisplayText.line(e.title()).equals(item.label())
                                || item.labelX() < 0 || item.labelX() + item.labelWidth() > width * 0.97 + 0.01) {
                            out.add((i + 1) + " at " + type + ": " + (item == null ? e.id() : item.label()));
                        }
                    }
                }
            }
            return out;
        });
        assertThat(cut).isEmpty();
    }

    /**
     * A tour's last step, November 2023, keeps its period near the timeline's end, its title before its
     * marker: moved in for its title and that of Russia's withdrawal the same day, the slide ran to
     * 2038-2041, half of it years to come, and the titles of 2015-2021 were cut (a teacher's tour of six
     * steps, 1024 and 1366 pixels; the bundled tour's too).
     */
    @Test
    void theLastStepShowsNoYearsPastTheTimelinesEnd() throws Exception {
        org.chronoline.model.TimelineDocument bundled = new org.chronoline.io.TimelineFileReader()
                .read(java.nio.file.Path.of("data/events.json")).document();
        TimelineContent content = new TimelineContent(bundled);
        org.chronoline.model.Tour lesson = new org.chronoline.model.Tour("lesson", "Lesson: CFE in 6 steps", List.of("cfe-signed", "cfe-in-force",
                "adapted-cfe-signed", "putin-cfe-decree", "two-plus-two-moscow", "nato-suspends-cfe"), ExtraFields.NONE);
        List<TimelineEvent> all = content.events().inTimeOrder();
        for (org.chronoline.model.Tour tour : List.of(lesson, bundled.tours().get(0))) {
            PresentationSteps steps = PresentationSteps.ofTour(tour, content::event);
            int last = steps.size() - 1;
            for (double width : new double[] {1024, 1366}) {
                for (double type : new double[] {1.0, 1.5}) {
                    double[] context = FxThread.call(() -> PresentationSteps.withRoomForTitle(steps.steps().get(last), all, steps.context(last),
                            width, new TimelineRenderer(Theme.PROJECTOR.timelineStyle().withFontsScaled(type))));
                    assertThat(context[1]).as("%s, %s px, type %s", tour.title(), width, type).isLessThan(IsoDates.parse("2029").startSecond());
                }
            }
        }
    }

    @Test
    void theEventsAtAStepsOwnMarkerAreTheMomentsDrawnThere() {
        TimelineEvent allies = TimelineEvent.point("allies", "NATO allies suspend the CFE Treaty", IsoDates.parse("2023-11-07"));
        TimelineEvent withdrawal = TimelineEvent.point("withdrawal", "Russia's withdrawal is complete", IsoDates.parse("2023-11-07"));
        TimelineEvent month = TimelineEvent.point("month", "In that month", IsoDates.parse("2023-11"));
        TimelineEvent year = TimelineEvent.point("year", "In 1990", IsoDates.parse("1990"));
        TimelineEvent about = new TimelineEvent("about", "About 1990", IsoDates.parse("1990"), null, true, null, List.of(), List.of(),
                null, null, null, List.of(), List.of(), null, ExtraFields.NONE);
        List<TimelineEvent> all = List.of(month, allies, withdrawal, year, about);

        assertThat(PresentationSteps.atTheSameTime(allies, all)).containsExactly(withdrawal);
        assertThat(PresentationSteps.atTheSameTime(month, all)).as("the month's marker is elsewhere").isEmpty();
        assertThat(PresentationSteps.atTheSameTime(year, all)).as("drawn at one marker whatever their dating").containsExactly(about);
    }

    private static TimelineEvent event(String id, String start) {
        return new TimelineEvent(id, id, IsoDates.parse(start), null, false, null, List.of(), List.of(), null, null, null,
                List.of(), List.of(), null, ExtraFields.NONE);
    }
}
