package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.chronoline.model.IsoDates;
import org.chronoline.view.ShownLink;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Causes and consequences on the timeline: the selected event's links as arrows, followed by click or key. */
class LinksOnTheTimelineTest extends WindowTest {
    private static final String DECREE = "putin-cfe-decree";

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !timeline().isAnimating());
    }

    private void showDecreeIn2007(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> {
            timeline().show(IsoDates.parse("2007-03").startSecond(), IsoDates.parse("2008-02").endSecond());
            timeline().select(timeline().getContent().event(DECREE));
        });
        settle();
    }

    @Test
    void theSelectedEventsLinksAreDrawnAsArrowsLabelledWithWhatTheyMean(FxRobot robot) {
        showDecreeIn2007(robot);

        assertThat(timeline().shownLinks()).containsExactlyInAnyOrder(
                new ShownLink(DECREE, "putin-moratorium-proposal", null, false, false),
                new ShownLink(DECREE, "cfe-suspension-effective", "led to", true, false),
                new ShownLink(DECREE, "duma-cfe-vote", "led to", true, false),
                new ShownLink("cfe-extraordinary-conference", DECREE, "led to", true, false),
                new ShownLink("two-plus-two-moscow", DECREE, "in response to", true, false));
        assertThat(timeline().linkWordsBounds(DECREE, "cfe-suspension-effective")).as("words on the arrow").isNotNull();
        assertThat(timeline().linkWordsBounds(DECREE, "putin-moratorium-proposal")).as("see also has no words").isNull();

        robot.interact(() -> timeline().setSelectedEvent(null));
        settle();
        assertThat(timeline().shownLinks()).isEmpty();
        assertThat(timeline().linkWordsBounds(DECREE, "cfe-suspension-effective")).as("nothing selected, no arrows").isNull();
    }

    @Test
    void clickingAnArrowsWordsSelectsTheEventAtItsOtherEnd(FxRobot robot) {
        showDecreeIn2007(robot);
        Bounds words = timeline().linkWordsBounds("two-plus-two-moscow", DECREE);
        assertThat(words).isNotNull();

        robot.clickOn(screen(words.getCenterX(), words.getCenterY()), MouseButton.PRIMARY);
        settle();

        assertThat(timeline().getSelectedEvent().id()).isEqualTo("two-plus-two-moscow");
        assertThat(timeline().shownLinks()).as("now the talks' links").contains(
                new ShownLink("two-plus-two-moscow", DECREE, "in response to", true, false),
                new ShownLink("two-plus-two-moscow", "second-two-plus-two", "led to", true, false));
    }

    @Test
    void lWalksThroughTheLinksOfTheEventItStartedFromAndShiftLWalksBack(FxRobot robot) {
        showDecreeIn2007(robot);
        robot.interact(() -> timeline().requestFocus());
        List<String> ends = timeline().shownLinks().stream().map(l -> l.otherEnd(DECREE)).toList();

        robot.type(KeyCode.L);
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo(ends.get(0));
        robot.type(KeyCode.L);
        settle();
        assertThat(timeline().getSelectedEvent().id()).as("still the decree's links").isEqualTo(ends.get(1));
        robot.press(KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT);
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo(ends.get(0));

        robot.interact(() -> timeline().select(timeline().getContent().event("cfe-signed")));
        robot.type(KeyCode.L);
        settle();
        assertThat(timeline().getSelectedEvent().id()).as("a new start after another selection")
                .isIn(timeline().getContent().relations().all(timeline().getContent().event("cfe-signed")).stream().map(e -> e.id()).toList());
    }

    @Test
    void showAllLinksDrawsEveryLinkFadedAndIsRemembered(FxRobot robot) {
        showDecreeIn2007(robot);
        robot.interact(() -> timeline().requestFocus());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        List<ShownLink> links = timeline().shownLinks();
        assertThat(links.stream().filter(ShownLink::faded).count()).as("every other link of the file").isGreaterThan(60);
        assertThat(links.stream().filter(l -> !l.faded())).as("the decree's own, in full, once").hasSize(5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().linkWordsBounds("two-plus-two-moscow", DECREE)).as("the decree's own words still find a place")
                .isNotNull();
        assertThat(new Settings().getBoolean("allLinks", false)).isTrue();
        String svg = timeline().renderer().svg(timeline().currentDrawing());
        assertThat(svg).contains("<path d=\"M").contains(">led to</text>").contains(">in response to</text>");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().shownLinks()).hasSize(5);
        assertThat(new Settings().getBoolean("allLinks", true)).isFalse();
    }

    private Point2D screen(double x, double y) {
        return timeline().localToScreen(x, y);
    }
}
