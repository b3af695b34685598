package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimeScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class TimelineNavigationTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !timeline().isAnimating());
    }

    private Point2D onTimeline(double x, double y) {
        Bounds b = timeline().localToScreen(timeline().getBoundsInLocal());
        return new Point2D(b.getMinX() + x, b.getMinY() + y);
    }

    /**
     * Panning stops where the last event would leave the view (a fifth into it), and the first: →
     * held down went on into empty decades, 2030 to 2075 and beyond (keyboard walk-through). A view
     * Go To Date took past them pans back.
     */
    @Test
    void panningStopsWithTheFirstOrLastEventStillInView(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().show(HistoricalDate.ofYear(2015).startSecond(), HistoricalDate.ofYear(2020).startSecond()));
        settle();
        robot.interact(() -> timeline().requestFocus());
        double last = timeline().getContent().extent()[1];
        double first = timeline().getContent().extent()[0];
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.RIGHT);
        }
        settle();
        TimeScale right = timeline().getScale();
        double span = right.secondsPerPixel() * timeline().getViewportWidth();
        assertThat(right.startSecond()).as("the last event still in view").isLessThanOrEqualTo(last - 0.2 * span + 1);
        assertThat(right.startSecond()).as("as far as that").isGreaterThan(last - 0.2 * span - span / 10);
        // Zoomed in there, the last event stays in view: it went off the left edge, where → then did nothing.
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.PLUS);
        }
        settle();
        TimeScale closer = timeline().getScale();
        double closerSpan = closer.secondsPerPixel() * timeline().getViewportWidth();
        assertThat(closerSpan).as("zoomed in").isLessThan(span / 2);
        assertThat(closer.startSecond()).as("the last event still in view, zoomed in").isLessThanOrEqualTo(last - 0.2 * closerSpan + 1);
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.MINUS);
        }
        settle();
        span = timeline().getScale().secondsPerPixel() * timeline().getViewportWidth();

        for (int i = 0; i < 80; i++) {
            robot.type(KeyCode.LEFT);
        }
        settle();
        TimeScale left = timeline().getScale();
        assertThat(left.secondAt(timeline().getViewportWidth())).as("the first event still in view").isGreaterThanOrEqualTo(first + 0.2 * span - 1);
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.PLUS);
        }
        settle();
        TimeScale closerLeft = timeline().getScale();
        double closerLeftSpan = closerLeft.secondsPerPixel() * timeline().getViewportWidth();
        assertThat(closerLeft.secondAt(timeline().getViewportWidth())).as("the first event still in view, zoomed in")
                .isGreaterThanOrEqualTo(first + 0.2 * closerLeftSpan - 1);

        robot.interact(() -> timeline().goTo(HistoricalDate.ofYear(2075)));
        settle();
        double far = timeline().getScale().startSecond();
        assertThat(far).as("Go To Date goes anywhere").isGreaterThan(last);
        robot.type(KeyCode.LEFT);
        settle();
        assertThat(timeline().getScale().startSecond()).as("and pans back from there").isLessThan(far);
    }

    @Test
    void wheelZoomKeepsTheDateUnderThePointerInPlace(FxRobot robot) {
        waitForTimeline(77);
        double x = 400;
        double before = timeline().getScale().secondAt(x);
        double sppBefore = timeline().getScale().secondsPerPixel();

        // x across the drawing, which starts inside the control's border (the focused timeline's is 2 px wide).
        robot.moveTo(onTimeline(x + timeline().snappedLeftInset(), 300));
        // TestFX's DOWN sends a positive deltaY: the wheel turned away from the user, which zooms in.
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
        settle();

        TimeScale after = timeline().getScale();
        assertThat(after.secondsPerPixel()).as("zoomed in").isLessThan(sppBefore * 0.8);
        assertThat(after.xOf(before)).as("the instant under the pointer stays under it").isCloseTo(x, within(1.0));
    }

    @Test
    void homeEndAndBracketsWalkThroughEventsInTimeAndBringThemIntoView(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn(onTimeline(600, 20), MouseButton.PRIMARY); // focus the timeline by clicking its axis
        robot.interact(() -> timeline().zoom(40));
        settle();

        robot.type(KeyCode.HOME);
        settle();
        assertThat(selectedId()).isEqualTo("abm-signed");
        assertThat(timeline().eventBounds("abm-signed")).as("first event in view").isNotNull();

        robot.type(KeyCode.CLOSE_BRACKET);
        settle();
        assertThat(selectedId()).isEqualTo("salt1-signed");

        robot.type(KeyCode.CLOSE_BRACKET);
        settle();
        assertThat(selectedId()).isEqualTo("mbfr-talks");

        robot.type(KeyCode.OPEN_BRACKET);
        settle();
        assertThat(selectedId()).isEqualTo("salt1-signed");

        robot.type(KeyCode.END);
        settle();
        assertThat(selectedId()).isEqualTo("new-start-expires");
        Bounds last = timeline().eventBounds("new-start-expires");
        assertThat(last).as("last event brought into view").isNotNull();
        assertThat(last.getMinX()).isBetween(0.0, timeline().getWidth());
    }

    /**
     * Shift+→ and Shift+← add the next and previous events in time to the selection, the keyboard's
     * Ctrl+click: Edit Selected Events could not be reached without a mouse. The status line says how
     * many are selected and what that is for; → alone still moves through time.
     */
    @Test
    void shiftAndTheArrowsAddEventsToTheSelection(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn(onTimeline(600, 20), MouseButton.PRIMARY);
        robot.interact(() -> timeline().zoom(40));
        settle();
        robot.type(KeyCode.HOME);
        settle();
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, KeyCode.RIGHT).release(KeyCode.SHIFT);
        settle();
        assertThat(timeline().getSelectedIds()).containsExactlyInAnyOrder("abm-signed", "salt1-signed", "mbfr-talks");
        assertThat(selectedId()).as("the last added is the one shown").isEqualTo("mbfr-talks");
        assertThat(status(robot)).isEqualTo("3 events selected: Edit > Edit Selected Events changes them together");
        assertThat(window.actions().editSelected.isDisabled()).as("Edit Selected Events").isFalse();

        double before = timeline().getScale().secondAt(0);
        robot.type(KeyCode.RIGHT);
        settle();
        assertThat(timeline().getScale().secondAt(0)).as("→ alone moves through time").isGreaterThan(before);
        assertThat(timeline().getSelectedIds()).hasSize(3);
    }

    /**
     * As in a list, Shift+← after Shift+→ takes back the last event added instead of moving the
     * selection's end: a run gone one event too far could only be mended with Ctrl+click. Past the
     * event where the run began, it grows the other way; a click begins a new run.
     */
    @Test
    void shiftAndTheOtherArrowTakeBackTheLastEventAdded(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn(onTimeline(600, 20), MouseButton.PRIMARY);
        robot.interact(() -> timeline().zoom(40));
        settle();
        robot.type(KeyCode.HOME).type(KeyCode.CLOSE_BRACKET);
        settle();
        assertThat(selectedId()).isEqualTo("salt1-signed");
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, KeyCode.RIGHT).release(KeyCode.SHIFT);
        settle();
        assertThat(timeline().getSelectedIds()).containsExactlyInAnyOrder("salt1-signed", "mbfr-talks", "helsinki-final-act");

        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        settle();
        assertThat(timeline().getSelectedIds()).as("the last added taken back").containsExactlyInAnyOrder("salt1-signed", "mbfr-talks");
        assertThat(selectedId()).isEqualTo("mbfr-talks");
        assertThat(status(robot)).isEqualTo("2 events selected: Edit > Edit Selected Events changes them together");

        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        settle();
        assertThat(timeline().getSelectedIds()).containsExactly("salt1-signed");
        assertThat(status(robot)).as("one selected: the count is gone").doesNotContain("selected");
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        settle();
        assertThat(timeline().getSelectedIds()).as("past the run's first event, it grows the other way")
                .containsExactlyInAnyOrder("abm-signed", "salt1-signed");
        assertThat(selectedId()).isEqualTo("abm-signed");

        robot.type(KeyCode.CLOSE_BRACKET, KeyCode.CLOSE_BRACKET);
        settle();
        assertThat(timeline().getSelectedIds()).as("] selects one").containsExactly("mbfr-talks");
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        settle();
        assertThat(timeline().getSelectedIds()).as("a new run, anchored where ] left it").containsExactlyInAnyOrder("mbfr-talks", "salt1-signed");
    }

    /**
     * An event chosen by the keyboard is drawn as itself, never hidden in a cluster: at 1024 x 768,
     * from the Helsinki Final Act, ] went on to events the treaties lane counted into a "6", with
     * their details shown and nothing marked on the timeline. And a pan to an event near the edge
     * moves only as far as it needs: centring the Helsinki Final Act (1975) showed 1947-1970, empty.
     */
    @Test
    void anEventChosenByTheKeyboardIsDrawnAsItselfAndTheViewMovesNoFurtherThanItNeeds(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        waitForTimeline(77);
        settle();
        double firstEvent = timeline().getContent().events().get(0).startSecond();
        robot.interact(() -> timeline().select(timeline().getContent().event("helsinki-final-act")));
        settle();
        assertThat(timeline().eventBounds("helsinki-final-act")).isNotNull();
        double margin = 130 * timeline().getScale().secondsPerPixel();
        assertThat(timeline().getScale().startSecond()).as("the view starts near the first event, not years before it")
                .isGreaterThan(firstEvent - 2 * margin);

        robot.clickOn(onTimeline(600, 20), MouseButton.PRIMARY);
        robot.interact(() -> timeline().setSelectedEvent(timeline().getContent().event("helsinki-final-act")));
        List<String> hidden = new ArrayList<>();
        for (int step = 0; step < 30; step++) {
            robot.type(KeyCode.CLOSE_BRACKET);
            settle();
            if (timeline().eventBounds(selectedId()) == null) {
                hidden.add(selectedId());
            }
        }
        assertThat(hidden).as("chosen with ] and not drawn").isEmpty();
    }

    /**
     * The selected event stays in the lanes' view when the filter panel narrows the timeline, and when it closes:
     * the rows pack anew at the other width. At 1366 x 768, text at 120%, End then the filter panel left New START
     * in a row under the lanes' scroll (keyboard walk-through). Each event is chosen in view first.
     */
    @Test
    void theSelectedEventStaysInViewWhenTheFilterPanelNarrowsTheTimeline(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            window.appearance().setTextSizePercent(120);
            timeline().setAnimated(false);
        });
        waitForTimeline(77);
        settle();
        javafx.scene.control.ToggleButton panel = robot.lookup("#filter-toggle").queryAs(javafx.scene.control.ToggleButton.class);
        List<String> lost = new ArrayList<>();
        int scrolledLanes = 0;
        for (TimelineEvent e : timeline().getContent().events().inTimeOrder()) {
            robot.interact(() -> timeline().select(e));
            settle();
            assertThat(drawnInLanes(e)).as("chosen, " + e.id() + " is in view").isTrue();
            for (boolean shown : new boolean[] {true, false}) {
                robot.interact(() -> panel.setSelected(shown));
                settle();
                WaitForAsyncUtils.waitForFxEvents();
                if (!drawnInLanes(e)) {
                    lost.add(e.id() + (shown ? " with the panel" : " after it"));
                }
            }
            scrolledLanes += timeline().shownLaneScroll() > 0 ? 1 : 0;
        }
        assertThat(scrolledLanes).as("events for which the lanes are scrolled down").isGreaterThan(5);
        assertThat(lost).as("out of the lanes' view").isEmpty();
    }

    /** Whether an event is drawn within the lanes' view, at least half of its height. */
    private boolean drawnInLanes(TimelineEvent e) {
        Bounds lanes = timeline().lanesBounds();
        Bounds event = timeline().eventBounds(e.id());
        if (event == null || lanes == null) {
            return false;
        }
        double shown = Math.min(event.getMaxY(), lanes.getMaxY()) - Math.max(event.getMinY(), lanes.getMinY());
        return shown >= event.getHeight() / 2 && event.getMaxX() > lanes.getMinX() && event.getMinX() < lanes.getMaxX();
    }

    /**
     * The selected event keeps a place of its own as the view moves, never counted into a cluster while a row can
     * hold it: at 1024 x 768, two presses of ← folded "NATO allies suspend the CFE Treaty" into a "2", its ring and
     * arrows gone while the side panel still showed it (keyboard walk-through). Every event of the bundled timeline,
     * chosen with the whole timeline in view and then with twice as much time around it.
     */
    @Test
    void theSelectedEventIsNeverCountedIntoAClusterAsTheViewMoves(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        waitForTimeline(77);
        settle();
        List<String> hidden = new ArrayList<>();
        int inView = 0;
        for (double zoom : new double[] {1, 0.5}) {
            robot.interact(() -> {
                timeline().fitAllAtOnce();
                timeline().zoom(zoom);
            });
            settle();
            for (TimelineEvent e : timeline().getContent().events().inTimeOrder()) {
                robot.interact(() -> timeline().setSelectedEvent(e));
                settle();
                double x = timeline().getScale().xOf(e.start().midSecond());
                if (x > 0 && x < timeline().getViewportWidth()) {
                    inView++;
                    // As the window lays it out: eventBounds is null too for an event in a lane scrolled out of sight.
                    org.chronoline.view.TimelineLayout[] laidOut = new org.chronoline.view.TimelineLayout[1];
                    robot.interact(() -> laidOut[0] = timeline().renderer().layout(timeline().currentDrawing()));
                    if (laidOut[0].item(e.id()) == null) {
                        hidden.add(zoom + " " + e.id());
                    }
                }
            }
        }
        assertThat(inView).as("events chosen in view").isGreaterThan(140);
        assertThat(hidden).as("chosen and counted into a cluster").isEmpty();
    }

    /**
     * An event the lanes scroll to comes in with a row of room beyond it, where the lanes have more: brought in by
     * the least scroll, the event ] went to sat on the lanes' last row, against the overview strip, with nothing
     * after it (keyboard walk-through, 1024 x 768).
     */
    @Test
    void anEventTheLanesScrollToComesInWithARowOfRoomBeyondIt(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        waitForTimeline(77);
        settle();
        robot.interact(() -> {
            timeline().setLaneScroll(0);
            timeline().selectFirst();
            timeline().requestFocus();
        });
        settle();
        List<String> tight = new ArrayList<>();
        int scrolled = 0;
        for (int step = 0; step < 76; step++) {
            double before = timeline().shownLaneScroll();
            robot.type(KeyCode.CLOSE_BRACKET);
            settle();
            WaitForAsyncUtils.waitForFxEvents();
            Bounds lanes = timeline().lanesBounds();
            Bounds event = timeline().eventBounds(selectedId());
            if (event == null || Math.abs(timeline().shownLaneScroll() - before) < 0.5) {
                continue;
            }
            scrolled++;
            org.chronoline.view.TimelineLayout[] laidOut = new org.chronoline.view.TimelineLayout[1];
            robot.interact(() -> laidOut[0] = timeline().renderer().layout(timeline().currentDrawing()));
            double maxScroll = laidOut[0].contentHeight() - lanes.getHeight();
            boolean atAnEnd = timeline().shownLaneScroll() < 0.5 || timeline().shownLaneScroll() > maxScroll - 0.5;
            double room = Math.min(event.getMinY() - lanes.getMinY(), lanes.getMaxY() - event.getMaxY());
            if (!atAnEnd && room < event.getHeight() - 0.5) {
                tight.add(selectedId() + " " + Math.round(room) + " px");
            }
        }
        assertThat(scrolled).as("steps that scrolled the lanes").isGreaterThan(3);
        assertThat(tight).as("scrolled to, with less than a row beyond it").isEmpty();
    }

    /**
     * Where no zoom can draw an event as itself (more events on its day than a lane has rows), the
     * view does not glide 4,096 times closer for nothing, only to stay there for the next event.
     */
    @Test
    void anEventNoZoomCanDrawAloneLeavesTheViewWhereItWas(FxRobot robot) {
        waitForTimeline(77);
        List<TimelineEvent> day = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            day.add(TimelineEvent.point("d" + i, "Meeting " + i, IsoDates.parse("1990-11-19")));
        }
        day.add(TimelineEvent.point("later", "Later", IsoDates.parse("2000-01-01")));
        robot.interact(() -> {
            timeline().setContent(new org.chronoline.view.TimelineContent(new org.chronoline.model.TimelineDocument(1, "A crowded day",
                    null, List.of(), List.of(), day, List.of(), org.chronoline.model.ExtraFields.NONE)));
            timeline().fitAll();
        });
        settle();
        double span = timeline().getScale().span(timeline().getWidth());

        robot.interact(() -> timeline().select(timeline().getContent().event("d59")));
        settle();
        assertThat(timeline().eventBounds("d59")).as("kept out of the cluster of its day, in a row of its own").isNotNull();

        assertThat(timeline().getScale().span(timeline().getWidth())).as("the same zoom").isCloseTo(span, within(span * 0.01));
    }

    /**
     * Fit (Ctrl+0) shows the events the filter shows: a filter of 2007 and 2008 fitted 1987–2028,
     * the eras around them, and every event stood in one column.
     */
    @Test
    void fitShowsTheEventsTheFilterShowsNotTheErasAroundThem(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> window.finder().filterProperty().set(org.chronoline.model.find.EventFilter.NONE
                .withRange(IsoDates.parse("2007"), IsoDates.parse("2008"))));
        waitUntil(() -> timeline().getContent().events().size() < 77);
        robot.clickOn(timeline());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        settle();

        double[] shown = timeline().getContent().eventExtent();
        TimeScale fitted = timeline().getScale();
        double width = timeline().getViewportWidth();
        assertThat(fitted.secondAt(0)).as("from shortly before the first shown event").isLessThan(shown[0])
                .isGreaterThan(IsoDates.parse("2006-06").startSecond());
        assertThat(fitted.secondAt(width)).as("to shortly after the last").isGreaterThan(shown[1])
                .isLessThan(IsoDates.parse("2009-07").startSecond());
    }

    /**
     * An event chosen near the right edge is brought in far enough for its whole title to stand after
     * its marker: in view, 150 px from the edge, the decree's title was drawn as far as the edge,
     * "Putin's decree suspen…" (on a phone, every choice did so).
     */
    @Test
    void aChosenEventNearTheRightEdgeComesInWithRoomForItsWholeTitle(FxRobot robot) {
        waitForTimeline(77);
        TimelineEvent decree = timeline().getContent().event("putin-cfe-decree");
        robot.interact(() -> {
            double width = timeline().getViewportWidth();
            TimeScale around = TimeScale.fitting(IsoDates.parse("2007-01").startSecond(), IsoDates.parse("2007-12").endSecond(), width, 0);
            timeline().setScale(around.pannedBy(width - 150 - around.xOf(decree.startSecond())));
        });
        settle();
        assertThat(timeline().getScale().xOf(decree.startSecond())).isCloseTo(timeline().getViewportWidth() - 150, within(5.0));

        robot.interact(() -> timeline().select(decree));
        settle();

        double title = timeline().renderer().labelMeasurer().width(decree.title());
        double x = timeline().getScale().xOf(decree.startSecond());
        // Less the lanes' scroll bar, which the scroll to the event's lane may show once the move is chosen (18 px).
        assertThat(x + title).as("its whole title after its marker").isLessThanOrEqualTo(timeline().getViewportWidth() + 18);
        assertThat(x).as("the marker in view").isGreaterThan(0);

        // At the whole timeline a pan would run the view on past its end, years of nothing: it zooms in around the right edge.
        TimelineEvent talks = timeline().getContent().event("two-plus-two-moscow");
        robot.interact(() -> {
            timeline().setSelectedEvent(null);
            timeline().fitAllAtOnce();
        });
        settle();
        double end = timeline().getScale().secondAt(timeline().getViewportWidth());
        robot.interact(() -> timeline().select(talks));
        settle();
        double talksTitle = timeline().renderer().labelMeasurer().width(talks.title());
        double at = timeline().getScale().xOf(talks.startSecond());
        assertThat(at + talksTitle).as("its whole title after its marker").isLessThanOrEqualTo(timeline().getViewportWidth() + 18);
        assertThat(timeline().getScale().secondAt(timeline().getViewportWidth())).as("the view's end no later").isLessThanOrEqualTo(end + 86_400);
    }

    @Test
    void selectingTheNextEventMovesTheViewToIt(FxRobot robot) {
        waitForTimeline(77);
        TimelineEvent signed = timeline().getContent().event("cfe-signed");
        robot.interact(() -> timeline().select(signed));
        robot.interact(() -> timeline().zoomToSelection());
        settle();
        assertThat(timeline().eventBounds("start1-signed")).as("next event starts off screen").isNull();

        robot.clickOn(onTimeline(600, 20), MouseButton.PRIMARY);
        robot.interact(() -> timeline().setSelectedEvent(signed));
        robot.type(KeyCode.CLOSE_BRACKET);
        settle();

        assertThat(selectedId()).isEqualTo("start1-signed");
        assertThat(timeline().eventBounds("start1-signed")).as("the view moved to it").isNotNull();
    }

    @Test
    void zoomToSelectionThenBackAndForwardReturnToEarlierViews(FxRobot robot) {
        waitForTimeline(77);
        double[] fitted = shownPeriod();
        robot.interact(() -> timeline().select(timeline().getContent().event("two-plus-two-moscow")));
        robot.clickOn(onTimeline(600, 20), MouseButton.PRIMARY);
        robot.interact(() -> timeline().select(timeline().getContent().event("two-plus-two-moscow")));

        robot.type(KeyCode.Z);
        settle();
        TimeScale zoomed = timeline().getScale();
        assertThat(zoomed.span(timeline().getWidth())).as("about a week around a day-precision event").isLessThan(30 * 86_400.0);

        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        settle();
        // The same period, though the drawing area may have changed width by a pixel or two since (the details panel settling).
        double pixel = timeline().getScale().secondsPerPixel();
        assertThat(shownPeriod()).containsExactly(new double[] {fitted[0], fitted[1]}, within(pixel));

        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        settle();
        assertThat(timeline().getScale().secondsPerPixel()).isCloseTo(zoomed.secondsPerPixel(), within(zoomed.secondsPerPixel() * 1e-6));
    }

    /**
     * At the start there is no earlier view: Back took the timeline to an empty January 1970 to April 1972, the view
     * before the file was shown (a keyboard walk-through), and Go > Back was enabled.
     */
    @Test
    void atTheStartThereIsNoWayBack(FxRobot robot) {
        waitForTimeline(77);
        double[] fitted = shownPeriod();

        assertThat(timeline().canGoBackProperty().get()).isFalse();
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        settle();
        assertThat(shownPeriod()).containsExactly(new double[] {fitted[0], fitted[1]}, within(timeline().getScale().secondsPerPixel()));
    }

    /** The first and last instant in view. */
    private double[] shownPeriod() {
        TimeScale scale = timeline().getScale();
        return new double[] {scale.secondAt(0), scale.secondAt(timeline().getViewportWidth())};
    }

    @Test
    void goToDateShowsThePeriodTyped(FxRobot robot) {
        waitForTimeline(77);

        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#goto-date").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#goto-date").query().isFocused()).as("the field has the keyboard: no click first").isTrue();
        javafx.scene.control.Label hint = robot.lookup(".goto-feedback").queryAs(javafx.scene.control.Label.class);
        assertThat(hint.getText()).as("the examples, under the field").isEqualTo("For example 1990, July 2007, 2007-10-12 or 480 BCE");
        assertThat(hint.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText().replaceAll("\\s+", " ").strip()).findFirst())
                .as("drawn whole: the field's prompt cut them").contains(hint.getText());
        robot.clickOn("#goto-date").write("July 2007"); // headless, a new window gets the keys only once clicked
        assertThat(robot.lookup(".goto-feedback").queryLabeled().getText()).isEqualTo("Shows July 2007");
        robot.type(KeyCode.ENTER);
        settle();

        TimeScale scale = timeline().getScale();
        double july = IsoDates.parse("2007-07").startSecond();
        double august = IsoDates.parse("2007-08").startSecond();
        assertThat(scale.xOf(july)).isBetween(0.0, timeline().getWidth() / 2);
        assertThat(scale.xOf(august)).isBetween(timeline().getWidth() / 2, timeline().getWidth());
    }

    /**
     * Go to Date brings the period's events into view, from the first one's lane down to the last: the
     * lanes stayed scrolled where they were, and July 2007 at 1024x768 showed empty lanes over the
     * decree's half-cut line at the foot (a teacher's walk-through; here a lower window, whose lanes
     * are fewer in view than a projector's). A selected event in the period is kept in view instead.
     */
    @Test
    void goToDateBringsThePeriodsEventsIntoView(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(560);
        });
        waitForTimeline(77);
        settle();
        robot.interact(() -> timeline().setSelectedEvent(null));
        robot.interact(() -> timeline().setLaneScroll(0));
        robot.interact(() -> timeline().goTo(IsoDates.parse("2007-07")));
        settle();
        WaitForAsyncUtils.waitForFxEvents();

        Bounds lanes = timeline().lanesBounds();
        Bounds decree = timeline().eventBounds("putin-cfe-decree");
        assertThat(decree).as("drawn").isNotNull();
        assertThat(decree.getMinY()).as("the decree whole in the lanes' view").isGreaterThanOrEqualTo(lanes.getMinY() - 0.5);
        assertThat(decree.getMaxY()).as("the decree whole in the lanes' view").isLessThanOrEqualTo(lanes.getMaxY() + 0.5);
    }

    @Test
    void goToDateRefusesWhatIsNotADateAndSaysWhy(FxRobot robot) {
        waitForTimeline(77);

        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#goto-date").tryQuery().isPresent());
        robot.clickOn("#goto-date").write("30 February 2007");

        assertThat(robot.lookup(".goto-feedback").queryLabeled().getText()).isEqualTo("Not a date: February 2007 has 28 days");
        javafx.scene.Node field = robot.lookup("#goto-date").query();
        assertThat(field.getAccessibleHelp()).as("a screen reader hears the refusal, not the examples").isEqualTo("Not a date: February 2007 has 28 days");
        assertThat(field.getAccessibleText()).isEqualTo("Which date do you want to see?");
        assertThat(robot.lookup(".goto-dialog .button").queryAllAs(javafx.scene.control.Button.class))
                .filteredOn(b -> b.isDefaultButton()).allSatisfy(ok -> assertThat(ok.isDisabled()).isTrue());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void draggingTheOverviewWindowMovesThroughTimeAndClickingJumps(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().zoom(6));
        settle();
        Node overview = robot.lookup("#overview").query();
        Bounds strip = overview.localToScreen(overview.getBoundsInLocal());
        double before = timeline().getScale().secondAt(0);

        // The view window sits in the middle of the strip after zooming around the centre.
        robot.drag(new Point2D(strip.getCenterX(), strip.getCenterY()), MouseButton.PRIMARY)
                .dropTo(new Point2D(strip.getCenterX() - 120, strip.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        double moved = timeline().getScale().secondAt(0);
        assertThat(moved).as("dragging left shows earlier times").isLessThan(before);

        robot.clickOn(new Point2D(strip.getMaxX() - 20, strip.getCenterY()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double centre = timeline().getScale().secondAt(timeline().getWidth() / 2);
        assertThat(centre).as("clicking near the end jumps there").isGreaterThan(IsoDates.parse("2020").startSecond());
    }

    @Test
    void exportsTheViewAsAPngOfTheRequestedSize(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForTimeline(77);
        Path target = dir.resolve("view.png");

        javafx.concurrent.Task<Void> task = WaitForAsyncUtils.asyncFx(() -> ImageExport.write(
                window.exports(), timeline().renderer().image(timeline().currentDrawing(), 2), target)).get();
        waitUntil(task::isDone);

        java.awt.image.BufferedImage image = ImageIO.read(target.toFile());
        javafx.scene.image.WritableImage screen = WaitForAsyncUtils.asyncFx(
                () -> timeline().renderer().image(timeline().currentDrawing(), 1)).get();
        assertThat(image.getWidth()).isEqualTo(2 * (int) screen.getWidth());
        assertThat(image.getHeight()).isEqualTo(2 * (int) screen.getHeight());
    }

    /**
     * A selected title drawn whole over the title of the event after it leaves out that title: its
     * tail showed from under the plate on, and read as part of the selected one ("SALT I Interim
     * Agreement signed signed in Paris", an editor's walk-through at 1024 x 768).
     */
    @Test
    void aSelectedTitleDrawnWholeLeavesNoTailOfTheTitleItCovers(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> stage.setWidth(1024));
        robot.interact(() -> timeline().fitAllAtOnce());
        WaitForAsyncUtils.waitForFxEvents();
        int checked = 0;
        for (TimelineEvent event : timeline().getContent().events().inTimeOrder()) {
            robot.interact(() -> timeline().setSelectedEvent(null));
            WaitForAsyncUtils.waitForFxEvents();
            java.util.Map<String, String> before = timeline().visibleLabels();
            Bounds marker = timeline().eventBounds(event.id());
            String title = org.chronoline.model.DisplayText.line(event.title());
            if (marker == null || !before.containsKey(event.id()) || before.get(event.id()).equals(title)) {
                continue;
            }
            robot.interact(() -> timeline().setSelectedEvent(event));
            WaitForAsyncUtils.waitForFxEvents();
            java.util.Map<String, String> after = timeline().visibleLabels();
            if (!title.equals(after.get(event.id()))) {
                continue; // no room for it whole
            }
            // The end of the whole title: the last point of its row that is still the selected event's.
            double y = marker.getCenterY();
            double end = marker.getMaxX();
            for (double x = marker.getMaxX(); x < timeline().getWidth(); x += 1) {
                if (timeline().eventAt(x, y) == event) {
                    end = x;
                }
            }
            // Just past it: text there went on from under it (a title after its own marker begins past that marker).
            double from = end + 2;
            javafx.scene.image.WritableImage shot;
            try {
                shot = WaitForAsyncUtils.asyncFx(() -> timeline().snapshot(null, null)).get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            int ink = 0;
            for (int x = (int) from; x < Math.min(from + 7, shot.getWidth()); x++) {
                for (int dy = -3; dy <= 3; dy++) {
                    javafx.scene.paint.Color c = shot.getPixelReader().getColor(x, (int) y + dy);
                    ink += c.getBrightness() < 0.35 ? 1 : 0;
                }
            }
            assertThat(ink).as("text just after the whole title of %s", event.id()).isZero();
            checked++;
        }
        assertThat(checked).as("selected titles drawn whole").isGreaterThan(3);
    }

    /**
     * A selected event's title, drawn whole over the events after it, is its own: a click on a part
     * of it that lies over a neighbour keeps the selected event, where it selected the neighbour.
     */
    @Test
    void aClickOnTheSelectedTitleDrawnWholeOverANeighbourKeepsItsEvent(FxRobot robot) {
        waitForTimeline(77);
        TimelineEvent selected = null;
        Point2D over = null;
        for (TimelineEvent event : timeline().getContent().events().inTimeOrder()) {
            robot.interact(() -> timeline().setSelectedEvent(event));
            WaitForAsyncUtils.waitForFxEvents();
            Bounds marker = timeline().eventBounds(event.id());
            if (marker == null) {
                continue;
            }
            // Past its marker and the part of its title its row has room for: only the whole title can be its there.
            double y = marker.getCenterY();
            List<Double> its = new ArrayList<>();
            for (double x = marker.getMaxX() + 30; x < timeline().getWidth() - 10; x += 3) {
                if (timeline().eventAt(x, y) == event) {
                    its.add(x);
                }
            }
            if (its.isEmpty()) {
                continue;
            }
            robot.interact(() -> timeline().setSelectedEvent(null));
            WaitForAsyncUtils.waitForFxEvents();
            for (double x : its) {
                TimelineEvent under = timeline().eventAt(x, y);
                if (under != null && under != event) {
                    selected = event;
                    over = new Point2D(x, y);
                    break;
                }
            }
            if (over != null) {
                robot.interact(() -> timeline().setSelectedEvent(event));
                WaitForAsyncUtils.waitForFxEvents();
                break;
            }
        }
        assertThat(over).as("a selected title drawn whole over a neighbour").isNotNull();

        robot.clickOn(timeline().localToScreen(over), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selectedId()).isEqualTo(selected.id());
    }

    private String selectedId() {
        return timeline().getSelectedEvent() == null ? null : timeline().getSelectedEvent().id();
    }

    @SuppressWarnings("unused")
    private static void ignore(IOException e) {
    }
}
