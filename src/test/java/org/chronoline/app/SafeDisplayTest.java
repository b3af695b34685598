package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file made to trick the reader: what it shows cannot pretend, and its links say where they lead. */
class SafeDisplayTest extends WindowTest {
    private static final Path TRICKY = Path.of("src/test/resources/files/tricky-text.json");

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private List<String> labels(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private void openTrickyFileAndSelect(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> window.open(TRICKY));
        waitForTimeline(2);
        robot.interact(() -> timeline().select(timeline().getContent().event("disguised")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void overridesAreDroppedAndControlCharactersShownEverywhereTheTextAppears(FxRobot robot) {
        openTrickyFileAndSelect(robot);

        assertThat(labels(robot, "#details .details-title")).containsExactly("invoicegpj.exe");
        assertThat(labels(robot, "#details .details-summary")).containsExactly("Ring the bell\uFFFD twice.");
        assertThat(labels(robot, "#details .details-paragraph")).containsExactly("First line\nSecond isolated line");
        assertThat(timeline().visibleLabels()).containsEntry("disguised", "invoicegpj.exe");
        assertThat(window.session().document().events().get(0).title()).as("the document keeps what the file says")
                .isEqualTo("invoice\u202Egpj.exe");
    }

    /**
     * The study cards and When Was It? show a summary as safely as the side panel: they showed the file's own, whose
     * control characters could reorder or hide what follows them.
     */
    @Test
    void studyShowsTheTitleAndSummarySafely(FxRobot robot) {
        openTrickyFileAndSelect(robot);
        robot.interact(() -> window.timeline().requestFocus());
        robot.type(javafx.scene.input.KeyCode.F7);
        waitUntil(() -> window.study() != null && window.study().stage().isShowing());
        StudyMode study = window.study();
        try {
            robot.type(javafx.scene.input.KeyCode.DIGIT3);
            WaitForAsyncUtils.waitForFxEvents();
            if (!study.cards().due().get(0).id().equals("disguised")) {
                robot.type(javafx.scene.input.KeyCode.SPACE, javafx.scene.input.KeyCode.K); // the other card first: known
            }
            assertThat(labels(robot, "#cards-front")).containsExactly("invoicegpj.exe");
            robot.type(javafx.scene.input.KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(labels(robot, "#cards-back")).containsExactly("Ring the bell\uFFFD twice.");

            robot.type(javafx.scene.input.KeyCode.DIGIT2);
            robot.interact(() -> study.when().ask(window.session().document().events().get(0)));
            assertThat(labels(robot, "#when-title")).containsExactly("invoicegpj.exe");
            assertThat(labels(robot, "#when-summary")).containsExactly("Ring the bell\uFFFD twice.");
        } finally {
            robot.interact(study::end);
        }
    }

    /**
     * A paragraph in a script that JavaFX shapes wraps within the side panel and says each word once: on Linux, its
     * first line ran off the panel's edge with the whole paragraph and the next lines said its end again (a walk-through;
     * {@link ShapedWords}). Arabic, and Latin with an emoji joined by a zero-width joiner; then the title, in the list.
     * The bug is Linux's: elsewhere this checks the plain label and text the paragraph and the title then are.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 ",
        "An astronaut \ud83d\udc69\u200d\ud83d\ude80 went up. "})
    void aParagraphInAShapedScriptWrapsWithinThePanelAndSaysEachWordOnce(String words, FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        waitForTimeline(77);
        String paragraph = words.repeat(12).strip();
        Path file = dir.resolve("shaped.json");
        com.google.gson.JsonObject event = new com.google.gson.JsonObject();
        event.addProperty("id", "shaped");
        String title = words.repeat(8).strip();
        event.addProperty("title", title);
        event.addProperty("start", "1990-11-19");
        event.addProperty("description", paragraph);
        event.addProperty("summary", words.strip());
        com.google.gson.JsonObject source = new com.google.gson.JsonObject();
        source.addProperty("title", title);
        source.addProperty("url", "https://example.org/");
        com.google.gson.JsonArray sources = new com.google.gson.JsonArray();
        sources.add(source);
        event.add("sources", sources);
        java.nio.file.Files.writeString(file, "{\"version\": 1, \"title\": \"Shaped\", \"events\": [" + event + "]}");
        robot.interact(() -> window.open(file));
        waitForTimeline(1);
        robot.interact(() -> timeline().select(timeline().getContent().event("shaped")));
        WaitForAsyncUtils.waitForFxEvents();

        // Measured on JavaFX's thread: text laid out on the test's while the window paints broke Pango's shared cache
        // (a ConcurrentModificationException in PangoGlyphLayout.dispose, once in a full run).
        robot.interact(() -> {
        javafx.scene.Node shown = robot.lookup("#details .details-paragraph").query();
        javafx.geometry.Bounds room = shown.localToScene(shown.getLayoutBounds());
        List<javafx.scene.text.Text> texts = new java.util.ArrayList<>();
        texts(shown, texts);
        StringBuilder said = new StringBuilder();
        for (javafx.scene.text.Text text : texts) {
            javafx.geometry.Bounds drawn = text.localToScene(text.getBoundsInLocal());
            assertThat(drawn.getMaxX()).as("\"%s\" within the paragraph's width", text.getText()).isLessThanOrEqualTo(room.getMaxX() + 1);
            said.append(text.getText());
        }
        assertThat(said.toString()).as("the pieces hold the paragraph, nothing left out or added").isEqualTo(paragraph);
        assertThat(room.getHeight()).as("on several lines").isGreaterThan(3 * texts.get(0).getFont().getSize());
        // The title above, on several lines at its size.
        javafx.scene.control.Label heading = robot.lookup("#details .details-title").queryAs(javafx.scene.control.Label.class);
        assertThat(heading.getText()).as("kept for a screen reader").isEqualTo(title);
        javafx.geometry.Bounds headingRoom = heading.localToScene(heading.getLayoutBounds());
        assertThat(saidWithin(heading, headingRoom.getMaxX(), "the title's width")).as("the title shown once").isEqualTo(title);
        assertThat(headingRoom.getHeight()).as("on several lines").isGreaterThan(2.5 * heading.getFont().getSize());
        // The same title as a source's link: within the panel, said once.
        javafx.scene.control.Hyperlink link = robot.lookup("#details .details-source-link").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(saidWithin(link, headingRoom.getMaxX(), "the panel")).as("the source's title shown once").isEqualTo(title);
        // The summary, in italics elsewhere, is upright in a script with no italics: in an italic font JavaFX on Linux drew
        // Arabic as other glyphs (walk-through). Latin words around it stay italic.
        List<javafx.scene.text.Text> summary = new java.util.ArrayList<>();
        texts(robot.lookup("#details .details-summary").query(), summary);
        for (javafx.scene.text.Text piece : summary) {
            boolean script = piece.getText().codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
            assertThat(piece.getFont().getStyle().toLowerCase(java.util.Locale.ROOT).contains("italic"))
                    .as("\"%s\" italic", piece.getText()).isEqualTo(!script || !ShapedWords.NEEDED);
        }
        });

        // The title in the list, on two lines or more in its column.
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.L).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#event-table .list-title").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getItem() != null).findFirst().orElseThrow();
        javafx.geometry.Bounds column = cell.localToScene(cell.getLayoutBounds());
        List<javafx.scene.text.Text> inCell = new java.util.ArrayList<>();
        texts(cell.getGraphic(), inCell);
        StringBuilder listed = new StringBuilder();
        for (javafx.scene.text.Text text : inCell) {
            javafx.geometry.Bounds drawn = text.localToScene(text.getBoundsInLocal());
            assertThat(drawn.getMaxX()).as("\"%s\" within its column", text.getText()).isLessThanOrEqualTo(column.getMaxX() + 1);
            assertThat(drawn.getMaxY()).as("\"%s\" within its row", text.getText()).isLessThanOrEqualTo(column.getMaxY() + 1);
            listed.append(text.getText());
        }
        assertThat(listed.toString()).isEqualTo(title);
        assertThat(column.getHeight()).as("on two lines or more").isGreaterThan(2 * inCell.get(0).getFont().getSize());
        });
    }

    /**
     * A title, summary, field, paragraph or source whose first letter is Arabic or Hebrew is set against the side panel's
     * right edge, as the page, the handout and the SVG set it; one that starts with a Latin letter, with Arabic inside,
     * stays against the left. Before, every one was set against the left edge, and a short one stood there whole.
     */
    @Test
    void textThatReadsFromTheRightIsSetAgainstThePanelsRightEdge(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        waitForTimeline(77);
        String arabic = "\u0645\u0639\u0627\u0647\u062f\u0629"; // "treaty"
        com.google.gson.JsonObject event = new com.google.gson.JsonObject();
        event.addProperty("id", "rtl");
        event.addProperty("title", arabic + " \u0628\u0627\u0631\u064a\u0633");
        event.addProperty("start", "1990-11-19");
        event.addProperty("summary", "1990 " + arabic); // a digit first has no direction of its own: the Arabic decides
        event.addProperty("location", "\u0628\u0627\u0631\u064a\u0633");
        event.addProperty("description", arabic + " CFE 1990.\n\nIn English, with " + arabic + " inside.");
        com.google.gson.JsonObject source = new com.google.gson.JsonObject();
        source.addProperty("title", "\u05d4\u05e1\u05db\u05dd");
        source.addProperty("url", "https://example.org/");
        com.google.gson.JsonArray sources = new com.google.gson.JsonArray();
        sources.add(source);
        event.add("sources", sources);
        Path file = dir.resolve("rtl.json");
        java.nio.file.Files.writeString(file, "{\"version\": 1, \"title\": \"\u0627\u062a\u062c\u0627\u0647\", \"events\": [" + event + "]}");
        robot.interact(() -> window.open(file));
        waitForTimeline(1);
        javafx.scene.layout.Region body = robot.lookup("#details .details-body").queryAs(javafx.scene.layout.Region.class);
        javafx.geometry.Bounds panel = body.localToScene(body.getLayoutBounds());
        double left = panel.getMinX() + body.getInsets().getLeft();
        double right = panel.getMaxX() - body.getInsets().getRight();
        // Nothing selected: the timeline's own title, in Arabic, at the right, also once the panel has been narrowed (it
        // stayed where the wider panel's right edge had been, out of sight: walk-through).
        double width = stage.getWidth();
        try {
            robot.interact(() -> stage.setWidth(1024));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.geometry.Bounds narrowed = body.localToScene(body.getLayoutBounds());
            javafx.geometry.Bounds timelineTitle = drawnText(robot.lookup("#details .details-title").query());
            assertThat(timelineTitle.getMaxX()).as("the timeline's title").isCloseTo(narrowed.getMaxX() - body.getInsets().getRight(),
                    org.assertj.core.data.Offset.offset(2.0));
        } finally {
            robot.interact(() -> stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
        }

        robot.interact(() -> timeline().select(timeline().getContent().event("rtl")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { // measured on JavaFX's thread, as above
        for (String part : List.of(".details-title", ".details-summary", ".details-field-value", ".details-source-link")) {
            javafx.geometry.Bounds drawn = drawnText(robot.lookup("#details " + part).query());
            assertThat(drawn.getMaxX()).as("%s ends at the right edge", part).isCloseTo(right, org.assertj.core.data.Offset.offset(2.0));
            assertThat(drawn.getMinX()).as("%s, short, well clear of the left edge", part).isGreaterThan(left + 40);
        }
        javafx.scene.control.Hyperlink link = robot.lookup("#details .details-source-link").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(link.getWidth()).as("the link no wider than its words: the click and the underline on them alone")
                .isLessThan((right - left) / 2);
        List<javafx.scene.Node> paragraphs = List.copyOf(robot.lookup("#details .details-paragraph").queryAll());
        assertThat(paragraphs).hasSize(2);
        javafx.geometry.Bounds arabicFirst = drawnText(paragraphs.get(0));
        assertThat(arabicFirst.getMaxX()).as("the Arabic paragraph").isCloseTo(right, org.assertj.core.data.Offset.offset(2.0));
        javafx.geometry.Bounds latinFirst = drawnText(paragraphs.get(1));
        assertThat(latinFirst.getMinX()).as("the English one").isCloseTo(left, org.assertj.core.data.Offset.offset(2.0));
        assertThat(latinFirst.getMaxX()).as("the English one, short").isLessThan(right - 40);
        });

        // In the list, the title against its column's right edge.
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.L).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#event-table .list-title").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getItem() != null).findFirst().orElseThrow();
        javafx.geometry.Bounds column = cell.localToScene(cell.getLayoutBounds());
        javafx.geometry.Bounds listed = drawnText(cell.getGraphic());
        assertThat(listed.getMaxX()).as("the title in the list, at its column's right").isCloseTo(column.getMaxX() - cell.getInsets().getRight(),
                org.assertj.core.data.Offset.offset(3.0));
        assertThat(listed.getMinX()).isGreaterThan(column.getMinX() + 20);
        });
    }

    @Test
    void aLargeFileShowsProgressAndCancellingStopsTheReadingAndKeepsTheTimelineThatWasOpen(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        waitForTimeline(77);
        Path large = dir.resolve("large.json");
        org.chronoline.bench.SyntheticTimeline.write(large, 20_000, 7);
        GatedSource gated = new GatedSource(large);
        javafx.scene.control.Button cancel = robot.lookup(".cancel-load-button").queryButton();

        robot.interact(() -> window.files().openSource(gated));
        waitUntil(gated::reachedGate);
        assertThat(cancel.isVisible()).as("Cancel is offered while the file loads").isTrue();
        robot.clickOn(cancel);
        gated.release();
        waitUntil(() -> !cancel.isVisible());

        assertThat(timeline().getContent().events().size()).isEqualTo(77);
        assertThat(window.session().document().title()).isEqualTo("Arms Control in Europe, 1972–2026");
        assertThat(robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText()).contains("cancelled");
        waitUntil(gated::closedPastTheGate);
        assertThat(gated.servedPastTheGate()).as("past the gate, the reading stopped after at most one more chunk")
                .isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void onlyWebAndMailLinksOpenAndEachShowsItsRealTarget(FxRobot robot) {
        openTrickyFileAndSelect(robot);

        List<Hyperlink> links = robot.lookup("#details .details-source-link").queryAllAs(Hyperlink.class).stream().toList();
        assertThat(links).extracting(Hyperlink::getText).containsExactly("The OSCE page", "Write to the teacher", "A look-alike");
        assertThat(labels(robot, "#details .details-source-target")).containsExactly("https://www.osce.org/node/58665",
                "mailto:teacher@school.example", "https://xn--pple-43d.com/");
        assertThat(links.get(0).getTooltip().getText()).isEqualTo("Opens https://www.osce.org/node/58665 in your browser");
        assertThat(labels(robot, "#details .details-source-address")).containsExactly("file:///etc/passwd", "javascript:alert(1)");
        assertThat(labels(robot, "#details .details-source-reason")).hasSize(2)
                .allSatisfy(reason -> assertThat(reason).startsWith("Not opened: only web addresses"));

        robot.clickOn(links.get(1));
        robot.clickOn(links.get(2));
        assertThat(openedLinks).containsExactly("mailto:teacher@school.example", "https://xn--pple-43d.com/");
    }
}
