package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.chronoline.model.TimelineEvent;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What assistive technology hears from the real window: the timeline in words, and a name for every control. */
class AccessibilityTest extends WindowTest {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private String heard() {
        return (String) timeline().queryAccessibleAttribute(AccessibleAttribute.TEXT);
    }

    @Test
    void theTimelineSaysTheSelectedEventAndTheNextAndThePeriodInView(FxRobot robot) {
        waitForTimeline(77);
        assertThat(heard()).matches("Timeline from .+ to .+, 77 events(; \\d+ of them in clusters?, .+)?");
        // In a narrow window whole years of events are counted into clusters: the screen reader says how many.
        robot.interact(() -> stage.setWidth(760));
        robot.interact(() -> timeline().fitAll());
        waitUntil(() -> !timeline().isAnimating());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heard()).matches("Timeline from .+ to .+, 77 events; \\d+ of them in clusters, too close together to show one by one:"
                + " zoom in to see them");
        // Zoomed in, it counts the events in view, not all those shown (it said 77 over two years; a walk-through).
        robot.interact(() -> timeline().show(org.chronoline.model.IsoDates.parse("2002").startSecond(),
                org.chronoline.model.IsoDates.parse("2003").endSecond()));
        waitUntil(() -> !timeline().isAnimating());
        WaitForAsyncUtils.waitForFxEvents();
        double from = timeline().getScale().secondAt(0);
        double to = timeline().getScale().secondAt(timeline().getViewportWidth());
        long inView = timeline().getContent().document().events().stream()
                .filter(e -> e.endSecond() >= from && e.startSecond() <= to).count();
        assertThat(inView).as("events in 2002-2003").isBetween(2L, 20L);
        assertThat(heard()).matches("Timeline from .+ to .+, " + inView + " events(; .+)?");
        // An event the view counts into a cluster, selected, is kept out of it and said as itself at once, before the frame
        // that draws it so: the screen reader read the frame before, packed around the selection before.
        robot.interact(() -> timeline().fitAllAtOnce());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> saidInCluster = new ArrayList<>();
        for (TimelineEvent event : timeline().getContent().events().inTimeOrder()) {
            robot.interact(() -> {
                timeline().setSelectedEvent(event);
                if (heard().contains("; shown in a cluster of")) {
                    saidInCluster.add(event.id());
                }
            });
        }
        assertThat(saidInCluster).as("said to be in a cluster when chosen").isEmpty();
        // A selected event is kept out of the clusters even in a lane with too many events in view to draw one by one; the
        // others of its bucket are counted, and it is said as itself. With nothing selected, the period says how many.
        TimelineContent bundled = timeline().getContent();
        List<TimelineEvent> crowd = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            crowd.add(TimelineEvent.point("c" + i, "Meeting " + i, org.chronoline.model.IsoDates.parse(String.valueOf(1900 + i / 4))));
        }
        robot.interact(() -> {
            timeline().setContent(new TimelineContent(new org.chronoline.model.TimelineDocument(1, "A crowd", null, List.of(), List.of(),
                    crowd, List.of(), org.chronoline.model.ExtraFields.NONE)));
            timeline().fitAllAtOnce();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heard()).as("nothing selected").matches("Timeline from .+ to .+, 400 events; \\d+ of them in clusters.*");
        TimelineEvent crowded = timeline().getContent().event("c200");
        robot.interact(() -> timeline().setSelectedEvent(crowded));
        assertThat(heard()).as("an event of a crowded lane, selected").startsWith(crowded.title() + ", " + crowded.dateText() + ", ")
                .doesNotContain("cluster");
        robot.interact(() -> {
            timeline().setSelectedEvent(null);
            timeline().setContent(bundled);
        });
        // As wide as the headless screen, from its left edge: a window past the screen's edge overflows Monocle's painter.
        robot.interact(() -> {
            stage.setX(0);
            stage.setWidth(javafx.stage.Screen.getPrimary().getBounds().getWidth());
        });

        TimelineEvent signed = timeline().getContent().event("cfe-signed");
        robot.interact(() -> {
            timeline().setSelectedEvent(signed);
            timeline().requestFocus();
        });
        int position = timeline().getContent().timeIndexOf(signed) + 1;
        int links = timeline().getContent().relations().all(signed).size();
        assertThat(heard()).isEqualTo("CFE Treaty signed in Paris, 19 November 1990, Treaties signed, event " + position + " of 77, "
                + links + " links");

        robot.type(KeyCode.CLOSE_BRACKET);
        waitUntil(() -> timeline().getSelectedEvent() != signed);
        TimelineEvent next = timeline().getSelectedEvent();
        assertThat(heard()).startsWith(next.title() + ", " + next.dateText() + ", ").contains("event " + (position + 1) + " of 77");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> timeline().getSelectedEvent() == null);
        assertThat(heard()).startsWith("Timeline from ");
        assertThat(timeline().queryAccessibleAttribute(AccessibleAttribute.ROLE_DESCRIPTION)).isEqualTo("timeline");
        assertThat((String) timeline().queryAccessibleAttribute(AccessibleAttribute.HELP)).contains("[ and ]").contains("L follows its links");
    }

    @Test
    void everyControlHasANameAScreenReaderCanSay(FxRobot robot) {
        waitForTimeline(77);
        List<String> silent = new ArrayList<>();
        check(stage.getScene().getRoot(), silent);
        ToolBar toolbar = robot.lookup(".main-toolbar").queryAs(ToolBar.class);
        for (Node item : toolbar.getItems()) {
            if (item instanceof Button button) {
                assertThat(button.getAccessibleText()).as("toolbar button %s", button.getTooltip().getText()).isNotBlank();
            }
        }
        assertThat(silent).as("focusable controls with nothing to say").isEmpty();
    }

    /** A toolbar button's tooltip says what it does and its shortcut, once: "... step by step (F5)  (F5)" read twice. */
    @Test
    void eachToolbarTooltipNamesItsShortcutOnce(FxRobot robot) {
        waitForTimeline(77);
        ToolBar toolbar = robot.lookup(".main-toolbar").queryAs(ToolBar.class);
        int withShortcut = 0;
        for (Node item : toolbar.getItems()) {
            if (item instanceof Button button && button.getTooltip() != null) {
                String tip = button.getTooltip().getText();
                Matcher shortcut = Pattern.compile("\\(([^()]+)\\)$").matcher(tip);
                if (shortcut.find()) {
                    withShortcut++;
                    assertThat(tip.split(Pattern.quote(shortcut.group(1)), -1)).as(tip).hasSize(2);
                    assertThat(tip.split("\\(", -1)).as("one shortcut in brackets: %s", tip).hasSize(2);
                }
            }
        }
        assertThat(withShortcut).as("tooltips that name a shortcut").isGreaterThanOrEqualTo(4);
    }

    /**
     * Tab reaches the selected event's sources and related events, and the focused link shows it:
     * the links have no border, which took JavaFX's focus border with it, and Enter opened a link
     * nobody could see was chosen.
     */
    @Test
    void aFocusedLinkInTheDetailsShowsItsRing(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().setSelectedEvent(timeline().getContent().events().get(timeline().getContent().events().size() - 1)));
        waitUntil(() -> !robot.lookup("#details .details-source-link").queryAll().isEmpty());
        List<Hyperlink> links = new ArrayList<>(robot.lookup("#details .details-source-link").queryAllAs(Hyperlink.class));
        links.addAll(robot.lookup("#details .details-related-link").queryAllAs(Hyperlink.class));
        assertThat(links).hasSizeGreaterThan(1);
        for (Hyperlink link : links) {
            assertThat(ring(link)).as("%s unfocused", link.getText()).isNull();
            robot.interact(link::requestFocus);
            robot.interact(() -> link.applyCss());
            assertThat(link.isFocused()).isTrue();
            assertThat(ring(link)).as("%s focused", link.getText()).isEqualTo(Color.web("#0969da"));
        }
    }

    /**
     * A control reached by Tab wears a ring about 2.5 px wide in the focus colour; one clicked
     * keeps the thin line. The ring was one pixel (the themes make Modena's halo transparent), and a
     * reviewer working by keyboard lost the study window's Check button.
     */
    @Test
    void aControlReachedByTabWearsAWideRing(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn("#filter-toggle");
        waitUntil(() -> robot.lookup("#legend-talks").tryQuery().isPresent());
        Node first = robot.lookup("#filters .check-box").query();
        robot.clickOn(first).clickOn(first); // twice: ticked as before
        waitUntil(first::isFocused);
        assertThat(ringWidth(first)).as("clicked").isLessThan(1);

        robot.type(KeyCode.TAB);
        waitUntil(() -> !first.isFocused());
        Node reached = stage.getScene().getFocusOwner();
        assertThat(ringWidth(reached)).as("reached by Tab: %s", reached).isGreaterThanOrEqualTo(1.4);
    }

    /**
     * The filter's and the side panel's category swatches have the shapes of the categories' markers,
     * as the lanes' headers do: they were all squares, told apart by colour alone.
     */
    @Test
    void categorySwatchesHaveTheShapesOfTheirMarkers(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn("#filter-toggle");
        waitUntil(() -> robot.lookup("#legend-talks").tryQuery().isPresent());
        List<String> shapes = new java.util.ArrayList<>();
        for (Node row : robot.lookup(".legend-row").queryAll()) {
            javafx.scene.layout.Region swatch = (javafx.scene.layout.Region) ((javafx.scene.layout.HBox) row).getChildren().stream()
                    .filter(n -> n.getStyleClass().contains("details-swatch")).findFirst().orElseThrow();
            assertThat(swatch.getShape()).as("a shape, not the square of a box").isNotNull();
            shapes.add(((javafx.scene.shape.SVGPath) swatch.getShape()).getContent());
        }
        List<org.chronoline.model.Category> categories = window.session().document().categories();
        assertThat(shapes.subList(0, Math.min(categories.size(), org.chronoline.view.MarkerShape.values().length)))
                .as("the markers' shapes, in the file's order").doesNotHaveDuplicates()
                .startsWith(org.chronoline.view.MarkerShape.CIRCLE.svgPath(), org.chronoline.view.MarkerShape.SQUARE.svgPath());
    }

    /**
     * A control the keys are handed to by a shortcut wears the ring Tab gives: the filters' first
     * box after Ctrl+Shift+F, the list after Ctrl+L. They wore modena's one-pixel line, the mark of
     * a click, and a keyboard user had to search for where the keys had gone. A click takes it away.
     */
    @Test
    void aControlGivenTheKeysByAShortcutWearsTheRingToo(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn(timeline());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#filters").tryQuery().isPresent() && stage.getScene().getFocusOwner() != timeline());
        Node first = stage.getScene().getFocusOwner();
        assertThat(first.isFocusVisible()).as("JavaFX marks Tab's focus alone").isFalse();
        assertThat(ringWidth(first)).as("after Ctrl+Shift+F: %s", first).isGreaterThanOrEqualTo(1.4);
        robot.clickOn(first).clickOn(first); // twice: as it was
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ringWidth(first)).as("clicked").isLessThan(1);

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> stage.getScene().getFocusOwner() instanceof javafx.scene.control.TableView);
        WaitForAsyncUtils.waitForFxEvents();
        // The list fills its tab: its ring is drawn inside its edge, where modena drew none, clicked or not.
        Region list = (Region) stage.getScene().getFocusOwner();
        List<BackgroundFill> fills = list.getBackground().getFills();
        assertThat(fills.get(0).getFill()).as("the list after Ctrl+L: a ring at its edge").isEqualTo(Color.web("#0969da"));
        assertThat(fills.get(2).getInsets().getLeft()).as("as wide as a control's").isGreaterThanOrEqualTo(2.5);
        assertThat(list.getPadding().getLeft()).as("the rows clear of it").isGreaterThanOrEqualTo(2.5);
    }

    /**
     * Esc in the filters gives the keys back to the timeline, from a box or a date field, the panel
     * and the filter left as they are; Esc in a list's open popup closes the popup only. It did
     * nothing: the way back was F6 or Ctrl+Shift+F, which closed the panel.
     */
    @Test
    void escInTheFiltersGoesBackToTheTimeline(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn(timeline());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#filters").tryQuery().isPresent() && stage.getScene().getFocusOwner() != timeline());
        robot.type(KeyCode.SPACE); // the first category's box: its events hidden
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getContent().events().size()).isLessThan(77);
        int shown = timeline().getContent().events().size();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).as("the keys on the timeline").isSameAs(timeline());
        assertThat(robot.lookup("#filters").tryQuery()).as("the filters still open").isPresent();
        assertThat(timeline().getContent().events().size()).as("the filter as it was").isEqualTo(shown);

        robot.interact(() -> robot.lookup("#filter-tags").query().requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#filter-tags .combo-box").queryComboBox().isShowing());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#filter-tags .combo-box").queryComboBox().isShowing()).isFalse();
        assertThat(stage.getScene().getFocusOwner()).as("Esc closed the popup only").isNotSameAs(timeline());

        robot.interact(() -> robot.lookup("#filter-from").query().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).as("from a date field").isSameAs(timeline());
    }

    /**
     * The timeline reached by the keyboard wears a ring all round in the focus colour; clicked, a bar
     * down its left side. Both were the 2-pixel bar, easy to miss on a projector. Nothing moves: the
     * mark is laid over the drawing, so a point of the control is the same date and event focused or not.
     */
    @Test
    void theTimelineReachedByTheKeyboardWearsARing(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> robot.lookup("#search").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Insets unfocused = timeline().getInsets();
        Object dateUnfocused = timeline().dateAt(300);
        Region ring = (Region) timeline().lookup(".focus-ring");
        assertThat(ring.getBorder() == null || ring.getBorder().isEmpty()
                || ring.getBorder().getStrokes().get(0).getLeftStroke().equals(Color.TRANSPARENT)).as("unfocused: no mark").isTrue();

        javafx.geometry.Bounds screen = timeline().localToScreen(timeline().getLayoutBounds());
        robot.clickOn(screen.getMinX() + 300, screen.getMinY() + 20, javafx.scene.input.MouseButton.PRIMARY); // on the axis
        waitUntil(() -> timeline().isFocused());
        robot.interact(() -> timeline().setSelectedEvent(timeline().getContent().event("cfe-signed")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.BorderStroke clicked = ring.getBorder().getStrokes().get(0);
        assertThat(clicked.getTopStroke()).as("clicked: no ring").isEqualTo(Color.TRANSPARENT);
        assertThat(clicked.getLeftStroke()).as("clicked: the bar").isEqualTo(Color.web("#0969da"));

        robot.type(KeyCode.ENTER); // the keys into the details, and back by Shift+Tab
        waitUntil(() -> !timeline().isFocused());
        for (int i = 0; i < 4 && !timeline().isFocused(); i++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(timeline().isFocusVisible()).isTrue();
        javafx.scene.layout.BorderStroke all = ring.getBorder().getStrokes().get(0);
        for (javafx.scene.paint.Paint side : List.of(all.getTopStroke(), all.getRightStroke(), all.getBottomStroke(), all.getLeftStroke())) {
            assertThat(side).as("reached by the keyboard: a ring").isEqualTo(Color.web("#0969da"));
        }
        assertThat(all.getWidths().getTop()).isGreaterThanOrEqualTo(2);
        assertThat(timeline().getInsets()).as("nothing moves").isEqualTo(unfocused);
        assertThat(timeline().dateAt(300)).as("the same date under the same point").isEqualTo(dateUnfocused);

        // Handed back after a key (Esc leaving the event form), not by Tab: the ring too. It was the bar, JavaFX's
        // focus-visible being for Tab alone, and a keyboard user lost where the keys had gone.
        robot.clickOn(screen.getMinX() + 300, screen.getMinY() + 20, javafx.scene.input.MouseButton.PRIMARY);
        robot.interact(() -> timeline().setSelectedEvent(timeline().getContent().event("cfe-signed")));
        waitUntil(() -> ring.getBorder().getStrokes().get(0).getTopStroke().equals(Color.TRANSPARENT));
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#event-form").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> timeline().isFocused());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ring.getBorder().getStrokes().get(0).getTopStroke()).as("after Esc: a ring").isEqualTo(Color.web("#0969da"));
    }

    /** How far outside a control (or a part of it, like a check box's box) an opaque fill in the focus colour reaches. */
    private static double ringWidth(Node control) {
        double widest = 0;
        List<Node> parts = new ArrayList<>(List.of(control));
        if (control instanceof Parent parent) {
            parts.addAll(parent.lookupAll("*"));
        }
        for (Node part : parts) {
            if (part instanceof Region region && region.getBackground() != null) {
                for (BackgroundFill fill : region.getBackground().getFills()) {
                    if (fill.getFill() instanceof Color c && c.getOpacity() == 1 && c.equals(Color.web("#0969da"))) {
                        widest = Math.max(widest, -fill.getInsets().getLeft());
                    }
                }
            }
        }
        return widest;
    }

    /**
     * From the timeline, Tab and Enter take the keys to the selected event's details (its citation,
     * its sources); Shift+Tab comes back. Tab used to select the next event instead, all 77 of them
     * before the keys left the timeline, so the sources of a found event could not be reached.
     */
    @Test
    void tabAndEnterLeaveTheTimelineForTheSelectedEventsDetails(FxRobot robot) {
        waitForTimeline(77);
        TimelineEvent signed = timeline().getContent().event("cfe-signed");
        for (KeyCode key : List.of(KeyCode.TAB, KeyCode.ENTER)) {
            robot.interact(() -> {
                timeline().setSelectedEvent(signed);
                timeline().requestFocus();
            });
            waitUntil(() -> timeline().isFocused());

            robot.type(key);
            waitUntil(() -> !timeline().isFocused());

            assertThat(timeline().getSelectedEvent()).as("%s keeps the selection", key).isSameAs(signed);
            Node owner = stage.getScene().getFocusOwner();
            assertThat(isInside(owner, robot.lookup(".details-panel").query())).as("%s: the keys are in the details, on %s", key, owner).isTrue();
        }
        // Enter gave the keys to the text; Shift+Tab goes back past the panel's buttons to the timeline.
        for (int i = 0; i < 4 && !timeline().isFocused(); i++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(timeline().isFocused()).isTrue();
    }

    /**
     * At twice the text on a 1024 x 768 projector nothing says less than it means: a long status
     * message wraps ("... changes them together" lost its end) and the search field shows its whole
     * prompt ("Search (Ctr"), both cut before; Go to Date's examples and its reasons are whole
     * (its examples ended in an ellipsis of their own, which read as cut: they are a sentence now).
     */
    @Test
    void atTwiceTheTextNothingIsCutShort(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            window.appearance().setTextSizePercent(200);
            timeline().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.HOME);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, KeyCode.RIGHT).release(KeyCode.SHIFT);
        waitUntil(() -> status(robot).startsWith("3 events selected"));
        javafx.scene.control.Label said = robot.lookup(".status-label").query();
        assertThat(shown(said)).as("the status line").isEqualTo(said.getText());

        org.controlsfx.control.textfield.CustomTextField search = robot.lookup("#search").query();
        javafx.scene.text.Text prompt = new javafx.scene.text.Text(search.getPromptText());
        prompt.setFont(search.getFont());
        double room = search.getWidth() - search.getInsets().getLeft() - search.getInsets().getRight()
                - (search.getRight() == null ? 0 : search.getRight().getLayoutBounds().getWidth());
        assertThat(room).as("room for the prompt '%s'", search.getPromptText()).isGreaterThanOrEqualTo(prompt.getLayoutBounds().getWidth());

        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".goto-feedback").tryQuery().isPresent());
        javafx.scene.control.Label examples = robot.lookup(".goto-feedback").query();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(examples)).as("Go to Date's examples").isEqualTo(examples.getText());
        robot.clickOn("#goto-date").write("31 February 2007");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(examples.getText()).as("why it is not a date").isNotEmpty().doesNotStartWith("For example");
        assertThat(shown(examples)).as("why it is not a date").isEqualTo(examples.getText());
        robot.type(KeyCode.ESCAPE);

        // The categories' shapes grow with their names: they stayed 12 pixels beside names twice as tall (a walk-through).
        robot.clickOn("#filter-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        try {
            javafx.scene.layout.HBox row = robot.lookup(".legend-row").query();
            Region swatch = (Region) row.lookup(".details-swatch");
            javafx.scene.control.Label name = (javafx.scene.control.Label) row.getChildren().stream()
                    .filter(n -> n instanceof javafx.scene.control.Label).findFirst().orElseThrow();
            assertThat(swatch.getWidth()).as("the shape beside %s", name.getText()).isGreaterThanOrEqualTo(0.8 * name.getFont().getSize());
        } finally {
            robot.clickOn("#filter-toggle");
            robot.interact(() -> window.appearance().setTextSizePercent(100));
        }
    }

    /** The text a label draws: its own, or shortened with an ellipsis. */
    private static String shown(javafx.scene.control.Label label) {
        return ((javafx.scene.text.Text) label.lookup(".text")).getText();
    }

    /**
     * Enter on an event gives the keys to its text: a screen reader hears all of it (title, date,
     * summary, description), the arrows and Page Down scroll it, and Tab goes on to its sources.
     * Before, only the panel's buttons and links took the keys, so a description could be neither
     * heard nor scrolled.
     */
    @Test
    void theDetailsTextTakesTheKeysToBeHeardAndScrolled(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            timeline().setSelectedEvent(timeline().getContent().event("putin-cfe-decree"));
            timeline().requestFocus();
        });
        waitUntil(() -> timeline().isFocused());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !timeline().isFocused());
        Node owner = stage.getScene().getFocusOwner();
        TimelineEvent decree = timeline().getContent().event("putin-cfe-decree");
        assertThat(owner.getStyleClass()).contains("details-title");
        assertThat(owner.getAccessibleRole()).isEqualTo(javafx.scene.AccessibleRole.TEXT);
        String heard = owner.getAccessibleText();
        assertThat(heard).startsWith(decree.title() + "\n").contains(org.chronoline.model.DateText.unbroken(decree.dateText())).contains(decree.summary())
                .contains(decree.description().split("\n")[0].strip());

        javafx.scene.control.ScrollPane scroll = robot.lookup(".details-scroll").query();
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).as("Page Down scrolls the text").isGreaterThan(0);
        // The ring goes round the whole text: round the heading, it scrolled out of view with it (a keyboard walk-through).
        assertThat(scroll.getBorder().getStrokes()).first().satisfies(stroke -> assertThat(stroke.getTopStroke()).isNotEqualTo(Color.TRANSPARENT));
        Region heading = (Region) owner;
        assertThat(heading.getBorder() == null || heading.getBorder().getStrokes().stream().allMatch(s -> s.getTopStroke().equals(Color.TRANSPARENT)))
                .as("and not round the heading").isTrue();
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).as("Home, back to its top").isZero();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).as("an arrow, a little").isGreaterThan(0);
        assertThat(timeline().getSelectedEvent()).as("the timeline's keys are not the text's").isSameAs(decree);

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        // On to the tags, each a button that filters by it, and then the sources.
        for (String tag : decree.tags()) {
            assertThat(stage.getScene().getFocusOwner()).as("the tag " + tag).isInstanceOfSatisfying(javafx.scene.control.ToggleButton.class,
                    chip -> assertThat(chip.getText()).isEqualTo(tag));
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(stage.getScene().getFocusOwner()).as("on to the sources").isInstanceOf(javafx.scene.control.Hyperlink.class);
    }

    /**
     * Esc in the side panel gives the keys back to the timeline, where Enter took them from, the event still selected:
     * Esc did nothing there, and the way back was Shift+Tab three times or F6 (keyboard walk-through). From the list,
     * back to the list.
     */
    @Test
    void escInTheSidePanelGivesTheKeysBackToTheTimelineOrTheList(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> {
            timeline().setSelectedEvent(timeline().getContent().event("putin-cfe-decree"));
            timeline().requestFocus();
        });
        waitUntil(() -> timeline().isFocused());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !timeline().isFocused());
        robot.type(KeyCode.TAB); // on to a tag's button: Esc from any part of the panel
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isInside(stage.getScene().getFocusOwner(), robot.lookup(".details-panel").query())).as("in the side panel").isTrue();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> timeline().isFocused());
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("putin-cfe-decree");

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#event-table").tryQuery().map(Node::isFocused).orElse(false));
        robot.type(KeyCode.F6);
        waitUntil(() -> isInside(stage.getScene().getFocusOwner(), robot.lookup(".details-panel").query()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#event-table").query().isFocused());
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The opaque colour drawn around a link outside its bounds, or null. */
    private static Color ring(Hyperlink link) {
        if (link.getBackground() == null) {
            return null;
        }
        for (BackgroundFill fill : link.getBackground().getFills()) {
            if (fill.getInsets().getLeft() < 0 && fill.getFill() instanceof Color c && c.getOpacity() == 1) {
                return c;
            }
        }
        return null;
    }

    @Test
    void theStudyWindowsControlsHaveNamesToo(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> window.studying().study());
        waitUntil(() -> window.study() != null);
        List<String> silent = new ArrayList<>();
        for (StudyMode.Mode mode : StudyMode.Mode.values()) {
            robot.interact(() -> window.study().show(mode));
            check(window.study().stage().getScene().getRoot(), silent);
        }
        robot.interact(() -> window.study().end());
        assertThat(silent).as("focusable controls with nothing to say").isEmpty();
    }

    /**
     * A key marks where the keys are also when it moves nothing: at the start, ] selected events on a timeline that
     * wore no ring, and a dialog shown before any key (the kept edits' question) never showed one (a keyboard walk-through).
     */
    @Test
    void aKeyShowsWhereTheKeysAreThoughItMovesNothing(FxRobot robot) {
        waitForTimeline(77);
        robot.moveTo((Node) robot.lookup(".status-bar").query()).press(javafx.scene.input.MouseButton.PRIMARY)
                .release(javafx.scene.input.MouseButton.PRIMARY); // the last input a press of the mouse: no ring
        robot.interact(() -> timeline().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keyed(timeline())).as("given the keys after a click").isFalse();

        robot.type(KeyCode.CLOSE_BRACKET);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().isFocused()).isTrue();
        assertThat(keyed(timeline())).as("] pressed on it").isTrue();
    }

    /**
     * At the start, before any input, the timeline has the keys and wears the keyboard's ring all round: it wore the
     * bar of a click, a line down its left side that a keyboard user on a projector missed; and the tabs' ring, reached
     * next by Shift+Tab, is as wide as the others' (a keyboard walk-through).
     */
    @Test
    void atTheStartTheTimelineWearsTheKeyboardsRing(FxRobot robot) {
        waitForTimeline(77);
        waitUntil(() -> timeline().isFocused());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keyed(timeline())).as("the keys at the start").isTrue();
        javafx.scene.layout.BorderStroke ring = ((Region) timeline().lookup(".focus-ring")).getBorder().getStrokes().get(0);
        assertThat(ring.getTopStroke()).as("a ring all round").isEqualTo(Color.web("#0969da"));
        assertThat(ring.getRightStroke()).isEqualTo(Color.web("#0969da"));

        // Shift+Tab: the tabs, whose ring was two hairlines.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isInstanceOf(javafx.scene.control.TabPane.class);
        Region indicator = (Region) stage.getScene().getFocusOwner().lookup(".tab:selected .focus-indicator");
        assertThat(indicator.getBorder().getStrokes().get(0).getWidths().getTop()).as("the tabs' ring").isGreaterThanOrEqualTo(2);
    }

    private static boolean keyed(Node node) {
        return node.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("keyed"));
    }

    @Test
    void theKeyboardComesBackToTheTimelineWhenADialogCloses(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().requestFocus());
        for (KeyCode key : new KeyCode[] {KeyCode.G, KeyCode.F1}) {
            if (key == KeyCode.G) {
                robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.F1);
            }
            waitUntil(() -> robot.listTargetWindows().size() > 1);
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> robot.listTargetWindows().size() == 1);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.getScene().getFocusOwner()).as("after %s", key).isSameAs(timeline());
        }
    }

    private static void check(Node node, List<String> silent) {
        if (!node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable() && !(node instanceof TimelineView)) {
            boolean named = node.getAccessibleText() != null && !node.getAccessibleText().isBlank()
                    || node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                    || node instanceof TextInputControl input && (input.getPromptText() != null && !input.getPromptText().isBlank()
                            || input.getAccessibleText() != null);
            if (!named) {
                silent.add(node.getClass().getSimpleName() + " " + node.getId() + " " + node.getStyleClass());
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> check(child, silent));
        }
    }

    /**
     * At twice the text size on 1024 x 768 the study window's heading reads as words, and every
     * mode is inside the window: side by side with the modes, the heading broke letter by letter
     * ("Stu / dy: / Sho / wn"); the prompts that name the keys wrap instead of being cut, and so do Put in
     * Order's buttons and sentence once checked.
     */
    @Test
    void theStudyWindowReadsAtTwiceTheTextSizeOn1024By768(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> {
            window.appearance().setTextSizePercent(200);
            stage.requestFocus();
            timeline().requestFocus();
        });
        robot.type(KeyCode.F7);
        waitUntil(() -> window.study() != null && window.study().stage().isShowing());
        try {
            robot.interact(() -> {
                window.study().stage().setWidth(1024);
                window.study().stage().setHeight(768);
            });
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.Label heading = robot.lookup("#study-heading").queryAs(javafx.scene.control.Label.class);
            double em = heading.getFont().getSize();
            assertThat(heading.getWidth()).as("the heading's width, in its type").isGreaterThanOrEqualTo(10 * em);
            double right = window.study().stage().getScene().getWidth();
            for (Node mode : robot.lookup(".study-mode").queryAll()) {
                assertThat(mode.localToScene(mode.getBoundsInLocal()).getMaxX()).as("%s inside", mode.getId()).isLessThanOrEqualTo(right);
            }
            List<String> clipped = new ArrayList<>();
            clipped(window.study().stage().getScene().getRoot(), clipped);
            assertThat(clipped).as("cut short").isEmpty();

            // Checked, Put in Order's sentence beside its buttons took their room: "…", "T…", "Show t…" (a walk-through).
            robot.interact(() -> robot.lookup("#order-check").queryButton().fire());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#order-result").queryAs(javafx.scene.control.Label.class).getText()).as("checked").isNotEmpty();
            clipped(window.study().stage().getScene().getRoot(), clipped);
            assertThat(clipped).as("cut short once checked").isEmpty();

            // A card turned: its buttons in the window, under a card as tall as its words. The card kept 18 lines' height,
            // and Missed It and Knew It were under the screen's foot (a themes walk-through).
            robot.type(KeyCode.DIGIT3);
            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#cards-knew").queryButton().isDisabled()).as("turned").isFalse();
            javafx.scene.Scene studied = window.study().stage().getScene();
            assertThat(drawnWhole(robot.lookup("#cards-back").queryAs(javafx.scene.control.Labeled.class))).as("the answer whole").isTrue();
            assertThat(drawnWhole(robot.lookup("#cards-front").queryAs(javafx.scene.control.Labeled.class))).as("the title whole").isTrue();
            for (String id : List.of("#cards-missed", "#cards-knew", "#cards-undo")) {
                Node button = robot.lookup(id).query();
                javafx.geometry.Bounds at = button.localToScene(button.getBoundsInLocal());
                assertThat(at.getMaxY()).as("%s above the window's foot", id).isLessThanOrEqualTo(studied.getHeight());
                assertThat(at.getMaxX()).as("%s inside the window's edge", id).isLessThanOrEqualTo(studied.getWidth());
            }
        } finally {
            robot.interact(() -> {
                window.study().end();
                window.appearance().setTextSizePercent(100);
            });
        }
    }

    /** Fields named only by their prompts had no name once typed in; the seven "only" buttons had one name between them. */
    @Test
    void theSearchTheDatesAndEachOnlyButtonHaveNamesOfTheirOwn(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn("#filter-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).getAccessibleText()).isEqualTo("Search (Ctrl+F)");
            assertThat(robot.lookup("#filter-from").queryAs(javafx.scene.control.TextField.class).getAccessibleText()).isEqualTo("From");
            assertThat(robot.lookup("#filter-to").queryAs(javafx.scene.control.TextField.class).getAccessibleText()).isEqualTo("To");
            List<String> only = robot.lookup(".legend-only").queryAllAs(javafx.scene.control.Button.class).stream()
                    .map(javafx.scene.control.Button::getAccessibleText).toList();
            assertThat(only).hasSize(7).doesNotHaveDuplicates().contains("Show only Summits");
        } finally {
            robot.clickOn("#filter-toggle");
        }
    }

    /** F1's list is longer than the screen: it has the keys, and Page Down scrolls it a page (the keys stayed on OK, the list unscrolled). */
    @Test
    void theShortcutsListScrollsFromTheKeyboard(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup(".shortcuts-grid").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane list = robot.lookup(".dialog-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        try {
            // Keys first, under headings by what they are for, and the mouse last: the list began with 13 mouse gestures.
            List<String> texts = robot.lookup(".shortcuts-grid").queryAs(javafx.scene.layout.GridPane.class).getChildren().stream()
                    .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
            assertThat(texts.subList(0, 3)).containsExactly("On the timeline", "+ / \u2212", "Zoom in / out");
            assertThat(texts).containsSubsequence("Presenting", "Studying", "With the mouse or a trackpad", "Mouse wheel");
            assertThat(robot.lookup(".shortcuts-section").queryAll()).hasSize(7);
            assertThat(list.getContent().getLayoutBounds().getHeight()).as("longer than it has room for")
                    .isGreaterThan(list.getViewportBounds().getHeight());
            assertThat(list.isFocused()).as("the keys on the list, which they scroll at once").isTrue();
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            double hidden = list.getContent().getLayoutBounds().getHeight() - list.getViewportBounds().getHeight();
            assertThat(list.getVvalue() * hidden).as("Page Down scrolls it a page (it moved a tenth of the list)")
                    .isGreaterThan(0.8 * list.getViewportBounds().getHeight());
        } finally {
            robot.interact(() -> ((javafx.stage.Stage) list.getScene().getWindow()).close());
        }
    }

    /** The keys are what the dialog is for: at twice the text size on 1024 x 768 they read "Mous...", "Ctrl +...". */
    @Test
    void theShortcutsDialogKeepsEveryKeyWholeAtTwiceTheTextSizeOn1024By768(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            window.appearance().setTextSizePercent(200);
            stage.requestFocus();
            timeline().requestFocus();
        });
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup(".shortcuts-grid").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Node grid = robot.lookup(".shortcuts-grid").query();
            List<String> clipped = new ArrayList<>();
            clipped(grid, clipped);
            assertThat(clipped).as("keys and what they do, cut short").isEmpty();
        } finally {
            robot.interact(() -> {
                ((javafx.stage.Stage) robot.lookup(".shortcuts-grid").query().getScene().getWindow()).close();
                window.appearance().setTextSizePercent(100);
            });
        }
    }

    /** Whether a label's text is drawn whole, wrapped or not: none of it left out for "…". */
    private static boolean drawnWhole(javafx.scene.control.Labeled label) {
        return label.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText()).allMatch(drawn -> drawn.equals(label.getText()));
    }

    /**
     * A dialog wider than its screen is made as wide as the screen, and on it: the picture export's choice of resolution,
     * one line of up to 70 letters at twice the text size, made the dialog wider than a 1024-pixel screen, centred on the
     * window, its label and OK off the screen's edges (a themes walk-through). Its size was not known yet when it showed,
     * and the choice dialog's content, set again, did not scroll. Here a choice wider than the tests' screen.
     */
    @Test
    void aDialogWiderThanItsScreenIsFittedToIt(FxRobot robot) {
        waitForTimeline(77);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        javafx.scene.control.ChoiceDialog<String>[] shown = new javafx.scene.control.ChoiceDialog[1];
        String wide = "A choice of resolution that says a great deal ".repeat(9).strip(); // half as wide again as the screen
        robot.interact(() -> {
            shown[0] = new Dialogs(stage, () -> "", () -> 1).prepare(new javafx.scene.control.ChoiceDialog<>(wide, List.of(wide, "short")));
            shown[0].setContentText("Resolution:");
            shown[0].show();
        });
        try {
            waitUntil(() -> shown[0].getWidth() <= screen.getWidth());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shown[0].getX()).as("its left edge on the screen").isGreaterThanOrEqualTo(screen.getMinX());
            assertThat(shown[0].getX() + shown[0].getWidth()).as("its right edge on the screen").isLessThanOrEqualTo(screen.getMaxX());
            assertThat(shown[0].getDialogPane().getContent()).as("its content scrolls").isInstanceOf(javafx.scene.control.ScrollPane.class);
            Node ok = shown[0].getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
            assertThat(ok.localToScreen(ok.getBoundsInLocal()).getMaxX()).as("OK on the screen").isLessThanOrEqualTo(screen.getMaxX());
            // The choice gives way; its label stays whole ("Res / olut / ion:" beside it).
            javafx.scene.control.Label label = (javafx.scene.control.Label) ((javafx.scene.control.ScrollPane) shown[0].getDialogPane()
                    .getContent()).getContent().lookup(".label");
            assertThat(label.getWidth()).as("'%s' whole", label.getText()).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
        } finally {
            robot.interact(() -> shown[0].close());
        }
    }

    /**
     * A dialog's header of one long sentence wraps at a comfortable line at twice the text size: the publish dialog's
     * question ("… which tour should its Present button start with?") made its dialog as wide as the screen (a themes
     * walk-through). Here the header is set after the dialog is prepared, as WebPublish does.
     */
    @Test
    void aLongHeaderWrapsAtAComfortableLine(FxRobot robot) {
        waitForTimeline(77);
        javafx.scene.control.ChoiceDialog<String>[] shown = new javafx.scene.control.ChoiceDialog[1];
        robot.interact(() -> {
            shown[0] = new Dialogs(stage, () -> "-fx-font-size: 28px;", () -> 2).prepare(new javafx.scene.control.ChoiceDialog<>("No tour", List.of("No tour")));
            shown[0].setHeaderText("The page shows the timeline; which tour should its Present button start with? ".repeat(2).strip());
            shown[0].show();
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.Label header = (javafx.scene.control.Label) shown[0].getDialogPane().lookup(".header-panel .label");
            assertThat(header.getWidth()).as("a comfortable line at 28 px").isLessThanOrEqualTo(36 * 28 + 1);
            assertThat(header.getHeight()).as("wrapped onto lines").isGreaterThan(2.5 * 28);
            assertThat(drawnWhole(header)).as("every word drawn").isTrue();
        } finally {
            robot.interact(() -> shown[0].close());
        }
    }

    /**
     * About at twice the text size reads whole: a column 400 pixels wide on 1366 x 768, its text cut at "from 1972 to …"
     * (a themes walk-through). Its words are as wide as a sentence reads well, and scroll where the screen is short.
     */
    @Test
    void aboutReadsWholeAtTwiceTheTextSize(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> window.appearance().setTextSizePercent(200));
        javafx.scene.control.Alert[] about = new javafx.scene.control.Alert[1];
        robot.interact(() -> about[0] = AboutDialog.show(new Dialogs(stage, () -> "-fx-font-size: 28px;", () -> 2)));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.DialogPane pane = about[0].getDialogPane();
            assertThat(pane.getWidth()).as("as wide as a sentence reads well").isGreaterThan(30 * 28 * 0.9);
            javafx.scene.control.ScrollPane words = (javafx.scene.control.ScrollPane) pane.getContent();
            assertThat(words.getContent().getLayoutBounds().getHeight()).as("where the screen has room, every line in view, unscrolled")
                    .isLessThanOrEqualTo(words.getViewportBounds().getHeight() + 1);
            assertThat(drawnWhole((javafx.scene.control.Labeled) words.getContent())).as("the words drawn whole").isTrue();
            robot.interact(() -> about[0].setHeight(420)); // a screen too short for it
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(pane.getContent()).as("its words scroll").isInstanceOf(javafx.scene.control.ScrollPane.class);
            List<String> clipped = new ArrayList<>();
            clipped(pane, clipped);
            assertThat(clipped).as("cut short").isEmpty();
        } finally {
            robot.interact(() -> {
                about[0].close();
                window.appearance().setTextSizePercent(100);
            });
        }
    }

    @Test
    void atTwiceTheTextSizeNothingIsClippedAt1366By768(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            window.appearance().setTextSizePercent(200);
            timeline().setSelectedEvent(timeline().getContent().event("cfe-signed"));
        });
        waitUntil(() -> !timeline().isAnimating());

        List<String> clipped = new ArrayList<>();
        clipped(stage.getScene().getRoot(), clipped);

        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 28.0px");
        assertThat(clipped).as("labels cut short at 200%").isEmpty();
        // The toolbar's icons grow with the words: 18 pixels at 100%, 36 at 200%.
        Node icon = robot.lookup(".tool-bar .icon").query();
        assertThat(icon.getLayoutBounds().getWidth()).isCloseTo(36, Offset.offset(0.5));
        // At this size some toolbar buttons go into its overflow menu, never the search field: it stays in sight for Ctrl+F.
        Node search = robot.lookup("#search").query();
        assertThat(search.getScene()).as("the search field in the window, not in an overflow menu").isSameAs(stage.getScene());
        Bounds field = search.localToScene(search.getBoundsInLocal());
        assertThat(field.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(field.getWidth()).isGreaterThan(100);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(search::isFocused);
        // The matches grow with the words too, and a long title wraps rather than being cut.
        robot.write("missile defence radar"); // the longest title of the bundled timeline
        waitUntil(() -> robot.lookup(".search-popup").query().isVisible());
        Region matches = robot.lookup("#search-results").queryAs(Region.class);
        assertThat(matches.getWidth()).isGreaterThan(2 * 460 - 1);
        assertThat(matches.localToScene(matches.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(matches.lookupAll(".scroll-bar").stream().filter(bar -> ((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL)
                .filter(Node::isVisible).toList()).as("a scroll bar sideways: titles wider than the list").isEmpty();
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> window.appearance().setTextSizePercent(100));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(icon.getLayoutBounds().getWidth()).isCloseTo(18, Offset.offset(0.5));
    }

    /**
     * Every menu fits a 768-pixel screen below the menu bar, whole: in a View menu of 28 commands,
     * Text Size and Language were behind a scroll arrow on a classroom projector.
     */
    @Test
    void everyMenuFitsA768PixelScreen(FxRobot robot) {
        waitForTimeline(77);
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        double room = 768 - bar.localToScreen(bar.getBoundsInLocal()).getMaxY() + bar.localToScreen(0, 0).getY();
        for (javafx.scene.control.Menu menu : bar.getMenus()) {
            robot.interact(menu::show);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node items = robot.lookup(".context-menu").queryAll().stream().filter(javafx.scene.Node::isVisible)
                    .reduce((a, b) -> b).orElseThrow();
            double height = items.prefHeight(-1);
            robot.interact(menu::hide);
            assertThat(height).as("%s's height", menu.getText()).isLessThanOrEqualTo(room);
        }
    }
}
