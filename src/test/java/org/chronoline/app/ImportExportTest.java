package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chronoline.io.CsvColumns;
import org.chronoline.io.WebPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Timelines in from other programs, and out as pictures and print, through the real window. */
class ImportExportTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void aTimelineJsFileOpensAsAnImportThatSaveWillNotWriteOver(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForTimeline(77);
        Path file = dir.resolve("every-field.json");
        Files.copy(Path.of("src/test/resources/timelinejs/every-field.json"), file);
        byte[] before = Files.readAllBytes(file);

        robot.interact(() -> window.open(file));
        waitForTimeline(7);

        assertThat(window.session().document().title()).isEqualTo("Arms control in Europe");
        assertThat(window.session().file()).as("not tied to the TimelineJS file").isNull();
        assertThat(window.session().isModified()).as("closing asks to save it as a Chronoline timeline").isTrue();
        assertThat(status(robot)).startsWith("Imported 7 events from the TimelineJS file every-field.json");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        // Nor will an export: one to CSV replaced the spreadsheet a timeline was imported from, kept only as its .bak.
        javafx.concurrent.Task<Void>[] export = new javafx.concurrent.Task[1];
        robot.interact(() -> export[0] = window.exports().write(file, out -> out.write("replaced".getBytes()), "written"));
        java.util.concurrent.atomic.AtomicReference<Throwable> refused = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        waitUntil(() -> {
            robot.interact(() -> {
                done.set(export[0].isDone());
                refused.set(export[0].getException());
            });
            return done.get();
        });
        assertThat(Files.readAllBytes(file)).as("the imported file, unchanged").isEqualTo(before);
        assertThat(refused.get()).as("refused").isNotNull();
    }

    @Test
    void aSpreadsheetIsPreviewedMappedAndImported(FxRobot robot) {
        waitForTimeline(77);
        Path csv = Path.of("src/test/resources/csv/timelinejs-template.csv");

        Platform.runLater(() -> window.commands().importCsv(csv));
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = robot.lookup("#csv-summary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("4 of 4 rows will be imported; 0 left out");

        @SuppressWarnings("unchecked")
        ComboBox<CsvColumns.Column> headline = robot.lookup("#csv-column-9").queryAs(ComboBox.class);
        assertThat(headline.getValue()).isEqualTo(new CsvColumns.Column(CsvColumns.Field.TITLE, 0));
        robot.interact(() -> headline.setValue(CsvColumns.Column.IGNORED));
        assertThat(summary.getText()).isEqualTo("0 of 4 rows will be imported; 4 left out");
        assertThat(robot.lookup("#csv-problems").queryListView().getItems()).first().asString().contains("no column holds the events' titles");
        assertThat(robot.lookup("#csv-import-button").query().isDisabled()).isTrue();
        robot.interact(() -> headline.setValue(new CsvColumns.Column(CsvColumns.Field.TITLE, 0)));

        javafx.scene.control.Button importButton = robot.lookup("#csv-import-button").queryButton();
        robot.interact(importButton::fire);
        WaitForAsyncUtils.waitForFxEvents();
        waitForTimeline(4);

        assertThat(window.session().document().events()).extracting(e -> e.title()).contains("CFE Treaty signed", "Battle of Thermopylae");
        assertThat(window.session().file()).isNull();
        assertThat(status(robot)).startsWith("Imported 4 events from the CSV file timelinejs-template.csv");
    }

    /**
     * A TimelineJS sheet's title and eras are imported, and the preview tells the rows left out (red) from those imported
     * with a warning (yellow): both were red, under "Rows marked in red cannot be imported" (a walk-through).
     */
    @Test
    void aTimelineJsSheetsTitleAndErasAreImportedAndItsWarningsAreNotMarkedAsLeftOut(FxRobot robot) {
        waitForTimeline(77);
        Path csv = Path.of("src/test/resources/csv/timelinejs-template-titled.csv");

        Platform.runLater(() -> window.commands().importCsv(csv));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#csv-summary").queryAs(Label.class).getText()).isEqualTo("4 of 6 rows will be imported; 2 left out");
        java.util.Map<Long, List<String>> marks = new java.util.TreeMap<>();
        for (javafx.scene.control.TableRow<?> row : robot.lookup("#csv-preview .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)) {
            if (row.getItem() instanceof org.chronoline.io.CsvImporter.Row item) {
                marks.put(item.line(), row.getStyleClass().stream().filter(c -> c.startsWith("csv-row-")).toList());
            }
        }
        assertThat(marks).containsEntry(6L, List.of("csv-row-problem")).containsEntry(7L, List.of("csv-row-warning"))
                .containsEntry(2L, List.of()).containsEntry(4L, List.of());

        robot.interact(robot.lookup("#csv-import-button").queryButton()::fire);
        WaitForAsyncUtils.waitForFxEvents();
        waitForTimeline(1);
        assertThat(window.session().document().title()).isEqualTo("Our Class Timeline");
        assertThat(window.session().document().eras()).extracting(e -> e.title()).containsExactly("The Cold War", "Classical Greece");
    }

    @Test
    void theWholeTimelineBecomesAnSvgWhoseTextIsTextAndATallPng(FxRobot robot) throws Exception {
        waitForTimeline(77);
        String[] svg = new String[1];
        org.chronoline.view.TimelineRenderer.Drawing[] whole = new org.chronoline.view.TimelineRenderer.Drawing[1];
        WritableImage[] png = new WritableImage[1];
        robot.interact(() -> {
            org.chronoline.view.TimelineRenderer renderer = timeline().renderer();
            whole[0] = renderer.whole(timeline().getContent(), timeline().getLayoutMode(), 3200, org.chronoline.view.Marks.NONE);
            svg[0] = renderer.svg(whole[0]);
            png[0] = renderer.image(whole[0], 1);
        });

        assertThat(whole[0].height()).as("every lane, more than the window shows").isGreaterThan(timeline().getHeight());
        assertThat(png[0].getWidth()).isEqualTo(3200);
        assertThat(png[0].getHeight()).isEqualTo(Math.round(whole[0].height()));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg[0].getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(xml.getDocumentElement().getAttribute("width")).isEqualTo("3200");
        StringBuilder texts = new StringBuilder();
        NodeList textNodes = xml.getElementsByTagName("text");
        for (int i = 0; i < textNodes.getLength(); i++) {
            texts.append(textNodes.item(i).getTextContent()).append('\n');
        }
        assertThat(texts.toString()).contains("CFE Treaty signed in Paris", "Treaties signed", "1990", "Russia suspends the CFE Treaty");
        for (var event : window.session().document().events()) {
            assertThat(texts.toString()).as("every event's whole title").contains(event.title().replace("\"", "\""));
        }
        assertThat(xml.getElementsByTagName("ellipse").getLength()).as("a marker for each point event").isGreaterThanOrEqualTo(40);
        assertThat(xml.getElementsByTagName("rect").getLength()).as("bars, bands, lanes").isGreaterThan(20);
    }

    @Test
    void printingShowsThePagesFirstTheViewOnOnePageOrTheWholeTimelineAcrossSeveral(FxRobot robot) {
        waitForTimeline(77);

        Platform.runLater(() -> PrintPreview.show(window.dialogs(), timeline(), window.session().document().title(), text -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        Label count = robot.lookup("#print-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("1 page");
        assertThat(robot.lookup(".print-title").queryAs(Label.class).getText()).isEqualTo("Arms Control in Europe, 1972–2026");

        @SuppressWarnings("unchecked")
        ChoiceBox<PrintPreview.Extent> extent = robot.lookup("#print-extent").queryAs(ChoiceBox.class);
        robot.interact(() -> extent.setValue(PrintPreview.Extent.WHOLE));
        assertThat(count.getText()).isEqualTo("6 pages");
        assertThat(robot.lookup("#print-pages").queryAs(Pagination.class).getPageCount()).isEqualTo(6);
        assertThat(robot.lookup(".print-footer").queryAs(Label.class).getText()).matches("\\d{4} – \\d{4}  ·  page 1 of 6");

        robot.clickOn("Cancel");
    }

    /**
     * With no printer to ask, the preview lays out the paper usual where the user is: American pages
     * were laid out as A4, then drawn again at Letter's size by the print dialog's paper.
     */
    @Test
    void withNoPrinterThePreviewTakesThePaperUsualWhereTheUserIs() {
        assertThat(PrintPreview.usualPaper(java.util.Locale.US)).isEqualTo(javafx.print.Paper.NA_LETTER);
        assertThat(PrintPreview.usualPaper(java.util.Locale.CANADA_FRENCH)).isEqualTo(javafx.print.Paper.NA_LETTER);
        assertThat(PrintPreview.usualPaper(java.util.Locale.GERMANY)).isEqualTo(javafx.print.Paper.A4);
        assertThat(PrintPreview.usualPaper(java.util.Locale.UK)).isEqualTo(javafx.print.Paper.A4);
        assertThat(PrintPreview.usualPaper(java.util.Locale.ENGLISH)).as("no country said").isEqualTo(javafx.print.Paper.A4);
    }

    @Test
    void publishingWritesOneWebPageThatPresentsTheChosenTourFirst(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForTimeline(77);
        assertThat(WebPublish.starts(window.session().document())).extracting(WebPublish.Start::label)
                .containsExactly("No tour: the shown events", "Tour: The CFE story, 1989–2023");
        Path page = dir.resolve("Arms control.html");
        List<String> statuses = new CopyOnWriteArrayList<>();

        Task<WebPage.Published> task = WaitForAsyncUtils.asyncFx(() -> WebPublish.write(window.dialogs(),
                window.exports(), window.session().document(), "cfe-story", page, window.session().file(), statuses::add)).get();
        waitUntil(task::isDone);

        assertThat(task.get().events()).isEqualTo(77);
        String html = Files.readString(page);
        assertThat(html).contains("<title>Arms Control in Europe, 1972–2026</title>", "\"startTour\":\"cfe-story\"",
                "Content-Security-Policy");
        assertThat(statuses).last().asString().startsWith("Published Arms control.html: ");
    }

    /** The page's missing pictures are said in a warning naming each event: the page was written without a word. */
    @Test
    void publishingSaysWhichPicturesThePageIsWithout(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForTimeline(77);
        Path file = org.chronoline.io.TestFiles.picturesTimeline(dir);
        org.chronoline.model.TimelineDocument document = new org.chronoline.io.TimelineFileReader().read(file).document();

        Task<WebPage.Published> task = WaitForAsyncUtils.asyncFx(() -> WebPublish.write(window.dialogs(),
                window.exports(), document, null, dir.resolve("page.html"), file, text -> { })).get();
        waitUntil(() -> robot.lookup("#pictures-left-out").tryQuery().isPresent());

        javafx.scene.control.DialogPane pane = robot.lookup("#pictures-left-out").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("The page was published without 3 pictures");
        assertThat(pane.getContentText().lines()).hasSize(3).anySatisfy(line -> assertThat(line).startsWith("\u2022 “Gone”: "))
                .anySatisfy(line -> assertThat(line).startsWith("\u2022 “Fake”: ")).anySatisfy(line -> assertThat(line).startsWith("\u2022 “Away”: "));
        assertThat(task.get().pictures()).isEqualTo(1);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#pictures-left-out").tryQuery().isEmpty());
    }
}
