package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.Tour;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.ShownLink;
import org.chronoline.view.TimeScale;
import org.chronoline.view.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a teacher does in class: present the timeline step by step with a clicker, then hand out a PDF. */
class PresentationTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    /** TestFX reuses the main stage between tests: a presentation left open would take the next test's keys. */
    @org.junit.jupiter.api.AfterEach
    void endPresentation(FxRobot robot) {
        robot.interact(() -> {
            if (presentation() != null) {
                presentation().end();
            }
        });
    }

    private PresentationMode presentation() {
        return window.presentation();
    }

    private String cardTitle(FxRobot robot) {
        return robot.lookup(".step-title").queryAs(Label.class).getText();
    }

    private String counter(FxRobot robot) {
        return robot.lookup("#present-counter").queryAs(Label.class).getText();
    }

    /** Waits for the step's glide to finish. */
    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> presentation() == null || !presentation().timeline().isAnimating());
    }

    private void press(FxRobot robot, KeyCode key) {
        robot.type(key);
        settle();
    }

    private void selectOnMainTimeline(FxRobot robot, String id) {
        robot.interact(() -> timeline().select(timeline().getContent().event(id)));
        waitUntil(() -> !timeline().isAnimating());
    }

    /** View > Present Tour > the tour, as a teacher chooses it. */
    private void presentTourFromTheMenu(FxRobot robot, Tour tour) {
        robot.clickOn("View");
        robot.clickOn("Present Tour");
        robot.clickOn(tour.title() + " (" + tour.steps().size() + " steps)");
        waitUntil(() -> presentation() != null && presentation().stage().isShowing());
        settle();
    }

    private void startPresenting(FxRobot robot) {
        robot.interact(() -> {
            stage.requestFocus();
            timeline().requestFocus();
        });
        press(robot, KeyCode.F5);
        waitUntil(() -> presentation() != null && presentation().stage().isShowing());
        settle();
    }

    /**
     * A screen reader hears each step: the card holds the keys and says the step's number and what
     * it shows; the next step changes what it says. Before, nothing took the keys and a step change was silent.
     */
    @Test
    void eachStepIsSaidToAScreenReader(FxRobot robot) {
        waitForTimeline(77);
        selectOnMainTimeline(robot, "cfe-signed");
        startPresenting(robot);
        javafx.scene.Node card = robot.lookup("#present-card").query();
        int number = presentation().steps().index() + 1;
        assertThat(presentation().stage().getScene().getFocusOwner()).isSameAs(card);
        assertThat(card.getAccessibleRole()).isEqualTo(javafx.scene.AccessibleRole.TEXT);
        assertThat(card.getAccessibleText()).startsWith("Step " + number + " of 77: 19\u00a0November 1990. CFE Treaty signed in Paris. ");
        press(robot, KeyCode.RIGHT);
        TimelineEvent next = presentation().steps().current();
        assertThat(card.getAccessibleText()).startsWith("Step " + (number + 1) + " of 77: " + org.chronoline.model.DateText.unbroken(next.dateText()) + ". " + next.title());
        assertThat(presentation().stage().getScene().getFocusOwner()).as("still on the card").isSameAs(card);
    }

    /** Shift+F5, which some clickers send to start ("from the current slide"), did nothing. */
    @Test
    void shiftF5PresentsFromTheSelectedEventToo(FxRobot robot) {
        waitForTimeline(77);
        selectOnMainTimeline(robot, "cfe-signed");
        robot.interact(() -> {
            stage.requestFocus();
            timeline().requestFocus();
        });

        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);

        waitUntil(() -> presentation() != null && presentation().stage().isShowing());
        settle();
        assertThat(presentation().steps().current().id()).isEqualTo("cfe-signed");
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        settle();
        assertThat(presentation().steps().current().id()).as("ignored while presenting, as F5 is").isEqualTo("cfe-signed");
    }

    @Test
    void f5PresentsFullScreenFromTheSelectedEventWithALargeCard(FxRobot robot) {
        waitForTimeline(77);
        selectOnMainTimeline(robot, "cfe-signed");

        startPresenting(robot);

        Stage shown = presentation().stage();
        assertThat(shown.isFullScreen()).isTrue();
        assertThat(presentation().steps().size()).as("every shown event").isEqualTo(77);
        assertThat(presentation().steps().current().id()).isEqualTo("cfe-signed");
        assertThat(cardTitle(robot)).isEqualTo("CFE Treaty signed in Paris");
        assertThat(robot.lookup(".step-date").queryAs(Label.class).getText()).isEqualTo("19\u00a0November 1990");
        int number = presentation().steps().index() + 1;
        assertThat(counter(robot)).isEqualTo(number + " / 77");
        assertThat(presentation().timeline().getSelectedEvent().id()).isEqualTo("cfe-signed");
        assertThat(presentation().timeline().eventBounds("cfe-signed")).as("the event is on screen").isNotNull();
        double titleSize = robot.lookup(".step-title").queryAs(Label.class).getFont().getSize();
        double height = shown.getScene().getHeight();
        assertThat(titleSize).as("48 px or more at 1080 lines, in proportion on this screen").isGreaterThanOrEqualTo(48 * height / 1080);
        assertThat(robot.lookup(".menu-bar").tryQuery()).as("no menus in the presentation window")
                .hasValueSatisfying(bar -> assertThat(bar.getScene()).isNotSameAs(shown.getScene()));
    }

    @Test
    void aStepShowsOnlyItsLinkToTheNextStep(FxRobot robot) {
        waitForTimeline(77);
        selectOnMainTimeline(robot, "putin-cfe-decree");
        startPresenting(robot);
        assertThat(presentation().steps().next().id()).isEqualTo("two-plus-two-moscow");

        assertThat(presentation().timeline().shownLinks()).containsExactly(
                new ShownLink("two-plus-two-moscow", "putin-cfe-decree", "in response to", true, false));
        assertThat(timeline().shownLinks()).as("the window draws all five of the decree's links").hasSize(5);

        press(robot, KeyCode.PAGE_DOWN);
        assertThat(presentation().steps().next().id()).isEqualTo("duma-cfe-vote");
        assertThat(presentation().timeline().shownLinks()).as("the talks and the Duma's vote are not linked").isEmpty();
    }

    @Test
    void pageDownAndPageUpMoveBetweenStepsAndTheCardFollows(FxRobot robot) {
        waitForTimeline(77);
        selectOnMainTimeline(robot, "cfe-signed");
        startPresenting(robot);
        List<TimelineEvent> steps = presentation().steps().steps();
        int at = presentation().steps().index();

        press(robot, KeyCode.PAGE_DOWN);
        assertThat(presentation().steps().index()).isEqualTo(at + 1);
        assertThat(cardTitle(robot)).isEqualTo(steps.get(at + 1).title());
        assertThat(counter(robot)).isEqualTo((at + 2) + " / 77");
        assertThat(presentation().timeline().eventBounds(steps.get(at + 1).id())).isNotNull();

        press(robot, KeyCode.PAGE_UP);
        assertThat(cardTitle(robot)).isEqualTo("CFE Treaty signed in Paris");

        for (KeyCode next : new KeyCode[] {KeyCode.RIGHT, KeyCode.DOWN, KeyCode.SPACE, KeyCode.ENTER}) {
            press(robot, next);
        }
        assertThat(presentation().steps().index()).isEqualTo(at + 4);
        for (KeyCode back : new KeyCode[] {KeyCode.LEFT, KeyCode.UP, KeyCode.BACK_SPACE}) {
            press(robot, back);
        }
        assertThat(presentation().steps().index()).isEqualTo(at + 1);

        robot.clickOn(presentation().timeline());
        settle();
        assertThat(presentation().steps().index()).as("a click moves on").isEqualTo(at + 2);

        press(robot, KeyCode.END);
        assertThat(counter(robot)).isEqualTo("77 / 77");
        press(robot, KeyCode.PAGE_DOWN);
        assertThat(presentation().steps().index()).as("stays at the last step").isEqualTo(76);
        assertThat(counter(robot)).as("and says that this is the end, which it did not").isEqualTo("77 / 77 · the end (Esc leaves)");
        press(robot, KeyCode.PAGE_UP);
        assertThat(counter(robot)).isEqualTo("76 / 77");
        press(robot, KeyCode.HOME);
        assertThat(counter(robot)).isEqualTo("1 / 77");
    }

    @Test
    void aStepGlidesToTheEventOverAboutASecond(FxRobot robot) {
        waitForTimeline(77);
        selectOnMainTimeline(robot, "cfe-signed");
        startPresenting(robot);
        TimeScale before = presentation().timeline().getScale();

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView.Glide glide = presentation().timeline().lastGlideProperty().get();
        assertThat(glide.millis()).as("a glide of one second, whatever the machine's speed").isEqualTo(1000);
        assertThat(glide.target()).isNotEqualTo(before);
        settle();

        assertThat(presentation().timeline().getScale()).as("where the glide was heading").isEqualTo(glide.target());
        assertThat(presentation().timeline().getSelectedEvent().id()).isEqualTo(presentation().steps().current().id());
    }

    @Test
    void aStepBeforeTheFirstEraHasNoEmptyEraBandAndTheBandHoldsWhileGliding(FxRobot robot) {
        waitForTimeline(77);
        selectOnMainTimeline(robot, "cfe-signed");
        startPresenting(robot);
        double inAnEra = presentation().timeline().lanesBounds().getMinY();

        // The band of every frame drawn while gliding, taken after each pulse's layout: looked at once the
        // key had been handled, the glide had ended on a slow hour and there was nothing to look at.
        List<Double> gliding = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.scene.Scene scene = presentation().timeline().getScene();
        Runnable sample = () -> {
            if (presentation().timeline().isAnimating()) {
                gliding.add(presentation().timeline().lanesBounds().getMinY());
            }
        };
        robot.interact(() -> scene.addPostLayoutPulseListener(sample));
        robot.type(KeyCode.HOME); // to 1972, seventeen years before the file's first era
        settle();
        robot.interact(() -> scene.removePostLayoutPulseListener(sample));
        double beforeEras = presentation().timeline().lanesBounds().getMinY();

        assertThat(presentation().steps().current().id()).isEqualTo("abm-signed");
        assertThat(beforeEras).as("the lanes start under the axis, no empty band of era rows above them").isLessThan(inAnEra);
        assertThat(gliding).as("the band is that of where the glide goes, from its start").isNotEmpty().containsOnly(beforeEras);
        assertThat(timeline().lanesBounds().getMinY()).as("the window keeps the whole file's era rows")
                .isGreaterThan(beforeEras);
    }

    @Test
    void escEndsThePresentationAndTheMainWindowIsExactlyAsBefore(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().setLayoutMode(LayoutMode.COMPACT));
        selectOnMainTimeline(robot, "putin-cfe-decree");
        robot.interact(() -> timeline().zoom(3));
        waitUntil(() -> !timeline().isAnimating());
        TimeScale scale = timeline().getScale();
        double[] period = {scale.secondAt(0), scale.secondAt(timeline().getViewportWidth())};
        double laneScroll = timeline().laneScrollProperty().get();
        Set<String> selected = Set.copyOf(timeline().getSelectedIds());

        startPresenting(robot);
        press(robot, KeyCode.PAGE_DOWN);
        press(robot, KeyCode.PAGE_DOWN);
        Stage shown = presentation().stage();
        press(robot, KeyCode.ESCAPE);

        assertThat(presentation()).isNull();
        assertThat(shown.isShowing()).isFalse();
        // The same period in view (the headless platform may resize the window meanwhile; the period stays).
        TimeScale after = timeline().getScale();
        assertThat(after.secondAt(0)).isCloseTo(period[0], org.assertj.core.data.Offset.offset(after.secondsPerPixel()));
        assertThat(after.secondAt(timeline().getViewportWidth())).isCloseTo(period[1],
                org.assertj.core.data.Offset.offset(after.secondsPerPixel()));
        assertThat(timeline().laneScrollProperty().get()).isEqualTo(laneScroll);
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("putin-cfe-decree");
        assertThat(timeline().getSelectedIds()).isEqualTo(selected);
        assertThat(timeline().getLayoutMode()).isEqualTo(LayoutMode.COMPACT);
        assertThat(timeline().isFocused()).as("the keyboard is back on the main timeline").isTrue();
    }

    /**
     * A presentation ended is let go, with its slides, its timeline and its step grid: each was kept for as long as the
     * window was open, because its card still listened for a step's picture, and the pictures (the one for none, shared
     * by most events) live as long as the timeline. With a school's 10,000 events, the third presentation of a lesson
     * froze the window for minutes (a walk-through). (JavaFX itself keeps the last window shown full screen until
     * another one is: the first presentation is the one to watch.)
     */
    @Test
    void aPresentationEndedIsLetGo(FxRobot robot) {
        waitForTimeline(77);
        selectOnMainTimeline(robot, "cfe-signed");
        startPresenting(robot);
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.G);
        press(robot, KeyCode.ESCAPE);
        assertThat(presentation()).as("the grid closed, the presentation still on").isNotNull();
        java.lang.ref.WeakReference<PresentationMode> first = new java.lang.ref.WeakReference<>(presentation());
        press(robot, KeyCode.ESCAPE);
        assertThat(presentation()).isNull();
        startPresenting(robot);
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.ESCAPE);

        for (int i = 0; i < 20 && first.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(first.get()).as("the first presentation let go").isNull();
    }

    /**
     * A clicker's Esc (one press; some send it from the button that sends F5) left the tour for good:
     * F5 then presented every shown event from the first. With nothing chosen since, F5 takes the tour
     * up again at the step it was left on, or from its start when it was left at its end (a teacher's
     * walk-through); the window stays as it was meanwhile.
     */
    @Test
    void f5AfterEscTakesUpTheTourWhereItWasLeft(FxRobot robot) {
        waitForTimeline(77);
        selectOnMainTimeline(robot, "putin-cfe-decree");
        Tour tour = window.session().document().tours().get(0);
        presentTourFromTheMenu(robot, tour);
        press(robot, KeyCode.PAGE_DOWN);
        press(robot, KeyCode.PAGE_DOWN);
        press(robot, KeyCode.PAGE_DOWN);
        String left = presentation().steps().current().id();
        press(robot, KeyCode.ESCAPE);
        assertThat(timeline().getSelectedEvent().id()).as("the window as it was").isEqualTo("putin-cfe-decree");

        startPresenting(robot);
        assertThat(presentation().steps().steps()).extracting(TimelineEvent::id).as("the tour, not every event").isEqualTo(tour.steps());
        assertThat(presentation().steps().current().id()).isEqualTo(left);
        assertThat(counter(robot)).isEqualTo("4 / " + tour.steps().size());
        // Left at its end, the tour starts again from its first step: F5 presented every event instead.
        press(robot, KeyCode.END);
        press(robot, KeyCode.ESCAPE);
        startPresenting(robot);
        assertThat(presentation().steps().steps()).extracting(TimelineEvent::id).as("the tour again").isEqualTo(tour.steps());
        assertThat(counter(robot)).isEqualTo("1 / " + tour.steps().size());
        press(robot, KeyCode.ESCAPE);

        // The timeline edited since: not the tour as it was, but the shown events, as F5 always presents them.
        robot.interact(() -> window.editing().perform(org.chronoline.model.edit.Edits.deleteEvents(window.session().document(),
                List.of("abm-signed"))));
        startPresenting(robot);
        assertThat(presentation().steps().size()).isEqualTo(76);
        press(robot, KeyCode.ESCAPE);
        robot.interact(() -> window.session().undo());

        selectOnMainTimeline(robot, "cfe-signed"); // another event chosen: F5 presents the shown events from it, as always
        startPresenting(robot);
        assertThat(presentation().steps().size()).isEqualTo(77);
        assertThat(presentation().steps().current().id()).isEqualTo("cfe-signed");
    }

    /**
     * + and - make the slides' type larger or smaller for the back row, kept for the next presentation;
     * the window's Text Size left the slides as they were, and nothing else could.
     */
    @Test
    void plusAndMinusMakeTheSlidesTypeLargerOrSmaller(FxRobot robot) {
        waitForTimeline(77);
        startPresenting(robot);
        double before = robot.lookup(".step-title").queryAs(Label.class).getFont().getSize();

        press(robot, KeyCode.ADD);
        press(robot, KeyCode.ADD);
        double larger = robot.lookup(".step-title").queryAs(Label.class).getFont().getSize();
        assertThat(larger / before).isCloseTo(1.2, org.assertj.core.data.Offset.offset(0.06));
        // Said for a moment: the slides changed without a word, and + at the largest did nothing without one.
        Label note = robot.lookup("#present-type-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("Slide type 120%");
        for (int i = 0; i < 8; i++) {
            press(robot, KeyCode.EQUALS);
        }
        assertThat(presentation().typeScale()).as("at most half as large again").isEqualTo(1.5);
        assertThat(note.getText()).isEqualTo("Slide type 150%, the largest");
        waitUntil(() -> !note.isVisible());
        String step = presentation().steps().current().id();
        assertThat(step).as("the keys change the type, not the step").isEqualTo(presentation().steps().steps().get(0).id());
        press(robot, KeyCode.ESCAPE);

        startPresenting(robot);
        assertThat(presentation().typeScale()).as("kept for the next presentation").isEqualTo(1.5);
        Label kept = robot.lookup("#present-type-note").queryAs(Label.class);
        assertThat(kept.getText()).as("and said as it starts: perhaps another teacher's").isEqualTo("Slide type 150%, the largest");
        for (int i = 0; i < 9; i++) {
            press(robot, KeyCode.MINUS);
        }
        assertThat(presentation().typeScale()).isEqualTo(0.8);
        assertThat(kept.getText()).isEqualTo("Slide type 80%, the smallest");
    }

    /**
     * At the largest type, each step's own title is drawn whole on its slide, unless the right edge
     * ends it: the events after it in its row cut it short ("Oslo Fi…", "Adapted CF…"), the one
     * title the class is meant to read.
     */
    @Test
    void atTheLargestTypeEachStepsOwnTitleIsWhole(FxRobot robot) {
        waitForTimeline(77);
        Tour tour = window.session().document().tours().get(0);
        presentTourFromTheMenu(robot, tour);
        for (int i = 0; i < 6; i++) {
            press(robot, KeyCode.ADD);
        }
        assertThat(presentation().typeScale()).isEqualTo(1.5);

        List<String> cut = new java.util.ArrayList<>();
        for (int step = 0; step < tour.steps().size(); step++) {
            waitUntil(() -> !presentation().timeline().isAnimating());
            TimelineEvent event = presentation().steps().current();
            String label = presentation().timeline().visibleLabels().get(event.id());
            javafx.geometry.Bounds drawn = presentation().timeline().eventBounds(event.id());
            boolean atTheRightEdge = drawn != null && drawn.getMaxX() > presentation().timeline().getWidth() - 40;
            if (!org.chronoline.model.DisplayText.line(event.title()).equals(label) && !atTheRightEdge) {
                cut.add(event.id() + ": " + label);
            }
            press(robot, KeyCode.PAGE_DOWN);
        }
        assertThat(cut).isEmpty();
    }

    /** With a filter on, the presentation does not say "All events shown" to the class. */
    @Test
    void aFilteredPresentationSaysHowManyOfTheEventsItShows(FxRobot robot) {
        waitForTimeline(77);
        showOnly(robot, "summit");
        int shown = window.finder().shown().size();

        startPresenting(robot);

        assertThat(robot.lookup(".present-tour").queryAs(Label.class).getText()).isEqualTo(shown + " of 77 events shown");
    }

    @Test
    void aTourIsPresentedInTheToursOwnOrderFromTheViewMenu(FxRobot robot) {
        waitForTimeline(77);
        Tour tour = window.session().document().tours().get(0);

        presentTourFromTheMenu(robot, tour);

        List<String> seen = new ArrayList<>();
        for (int i = 0; i < tour.steps().size(); i++) {
            seen.add(presentation().steps().current().id());
            assertThat(cardTitle(robot)).isEqualTo(presentation().steps().current().title());
            press(robot, KeyCode.PAGE_DOWN);
        }
        assertThat(seen).isEqualTo(tour.steps());
        assertThat(counter(robot)).as("Page Down once more at the last step").isEqualTo(tour.steps().size() + " / " + tour.steps().size()
                + " · the end (Esc leaves)");
    }

    @Test
    void bAndFullStopBlankToBlackAndWToWhite(FxRobot robot) {
        waitForTimeline(77);
        startPresenting(robot);
        Region blank = robot.lookup("#present-blank").queryAs(Region.class);
        assertThat(blank.isVisible()).isFalse();

        press(robot, KeyCode.B);
        assertThat(blank.isVisible()).isTrue();
        assertThat(blank.getStyleClass()).contains("black");
        assertThat(presentation().blank()).isEqualTo(PresentationMode.Blank.BLACK);
        press(robot, KeyCode.B);
        assertThat(blank.isVisible()).isFalse();

        press(robot, KeyCode.PERIOD);
        assertThat(presentation().blank()).isEqualTo(PresentationMode.Blank.BLACK);
        press(robot, KeyCode.W);
        assertThat(presentation().blank()).isEqualTo(PresentationMode.Blank.WHITE);
        assertThat(blank.getStyleClass()).contains("white").doesNotContain("black");
        press(robot, KeyCode.W);
        assertThat(blank.isVisible()).isFalse();
        assertThat(presentation().steps().index()).as("blanking does not move").isZero();
    }

    /**
     * From a teacher's review: the steps moved on behind the black screen (B, Page Down twice, B
     * showed step 3); a digit pressed by mistake left its prompt over the following steps; B did
     * nothing over the step grid, and the clicker's Page Down scrolled the grid.
     */
    @Test
    void theClickersKeysDoWhatATeacherExpectsAroundTheBlackScreenThePromptAndTheGrid(FxRobot robot) {
        waitForTimeline(77);
        startPresenting(robot);
        Region blank = robot.lookup("#present-blank").queryAs(Region.class);
        int first = presentation().steps().index();

        press(robot, KeyCode.B);
        press(robot, KeyCode.ALT);
        press(robot, KeyCode.F5);
        assertThat(blank.isVisible()).as("not Alt alone (of Alt+Tab), nor a clicker's F5").isTrue();
        press(robot, KeyCode.PAGE_DOWN);
        assertThat(blank.isVisible()).as("any key brings the slide back").isFalse();
        assertThat(presentation().steps().index()).as("where it was").isEqualTo(first);
        press(robot, KeyCode.B);
        press(robot, KeyCode.B);
        assertThat(presentation().steps().index()).isEqualTo(first);

        robot.type(KeyCode.DIGIT1);
        Label prompt = robot.lookup("#present-jump").queryAs(Label.class);
        assertThat(prompt.isVisible()).isTrue();
        press(robot, KeyCode.PAGE_DOWN);
        assertThat(prompt.isVisible()).as("a number half typed is dropped by a move").isFalse();
        assertThat(presentation().steps().index()).isEqualTo(first + 1);
        robot.type(KeyCode.DIGIT2);
        robot.interact(() -> presentation().previous()); // as a right-click does
        assertThat(prompt.isVisible()).as("and by a click").isFalse();
        robot.interact(() -> presentation().next());
        settle();

        press(robot, KeyCode.G);
        press(robot, KeyCode.B);
        assertThat(blank.isVisible()).as("B over the grid").isTrue();
        press(robot, KeyCode.B);
        assertThat(robot.lookup("#present-overview").query().isVisible()).isTrue();
        press(robot, KeyCode.PAGE_DOWN);
        assertThat(robot.lookup("#present-overview").query().isVisible()).as("the clicker closes the grid").isFalse();
        assertThat(presentation().steps().index()).as("and moves on").isEqualTo(first + 2);
    }

    @Test
    void aNumberThenEnterJumpsAndGShowsEveryStepToClickOn(FxRobot robot) {
        waitForTimeline(77);
        startPresenting(robot);

        // The grid's tiles are made when it is first asked for: made with the presentation, 10,000 steps' tiles, styled
        // though never seen, held the first slide back 20 to 40 seconds (a walk-through with a school's whole course).
        assertThat(robot.lookup(".present-tile").queryAll()).as("no tiles before G").isEmpty();
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2);
        assertThat(robot.lookup("#present-jump").queryAs(Label.class).getText()).startsWith("Go to step 12");
        press(robot, KeyCode.ENTER);
        assertThat(counter(robot)).isEqualTo("12 / 77");
        assertThat(robot.lookup("#present-jump").queryAs(Label.class).isVisible()).isFalse();

        robot.type(KeyCode.DIGIT9, KeyCode.DIGIT9);
        Label prompt = robot.lookup("#present-jump").queryAs(Label.class);
        assertThat(prompt.getText()).as("said as typed").isEqualTo("No step 99: there are 77 steps, from 1972 to 2026. Esc to cancel");
        press(robot, KeyCode.ENTER);
        assertThat(counter(robot)).as("there is no step 99").isEqualTo("12 / 77");
        assertThat(prompt.isVisible()).as("and still said after Enter, which did nothing without a word").isTrue();
        robot.type(KeyCode.DIGIT3);
        assertThat(prompt.getText()).as("a new number, not 993").startsWith("Go to step 3\n");
        press(robot, KeyCode.ESCAPE);
        assertThat(prompt.isVisible()).isFalse();
        assertThat(presentation()).as("Esc dropped the number only").isNotNull();

        // A year of the steps' that is no step's number goes to the step nearest it, said before Enter (a teacher asked for 2007).
        // The first step whose event falls in 2007, or runs into it.
        int in2007 = presentation().steps().steps().stream()
                .filter(e -> e.start().year() <= 2007 && (e.end() != null ? e.end() : e.start()).year() >= 2007).findFirst()
                .map(presentation().steps().steps()::indexOf).orElseThrow();
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT0, KeyCode.DIGIT0, KeyCode.DIGIT7);
        TimelineEvent first2007 = presentation().steps().steps().get(in2007);
        assertThat(prompt.getText()).isEqualTo("Go to 2007: step " + (in2007 + 1) + ", " + first2007.title() + " ("
                + first2007.dateText() + ")\nEnter to go, Esc to cancel");
        press(robot, KeyCode.ENTER);
        assertThat(counter(robot)).isEqualTo((in2007 + 1) + " / 77");
        assertThat(prompt.isVisible()).isFalse();
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT1, KeyCode.DIGIT0, KeyCode.DIGIT0);
        assertThat(prompt.getText()).as("a year after the last step's").isEqualTo("No step 2100: there are 77 steps, from 1972 to 2026. Esc to cancel");
        press(robot, KeyCode.ESCAPE);
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2);
        press(robot, KeyCode.ENTER);
        assertThat(counter(robot)).isEqualTo("12 / 77");

        press(robot, KeyCode.G);
        assertThat(robot.lookup("#present-overview").query().isVisible()).isTrue();
        assertThat(robot.lookup(".present-tile").queryAll()).as("a tile for every step").hasSize(77);
        // A tile says the event's own date, not a disputed date's "or ...", which took the room of its title.
        int disputed = presentation().steps().steps().indexOf(timeline().getContent().event("putin-cfe-decree"));
        Button tile = robot.lookup(".present-tile").nth(disputed).queryButton();
        assertThat(robot.from(tile).lookup(".present-tile-date").queryAs(Label.class).getText()).isEqualTo("14\u00a0July 2007");
        assertThat(tile.getAccessibleText()).contains("14 July 2007 or 13 July 2007");
        int between = presentation().steps().steps().indexOf(timeline().getContent().event("belarus-nuclear-weapons"));
        Button betweenTile = robot.lookup(".present-tile").nth(between).queryButton();
        assertThat(robot.from(betweenTile).lookup(".present-tile-date").queryAs(Label.class).getText()).as("a date's \"between\" stays")
                .isEqualTo(org.chronoline.model.DateText.unbroken(timeline().getContent().event("belarus-nuclear-weapons").dateText()));
        // Opened at step 12 the grid shows step 12's tile, and the arrows keep the focused tile in view.
        assertTileInView(robot, 11);
        press(robot, KeyCode.ESCAPE);
        robot.type(KeyCode.DIGIT6, KeyCode.DIGIT0);
        press(robot, KeyCode.ENTER);
        assertThat(counter(robot)).isEqualTo("60 / 77");
        press(robot, KeyCode.G);
        assertTileInView(robot, 59);
        assertThat(robot.lookup(".present-tile").nth(59).query().getPseudoClassStates().toString()).as("marked as the current step").contains("current");
        for (int i = 0; i < 8; i++) {
            press(robot, KeyCode.UP);
        }
        Node focused = robot.lookup(".present-tile").queryAll().stream().filter(Node::isFocused).findFirst().orElseThrow();
        assertTileInView(robot, robot.lookup(".present-tile").queryAll().stream().toList().indexOf(focused));
        // Home and End go to the first and last tile, the keys with them (End scrolled and left them behind).
        press(robot, KeyCode.END);
        assertTileInView(robot, 76);
        // The last tile stands in its column under the first row's, the last row starting at the left, where reading
        // goes on (a last row not full was centred).
        List<Node> tiles = robot.lookup(".present-tile").queryAll().stream().toList();
        double firstY = tiles.get(0).localToScene(tiles.get(0).getLayoutBounds()).getMinY();
        int columns = (int) tiles.stream().filter(t -> t.localToScene(t.getLayoutBounds()).getMinY() == firstY).count();
        Node last = tiles.get(tiles.size() - 1);
        Node above = tiles.get((tiles.size() - 1) % columns);
        assertThat(last.localToScene(last.getLayoutBounds()).getMinX()).as("the last tile, in %d columns", columns)
                .isEqualTo(above.localToScene(above.getLayoutBounds()).getMinX());
        press(robot, KeyCode.HOME);
        assertTileInView(robot, 0);
        press(robot, KeyCode.ESCAPE);
        robot.type(KeyCode.DIGIT3);
        press(robot, KeyCode.ENTER);
        press(robot, KeyCode.G);
        TimelineEvent fifth = presentation().steps().steps().get(4);
        robot.clickOn(robot.lookup(".present-tile").nth(4).queryButton());
        settle();
        assertThat(robot.lookup("#present-overview").query().isVisible()).isFalse();
        assertThat(counter(robot)).isEqualTo("5 / 77");
        assertThat(cardTitle(robot)).isEqualTo(fifth.title());
    }

    /** The step's tile is whole in the grid's view (it opened at tiles 1 to 20 from step 60). */
    private static void assertTileInView(FxRobot robot, int index) {
        Node tile = robot.lookup(".present-tile").nth(index).query();
        javafx.scene.control.ScrollPane scroll = robot.lookup(".present-overview-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        javafx.geometry.Bounds at = tile.localToScene(tile.getLayoutBounds());
        assertThat(at.getMinY()).as("tile %d's top in view (%s)", index + 1, view).isGreaterThanOrEqualTo(view.getMinY() - 1);
        assertThat(at.getMaxY()).as("tile %d's foot in view (%s)", index + 1, view).isLessThanOrEqualTo(view.getMaxY() + 1);
        assertThat(tile.isFocused()).isTrue();
    }

    /** A teacher with one screen rehearses with the presenter view over the slides: Alt+F5, as in slide software. */
    @Test
    void altF5RehearsesWithThePresenterViewOnThisScreen(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> {
            stage.requestFocus();
            timeline().requestFocus();
        });
        robot.press(KeyCode.ALT).type(KeyCode.F5).release(KeyCode.ALT);
        waitUntil(() -> presentation() != null && presentation().presenter() != null);
        settle();

        Stage notes = presentation().presenter().stage();
        assertThat(notes.isShowing()).isTrue();
        assertThat(presentation().stage().isShowing()).as("the slides behind").isTrue();
        assertThat(robot.lookup(".presenter-title").queryAs(Label.class).getText()).isEqualTo(presentation().steps().current().title());
        int before = presentation().steps().index();
        press(robot, KeyCode.PAGE_DOWN);
        assertThat(presentation().steps().index()).as("the clicker works in the presenter view").isEqualTo(before + 1);
        // The teacher's screen says what the room sees: it looked the same whatever the projector showed.
        assertThat(presentation().presenter().roomText()).isEmpty();
        // And shows it, small: the step in the projector's light theme, then the black screen, then the step again.
        javafx.scene.image.Image picture = presentation().presenter().roomPicture();
        assertThat(picture).as("a picture of the room's screen").isNotNull();
        javafx.geometry.Bounds slides = presentation().stage().getScene().getRoot().getLayoutBounds();
        assertThat(picture.getWidth() / picture.getHeight()).as("shaped as the room's screen")
                .isCloseTo(slides.getWidth() / slides.getHeight(), org.assertj.core.data.Offset.offset(0.02));
        assertThat(brightness(picture)).as("the step, light").isGreaterThan(0.6);
        assertThat(darkShare(picture)).as("with its words and markers drawn").isBetween(0.005, 0.4);
        press(robot, KeyCode.B);
        assertThat(presentation().presenter().roomText()).isEqualTo("The room sees a black screen");
        assertThat(brightness(presentation().presenter().roomPicture())).as("the black screen").isLessThan(0.05);
        press(robot, KeyCode.B);
        assertThat(presentation().presenter().roomText()).isEmpty();
        assertThat(brightness(presentation().presenter().roomPicture())).as("the step again").isGreaterThan(0.6);
        press(robot, KeyCode.G);
        assertThat(presentation().presenter().roomText()).isEqualTo("The room sees every step as tiles");
        press(robot, KeyCode.W);
        assertThat(presentation().presenter().roomText()).isEqualTo("The room sees a white screen");
        press(robot, KeyCode.W);
        press(robot, KeyCode.ESCAPE);
        assertThat(presentation().presenter().roomText()).as("Esc closes the tiles first").isEmpty();
        // A number typed is read by the room: the teacher reads it here, without turning to the wall.
        robot.type(KeyCode.DIGIT5);
        settle();
        assertThat(presentation().presenter().roomText()).isEqualTo("Go to step 5 \u00b7 Enter to go, Esc to cancel");
        press(robot, KeyCode.ESCAPE);
        assertThat(presentation().presenter().roomText()).isEmpty();
        // A long prompt wraps beside the tour's name, which read "..." beside it on a laptop's 1366 x 768.
        robot.interact(() -> notes.setWidth(1000));
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT1, KeyCode.DIGIT0, KeyCode.DIGIT0);
        settle();
        assertThat(presentation().presenter().roomText()).startsWith("No step 2100");
        Label tour = robot.lookup(".presenter-tour").queryAs(Label.class);
        String shownName = ((javafx.scene.text.Text) tour.lookup(".text")).getText();
        assertThat(shownName).as("the tour's name beside the prompt").startsWith(tour.getText().substring(0, Math.min(8, tour.getText().length())));
        press(robot, KeyCode.ESCAPE);
        press(robot, KeyCode.ESCAPE);
        waitUntil(() -> presentation() == null);
        assertThat(notes.isShowing()).isFalse();
    }

    /** The mean brightness of a picture's pixels, from 0 (black) to 1 (white). */
    private static double brightness(javafx.scene.image.Image picture) {
        javafx.scene.image.PixelReader pixels = picture.getPixelReader();
        double sum = 0;
        int count = 0;
        for (int y = 0; y < (int) picture.getHeight(); y += 2) {
            for (int x = 0; x < (int) picture.getWidth(); x += 2) {
                sum += pixels.getColor(x, y).getBrightness();
                count++;
            }
        }
        return sum / count;
    }

    /** The share of a picture's pixels darker than its middle grey: its text and markers on a light slide. */
    private static double darkShare(javafx.scene.image.Image picture) {
        javafx.scene.image.PixelReader pixels = picture.getPixelReader();
        int dark = 0;
        int count = 0;
        for (int y = 0; y < (int) picture.getHeight(); y++) {
            for (int x = 0; x < (int) picture.getWidth(); x++) {
                dark += pixels.getColor(x, y).getBrightness() < 0.5 ? 1 : 0;
                count++;
            }
        }
        return dark / (double) count;
    }

    /** What a teacher prepares is most often a tour: it is rehearsed with its notes too. */
    @Test
    void aTourIsRehearsedWithThePresenterViewFromTheViewMenu(FxRobot robot) {
        waitForTimeline(77);
        Tour tour = window.session().document().tours().get(0);

        robot.clickOn("View");
        robot.clickOn("Rehearse Tour");
        robot.clickOn(tour.title() + " (" + tour.steps().size() + " steps)");
        waitUntil(() -> presentation() != null && presentation().presenter() != null);
        settle();

        assertThat(presentation().steps().size()).isEqualTo(tour.steps().size());
        assertThat(presentation().steps().current().id()).isEqualTo(tour.steps().get(0));
        assertThat(presentation().presenter().stage().isShowing()).isTrue();
    }

    @Test
    void f5WhilePresentingIsIgnored(FxRobot robot) {
        waitForTimeline(77);
        startPresenting(robot);
        PresentationMode first = presentation();
        press(robot, KeyCode.PAGE_DOWN);

        press(robot, KeyCode.F5);

        assertThat(presentation()).isSameAs(first);
        assertThat(first.stage().isShowing()).isTrue();
        assertThat(counter(robot)).isEqualTo("2 / 77");
    }

    /** The presenter view is read at the window's text size: it kept 16 px at 150%, its captions 10 px (a teacher's walk-through). */
    @Test
    void thePresenterViewIsAtTheWindowsTextSize(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> window.appearance().setTextSizePercent(150));
        try {
            startPresenting(robot);
            robot.interact(() -> presentation().openPresenterView(Screen.getPrimary()));
            settle();

            assertThat(robot.lookup(".presenter-title").queryAs(Label.class).getFont().getSize()).isCloseTo(38.4,
                    org.assertj.core.data.Offset.offset(0.1));
            assertThat(robot.lookup(".presenter-heading").queryAs(Label.class).getFont().getSize()).as("the captions").isGreaterThan(15);

            // And follows a size chosen while it is open, in the window behind it: it kept the size it opened at.
            robot.interact(() -> window.appearance().setTextSizePercent(100));
            settle();
            assertThat(robot.lookup(".presenter-title").queryAs(Label.class).getFont().getSize()).isCloseTo(25.6,
                    org.assertj.core.data.Offset.offset(0.1));
        } finally {
            robot.interact(() -> window.appearance().setTextSizePercent(100));
        }
    }

    @Test
    void thePresenterViewShowsTheNextStepNotesAndTimeAndTakesTheClicker(FxRobot robot) {
        waitForTimeline(77);
        selectOnMainTimeline(robot, "cfe-signed");
        startPresenting(robot);
        robot.interact(() -> presentation().openPresenterView(Screen.getPrimary()));
        PresenterView presenter = presentation().presenter();
        TimelineEvent signed = presentation().steps().current();

        assertThat(presenter.notesText()).isEqualTo(signed.description());
        assertThat(presenter.nextText()).contains(presentation().steps().next().title());
        assertThat(robot.lookup(".presenter-elapsed").queryAs(Label.class).getText()).matches("Elapsed \\d+:\\d\\d");
        assertThat(robot.lookup(".presenter-title").queryAs(Label.class).getFont().getSize()).as("16 px at 100%, 1.6 em").isCloseTo(25.6,
                org.assertj.core.data.Offset.offset(0.1));

        robot.interact(() -> presenter.stage().requestFocus());
        robot.type(KeyCode.PAGE_DOWN);
        settle();
        assertThat(presentation().steps().index()).isEqualTo(presentation().steps().steps().indexOf(signed) + 1);
        assertThat(presenter.notesText()).isEqualTo(descriptionOrSummary(presentation().steps().current()));

        press(robot, KeyCode.ESCAPE);
        assertThat(presenter.stage().isShowing()).isFalse();
        assertThat(PresenterView.elapsedText(3725)).isEqualTo("1:02:05");
        assertThat(PresenterView.elapsedText(65)).isEqualTo("1:05");
    }

    @Test
    void theHandoutOfTheBundledTourHasThePictureThenEveryStep(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForTimeline(77);
        List<HandoutExport.Subject> subjects = HandoutExport.subjects(window.session().document(), window.finder().shown());
        assertThat(subjects).extracting(HandoutExport.Subject::label)
                .containsExactly("All events shown (77)", "Tour: The CFE story, 1989–2023 (23 steps)");
        HandoutExport.Subject tour = subjects.get(1);
        Path pdf = dir.resolve(HandoutExport.fileName(tour.steps().title()));
        assertThat(pdf.getFileName().toString()).isEqualTo("The CFE story, 1989–2023 handout.pdf");

        List<String> statuses = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Task<Integer>> started = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> started.set(HandoutExport.write(window.dialogs(), window.exports(), window.session().document(), tour.steps(), pdf,
                window.session().file(), statuses::add)));
        Task<Integer> task = started.get();
        task.get(120, java.util.concurrent.TimeUnit.SECONDS); // 23 steps drawn and laid out: over 15 s on a slow hour

        assertThat(task.get()).isGreaterThanOrEqualTo(4);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(task.get());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("The CFE story, 1989–2023", "1.  ", "19.  ", "CFE Treaty signed in Paris");
        }
        waitUntil(() -> statuses.size() == 2);
        assertThat(statuses).containsExactly("Writing the handout…",
                "Handout saved: The CFE story, 1989–2023 handout.pdf (" + task.get() + " pages)");
    }

    /**
     * File > Export > Handout offers first the tour last presented: the class has just seen it. It
     * offered the file's first tour, 17 pages of another lesson, after a teacher made and presented
     * a tour of six steps (a teacher's walk-through).
     */
    @Test
    void theHandoutOffersTheTourLastPresented(FxRobot robot) {
        waitForTimeline(77);
        Tour lesson = new Tour("lesson", "Lesson: CFE in 3 steps", List.of("cfe-signed", "putin-cfe-decree", "two-plus-two-moscow"),
                org.chronoline.model.ExtraFields.NONE);
        robot.interact(() -> window.editing().perform(org.chronoline.model.edit.Edits.addTour(window.session().document(), lesson)));
        robot.interact(() -> window.presenting().present(lesson));
        waitUntil(() -> presentation() != null && presentation().stage().isShowing());
        press(robot, KeyCode.ESCAPE);
        waitUntil(() -> presentation() == null);

        // File > Export > Handout for Students, the menu's own item (fired: the export submenu's items are found in more than one scene).
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem handout = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof javafx.scene.control.Menu).flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> "_Handout for Students (PDF)\u2026".equals(i.getText())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(handout::fire);
        waitUntil(() -> robot.lookup(".choice-dialog").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> choice = robot.lookup(".choice-dialog .combo-box").queryComboBox();
        assertThat(choice.getValue()).hasToString("Tour: Lesson: CFE in 3 steps (3 steps)");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(HandoutExport.offeredFirst(HandoutExport.subjects(window.session().document(), window.finder().shown()), null))
                .as("nothing presented: the file's first tour").hasToString("Tour: The CFE story, 1989\u20132023 (23 steps)");
    }

    @Test
    void newTourFromFilterMakesATourOfTheShownEvents(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn("#filter-toggle");
        robot.clickOn("#legend-talks");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = window.finder().shown().stream().map(TimelineEvent::id).toList();
        assertThat(shown).hasSize(70);

        javafx.application.Platform.runLater(() -> window.commands().editTours());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tours-from-filter");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".text-input-dialog .text-field");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Without the talks");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.session().document().tours()).extracting(Tour::title).contains("Without the talks");
        Tour made = window.session().document().tours().stream().filter(t -> t.title().equals("Without the talks"))
                .findFirst().orElseThrow();
        assertThat(made.steps()).isEqualTo(shown);
    }

    /** A tour whose events are all gone (a file edited by hand) says so: "Clear the filter" would send the teacher the wrong way. */
    @Test
    void aTourWhoseEventsAreAllGoneSaysSo(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForTimeline(77);
        Path file = dir.resolve("gone.json");
        java.nio.file.Files.writeString(file, """
                {"version": 1, "title": "Gone",
                 "events": [{"id": "here", "title": "Still here", "start": "1990"}],
                 "tours": [{"id": "t", "title": "Lesson", "steps": ["deleted-one", "deleted-two"]}]}
                """);
        robot.interact(() -> window.open(file));
        waitForTimeline(1);

        robot.clickOn("View");
        robot.clickOn("Present Tour");
        robot.clickOn("Lesson (2 steps)");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(presentation()).isNull();
        assertThat(status(robot)).isEqualTo("There is nothing to present: this tour has no events in the timeline.");
    }

    @Test
    void picturesBesideTheFileAppearOnTheCardAndInTheDetailsAndOthersAreRefused(FxRobot robot, @TempDir Path dir)
            throws Exception {
        waitForTimeline(77);
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("class"));
        Path file = folder.resolve("timeline.json");
        java.nio.file.Files.copy(Path.of("src/test/resources/pictures/timeline.json"), file);
        java.nio.file.Files.createDirectories(folder.resolve("images"));
        java.nio.file.Files.copy(Path.of("src/test/resources/pictures/images/summit.png"), folder.resolve("images/summit.png"));
        java.nio.file.Files.copy(Path.of("src/test/resources/pictures/images/summit.png"), dir.resolve("outside.png"));
        robot.interact(() -> window.open(file));
        waitForTimeline(3);

        selectOnMainTimeline(robot, "paris");
        javafx.scene.image.ImageView picture = robot.lookup("#details-picture").queryAs(javafx.scene.image.ImageView.class);
        waitUntil(() -> picture.getImage() != null);
        assertThat(picture.getImage().isError()).isFalse();
        assertThat(picture.getImage().getWidth()).isEqualTo(48);
        assertThat(robot.lookup(".details-caption").queryAs(Label.class).getText()).isEqualTo("The summit · Our own drawing");

        selectOnMainTimeline(robot, "escape");
        assertThat(robot.lookup("#details-picture").tryQuery()).isEmpty();
        assertThat(robot.lookup("#details-picture-refused").queryAs(Label.class).getText())
                .contains("\"../outside.png\"", "outside the timeline's folder");
        selectOnMainTimeline(robot, "remote");
        assertThat(robot.lookup("#details-picture-refused").queryAs(Label.class).getText()).contains("on the network");

        selectOnMainTimeline(robot, "paris");
        startPresenting(robot);
        javafx.scene.image.ImageView onCard = robot.from(robot.lookup("#present-card").queryAs(javafx.scene.Node.class))
                .lookup(".image-view").queryAs(javafx.scene.image.ImageView.class);
        waitUntil(() -> onCard.getImage() != null);
        assertThat(onCard.isVisible()).isTrue();
        assertThat(robot.lookup(".step-caption").queryAs(Label.class).getText()).isEqualTo("The summit");
        press(robot, KeyCode.PAGE_DOWN);
        assertThat(onCard.getImage()).as("no picture for a refused path").isNull();
    }

    /**
     * A step whose title reads from the right (Arabic) is set against the card's right edge, as the page sets it; the
     * next step, in English, is against the left again and says its own title, with nothing of the last one left.
     */
    @Test
    void aStepInArabicIsSetFromTheRightAndTheNextInEnglishFromTheLeft(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForTimeline(77);
        String arabic = "\u0645\u0639\u0627\u0647\u062f\u0629 \u0628\u0627\u0631\u064a\u0633";
        openEvents(robot, dir, 2, "{\"id\": \"ar\", \"title\": \"" + arabic + "\", \"start\": \"1990-11-19\"},"
                + "{\"id\": \"en\", \"title\": \"Paris\", \"start\": \"1990-11-20\"}");
        startPresenting(robot);
        while (!arabic.equals(cardTitle(robot)) && presentation().steps().index() < presentation().steps().size() - 1) {
            press(robot, KeyCode.PAGE_DOWN);
        }
        Label title = robot.lookup(".step-title").queryAs(Label.class);
        Region text = robot.lookup(".step-text").queryAs(Region.class);
        javafx.geometry.Bounds room = text.localToScene(text.getLayoutBounds());
        double left = room.getMinX() + text.getInsets().getLeft();
        double right = room.getMaxX() - text.getInsets().getRight();
        javafx.geometry.Bounds drawn = drawnText(title);
        assertThat(cardTitle(robot)).isEqualTo(arabic);
        assertThat(drawn.getMaxX()).as("the Arabic title ends at the right").isCloseTo(right, org.assertj.core.data.Offset.offset(2.0));
        assertThat(drawn.getMinX()).isGreaterThan(left + 40);

        List<javafx.scene.text.Text> pieces = new ArrayList<>();
        texts(title, pieces);
        double arabicSize = title.getFont().getSize();
        assertThat(pieces).allSatisfy(piece -> assertThat(piece.getFont().getSize()).as("\"%s\" at the title's size", piece.getText())
                .isEqualTo(arabicSize));

        press(robot, KeyCode.PAGE_DOWN);
        assertThat(cardTitle(robot)).isEqualTo("Paris");
        assertThat(title.getFont().getSize()).as("the title's size, the same for both (it fell to the default for Arabic)")
                .isEqualTo(arabicSize);
        drawn = drawnText(title);
        assertThat(drawn.getMinX()).as("the English one starts at the left").isCloseTo(left, org.assertj.core.data.Offset.offset(2.0));
        List<javafx.scene.text.Text> shown = new ArrayList<>();
        texts(title, shown);
        assertThat(shown.stream().filter(piece -> piece.isVisible() && !piece.getText().isBlank()).map(javafx.scene.text.Text::getText))
                .as("its own words, nothing of the Arabic").containsExactly("Paris");
    }

    /**
     * In the step grid, a long title with a joined emoji wraps within its tile, each line inside it, and the first line
     * says where the title starts: on Linux its first line ran across the next tile with the whole title, and the next
     * lines said its end again (walk-through, with an Arabic title). Lines past the third are hidden within the tile.
     */
    @Test
    void aShapedTitleInTheStepGridStaysWithinItsTile(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForTimeline(77);
        String title = "An astronaut \ud83d\udc69\u200d\ud83d\ude80 went up. ".repeat(6).strip();
        openEvents(robot, dir, 2, "{\"id\": \"up\", \"title\": \"" + title + "\", \"start\": \"1990-11-19\"},"
                + "{\"id\": \"down\", \"title\": \"Down\", \"start\": \"1990-11-20\"}");
        startPresenting(robot);
        press(robot, KeyCode.G);
        Label shown = robot.lookup(".present-tile").nth(0).lookup(".present-tile-title").queryAs(Label.class);
        javafx.geometry.Bounds tile = shown.localToScene(shown.getLayoutBounds());
        String said = saidWithin(shown, tile.getMaxX(), "its tile");
        assertThat(title).as("the title, from its start").startsWith(said.replace("\u2026", "").strip());
        assertThat(shown.getClip()).as("its lines past the third hidden").isNotNull();
        press(robot, KeyCode.ESCAPE);
    }

    /**
     * The presenter view's notes give each paragraph its own direction: an Arabic one set from the right, the English
     * one after it from the left. Both were set from the right, the English one's full stop moved to its start (walk-through).
     */
    @Test
    void thePresenterNotesSetEachParagraphInItsOwnDirection(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForTimeline(77);
        String arabic = "\u0645\u0639\u0627\u0647\u062f\u0629 \u0628\u0627\u0631\u064a\u0633.";
        openEvents(robot, dir, 2, "{\"id\": \"n\", \"title\": \"Paris\", \"start\": \"1990-11-19\", \"description\": \""
                + arabic + "\\n\\nSigned in Paris.\"}, {\"id\": \"m\", \"title\": \"" + arabic + "\", \"start\": \"1990-11-20\"}");
        startPresenting(robot);
        robot.interact(() -> presentation().openPresenterView(Screen.getPrimary()));
        WaitForAsyncUtils.waitForFxEvents();
        PresenterView presenter = presentation().presenter();
        assertThat(presenter.notesText()).isEqualTo(arabic + "\n\nSigned in Paris.");
        List<Label> paragraphs = robot.from(presenter.stage().getScene().getRoot()).lookup(".presenter-notes-paragraph").queryAllAs(Label.class)
                .stream().toList();
        assertThat(paragraphs).extracting(Label::getEffectiveNodeOrientation)
                .containsExactly(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT, javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        javafx.geometry.Bounds english = paragraphs.get(1).localToScene(paragraphs.get(1).getLayoutBounds());
        assertThat(drawnText(paragraphs.get(1)).getMinX()).as("the English paragraph from the left")
                .isCloseTo(english.getMinX() + paragraphs.get(1).getInsets().getLeft(), org.assertj.core.data.Offset.offset(2.0));
        javafx.geometry.Bounds room = paragraphs.get(0).localToScene(paragraphs.get(0).getLayoutBounds());
        assertThat(drawnText(paragraphs.get(0)).getMaxX()).as("the Arabic one from the right")
                .isCloseTo(room.getMaxX() - paragraphs.get(0).getInsets().getRight(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(room.getWidth()).as("as wide as the notes").isGreaterThan(english.getWidth() - 1);
        // The next step's Arabic title reads from the right under its date, whose month name read from the left.
        Label next = robot.from(presenter.stage().getScene().getRoot()).lookup(".presenter-next").queryAs(Label.class);
        assertThat(next.getText().replace("\u200E", "")).isEqualTo("20\u00a0November 1990\n" + arabic);
        assertThat(next.getEffectiveNodeOrientation()).isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        // The date in its own order, the day before its month (it read "November 1990 20"): in the line set from the
        // right, the day is at a level read from the left, with its month. (JavaFX's carets in a mirrored text do not say
        // where it is drawn; a screenshot does: "19 March 1996" over the title.)
        String shownNext = next.getText();
        java.text.Bidi levels = new java.text.Bidi(shownNext, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT);
        int day = shownNext.indexOf("20");
        int run = java.util.stream.IntStream.range(0, levels.getRunCount()).filter(r -> levels.getRunStart(r) <= day && day < levels.getRunLimit(r))
                .findFirst().orElseThrow();
        assertThat(levels.getRunLimit(run)).as("the day in one run with its month and year, read from the left")
                .isGreaterThan(shownNext.indexOf("1990"));
        assertThat(levels.getRunLevel(run)).isEven();
        press(robot, KeyCode.ESCAPE);
    }

    /** Opens a timeline of {@code events} (JSON objects, comma-separated), written in {@code dir}, and waits for its {@code count}. */
    private void openEvents(FxRobot robot, Path dir, int count, String events) throws java.io.IOException {
        Path file = dir.resolve("events.json");
        java.nio.file.Files.writeString(file, "{\"version\": 1, \"title\": \"Test\", \"events\": [" + events + "]}");
        robot.interact(() -> window.open(file));
        waitForTimeline(count);
    }

    private static String descriptionOrSummary(TimelineEvent event) {
        return event.description() != null ? event.description() : event.summary();
    }
}
