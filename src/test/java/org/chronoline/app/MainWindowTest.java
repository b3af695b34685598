package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.chronoline.io.Problem;
import org.chronoline.model.HistoricalDate;
import org.chronoline.view.TimeScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void showsTheBundledArmsControlTimelineFittedToAllEvents(FxRobot robot) {
        waitForTimeline(77);

        assertThat(stage.getTitle()).isEqualTo("Arms Control in Europe, 1972–2026 (events.json) — Chronoline");
        assertThat(robot.lookup("#nothing-open").tryQuery()).as("\"No timeline is open\", not even made").isEmpty();
        assertThat(robot.lookup("#no-events-yet").tryQuery()).as("\"No events yet\", not even made").isEmpty();
        assertThat(timeline().visibleLabels()).containsValues("CFE Treaty signed in Paris", "ABM Treaty signed");
        TimeScale scale = timeline().getScale();
        double[] extent = timeline().getContent().extent();
        assertThat(scale.xOf(extent[0])).as("first event in view").isBetween(0.0, timeline().getWidth());
        assertThat(scale.xOf(extent[1])).as("last event in view").isBetween(0.0, timeline().getWidth());
        assertThat(robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .isEqualTo("77 events · 1972 – 2026");
    }

    /** The years said beside a count are the shown events' own, not the eras' around them; one year is said once. */
    @Test
    void theYearsBesideTheCountAreThoseOfTheEventsShown(FxRobot robot) {
        waitForTimeline(77);
        showOnly(robot, "summit");

        assertThat(robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .isEqualTo("5 of 77 events shown · 1975 – 2008");
        assertThat(robot.lookup(".details-date").queryLabeled().getText()).isEqualTo("5 events, 1975 – 2008");
        assertThat(org.chronoline.model.DateText.years(org.chronoline.model.IsoDates.parse("2007-03").startSecond(),
                org.chronoline.model.IsoDates.parse("2007-10").endSecond())).isEqualTo("2007");
    }

    @Test
    void clickingAnEventShowsItsDetailsAndClickingEmptySpaceClearsThem(FxRobot robot) throws Exception {
        waitForTimeline(77);

        robot.clickOn(screenPointOf(robot, "cfe-signed"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(timeline().getSelectedEvent().id()).isEqualTo("cfe-signed");
        // The day kept on the line of its month (a non-breaking space), where the side panel wraps.
        assertThat(detailTexts(robot)).contains("CFE Treaty signed in Paris", "19\u00a0November 1990", "Paris", "NATO, Warsaw Pact")
                .anySatisfy(text -> assertThat(text).contains("22 states signed it in 1990"));
        Hyperlink osce = robot.lookup("#details .details-source-link").queryAs(Hyperlink.class);
        assertThat(osce.getText()).isEqualTo("Heads of State sign Treaty on Conventional Armed Forces in Europe (OSCE)");

        // Scrolled to, as a reader would: the description above it is longer than the panel at this size.
        robot.interact(() -> {
            javafx.scene.control.ScrollPane reading = (javafx.scene.control.ScrollPane) robot.lookup("#details .scroll-pane").query();
            javafx.scene.Node content = reading.getContent();
            double y = osce.localToScene(0, 0).getY() - content.localToScene(0, 0).getY();
            double room = content.getBoundsInLocal().getHeight() - reading.getViewportBounds().getHeight();
            reading.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(osce);
        assertThat(openedLinks).containsExactly("https://www.osce.org/node/58665");
        // Said, with what to do when no browser opens (the system may fail without JavaFX telling): Ctrl+C on the link.
        assertThat(window.statusText()).isEqualTo(
                "Asked the system to open https://www.osce.org/node/58665. If nothing opens, Ctrl+C on the link copies the address.");
        robot.interact(osce::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))).isEqualTo("https://www.osce.org/node/58665");
        assertThat(window.statusText()).isEqualTo("Address copied: https://www.osce.org/node/58665");
        assertThat(osce.getContextMenu().getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("Open Link", "Copy Link Address");
        // Ctrl+C elsewhere is not the link's: the menu's item put it on the whole window, copying the address over the clipboard.
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent mine = new javafx.scene.input.ClipboardContent();
            mine.putString("my notes");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(mine);
            timeline().requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())))
                .isEqualTo("my notes");

        robot.clickOn(emptySpotInTheLanes(), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getSelectedEvent()).isNull();
        assertThat(detailTexts(robot)).contains("Click an event on the timeline or in the list to read about it here, or press Home, End, [ or ] to select one on the timeline.");
    }

    /**
     * A long address is named by its site and its page's end, so that the status line keeps to one line at 1024 pixels:
     * the CVCE's address of the ABM Treaty (148 characters) took four lines over the timeline (a keyboard walk-through).
     */
    @Test
    void aLongAddressOpenedIsNamedShortInTheStatusLine(FxRobot robot) throws Exception {
        waitForTimeline(77);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            timeline().setSelectedEvent(timeline().getContent().event("abm-signed"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label said = robot.lookup(".status-label").query();
        double oneLine = said.getHeight();
        Hyperlink cvce = robot.lookup("#details .details-source-link").queryAllAs(Hyperlink.class).stream()
                .filter(link -> link.getText().contains("Anti-Ballistic")).findFirst().orElseThrow();
        robot.interact(cvce::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(openedLinks).singleElement().asString().startsWith("https://www.cvce.eu/").hasSizeGreaterThan(140);
        assertThat(window.statusText()).isEqualTo("Asked the system to open https://www.cvce.eu/en/obj/trea\u2026257b7b1eae0.html."
                + " If nothing opens, Ctrl+C on the link copies the address.");
        Thread.sleep(300); // the bar's height follows its text's a layout pass later
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) said.lookup(".text");
        assertThat(drawn.getText()).as("the sentence whole").isEqualTo(said.getText());
        assertThat(said.getHeight()).as("one line, as before").isLessThan(oneLine * 1.5);
    }

    @Test
    void theTwoPlusTwoTalksCiteTheRiaNovostiArticle(FxRobot robot) {
        waitForTimeline(77);

        robot.interact(() -> timeline().setSelectedEvent(timeline().getContent().event("two-plus-two-moscow")));

        assertThat(detailTexts(robot)).contains("12\u00a0October 2007", "Moscow");
        assertThat(robot.lookup("#details .details-source-link").queryAllAs(Hyperlink.class))
                .extracting(Hyperlink::getText).first().isEqualTo("Russia, U.S. fail to agree on key issues at defense talks");
    }

    /** A source in another language says so under its title, beside its publisher: the student knows before following it. */
    @Test
    void aSourceInAnotherLanguageSaysSo(FxRobot robot) {
        waitForTimeline(77);

        robot.interact(() -> timeline().setSelectedEvent(timeline().getContent().event("putin-signs-cfe-law")));

        assertThat(detailTexts(robot)).contains("Garant \u00b7 in Russian");
        // The event form shows it, to be changed.
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".form-source-language").queryAllAs(javafx.scene.control.TextField.class))
                .extracting(javafx.scene.control.TextField::getText).containsExactly("ru", "", "");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a copy of a file with one bad date, over the bundled timeline; returns its problems list. */
    @SuppressWarnings("unchecked")
    private TableView<Problem> openBrokenFile(FxRobot robot, Path dir) throws IOException {
        waitForTimeline(77);
        Path broken = dir.resolve("broken.json");
        Files.copy(Path.of("src/test/resources/files/bad-date.json"), broken);
        robot.interact(() -> window.open(broken));
        waitUntil(() -> robot.lookup(".problems-table").tryQuery().isPresent());
        return robot.lookup(".problems-table").queryAs(TableView.class);
    }

    @Test
    void openingABrokenFileListsItsProblemsAndKeepsTheTimelineThatWasOpen(FxRobot robot, @TempDir Path dir) throws IOException {
        TableView<Problem> table = openBrokenFile(robot, dir);
        assertThat(table.getItems()).extracting(p -> p.line() + ":" + p.column() + " " + p.describe())
                .containsExactly("6:45 events[1].start: \"2007-13-01\" is not a date (there is no month 13; months run from 1 to 12)");
        assertThat(robot.lookup(".problems-dialog .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("broken.json cannot be opened");
        assertThat(robot.lookup(".problems-intro").queryAs(Label.class).getText()).endsWith("The timeline that was open stays open.");
        assertThat(timeline().getContent().events()).extracting(e -> e.size()).isEqualTo(77);
        assertThat(stage.getTitle()).isEqualTo("Arms Control in Europe, 1972–2026 (events.json) — Chronoline");
        List<String> clipped = new ArrayList<>();
        clipped(robot.lookup(".problems-dialog").query(), clipped);
        assertThat(clipped).as("every cell whole, \"6:45\" too").isEmpty();
    }

    /** The reason a file cannot be opened is read whole in the dialog, however long, not cut off with an ellipsis. */
    @Test
    void aLongProblemIsShownWholeInTheProblemsList(FxRobot robot, @TempDir Path dir) throws IOException {
        waitForTimeline(77);
        Path deep = Files.createDirectories(dir.resolve("a folder with a long name").resolve("and another one inside it"));
        Path link = deep.resolve("loop.json");
        Files.createSymbolicLink(link, link); // "Too many levels of symbolic links", after the whole path

        robot.interact(() -> window.open(link));
        waitUntil(() -> robot.lookup(".problems-table").tryQuery().isPresent());

        Node pane = robot.lookup(".problems-dialog").query();
        assertThat(robot.lookup(".problems-table").queryAs(TableView.class).getVisibleLeafColumns())
                .as("no empty Line:Col and Field columns for a file with no place in it").extracting(c -> ((javafx.scene.control.TableColumnBase<?, ?>) c).getText())
                .containsExactly("Kind", "Problem");
        List<String> clipped = new ArrayList<>();
        clipped(pane, clipped);
        assertThat(clipped).isEmpty();
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup(".problems-table .problem-message").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> c.getItem() != null).findFirst().orElseThrow();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.getGraphic();
        assertThat(shown.getText()).contains(link.toString()).contains("symbolic links");
        javafx.geometry.Bounds text = shown.localToScene(shown.getLayoutBounds());
        javafx.geometry.Bounds room = cell.localToScene(cell.getLayoutBounds());
        assertThat(text.getMaxX()).as("every line within the column").isLessThanOrEqualTo(room.getMaxX());
        assertThat(text.getMaxY()).as("every line within the row").isLessThanOrEqualTo(room.getMaxY());
        assertThat(shown.getLayoutBounds().getHeight()).as("more than one line").isGreaterThan(1.5 * shown.getFont().getSize());
        javafx.scene.control.ScrollBar scroll = robot.lookup(".problems-table .scroll-bar:vertical").queryAs(javafx.scene.control.ScrollBar.class);
        assertThat(scroll.isVisible()).as("the one problem fits without scrolling").isFalse();

        TableView<?> table = robot.lookup(".problems-table").queryAs(TableView.class);
        javafx.scene.paint.Paint unselected = shown.getFill();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        // Every column of this list wraps now: the selected row's cells' own text colour is the measure.
        assertThat(shown.getFill()).as("selected, as light on the selection bar as a cell's text")
                .isNotEqualTo(unselected).isEqualTo(((javafx.scene.control.Labeled) robot.lookup(".problems-table .table-row-cell:selected .table-cell")
                        .queryAll().stream().filter(javafx.scene.control.Labeled.class::isInstance).findFirst().orElseThrow()).getTextFill());
    }

    /**
     * At twice the text size on a 768-line screen, the problems list takes the dialog's height and scrolls itself: it
     * kept its pixels, in a dialog that scrolled, and showed one problem with two scroll bars beside it (a themes
     * walk-through). Made taller, the dialog gives the list the room; Line:Col's title stays whole ("Lin...").
     */
    @Test
    void atTwiceTheTextTheProblemsListTakesTheDialogsHeight(FxRobot robot, @TempDir Path dir) throws IOException {
        waitForTimeline(77);
        Path many = dir.resolve("many.json");
        Files.copy(Path.of("src/test/resources/files/many-problems.json"), many);
        robot.interact(() -> window.appearance().setTextSizePercent(200));
        Stage[] dialog = new Stage[1];
        try {
            robot.interact(() -> window.open(many));
            waitUntil(() -> robot.lookup(".problems-table").tryQuery().isPresent());
            TableView<?> table = robot.lookup(".problems-table").queryAs(TableView.class);
            dialog[0] = (Stage) table.getScene().getWindow();
            robot.interact(() -> {
                dialog[0].setWidth(1000);
                dialog[0].setHeight(560); // about what a 1024 x 768 screen leaves it
            });
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.ScrollPane content = (javafx.scene.control.ScrollPane) robot.lookup(".problems-dialog")
                    .queryAs(javafx.scene.control.DialogPane.class).getContent();
            assertThat(content.getContent().getLayoutBounds().getHeight()).as("the dialog does not scroll: its list does")
                    .isLessThanOrEqualTo(content.getViewportBounds().getHeight() + 1);
            double em = robot.lookup(".problems-intro").queryAs(Label.class).getFont().getSize();
            double short_ = table.getHeight();
            assertThat(short_).as("its titles and two problems or more").isGreaterThanOrEqualTo(6.9 * em);
            List<String> clipped = new ArrayList<>();
            clipped(table, clipped);
            assertThat(clipped).as("the columns' titles whole").noneMatch(text -> text.startsWith("Lin"));

            robot.interact(() -> dialog[0].setHeight(900));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.getHeight()).as("the list taller with the dialog").isGreaterThan(short_ + 300);
        } finally {
            robot.interact(() -> {
                if (dialog[0] != null) {
                    dialog[0].close();
                }
                window.appearance().setTextSizePercent(100);
            });
        }
    }

    /**
     * The problems list made narrower than its columns' least widths (a word never broken) scrolls sideways:
     * under a constrained policy the Problem column went off the table's edge with no way to reach it.
     */
    @Test
    void aNarrowedProblemsListScrollsSideways(FxRobot robot, @TempDir Path dir) throws IOException {
        TableView<Problem> table = openBrokenFile(robot, dir);
        javafx.stage.Window dialog = table.getScene().getWindow();
        double opened = dialog.getWidth();
        List<Double> shared = table.getVisibleLeafColumns().stream().map(javafx.scene.control.TableColumnBase::getWidth).toList();

        robot.interact(() -> {
            ((Stage) dialog).setMinWidth(0);
            dialog.setWidth(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region rows = (javafx.scene.layout.Region) table.lookup(".clipped-container");
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumnBase::getWidth).sum();
        double least = table.getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumnBase::getMinWidth).sum();
        assertThat(columns).as("columns wider than the list, as their words need").isGreaterThan(rows.getWidth() + 1)
                .as("and no wider: there is no room for more").isCloseTo(least, org.assertj.core.data.Offset.offset(1.0));
        for (String column : List.of(".problem-position", ".problem-severity")) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) robot.lookup(".problems-table " + column).queryAllAs(javafx.scene.control.TableCell.class)
                    .stream().filter(c -> c.getItem() != null).findFirst().orElseThrow().getGraphic();
            assertThat(shown.getLayoutBounds().getHeight()).as("\"%s\" on one line, not crushed to a sliver (walk-through)", shown.getText())
                    .isLessThan(1.6 * shown.getFont().getSize());
        }
        javafx.scene.control.ScrollBar sideways = table.lookupAll(".scroll-bar").stream().map(n -> (javafx.scene.control.ScrollBar) n)
                .filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).findFirst().orElseThrow();
        assertThat(sideways.isVisible()).as("a sideways scroll bar, %s px of columns in %s px", columns, rows.getWidth()).isTrue();
        robot.interact(() -> sideways.setValue(sideways.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableCell<?, ?> message = robot.lookup(".problems-table .problem-message").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> c.getItem() != null).findFirst().orElseThrow();
        javafx.scene.layout.Region flow = (javafx.scene.layout.Region) table.lookup(".virtual-flow");
        double viewEnd = flow.localToScene(flow.getLayoutBounds()).getMaxX() - table.lookupAll(".scroll-bar").stream()
                .map(n -> (javafx.scene.control.ScrollBar) n).filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.VERTICAL && bar.isVisible())
                .mapToDouble(bar -> bar.getWidth()).sum();
        assertThat(message.localToScene(message.getLayoutBounds()).getMaxX())
                .as("the Problem column reached at the end of the scroll").isBetween(viewEnd - 2, viewEnd + 1);

        robot.interact(() -> dialog.setWidth(opened));
        WaitForAsyncUtils.waitForFxEvents();
        double wide = table.getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumnBase::getWidth).sum();
        assertThat(wide).as("widened again, the columns share the list's width").isCloseTo(rows.getWidth(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(sideways.isVisible()).isFalse();
        assertThat(table.getVisibleLeafColumns().stream().map(javafx.scene.control.TableColumnBase::getWidth).toList())
                .as("each column about as wide as before, not its least with the rest on the last").zipSatisfy(shared,
                        (now, before) -> assertThat(now).isCloseTo(before, org.assertj.core.data.Offset.offset(20.0)));
    }

    /** Alt and a menu's underlined letter open that menu, from the timeline as from a text field (a keyboard walk-through). */
    @Test
    void altAndAMenusLetterOpenThatMenu(FxRobot robot) {
        waitForTimeline(77);
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("_View")).findFirst().orElseThrow();
        robot.interact(() -> timeline().requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT);
        waitUntil(view::isShowing);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !view.isShowing());
    }

    @Test
    void fitAllBringsBackEveryEventAfterZooming(FxRobot robot) {
        waitForTimeline(77);
        TimeScale fitted = timeline().getScale();

        robot.interact(() -> timeline().zoom(8));
        waitUntil(() -> !timeline().isAnimating());
        assertThat(timeline().getScale().secondsPerPixel()).isLessThan(fitted.secondsPerPixel() / 4);

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT0).release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> !timeline().isAnimating());
        TimeScale refitted = timeline().getScale();
        double[] extent = timeline().getContent().extent();
        assertThat(refitted.xOf(extent[0])).as("first event back in view").isBetween(0.0, timeline().getWidth());
        assertThat(refitted.xOf(extent[1])).as("last event back in view").isBetween(0.0, timeline().getWidth());
        // The first fit ran before the lanes' scrollbar took its 15 pixels, so the two differ slightly.
        assertThat(refitted.secondsPerPixel()).isCloseTo(fitted.secondsPerPixel(), org.assertj.core.data.Percentage.withPercentage(5));
    }

    /**
     * A timeline just opened shows all its events from its first frame: it does not glide there from
     * the period the last one showed (each frame of that glide lays out every event, and anything that
     * stopped it, a press on the timeline for one, left a view that was neither; a 400,000-event file
     * once opened showing 1970-1972, the empty window's period).
     */
    @Test
    void aTimelineJustOpenedIsFittedInItsFirstFrame(FxRobot robot, @TempDir Path dir) throws IOException {
        waitForTimeline(77);
        robot.interact(() -> timeline().show(HistoricalDate.ofYear(2030).startSecond(), HistoricalDate.ofYear(2031).startSecond()));
        waitUntil(() -> !timeline().isAnimating());
        Path other = dir.resolve("full.json");
        Files.copy(Path.of("src/test/resources/files/full.json"), other);
        List<String> firstFrame = new ArrayList<>();
        timeline().framesPaintedProperty().addListener((o, old, now) -> {
            if (firstFrame.isEmpty() && timeline().getContent().events().size() == 3) {
                double[] extent = timeline().getContent().extent();
                TimeScale scale = timeline().getScale();
                firstFrame.add(scale.xOf(extent[0]) + " " + scale.xOf(extent[1]) + " " + timeline().isAnimating());
            }
        });

        robot.interact(() -> window.open(other));
        waitUntil(() -> !firstFrame.isEmpty());

        String[] seen = firstFrame.get(0).split(" ");
        double width = timeline().getViewportWidth();
        assertThat(Double.parseDouble(seen[0])).as("Thermopylae, 479 BC, in the first frame").isBetween(0.0, width);
        assertThat(Double.parseDouble(seen[1])).as("the CFE Treaty, 1990, in the first frame").isBetween(0.0, width);
        assertThat(seen[2]).as("gliding").isEqualTo("false");
    }

    /** A point between the events, on screen: no event there, and below the axis and era ribbons. */
    private javafx.geometry.Point2D emptySpotInTheLanes() {
        double x = timeline().getWidth() - 60;
        for (double y = 200; y < timeline().getHeight() - 80; y += 5) {
            if (timeline().eventAt(x, y) == null && timeline().eventAt(x - 20, y) == null) {
                return timeline().localToScreen(x, y);
            }
        }
        throw new AssertionError("no empty spot");
    }

    private static java.util.List<String> detailTexts(FxRobot robot) {
        return robot.lookup("#details .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void theWindowGetsItsIconsOnceTheTimelineHasShown() {
        waitForTimeline(77);
        // Decoded after the first frame, so as not to delay it; every size the systems ask for.
        waitUntil(() -> stage.getIcons().size() == 7);
        assertThat(stage.getIcons()).allSatisfy(icon -> assertThat(icon.isError()).isFalse());
    }

    /**
     * A message naming a very long file (200 letters of a Chinese title, a name with no space to wrap
     * at) stays on the screen with its OK button: it made the dialog wider than a 1024-pixel screen.
     */
    @Test
    void anAlertNamingAVeryLongFileStaysOnTheScreen(FxRobot robot) {
        waitForTimeline(77);
        String name = "冷战时期欧洲军备控制条约的历史".repeat(14) + "_" + "x".repeat(120) + ".html";
        javafx.scene.control.Alert[] shown = new javafx.scene.control.Alert[1];
        robot.interact(() -> {
            shown[0] = window.dialogs().alert(javafx.scene.control.Alert.AlertType.ERROR, "Not saved",
                    "The web page " + name + " was not saved", "Could not save " + name + ": File name too long.",
                    javafx.scene.control.ButtonType.OK);
            shown[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            assertThat(shown[0].getWidth()).as("the dialog's width").isLessThanOrEqualTo(screen.getWidth());
            double em = ((javafx.scene.control.Labeled) shown[0].getDialogPane().lookup(".content.label")).getFont().getSize();
            assertThat(shown[0].getDialogPane().getWidth()).as("a sentence wide, not a band across the screen").isLessThanOrEqualTo(40 * em);
            javafx.scene.control.Label header = (javafx.scene.control.Label) shown[0].getDialogPane().lookup(".header-panel .label");
            assertThat(header.getHeight()).as("the header wraps onto more lines").isGreaterThan(2 * em);
            Node ok = shown[0].getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
            javafx.geometry.Bounds button = ok.localToScreen(ok.getBoundsInLocal());
            assertThat(button.getMaxX()).as("OK on the screen").isLessThanOrEqualTo(screen.getMaxX());
            assertThat(button.getMinX()).isGreaterThanOrEqualTo(screen.getMinX());
        } finally {
            robot.interact(() -> shown[0].close());
        }
    }
}
