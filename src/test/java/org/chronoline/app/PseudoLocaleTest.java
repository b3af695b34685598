package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.chronoline.model.Category;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every sentence in the window comes from the messages, so that every language can say it: in the
 * pseudo-language each message is marked ⟦like this⟧, and any text on screen without the marks
 * (other than the timeline's own data) was written into the code.
 */
class PseudoLocaleTest extends WindowTest {
    @Start
    void start(Stage stage) {
        Messages.use(Messages.PSEUDO);
        startWindow(stage);
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void noSentenceOnScreenBypassesTheMessages(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().setSelectedEvent(timeline().getContent().event("cfe-signed")));
        waitUntil(() -> !timeline().isAnimating());

        Set<String> data = dataTexts(window.session().document());
        List<String> unmarked = new ArrayList<>();
        collect(stage.getScene().getRoot(), data, unmarked);
        MenuBar menus = (MenuBar) robot.lookup(".menu-bar").query();
        for (Menu menu : menus.getMenus()) {
            collect(menu, data, unmarked);
        }
        check(stage.getTitle().replace(window.session().document().title(), ""), data, unmarked);

        assertThat(unmarked).as("texts written into the code instead of the messages").isEmpty();
    }

    @Test
    void aLanguageAThirdLongerClipsNoLabelAt1366By768(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        waitForTimeline(77);
        robot.interact(() -> timeline().setSelectedEvent(timeline().getContent().event("cfe-signed")));
        waitUntil(() -> !timeline().isAnimating());

        List<String> clipped = new ArrayList<>();
        clipped(stage.getScene().getRoot(), clipped);

        assertThat(clipped).as("labels cut short with an ellipsis").isEmpty();
    }

    /** A dialog's OK and Cancel speak the window's language: JavaFX's own were English in Polish and Russian. */
    @Test
    void dialogButtonsSpeakTheWindowsLanguage(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.G).release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".dialog-pane .button-bar .button").tryQuery().isPresent());

        List<String> unmarked = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (javafx.scene.control.Button button : robot.lookup(".dialog-pane .button-bar .button").queryAllAs(javafx.scene.control.Button.class)) {
            names.add(button.getText());
            check(button.getText(), Set.of(), unmarked);
        }
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        assertThat(names).hasSize(2);
        assertThat(unmarked).as("buttons named by JavaFX, not the messages").isEmpty();
    }

    /**
     * The print preview fits a 1024-pixel screen in a language a third longer: in German, French and
     * Russian its header and options ran it off the screen, the Print button with it.
     */
    @Test
    void thePrintPreviewFitsA1024PixelScreen(FxRobot robot) {
        waitForTimeline(77);
        robot.interact(() -> timeline().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.P).release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#print-preview").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        double width = robot.lookup("#print-preview").queryAs(javafx.scene.control.DialogPane.class).getWidth();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        assertThat(width).as("the dialog's width").isLessThanOrEqualTo(1024);
    }

    /**
     * On a 1024 x 768 projector, in a language a third longer, the filter panel cuts nothing short:
     * long category names wrap, the saved-view prompt fits.
     */
    @Test
    void theFilterPanelClipsNothingAt1024By768(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        waitForTimeline(77);
        robot.clickOn("#filter-toggle");
        waitUntil(() -> robot.lookup("#legend-talks").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        List<String> clipped = new ArrayList<>();
        clipped(robot.lookup(".filter-panel").query(), clipped);

        assertThat(clipped).as("labels cut short with an ellipsis").isEmpty();
        // Wrapped names are not looked at above: each is drawn whole, on as many lines as it needs.
        for (Labeled name : robot.lookup(".legend-name").queryAllAs(Labeled.class)) {
            String drawn = name.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
                    .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
            assertThat(drawn.replaceAll("\\s+", " ").strip()).as("legend name drawn").isEqualTo(name.getText());
        }
        assertThat(robot.lookup(".legend-name").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Suspensions, withdrawals and expiries");
    }

    private static void collect(Node node, Set<String> data, List<String> unmarked) {
        if (node instanceof Labeled labeled) {
            check(labeled.getText(), data, unmarked);
            Tooltip tip = labeled.getTooltip();
            if (tip != null) {
                check(tip.getText(), data, unmarked);
            }
        }
        if (node instanceof TextInputControl input) {
            check(input.getPromptText(), data, unmarked);
        }
        // JavaFX's own controls name some of their parts in JavaFX's words (a tab's close button, the toolbar's overflow).
        boolean javafxsOwn = node.getStyleClass().contains("tab-close-button") || node.getStyleClass().contains("tool-bar-overflow-button");
        if (node.getAccessibleText() != null && !javafxsOwn) {
            check(node.getAccessibleText(), data, unmarked);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, data, unmarked));
        }
    }

    private static void collect(MenuItem item, Set<String> data, List<String> unmarked) {
        if (!(item instanceof SeparatorMenuItem)) {
            check(item.getText(), data, unmarked);
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, data, unmarked));
        }
    }

    /** Marked, empty, only digits and punctuation, a symbol on a button, or the timeline's own data. */
    private static void check(String text, Set<String> data, List<String> unmarked) {
        if (text == null || text.isBlank() || text.contains("\u27e6") || data.contains(text.strip())
                || !text.codePoints().anyMatch(Character::isLetter)) {
            return;
        }
        // Language names in View > Language are written in their own language on purpose.
        if (Messages.LANGUAGES.stream().anyMatch(l -> text.equalsIgnoreCase(l.getDisplayLanguage(l)))) {
            return;
        }
        unmarked.add(text);
    }

    private static Set<String> dataTexts(TimelineDocument document) {
        Set<String> texts = new HashSet<>();
        texts.add(document.title());
        if (document.description() != null) {
            texts.add(document.description());
        }
        for (Category c : document.categories()) {
            texts.add(c.name());
        }
        for (TimelineEvent e : document.events()) {
            texts.add(e.title());
            addIfAny(texts, e.summary());
            addIfAny(texts, e.location());
            texts.addAll(e.actors());
            texts.add(String.join(", ", e.actors()));
            texts.addAll(e.tags());
            if (e.description() != null) {
                for (String paragraph : e.description().split("\n\n")) {
                    texts.add(paragraph.strip());
                }
                texts.add(e.description());
            }
            for (Source s : e.sources()) {
                texts.add(s.title());
                addIfAny(texts, s.publisher());
                addIfAny(texts, s.url());
            }
        }
        document.tours().forEach(t -> texts.add(t.title()));
        document.eras().forEach(era -> texts.add(era.title()));
        return texts;
    }

    private static void addIfAny(Set<String> texts, String text) {
        if (text != null) {
            texts.add(text);
        }
    }
}
