package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.EventFilter;
import org.chronoline.model.find.Citation;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a student revising does: search, step through matches, filter, read as a list, follow links, cite. */
class FindingTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !timeline().isAnimating());
    }

    /**
     * The selected event's summary and description mark the words the search found, so that a
     * student sees why it was found; a screen reader still hears the whole text. Before, only the
     * list of matches marked them.
     */
    @Test
    void theSidePanelMarksTheWordsTheSearchFound(FxRobot robot) {
        waitForTimeline(77);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("extraordinary");
        waitUntil(() -> timeline().getMatches() != null && timeline().getMatches().contains("putin-cfe-decree"));
        TimelineEvent decree = timeline().getContent().event("putin-cfe-decree");
        robot.interact(() -> timeline().select(decree));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.TextFlow summary = robot.lookup("#details .details-summary").queryAs(javafx.scene.text.TextFlow.class);
        List<String> marked = summary.getChildren().stream().filter(n -> n.getStyleClass().contains("search-match"))
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
        assertThat(marked).containsExactly("extraordinary");
        assertThat(HighlightedText.textOf(summary)).isEqualTo(decree.summary());
        javafx.scene.Node heading = robot.lookup("#details .details-title").query();
        assertThat(heading.getAccessibleText()).as("heard whole").contains(decree.summary());

        robot.interact(() -> window.finder().queryProperty().set(org.chronoline.model.find.SearchQuery.parse("")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat((Object) robot.lookup("#details .details-summary").query()).as("no search: a label again").isInstanceOf(javafx.scene.control.Label.class);
    }

    /** A result whose title and date do not show "lavrov" (he is among the people) says where it is. */
    @Test
    void aResultSaysWhyItMatchedWhenItsTitleDoesNot(FxRobot robot) {
        waitForTimeline(77);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("lavrov");
        waitUntil(() -> timeline().getMatches() != null && timeline().getMatches().size() == 3);
        settle();

        List<String> snippets = robot.lookup("#search-results .search-result").queryAll().stream()
                .map(box -> ((javafx.scene.layout.VBox) box).getChildren()).filter(parts -> parts.size() == 3)
                .map(parts -> ((javafx.scene.text.TextFlow) parts.get(2)).getChildren().stream()
                        .map(t -> ((javafx.scene.text.Text) t).getText()).collect(java.util.stream.Collectors.joining()))
                .toList();
        assertThat(snippets).hasSize(3).allMatch(s -> s.contains("Lavrov"));
    }

    /** "Putin" listed the signing of the CFE Treaty in 1990 with a line that did not say it was the title of a source. */
    @Test
    void aResultSaysWhichFieldItMatchedIn(FxRobot robot) {
        waitForTimeline(77);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("putin");
        waitUntil(() -> timeline().getMatches() != null && timeline().getMatches().contains("cfe-signed"));
        settle();
        ListView<?> list = robot.lookup("#search-results").queryListView();
        robot.interact(() -> list.scrollTo(list.getItems().indexOf(timeline().getContent().event("cfe-signed"))));
        settle();
        ListCell<?> signing = robot.lookup("#search-results .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && ((org.chronoline.model.TimelineEvent) c.getItem()).id().equals("cfe-signed")).findFirst().orElseThrow();
        javafx.scene.text.TextFlow why = (javafx.scene.text.TextFlow) ((javafx.scene.layout.VBox) signing.getGraphic()).getChildren().get(2);
        javafx.scene.text.Text field = (javafx.scene.text.Text) why.getChildren().get(0);
        assertThat(field.getText()).isEqualTo("Source: ");
        assertThat(field.getStyleClass()).as("not marked as a match").doesNotContain("search-match");
        assertThat(signing.getAccessibleText()).contains("\nSource: ").containsIgnoringCase("putin");
    }

    @Test
    void typingAQueryHighlightsAndCountsTheMatches(FxRobot robot) {
        waitForTimeline(77);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("lavrov");
        waitUntil(() -> timeline().getMatches() != null && timeline().getMatches().size() == 3);

        assertThat(timeline().getMatches()).containsExactlyInAnyOrder("two-plus-two-moscow", "second-two-plus-two", "new-start-in-force");
        assertThat(status(robot)).endsWith("· 3 matches");
        assertThat(robot.lookup("#search-results").queryListView().getItems()).hasSize(3);
        settle();
        // The list of matches is as tall as its three matches: no empty rows under them hiding the timeline.
        ListView<?> list = robot.lookup("#search-results").queryListView();
        Bounds shown = list.localToScene(list.getLayoutBounds());
        List<ListCell<?>> emptyRowsInView = robot.lookup("#search-results .list-cell").queryAllAs(ListCell.class).stream()
                .<ListCell<?>>map(c -> c)
                .filter(c -> c.isVisible() && c.isEmpty() && shown.intersects(c.localToScene(c.getLayoutBounds())))
                .toList();
        assertThat(emptyRowsInView).isEmpty();
        // A screen reader hears each match: the cells are pictures of text, with no text of their own.
        assertThat(robot.lookup("#search-results .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty()).map(c -> c.getAccessibleText()))
                .as("its title, its date, and why it matched").anyMatch(heard -> heard.startsWith(
                        "US-Russia “two-plus-two” talks in Moscow, 12 October 2007\n") && heard.contains("Lavrov"));

        // The window narrowed while the list is open: the list stays under the field, which moved with the window's edge.
        robot.interact(() -> stage.setWidth(stage.getWidth() - 200));
        settle();
        Node field = robot.lookup("#search").query();
        Bounds under = field.localToScene(field.getLayoutBounds());
        Bounds moved = list.localToScene(list.getLayoutBounds());
        assertThat(moved.getMinY()).isCloseTo(under.getMaxY(), offset(12.0));
        assertThat(moved.getMaxX()).as("not left behind past the window's edge").isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(moved.getMaxX()).isGreaterThanOrEqualTo(under.getMinX());
    }

    @Test
    void f3AndShiftF3StepThroughTheMatchesInTheListsOrder(FxRobot robot) {
        waitForTimeline(77);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("\"two-plus-two\"");
        waitUntil(() -> timeline().getMatches() != null && timeline().getMatches().size() == 2);

        assertThat(robot.lookup(".search-popup").query().isVisible()).as("the list of matches while typing").isTrue();
        robot.type(KeyCode.F3);
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("two-plus-two-moscow");
        assertThat(status(robot)).endsWith("· 1 of 2 matches");
        assertThat(timeline().eventBounds("two-plus-two-moscow")).as("brought into view").isNotNull();
        // The match is chosen: the list no longer covers its details (it covered the title, date and summary).
        assertThat(robot.lookup(".search-popup").query().isVisible()).as("the list after F3").isFalse();

        robot.type(KeyCode.ENTER);
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("second-two-plus-two");
        assertThat(status(robot)).endsWith("· 2 of 2 matches");

        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("two-plus-two-moscow");
        assertThat(robot.lookup(".search-popup").query().isVisible()).as("the list after Enter and F3").isFalse();

        robot.type(KeyCode.DOWN);
        waitUntil(() -> robot.lookup(".search-popup").query().isVisible());
        assertThat(robot.lookup("#search-results").queryListView().isFocused()).as("Down opens the list again, in it").isTrue();
    }

    /**
     * The list of matches opens as something is typed, with Down or a click in the field: not when
     * Tab or Shift+Tab pass through a field that holds a search, where it covered the timeline.
     */
    @Test
    void theKeysPassingThroughTheSearchFieldLeaveTheListClosed(FxRobot robot) {
        waitForTimeline(77);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("treaty");
        waitUntil(() -> robot.lookup(".search-popup").query().isVisible());
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(robot.lookup(".search-popup").query().isVisible()).isFalse();

        robot.type(KeyCode.TAB);
        settle();
        assertThat(stage.getScene().getFocusOwner()).isNotSameAs(robot.lookup("#search").query());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        settle();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(robot.lookup("#search").query());
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".search-popup").query().isVisible()).as("back in the field by Shift+Tab").isFalse();

        robot.type(KeyCode.END).type(KeyCode.S);
        waitUntil(() -> robot.lookup(".search-popup").query().isVisible());
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(robot.lookup(".search-popup").query().isVisible()).isFalse();
        robot.clickOn("#search");
        waitUntil(() -> robot.lookup(".search-popup").query().isVisible());
    }

    /**
     * "Moscow Treaty" typed: the list starts with the treaty's two events, and Enter goes to the
     * first of them, wherever the selection was. In time order the treaty came seventh, after
     * every event whose text named Moscow and a treaty, and Enter went to the next match after
     * the selected event.
     */
    @Test
    void theListStartsWithTheTitlesThatSayWhatWasTypedAndEnterTakesTheFirst(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("new-start-expires")));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("moscow treaty");
        waitUntil(() -> timeline().getMatches() != null && timeline().getMatches().contains("sort-signed"));

        List<String> listed = robot.lookup("#search-results").queryListView().getItems().stream()
                .map(item -> ((org.chronoline.model.TimelineEvent) item).id()).toList();
        assertThat(listed).hasSizeGreaterThan(2).startsWith("sort-signed", "sort-in-force");
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("sort-signed");
        assertThat(status(robot)).endsWith("· 1 of " + listed.size() + " matches");
        robot.type(KeyCode.F3);
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("sort-in-force");
    }

    /**
     * A match in a lane below the visible ones, at a zoom that already shows its date: the lanes
     * scroll to it and it is drawn at once (the scroll was made while painting, and the frame that
     * showed it waited for the pointer to move over the timeline).
     */
    @Test
    void aMatchBelowTheVisibleLanesIsDrawnAtOnce(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        waitForTimeline(77);
        settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("moratorium");
        waitUntil(() -> timeline().getMatches() != null && timeline().getMatches().size() == 5);

        for (int step = 0; step < 3; step++) {
            robot.type(KeyCode.F3);
            settle();
            String selected = timeline().getSelectedEvent().id();
            assertThat(timeline().shownLaneScroll()).as("drawn as scrolled, step %d", step).isEqualTo(timeline().laneScrollProperty().get());
            assertThat(timeline().eventBounds(selected)).as("%s drawn", selected).isNotNull();
        }
    }

    /** Go to Date says on the status line what it shows. */
    @Test
    void goToDateSaysWhatItShows(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#goto-date").tryQuery().isPresent());
        robot.clickOn("#goto-date").write("July 2007").type(KeyCode.ENTER);
        // The status line said what it said before ("Text size 100%"), as if nothing had happened.
        waitUntil(() -> status(robot).equals("Showing July 2007"));
    }

    /**
     * Go to Date with an event selected in the period brings it whole into view: the rows pack anew
     * at the new zoom and the lanes kept their scroll, so it could sit half under their top edge.
     */
    @Test
    void goToDateKeepsTheSelectedEventWholeInView(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        waitForTimeline(77);
        settle();
        List<String> checked = new java.util.ArrayList<>();
        for (org.chronoline.model.TimelineEvent event : timeline().getContent().events().inTimeOrder()) {
            if (event.start().year() < 1985 || checked.size() >= 12) {
                continue;
            }
            robot.interact(() -> timeline().select(event));
            settle();
            // The reader scrolls the lanes on until the event is half under their top edge.
            Bounds selected = timeline().eventBounds(event.id());
            double under = selected.getMinY() - timeline().lanesBounds().getMinY() + selected.getHeight() / 2;
            robot.interact(() -> timeline().setLaneScroll(timeline().shownLaneScroll() + under));
            settle();
            if (checked.isEmpty()) {
                robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
                waitUntil(() -> robot.lookup("#goto-date").tryQuery().isPresent());
                robot.clickOn("#goto-date").write(String.valueOf(event.start().year())).type(KeyCode.ENTER);
            } else {
                robot.interact(() -> timeline().goTo(org.chronoline.model.HistoricalDate.ofYear(event.start().year())));
            }
            settle();
            Bounds item = timeline().eventBounds(event.id());
            Bounds lanes = timeline().lanesBounds();
            assertThat(item).as("%s drawn after going to its date", event.id()).isNotNull();
            assertThat(item.getMinY()).as("%s not under the lanes' top edge: %s in %s, scroll %s", event.id(), item, lanes, timeline().shownLaneScroll()).isGreaterThanOrEqualTo(lanes.getMinY() - 0.5);
            assertThat(item.getMaxY()).as("%s not under the bottom edge", event.id()).isLessThanOrEqualTo(lanes.getMaxY() + 0.5);
            checked.add(event.id());
        }
        assertThat(checked).hasSize(12);
    }

    @Test
    void uncheckingACategoryHidesItsEventsInTheTimelineAndTheList(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn("#filter-toggle");
        robot.clickOn("#legend-talks");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(timeline().getContent().events().size()).isEqualTo(70);
        assertThat(timeline().getContent().event("two-plus-two-moscow")).isNull();
        TableView<TimelineEvent> table = openList(robot);
        assertThat(table.getItems()).hasSize(70).noneMatch(e -> "talks".equals(e.category()));
        assertThat(status(robot)).startsWith("70 of 77 events shown");

        robot.clickOn("#filter-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getContent().events().size()).isEqualTo(77);
        assertThat(robot.lookup("#legend-talks").queryAs(CheckBox.class).isSelected()).isTrue();
    }

    /**
     * Under a filter the search counted only what the filter shows: "1 match" read as all there was,
     * the two others hidden in the "Talks" lane. The status says how many more the filter hides.
     */
    @Test
    void theMatchesAFilterHidesAreCounted(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn("#filter-toggle");
        robot.clickOn("#legend-talks");
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("lavrov");
        waitUntil(() -> timeline().getMatches() != null && timeline().getMatches().size() == 1);
        assertThat(status(robot)).endsWith("\u00b7 1 match, 2 more hidden by the filter");

        // An event edited into what the filter hides vanished with nothing said.
        robot.interact(() -> timeline().select(timeline().getContent().event("new-start-in-force")));
        robot.interact(() -> window.editing().editSelected()); // (the search's list of matches lies over the Edit button)
        waitUntil(() -> robot.lookup("#form-category").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#form-category").queryAs(javafx.scene.control.ComboBox.class).getEditor()
                .setText("Talks and negotiations"));
        robot.clickOn("#form-apply");
        settle();
        assertThat(status(robot)).contains("\u201cNew START enters into force\u201d is hidden by the filter: clear the filter to see it.");

        robot.clickOn("#filter-clear");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> timeline().getMatches().size() == 3);
        assertThat(status(robot)).contains("\u00b7 3 matches").doesNotContain("hidden");
    }

    /** Keyboard first: Ctrl+Shift+F opens the filters with the keys in them, and closes them with the keys back on the timeline. */
    @Test
    void theFilterKeyTakesTheKeysIntoThePanelAndBack(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> stage.getScene().getFocusOwner() != null && stage.getScene().getFocusOwner().getId() != null
                && stage.getScene().getFocusOwner().getId().startsWith("legend-"));

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getContent().events().size()).as("the first category hidden from the keyboard").isLessThan(77);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> stage.getScene().getFocusOwner() == timeline());

        // The panel closed, the Filter button still says that not every event is shown.
        javafx.scene.control.ToggleButton button = robot.lookup("#filter-toggle").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(button.isSelected()).isFalse();
        assertThat(button.getGraphic()).as("a mark").isNotNull();
        assertThat(button.getGraphic().isVisible()).isTrue();
        assertThat(button.getAccessibleText()).isEqualTo("Filter, on: some events are hidden");
        robot.interact(() -> window.finder().filterProperty().set(org.chronoline.model.find.EventFilter.NONE));
        assertThat(button.getGraphic()).as("every event shown: no mark").isNull();
        assertThat(button.getAccessibleText()).isEqualTo("Filter");
    }

    /**
     * The tag and person lists open from the keyboard (Space, Enter, F4 or Alt+Down), their items
     * are checked with Space and Esc closes them, the keys back on the list: ControlsFX's check
     * combo box opened only with the mouse (a keyboard-only walk-through found no way to filter by person).
     */
    @Test
    void theTagAndPersonListsOpenAndCheckFromTheKeyboard(FxRobot robot) {
        waitForTimeline(77);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#filter-tags").tryQuery().isPresent());
        for (String id : List.of("#filter-tags", "#filter-actors")) {
            @SuppressWarnings("unchecked")
            org.controlsfx.control.CheckComboBox<String> box = robot.lookup(id).queryAs(org.controlsfx.control.CheckComboBox.class);
            javafx.scene.control.ComboBox<?> inner = (javafx.scene.control.ComboBox<?>) box.lookupAll(".combo-box").stream()
                    .filter(javafx.scene.control.ComboBox.class::isInstance).findFirst().orElseThrow();
            for (KeyCode[] opening : List.of(new KeyCode[] {KeyCode.SPACE}, new KeyCode[] {KeyCode.ENTER}, new KeyCode[] {KeyCode.F4},
                    new KeyCode[] {KeyCode.ALT, KeyCode.DOWN})) {
                robot.interact(box::requestFocus);
                robot.press(opening).release(opening);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(inner.isShowing()).as("%s opened by %s", id, List.of(opening)).isTrue();
                robot.type(KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(inner.isShowing()).as("%s closed by Esc", id).isFalse();
                assertThat(stage.getScene().getFocusOwner()).as("the keys back on %s", id).isSameAs(box);
            }
            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();
            robot.type(KeyCode.DOWN, KeyCode.DOWN).type(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(box.getCheckModel().getCheckedItems()).as("checked with Space in %s", id).hasSize(1);
            assertThat(box.getTitle()).as("what the box says").isEqualTo(box.getCheckModel().getCheckedItems().get(0));
            robot.type(KeyCode.ESCAPE);
            // Tab with the list open closes it and goes on; other keys stay the window's.
            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(inner.isShowing()).isTrue();
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(inner.isShowing()).as("%s closed by Tab", id).isFalse();
            assertThat(stage.getScene().getFocusOwner()).as("Tab went on from %s", id).isNotSameAs(box);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.finder().filterProperty().get().isEmpty()).as("a tag and a person chosen").isFalse();
        robot.interact(() -> window.finder().clearFilters());
        assertThat(robot.lookup("#filter-tags").queryAs(org.controlsfx.control.CheckComboBox.class).getTitle()).isEqualTo("Any tag");
        assertThat(robot.lookup("#filter-actors").queryAs(org.controlsfx.control.CheckComboBox.class).getTitle()).isEqualTo("Anyone");
    }

    /** The tag and person lists measure a few items for their width, not every one (20,000 different tags: seconds to drop down). */
    @Test
    void theFiltersTagAndPersonListsMeasureOnlyAFewItems(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn("#filter-toggle");
        waitUntil(() -> robot.lookup("#filter-tags").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#filter-tags", "#filter-actors")) {
            Node box = robot.lookup(id).query();
            assertThat(box.lookupAll(".combo-box")).as("the combo box shown inside " + id).isNotEmpty()
                    .allSatisfy(inner -> assertThat(inner.getProperties()).containsEntry(ComboBoxes.ROWS_TO_MEASURE, ComboBoxes.ROWS_MEASURED));
        }
    }

    /**
     * On a 1024 x 768 screen the list shows every date, title, category and place whole, on more
     * lines where needed ("30 October 1..." said nothing), and words stay whole, also beside the filters.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "filters open: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void theListShowsEveryCellWholeAt1024(boolean filtersOpen, FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        waitForTimeline(77);
        if (filtersOpen) {
            robot.clickOn("#filter-toggle"); // the list is narrower still: it scrolls sideways rather than break words
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> clipped = new java.util.ArrayList<>();
        clipped(robot.lookup("#event-table").query(), clipped);
        assertThat(clipped).as("cells drawn with an ellipsis").isEmpty();

        java.util.Set<javafx.scene.Node> cells = robot.lookup("#event-table .table-row-cell .table-cell").queryAll();
        int seen = 0;
        for (javafx.scene.Node node : cells) {
            javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) node;
            if (cell.isEmpty() || !cell.isVisible() || !(cell.getGraphic() instanceof javafx.scene.text.Text text) || text.getText().isEmpty()) {
                continue;
            }
            seen++;
            javafx.geometry.Bounds inCell = cell.getLayoutBounds();
            javafx.geometry.Bounds shown = cell.sceneToLocal(text.localToScene(text.getLayoutBounds()));
            assertThat(shown.getMaxY()).as("\"%s\" within its row", text.getText()).isLessThanOrEqualTo(inCell.getMaxY() + 0.5);
            assertThat(shown.getMaxX()).as("\"%s\" within its column", text.getText()).isLessThanOrEqualTo(inCell.getMaxX() + 0.5);
            for (String word : text.getText().split(" ")) {
                javafx.scene.text.Text alone = new javafx.scene.text.Text(word);
                alone.setFont(text.getFont());
                assertThat(alone.getLayoutBounds().getWidth()).as("\"%s\" fits its column unbroken", word)
                        .isLessThanOrEqualTo(text.getWrappingWidth());
            }
        }
        assertThat(seen).as("cells looked at").isGreaterThan(40);
        assertThat(robot.lookup("#event-table .list-date").queryAllAs(javafx.scene.control.TableCell.class))
                .anySatisfy(cell -> assertThat(cell.getItem()).isNotNull());
        // Every row's words, also those scrolled out of sight: "Kennebunkport," was broken in the 1990s' rows.
        TableView<TimelineEvent> table = robot.lookup("#event-table").queryAs(TableView.class);
        // Columns wider together than the list are reached by a scroll bar: beside the filters, Category and Where were
        // cut off its right edge with none (a constrained policy hides it).
        javafx.scene.Node rowsArea = table.lookup(".clipped-container");
        double columnsWidth = table.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        boolean sideways = table.lookupAll(".scroll-bar").stream().map(n -> (javafx.scene.control.ScrollBar) n)
                .anyMatch(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible());
        assertThat(columnsWidth <= rowsArea.getLayoutBounds().getWidth() + 1 || sideways)
                .as("columns %s wide in a list %s wide, a sideways scroll bar: %s", columnsWidth, rowsArea.getLayoutBounds().getWidth(), sideways)
                .isTrue();
        for (javafx.scene.control.TableColumn<TimelineEvent, ?> column : table.getColumns()) {
            javafx.scene.text.Text shown = cells.stream().map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                    .filter(cell -> cell.getTableColumn() == column && !cell.isEmpty() && cell.getGraphic() instanceof javafx.scene.text.Text)
                    .map(cell -> (javafx.scene.text.Text) cell.getGraphic()).findFirst().orElseThrow();
            for (TimelineEvent event : table.getItems()) {
                Object value = column.getCellObservableValue(event).getValue();
                String text = value instanceof TimelineEvent e ? e.dateText() : String.valueOf(value);
                for (String word : text.split(" ")) {
                    javafx.scene.text.Text alone = new javafx.scene.text.Text(word);
                    alone.setFont(shown.getFont());
                    assertThat(alone.getLayoutBounds().getWidth()).as("\"%s\" (%s) fits its column unbroken", word, column.getText())
                            .isLessThanOrEqualTo(shown.getWrappingWidth());
                }
            }
        }
    }

    /**
     * The list's menu (Shift+F10, the Menu key, a right-click) has the selected event's commands and Sort By each
     * column: the keyboard could not sort the list, whose headers take no keys, and Shift+F10 there did nothing.
     */
    @Test
    void theListsMenuSortsItFromTheKeyboard(FxRobot robot) {
        waitForTimeline(77);
        TableView<TimelineEvent> table = openList(robot);
        robot.type(KeyCode.DOWN);
        javafx.scene.control.Menu sortBy = listSortBy(robot);
        javafx.scene.control.ContextMenu menu = window.table().shownMenu();
        assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getText).contains("_Edit Event", "Sort By");
        assertThat(sortBy.getItems()).extracting(javafx.scene.control.MenuItem::getText).containsExactly("Date", "Title", "Category", "Where");

        robot.interact(() -> sortBy.getItems().get(1).fire());
        List<String> titles = table.getItems().stream().map(TimelineEvent::title).toList();
        assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        robot.interact(menu::hide);
        javafx.scene.control.Menu again = listSortBy(robot);
        assertThat(again.getItems().get(1).getText()).isEqualTo("Title");
        robot.interact(() -> again.getItems().get(1).fire());
        assertThat(table.getItems().stream().map(TimelineEvent::title).toList()).as("Title again: the other way round")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        robot.interact(() -> window.table().shownMenu().hide());
    }

    /**
     * Events that are not next to each other are selected from the keyboard in the list: Ctrl and the arrows move
     * without selecting, Ctrl+Space adds; the timeline selects them too, as Ctrl+click does there. The keyboard had
     * no way to, for a tour or a deletion (a keyboard walk-through).
     */
    @Test
    void theListSelectsEventsApartFromTheKeyboard(FxRobot robot) {
        waitForTimeline(77);
        TableView<TimelineEvent> table = openList(robot);
        robot.interact(() -> timeline().select(timeline().getContent().event(table.getItems().get(0).id())));
        robot.interact(table::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.SPACE).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String first = table.getItems().get(0).id();
        String third = table.getItems().get(2).id();
        assertThat(timeline().getSelectedIds()).containsExactlyInAnyOrder(first, third);
        assertThat(timeline().getSelectedEvent().id()).as("the one last added").isEqualTo(third);
        // Said, as the timeline's Shift+arrows say it: a teacher picking events for a tour saw the file's summary alone.
        waitUntil(() -> status(robot).equals("2 events selected: Edit > Edit Selected Events changes them together"));

        robot.interact(() -> timeline().select(timeline().getContent().event(table.getItems().get(5).id())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItems()).extracting(TimelineEvent::id).containsExactly(table.getItems().get(5).id());
        waitUntil(() -> !status(robot).contains("selected"));
        robot.interact(() -> timeline().toggleSelected(timeline().getContent().event(first)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItems()).extracting(TimelineEvent::id).as("a Ctrl+click on the timeline, here too")
                .containsExactlyInAnyOrder(first, table.getItems().get(5).id());
    }

    /** Ctrl+L: the list, with the keys. */
    private static TableView<TimelineEvent> openList(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<TimelineEvent> table = robot.lookup("#event-table").queryAs(TableView.class);
        return table;
    }

    /** Shift+F10 in the list: its menu, whose last item is Sort By. */
    private javafx.scene.control.Menu listSortBy(FxRobot robot) {
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        waitUntil(() -> window.table().menuShowing());
        List<javafx.scene.control.MenuItem> items = window.table().shownMenu().getItems();
        return (javafx.scene.control.Menu) items.get(items.size() - 1);
    }

    @Test
    void selectingInTheListSelectsOnTheTimelineAndBack(FxRobot robot) {
        waitForTimeline(77);
        TableView<TimelineEvent> table = openList(robot);
        assertThat(table.getItems().get(0).id()).as("in time order").isEqualTo("abm-signed");

        robot.clickOn(robot.lookup("#event-table .table-row-cell").nth(3).queryAs(javafx.scene.Node.class), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo(table.getItems().get(3).id());

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getSelectedEvent().id()).as("keyboard moves the shared selection").isEqualTo(table.getItems().get(4).id());

        robot.interact(() -> timeline().select(timeline().getContent().event("cfe-signed")));
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo("cfe-signed");
    }

    /** Letters typed in the list go to the titles that begin with them: only the arrows reached a title. */
    @Test
    void lettersTypedInTheListGoToTheTitlesBeginningWithThem(FxRobot robot) {
        waitForTimeline(77);
        TableView<TimelineEvent> table = openList(robot);
        robot.clickOn(robot.lookup("#event-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> vienna = table.getItems().stream().map(TimelineEvent::title).filter(t -> t.startsWith("Vienna")).toList();

        robot.write("v");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getSelectedEvent().title()).isEqualTo(vienna.get(0));
        robot.write("v");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getSelectedEvent().title()).as("the same letter again: the next").isEqualTo(vienna.get(1));

        robot.sleep(TypeAhead.PAUSE_MILLIS + 200);
        robot.write("cfe t");
        WaitForAsyncUtils.waitForFxEvents();
        List<TimelineEvent> rows = List.copyOf(table.getItems());
        int from = rows.indexOf(rows.stream().filter(e -> e.title().equals(vienna.get(1))).findFirst().orElseThrow());
        TimelineEvent next = java.util.stream.IntStream.range(1, rows.size()).mapToObj(i -> rows.get((from + i) % rows.size()))
                .filter(e -> e.title().startsWith("CFE T")).findFirst().orElseThrow();
        assertThat(timeline().getSelectedEvent()).as("\"CFE T\" after the row the keys were on, its space typed too").isEqualTo(next);
        int row = table.getSelectionModel().getSelectedIndex();
        assertThat(table.getFocusModel().getFocusedIndex()).as("the keys' place").isEqualTo(row);
        javafx.scene.Node shown = robot.lookup("#event-table .table-row-cell")
                .match(n -> n.isVisible() && ((javafx.scene.control.TableRow<?>) n).getIndex() == row).query();
        javafx.geometry.Bounds rowBounds = shown.localToScene(shown.getBoundsInLocal());
        javafx.scene.Node viewport = table.lookup(".clipped-container");
        javafx.geometry.Bounds inView = viewport.localToScene(viewport.getBoundsInLocal());
        assertThat(rowBounds.getMinY()).as("the row in view").isGreaterThanOrEqualTo(inView.getMinY() - 0.5);
        assertThat(rowBounds.getMaxY()).as("the row in view").isLessThanOrEqualTo(inView.getMaxY() + 0.5);
    }

    /**
     * A filter that leaves none of its events in view has the view go to them: a tag chosen while
     * zoomed into the 1990s, without its events, showed an empty timeline under "3 of 77 events
     * shown" (phone walk-through). One that leaves some in view keeps the view.
     */
    @Test
    void aFilterWhoseEventsAreAllOutOfViewBringsThemIntoView(FxRobot robot) {
        waitForTimeline(77);
        double from = HistoricalDate.ofYear(1993).startSecond();
        double to = HistoricalDate.ofYear(1998).startSecond();
        robot.interact(() -> timeline().show(from, to));
        settle();
        double shownFrom = timeline().getScale().startSecond();
        robot.interact(() -> window.finder().filterProperty().set(EventFilter.NONE.withTags(Set.of("CFE"))));
        settle();
        assertThat(timeline().getScale().startSecond()).as("CFE events in view: the view kept").isEqualTo(shownFrom);

        robot.interact(() -> window.finder().filterProperty().set(EventFilter.NONE.withTags(Set.of("ABM"))));
        settle();
        List<TimelineEvent> shown = timeline().getContent().events().inTimeOrder();
        double viewFrom = timeline().getScale().startSecond();
        double viewTo = timeline().getScale().secondAt(timeline().getViewportWidth());
        assertThat(shown).as("the ABM events").isNotEmpty()
                .allMatch(e -> e.startSecond() >= viewFrom && e.endSecond() <= viewTo, "in view");

        // An empty period chosen on purpose stays in view when the filter is cleared.
        robot.interact(() -> timeline().goTo(HistoricalDate.ofYear(2075)));
        settle();
        double chosen = timeline().getScale().startSecond();
        robot.interact(() -> window.finder().clearFilters());
        settle();
        assertThat(timeline().getScale().startSecond()).as("Go To Date's period kept").isEqualTo(chosen);
    }

    /**
     * The list opened with Ctrl+L for the first time starts at the event selected on the timeline: the
     * keys went to its first row, and Down moved from the top (keyboard walk-through, "Lobster summit").
     */
    @Test
    void theListFirstOpenedStartsAtTheSelectedEvent(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("kennebunkport-summit")));
        TableView<TimelineEvent> table = openList(robot);
        int row = table.getSelectionModel().getSelectedIndex();
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo("kennebunkport-summit");
        assertThat(table.getFocusModel().getFocusedIndex()).as("the keys' place").isEqualTo(row);

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getSelectedEvent().id()).as("Down from there").isEqualTo(table.getItems().get(row + 1).id());
    }

    @Test
    void followsRelatedEventsBothWaysAndComesBack(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("putin-cfe-decree")));
        robot.interact(() -> robot.lookup("#details .details-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));

        // Grouped by what the links mean, both ways: the conference led to the decree, the decree led to
        // the suspension and the Duma's vote, the talks answered it; the proposal is only "see also".
        assertThat(relatedLinks(robot)).containsExactly("Extraordinary CFE Conference in Vienna", "Russia’s CFE suspension takes effect",
                "State Duma passes the CFE suspension law", "US-Russia “two-plus-two” talks in Moscow", "Putin proposes a CFE moratorium");
        assertThat(robot.lookup(".details-heading").queryAllAs(javafx.scene.control.Label.class).stream().map(Label::getText))
                .containsSubsequence("FOLLOWED FROM", "LED TO", "ANSWERED BY", "SEE ALSO");

        robot.clickOn(robot.lookup(".details-related-link").lookup(org.testfx.matcher.control.LabeledMatchers.hasText(
                "US-Russia “two-plus-two” talks in Moscow")).queryAs(javafx.scene.control.Hyperlink.class));
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("two-plus-two-moscow");

        robot.clickOn("#details-back");
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("putin-cfe-decree");
    }

    /** A filter that hides every event says so over the timeline, which was simply blank. */
    @Test
    void aFilterThatHidesEveryEventSaysSoOverTheTimeline(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> window.finder().filterProperty().set(org.chronoline.model.find.EventFilter.NONE.withTags(java.util.Set.of("no such tag"))));
        waitUntil(() -> robot.lookup("#none-shown").tryQuery().isPresent() && robot.lookup("#none-shown").query().isVisible());
        assertThat(robot.lookup("#none-shown").queryAs(Label.class).getText())
                .isEqualTo("No event matches the filter. Clear All Filters shows every event again.");

        robot.interact(() -> window.finder().clearFilters());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#none-shown").query().isVisible()).isFalse();
    }

    /** Only the summits shown, Reykjavik's related link to the INF Treaty's signing, which the filter hides, followed. */
    private void followTheInfTreatyFromReykjavikAmongSummits(FxRobot robot) {
        waitForTimeline(77);
        showOnly(robot, "summit");
        robot.interact(() -> timeline().select(timeline().getContent().event("reykjavik-summit")));
        robot.interact(() -> robot.lookup(".details-related-link").lookup(org.testfx.matcher.control.LabeledMatchers.hasText("INF Treaty signed"))
                .queryAs(javafx.scene.control.Hyperlink.class).fire());
        settle();
    }

    /** A related event the filter hides: the filter is cleared to show it, and the status line says so ("77 events" was all it said). */
    @Test
    void followingARelatedEventTheFilterHidesSaysTheFilterWasCleared(FxRobot robot) {
        followTheInfTreatyFromReykjavikAmongSummits(robot);
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("inf-signed");
        assertThat(timeline().getContent().events().size()).isEqualTo(77);
        assertThat(status(robot)).isEqualTo("The filter was cleared to show “INF Treaty signed”.");

        // Back puts the filter back: it stayed off, and the summits chosen were lost for one look (a walk-through).
        robot.interact(() -> robot.lookup("#details-back").queryButton().fire());
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("reykjavik-summit");
        assertThat(window.finder().filterProperty().get()).isNotEqualTo(org.chronoline.model.find.EventFilter.NONE);
        assertThat(timeline().getContent().document().events()).as("the summits alone again").hasSize(5)
                .allSatisfy(e -> assertThat(e.category()).isEqualTo("summit"));
        assertThat(status(robot)).isEqualTo("Back to “" + timeline().getSelectedEvent().title() + "”, with the filter you had.");
    }

    /** The saved view whose filter Back puts back is named again: its filter came back, its name stayed blank. */
    @Test
    void backNamesTheSavedViewItPutsBack(FxRobot robot) {
        waitForTimeline(77);
        showOnly(robot, "summit");
        org.chronoline.model.SavedView summits = new org.chronoline.model.SavedView("summits", "Summits", window.finder().filterProperty().get(),
                org.chronoline.model.ExtraFields.NONE);
        robot.interact(() -> window.editing().perform(org.chronoline.model.edit.Edits.saveView(window.session().document(), summits)));
        robot.interact(() -> window.finder().clearFilters());
        robot.clickOn("#filter-toggle");
        javafx.scene.control.ComboBox<?> views = robot.lookup("#saved-views").queryComboBox();
        robot.interact(() -> views.getSelectionModel().select(0));
        settle();
        assertThat(views.getValue()).isEqualTo(summits);
        robot.interact(() -> timeline().select(timeline().getContent().event("reykjavik-summit")));
        robot.interact(() -> robot.lookup(".details-related-link").lookup(org.testfx.matcher.control.LabeledMatchers.hasText("INF Treaty signed"))
                .queryAs(javafx.scene.control.Hyperlink.class).fire());
        settle();
        assertThat(views.getValue()).as("the filter cleared: no view").isNull();

        robot.interact(() -> robot.lookup("#details-back").queryButton().fire());
        settle();

        assertThat(window.finder().filterProperty().get()).isEqualTo(summits.filter());
        assertThat(views.getValue()).as("named again").isEqualTo(summits);
        assertThat(((javafx.scene.control.ListCell<?>) views.getButtonCell()).getText()).isEqualTo("Summits");
    }

    /** A filter chosen after following the link is the reader's newer choice: Back keeps it. */
    @Test
    void backKeepsAFilterChosenSinceTheLinkClearedOne(FxRobot robot) {
        followTheInfTreatyFromReykjavikAmongSummits(robot);
        org.chronoline.model.find.EventFilter since = org.chronoline.model.find.EventFilter.NONE.withTags(java.util.Set.of("INF"));
        robot.interact(() -> window.finder().filterProperty().set(since));
        settle();
        robot.interact(() -> robot.lookup("#details-back").queryButton().fire());
        settle();
        assertThat(window.finder().filterProperty().get()).as("the tag chosen since stands (Reykjavik has it)").isEqualTo(since);
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("reykjavik-summit");
        assertThat(status(robot)).doesNotStartWith("Back to");
    }

    /** Following a related event by keyboard keeps the keys in the side panel: they went to the Timeline tab's header. */
    @Test
    void followingARelatedEventByKeyboardKeepsTheKeysInThePanel(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().select(timeline().getContent().event("putin-cfe-decree")));
        javafx.scene.control.Hyperlink talks = robot.lookup(".details-related-link").lookup(org.testfx.matcher.control.LabeledMatchers.hasText(
                "US-Russia “two-plus-two” talks in Moscow")).queryAs(javafx.scene.control.Hyperlink.class);
        robot.interact(talks::requestFocus);
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("two-plus-two-moscow");
        javafx.scene.Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).as("the keys in the panel").isNotNull();
        assertThat(robot.lookup("#details").query().lookupAll("*")).as("the keys in the panel, on %s", focused).contains(focused);

        robot.interact(() -> robot.lookup("#details-back").query().requestFocus());
        robot.type(KeyCode.SPACE);
        settle();
        assertThat(timeline().getSelectedEvent().id()).isEqualTo("putin-cfe-decree");
        javafx.scene.Node after = stage.getScene().getFocusOwner();
        assertThat(robot.lookup("#details").query().lookupAll("*")).as("after Back, on %s", after).contains(after);
    }

    private static java.util.List<String> relatedLinks(FxRobot robot) {
        return robot.lookup(".details-related-link").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                .map(javafx.scene.control.Hyperlink::getText).toList();
    }

    @Test
    void copiesTheSelectedEventAsACitation(FxRobot robot) {
        waitForTimeline(77);
        TimelineEvent signed = timeline().getContent().event("cfe-signed");
        robot.interact(() -> timeline().select(signed));
        robot.clickOn(timeline().localToScreen(600, 20), MouseButton.PRIMARY);
        robot.interact(() -> timeline().select(signed));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        assertThat(copied).isEqualTo(Citation.of(signed, "Arms Control in Europe, 1972–2026"));
        assertThat(copied).startsWith("CFE Treaty signed in Paris (19 November 1990).").contains("https://www.osce.org/node/58665");
    }

    /**
     * A date typed wrong in the filter (not a date, or an end before the start) is left out until it
     * is mended, and said: while "1990" was typed after a To of 1980, "199" went on filtering, and
     * the range said one thing and did another. The field keeps what was typed.
     */
    @Test
    void aFilterDateTypedWrongIsLeftOutUntilItIsMended(FxRobot robot) {
        waitForTimeline(77);
        robot.clickOn("#filter-toggle");
        waitUntil(() -> robot.lookup("#filter-from").tryQuery().isPresent());
        javafx.scene.control.TextField from = robot.lookup("#filter-from").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn("#filter-to").write("1980");
        robot.clickOn(from).write("1990");
        WaitForAsyncUtils.waitForFxEvents();
        org.chronoline.model.find.EventFilter filter = window.finder().filterProperty().get();
        assertThat(filter.from()).as("an end before the start: the From typed is left out").isNull();
        assertThat(filter.to()).isEqualTo(org.chronoline.model.IsoDates.parse("1980"));
        assertThat(from.getText()).as("kept as typed").isEqualTo("1990");
        assertThat(robot.lookup("#filter-range-problem").queryAs(Label.class).getText()).isEqualTo("The end is before the start");

        robot.interact(() -> from.setText("1975"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.finder().filterProperty().get().from()).isEqualTo(org.chronoline.model.IsoDates.parse("1975"));
        assertThat(robot.lookup("#filter-range-problem").queryAs(Label.class).getText()).isEmpty();
        robot.interact(() -> from.setText("abc"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.finder().filterProperty().get().from()).as("no date: left out").isNull();
        assertThat(from.getText()).isEqualTo("abc");
        assertThat(robot.lookup("#filter-range-problem").queryAs(Label.class).getText()).startsWith("Not a date: ");
        // "90" is the year 90, and filters so: a student saw nearly every event, with nothing said.
        robot.interact(() -> from.setText("90"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.finder().filterProperty().get().from()).isEqualTo(org.chronoline.model.IsoDates.parse("0090"));
        long meant = org.chronoline.model.DateInput.recentYearMeant("90", java.time.Year.now().getValue());
        assertThat(robot.lookup("#filter-range-problem").queryAs(Label.class).getText())
                .isEqualTo("\u201c90\u201d is read as the year 90 CE; for " + meant + ", write all four digits");
        robot.interact(() -> from.setText("00"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#filter-range-problem").queryAs(Label.class).getText()).as("the year 0 is 1 BCE, and says so").isEmpty();
        robot.interact(() -> from.setText("5/6/1990"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#filter-range-problem").queryAs(Label.class).getText())
                .isEqualTo("Not a date: \u201c5/6/1990\u201d may be 5 June 1990 or 6 May 1990; write the month in words");
        robot.interact(() -> from.setText("abc"));
        WaitForAsyncUtils.waitForFxEvents();

        // Another choice of the filter (a category) leaves the text being mended as it is; it went blank.
        robot.clickOn("#legend-talks");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from.getText()).isEqualTo("abc");
        // A range that starts with the year and ends in one of its months is a range, as the page has it.
        javafx.scene.control.TextField to = robot.lookup("#filter-to").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            from.setText("2007");
            to.setText("July 2007");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.finder().filterProperty().get().to()).isEqualTo(org.chronoline.model.IsoDates.parse("2007-07"));
        assertThat(robot.lookup("#filter-range-problem").queryAs(Label.class).getText()).isEmpty();

        // With only a wrong date typed the filter is empty, and Clear All Filters still takes it away.
        robot.clickOn("#legend-talks");
        robot.interact(() -> {
            to.setText("");
            from.setText("abc");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#filter-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from.getText()).isEmpty();
        assertThat(robot.lookup("#filter-range-problem").queryAs(Label.class).getText()).isEmpty();
    }
}
