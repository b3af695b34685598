package org.chronoline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.io.WebPage;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.IsoDates;
import org.chronoline.model.Source;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a student does with the published page, in a real browser, from a file, with no network. */
class PublishedPageTest {
    @TempDir
    static Path dir;
    static ChromeDriver browser;
    static Path page;

    @BeforeAll
    static void publish() throws Exception {
        page = Browser.publishBundled(dir);
        browser = Browser.start(dir.resolve("profile"));
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void open() {
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.get(page.toUri().toString());
        waitUntil(() -> Boolean.TRUE.equals(script("return !!window.ChronolineViewer && ChronolineViewer.state().shownIds.length > 0")));
    }

    /** The bundled tour studied from a fresh start, in the mode of the tab given ("cl-study-cards-tab"). */
    private void studyTheTour(String tab) {
        forgetProgress();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByValue("cfe-story");
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        browser.findElement(By.id(tab)).click();
    }

    /** No study progress from an earlier test: the page reads it once, as it loads. */
    private void forgetProgress() {
        script("localStorage.clear()");
        open();
    }

    private static Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state() {
        return (Map<String, Object>) script("return ChronolineViewer.state()");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> condition.getAsBoolean());
    }

    /** Publishes the timeline file {@code json} as {@code NAME.html} and opens it, once its events are shown. */
    private static void openPublished(String name, String json) throws IOException {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, json);
        Path published = dir.resolve(name + ".html");
        WebPage.write(published, List.of(), new TimelineFileReader().read(file).document(), dir, null);
        browser.get(published.toUri().toString());
        waitUntil(() -> Boolean.TRUE.equals(script("return !!window.ChronolineViewer && ChronolineViewer.state().shownIds.length > 0")));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ids(String name) {
        return (List<Object>) state().get(name);
    }

    private static String details() {
        return browser.findElement(By.id("cl-details")).getText();
    }

    @Test
    void theBundledPageIsSmallAndAsksTheNetworkForNothing() throws IOException {
        // About 345 KB: 116 KB the events' text and sources, the rest the viewer and its style (the README says so).
        assertThat(Files.size(page)).as("the page without pictures").isLessThan(360_000);
        assertThat(state().get("shownIds")).asList().hasSize(77);
        assertThat(script("return performance.getEntriesByType('resource').length")).as("no request of any kind").isEqualTo(0L);
        assertThat(Browser.complaints(browser)).as("no errors, no refused requests, no CSP violations").isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Arms Control in Europe, 1972–2026");
        assertThat(browser.findElements(By.cssSelector("#cl-events li"))).as("every event in the list, as text").hasSize(77);
    }

    /**
     * The list of events is heard as what it is: a list box named "All events" whose events are
     * options, the selected one said to be selected. Its items were plain list items with a tab
     * stop: a screen reader said "list item" and nothing of what Space or Enter would do, nor which
     * event was chosen (a student's walk-through).
     */
    @Test
    void theListOfEventsIsAListBoxOfOptions() {
        script("ChronolineViewer.select('cfe-signed')");
        WebElement list = browser.findElement(By.id("cl-events"));
        assertThat(list.getAriaRole()).isEqualTo("listbox");
        assertThat(list.getAccessibleName()).isEqualTo("All events");
        List<WebElement> items = browser.findElements(By.cssSelector("#cl-events li"));
        assertThat(items.get(0).getAriaRole()).isEqualTo("option");
        assertThat(items.get(0).getAccessibleName()).isEqualTo(items.get(0).getText().replace("\n", " "));
        assertThat(script("return [...document.querySelectorAll('#cl-events li[aria-selected=\"true\"]')].map(li => li.event.id)"))
                .asList().containsExactly("cfe-signed");
        assertThat(script("return document.querySelectorAll('#cl-events li[aria-selected=\"false\"]').length")).isEqualTo(76L);

        script("ChronolineViewer.select('inf-signed')");

        assertThat(script("return [...document.querySelectorAll('#cl-events li[aria-selected=\"true\"]')].map(li => li.event.id)"))
                .asList().containsExactly("inf-signed");
        // A list box's Page Down and Page Up move by about a screen of events (a walk-through: 77 events, one at a time).
        script("document.querySelector('#cl-events li[tabindex=\"0\"]').focus()");
        long from = (Long) script("return [...document.querySelectorAll('#cl-events li')].indexOf(document.activeElement)");
        browser.switchTo().activeElement().sendKeys(Keys.PAGE_DOWN);
        long down = (Long) script("return [...document.querySelectorAll('#cl-events li')].indexOf(document.activeElement)");
        assertThat(down - from).as("a screen's worth on").isGreaterThan(5);
        browser.switchTo().activeElement().sendKeys(Keys.PAGE_UP);
        assertThat(script("return [...document.querySelectorAll('#cl-events li')].indexOf(document.activeElement)")).isEqualTo(from);
        // Moved to by the arrows past the screen's foot, an item shows its whole focus ring: it was cut at the edge.
        script("document.querySelector('#cl-events li').focus(); scrollTo(0, 0)");
        for (int i = 0; i < 30; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(((Number) script("return scrollY")).doubleValue()).as("the page scrolled with the keys").isPositive();
        assertThat(((Number) script("return document.activeElement.getBoundingClientRect().bottom + 5 - innerHeight")).doubleValue())
                .as("the ring's foot above the screen's").isLessThanOrEqualTo(0.5);
    }

    /**
     * Letters typed in the list box go to the titles that begin with them, as the window's list does:
     * only the arrows and Page keys reached a title (a walk-through). Space among letters is typed.
     */
    @Test
    void lettersTypedInTheListGoToTheTitlesBeginningWithThem() {
        script("document.querySelector('#cl-events li').focus()");
        String focused = "return document.activeElement.event.label";
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) script("return [...document.querySelectorAll('#cl-events li')].map(li => li.event.label)");
        List<String> vienna = titles.stream().filter(t -> t.startsWith("Vienna")).toList();

        browser.switchTo().activeElement().sendKeys("v");
        assertThat(script(focused)).isEqualTo(vienna.get(0));
        browser.switchTo().activeElement().sendKeys("v");
        assertThat(script(focused)).as("the same letter again: the next").isEqualTo(vienna.get(1));

        new org.openqa.selenium.interactions.Actions(browser).pause(Duration.ofMillis(1200)).perform();
        browser.switchTo().activeElement().sendKeys("cfe t");
        int from = titles.indexOf(vienna.get(1));
        String next = java.util.stream.IntStream.range(1, titles.size()).mapToObj(i -> titles.get((from + i) % titles.size()))
                .filter(t -> t.startsWith("CFE T")).findFirst().orElseThrow();
        assertThat(script(focused)).as("\"CFE T\" after the item the keys were on").isEqualTo(next);
        assertThat(state().get("selectedId")).as("Space among letters is typed, not a choice").isNull();
        // A Mac's Option types letters: "ó" with it goes to the next title beginning with O (accents aside); elsewhere
        // Alt with a letter types nothing. The page dropped them (a review).
        String optionO = "document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'ó', code: 'KeyO', altKey: true, bubbles: true, cancelable: true}))";
        new org.openqa.selenium.interactions.Actions(browser).pause(Duration.ofMillis(1200)).perform();
        script(optionO);
        assertThat(script(focused)).as("Alt+ó off a Mac").isEqualTo(next);
        script("Object.defineProperty(navigator, 'platform', {get: () => 'MacIntel', configurable: true})");
        script(optionO);
        int after = titles.indexOf(next);
        String o = java.util.stream.IntStream.range(1, titles.size()).mapToObj(i -> titles.get((after + i) % titles.size()))
                .filter(t -> t.startsWith("O")).findFirst().orElseThrow();
        assertThat(script(focused)).as("Option+O on a Mac").isEqualTo(o);
        // A move ends the typing: Space straight after an arrow chooses, as ever (it was typed for a second). Whether "c"
        // goes on with "cfe t" or begins afresh depends on the time taken since; the arrows end it either way.
        browser.switchTo().activeElement().sendKeys("c", Keys.ARROW_DOWN, Keys.ARROW_UP, " ");
        assertThat(script("return document.querySelector('#cl-events li[aria-selected=\"true\"]')?.event.label")).as("Space chose")
                .isEqualTo(script(focused));
        String chosenByEnter = (String) script(focused);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(script("return document.querySelector('#cl-events li[aria-selected=\"true\"]').event.label")).as("Enter chooses it")
                .isEqualTo(chosenByEnter);
    }

    /** On a phone held sideways, a card taken back keeps its grades on the screen: they were below its foot (a walk-through). */
    @Test
    void onAPhoneHeldSidewaysACardTakenBackKeepsItsGradesInSight() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 844, "height", 390, "deviceScaleFactor", 2,
                "mobile", true));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            forgetProgress();
            browser.findElement(By.id("cl-study")).click();
            waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
            browser.findElement(By.id("cl-study-cards-tab")).click();
            browser.findElement(By.id("cl-card-turn")).click();
            browser.findElement(By.id("cl-card-knew")).click();
            browser.findElement(By.id("cl-card-undo")).click();
            assertThat(browser.findElement(By.id("cl-card-counter")).getText()).startsWith("Card 1 of ");
            assertThat(((Number) script("return document.getElementById('cl-card-knew').getBoundingClientRect().bottom")).doubleValue())
                    .as("Knew It on the screen").isLessThanOrEqualTo(391);
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void searchingOpeningAResultAndFollowingARelatedLink() {
        WebElement search = browser.findElement(By.id("cl-search"));
        search.sendKeys("CFE");
        waitUntil(() -> state().get("matchIds") != null);
        List<Object> matches = ids("matchIds");
        assertThat(matches).hasSizeGreaterThan(10).contains("cfe-signed", "putin-cfe-decree");

        browser.findElements(By.cssSelector("#cl-results li")).stream().filter(li -> li.getText().contains("CFE Treaty signed in Paris"))
                .findFirst().orElseThrow().click();
        waitUntil(() -> "cfe-signed".equals(state().get("selectedId")));
        assertThat(details()).contains("CFE Treaty signed in Paris", "19 November 1990", "Paris");
        assertThat(browser.getCurrentUrl()).endsWith("#cfe-signed");

        WebElement related = browser.findElement(By.cssSelector("#cl-details ul.related a, #cl-details ul.related button"));
        String relatedTitle = related.getText();
        related.sendKeys(Keys.ENTER);
        waitUntil(() -> !"cfe-signed".equals(state().get("selectedId")));
        assertThat(details()).contains(relatedTitle.strip());
        // The keys, and a screen reader, go on from the new event's title (they were left on the page's body).
        assertThat(script("return document.activeElement.className")).isEqualTo("details-title");
        assertThat(script("return document.activeElement.textContent")).isEqualTo(relatedTitle.strip());

        browser.findElement(By.cssSelector("#cl-details > button.back")).sendKeys(Keys.ENTER);
        waitUntil(() -> "cfe-signed".equals(state().get("selectedId")));
        assertThat(script("return document.activeElement.textContent")).as("Back, too").isEqualTo("CFE Treaty signed in Paris");
    }

    /** As in the window: an event chosen with ] is drawn as itself, never left counted in a cluster ("6") beside its details. */
    @Test
    void anEventChosenWithTheKeyboardIsDrawnAsItself() {
        browser.manage().window().setSize(new Dimension(1024, 768));
        script("ChronolineViewer.select('helsinki-final-act')");
        WebElement canvas = browser.findElement(By.id("cl-canvas"));
        List<String> hidden = new java.util.ArrayList<>();
        for (int step = 0; step < 30; step++) {
            canvas.sendKeys("]");
            String selected = String.valueOf(state().get("selectedId"));
            // Where the glide ends, not a frame on its way.
            waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
            if (!ids("drawnIds").contains(selected)) {
                hidden.add(selected);
            }
        }
        assertThat(hidden).as("chosen with ] and not drawn").isEmpty();
    }

    /**
     * Clusters side by side are drawn apart, as in the window: their pills were 2 px apart, and at a
     * large text size their round ends met, a row of counts read as one bar.
     */
    @Test
    @SuppressWarnings("unchecked")
    void clustersSideBySideAreDrawnApart() {
        browser.manage().window().setSize(new Dimension(1024, 1800)); // every lane in sight
        // Drawn at that size (the canvas is sized as it is drawn).
        waitUntil(() -> ((Number) script("const c = document.getElementById('cl-canvas'); return c.height * c.clientWidth / c.width")).doubleValue() > 1200);
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        String colours = "const shown = document.getElementById('cl-canvas'); const c = document.createElement('canvas');"
                + " c.width = shown.width; c.height = shown.height; const g = c.getContext('2d', {willReadFrequently: true});"
                + " g.drawImage(shown, 0, 0); const r = shown.width / shown.clientWidth;"
                + " return arguments[0].map(([x, y]) => { const p = g.getImageData(Math.floor(x * r), Math.floor(y * r), 1, 1).data;"
                + " return p[0] + p[1] + p[2]; });";
        List<List<Number>> pills = (List<List<Number>>) state().get("clusterPills");
        double height = ((Number) script("return document.getElementById('cl-canvas').clientHeight")).doubleValue();
        int sideBySide = 0;
        for (List<Number> left : pills) {
            for (List<Number> right : pills) {
                double x0 = left.get(0).doubleValue() + left.get(2).doubleValue();
                double gap = right.get(0).doubleValue() - x0;
                double y = left.get(1).doubleValue();
                double h = left.get(3).doubleValue();
                if (right.get(1).doubleValue() != y || gap < 0 || gap >= h || y < 0 || y + h > height) {
                    continue;
                }
                sideBySide++;
                assertThat(gap).as("the gap between two clusters %s px tall", h).isGreaterThanOrEqualTo(h / 8);
                List<Number> seen = (List<Number>) script(colours, List.of(
                        List.of(left.get(0).doubleValue() + h / 2, y + h / 2), List.of(x0 + gap / 2, y + h / 2)));
                assertThat(Math.abs(seen.get(0).intValue() - seen.get(1).intValue())).as("the pill, then the gap, as drawn: %s", seen).isGreaterThan(150);
            }
        }
        assertThat(sideBySide).as("clusters side by side").isPositive();
    }

    /** The filter's and the details' category swatches have the shapes of the categories' markers: all were squares, told apart by colour alone. */
    @Test
    void categorySwatchesHaveTheShapesOfTheirMarkers() {
        List<String> shapes = ((List<?>) script("return [...document.querySelectorAll('#cl-filter .swatch')].map(s => "
                + "[...s.classList].find(c => c.startsWith('shape-')) + ' ' + getComputedStyle(s).clipPath + ' ' + getComputedStyle(s).borderRadius)"))
                .stream().map(String::valueOf).toList();
        assertThat(shapes).hasSizeGreaterThanOrEqualTo(6);
        assertThat(shapes.subList(0, 6)).as("the markers' shapes, in the file's order").doesNotHaveDuplicates();
        assertThat(shapes.get(0)).startsWith("shape-circle none 50%");
        assertThat(shapes.get(2)).startsWith("shape-diamond polygon(");
        script("ChronolineViewer.select('cfe-signed')");
        assertThat(script("return document.querySelector('#cl-details .chip .swatch').className")).isEqualTo("swatch shape-circle");
    }

    /**
     * On a phone an event chosen on the timeline is named in a bar at the screen's foot that brings
     * its details into view: they are under the timeline, and a tap showed nothing but the marker.
     */
    @Test
    void onAPhoneAnEventChosenOnTheTimelineOffersItsDetails() {
        browser.manage().window().setSize(new Dimension(360, 640));
        WebElement peek = browser.findElement(By.id("cl-peek"));
        assertThat(peek.isDisplayed()).as("nothing chosen").isFalse();
        browser.findElement(By.id("cl-canvas")).sendKeys("]");
        waitUntil(peek::isDisplayed);
        String title = String.valueOf(script("return document.querySelector('#cl-details .details-title').textContent"));
        assertThat(peek.getText()).isEqualTo("Details: " + title);
        assertThat(peek.getAccessibleName()).as("no \"down arrow\" said").isEqualTo("Details: " + title);

        peek.click();
        waitUntil(() -> !peek.isDisplayed());
        assertThat(((Number) script("return document.getElementById('cl-details').getBoundingClientRect().top")).doubleValue())
                .as("the details in view").isLessThan(640 * 0.6);
        assertThat(script("return document.activeElement.className")).isEqualTo("details-title");
        String arrow = "return getComputedStyle(document.getElementById('cl-peek'), '::before').content";
        assertThat(String.valueOf(script(arrow))).as("under the screen: down").startsWith("\"\u2193");

        // Scrolled past the details into the list: the bar comes back, pointing up (it pointed down).
        script("window.scrollTo(0, document.body.scrollHeight)");
        waitUntil(peek::isDisplayed);
        assertThat(String.valueOf(script(arrow))).as("above the screen: up").startsWith("\"\u2191");
        peek.click();
        waitUntil(() -> !peek.isDisplayed());

        // Its × puts it away for this event: it covered a row or two of the timeline's foot or the list, for good.
        script("window.scrollTo(0, 0)");
        browser.findElement(By.id("cl-canvas")).sendKeys("]");
        waitUntil(peek::isDisplayed);
        String putAway = String.valueOf(state().get("selectedId"));
        WebElement close = browser.findElement(By.id("cl-peek-close"));
        assertThat(close.getAccessibleName()).isEqualTo("Hide the details bar");
        assertThat(close.getRect().getHeight()).as("a finger's target").isGreaterThanOrEqualTo(36);
        close.click();
        waitUntil(() -> !peek.isDisplayed());
        assertThat(script("return document.body.classList.contains('peeking')")).as("no room kept for it").isEqualTo(false);
        assertThat(state().get("selectedId")).as("the event still chosen").isEqualTo(putAway);
        browser.findElement(By.id("cl-canvas")).sendKeys("]");
        waitUntil(peek::isDisplayed);
        assertThat(state().get("selectedId")).isNotEqualTo(putAway);
        browser.findElement(By.id("cl-canvas")).sendKeys("[");
        assertThat(state().get("selectedId")).isEqualTo(putAway);
        assertThat(peek.isDisplayed()).as("the first event chosen again: its bar again").isTrue();

        // A jump from the top past the details to the page's end never crosses them: the arrow still pointed down.
        script("window.scrollTo(0, 0)");
        browser.findElement(By.id("cl-canvas")).sendKeys("]");
        waitUntil(peek::isDisplayed);
        assertThat(String.valueOf(script(arrow))).startsWith("\"\u2193");
        script("window.scrollTo(0, document.body.scrollHeight)");
        waitUntil(() -> String.valueOf(script(arrow)).startsWith("\"\u2191"));

        // At 200%, two lines of it: one held "Details:" and no title (walk-through).
        script("window.scrollTo(0, 0); document.documentElement.style.fontSize = '200%'");
        waitUntil(peek::isDisplayed);
        Number lines = (Number) script("const t = document.querySelector('#cl-peek .peek-text');"
                + " return t.getBoundingClientRect().height / parseFloat(getComputedStyle(t).lineHeight || getComputedStyle(t).fontSize)");
        assertThat(lines.doubleValue()).as("lines of the bar's words").isGreaterThan(1.5);
        script("document.documentElement.style.fontSize = ''");

        browser.manage().window().setSize(new Dimension(1366, 768));
        script("window.scrollTo(0, 0)");
        browser.findElement(By.id("cl-canvas")).sendKeys("]");
        assertThat(peek.isDisplayed()).as("beside the timeline, the details need no bar").isFalse();
    }

    /**
     * On a phone held sideways the header is one row of tools over a line of status, the title cut to
     * its row, so that the timeline with its zoom buttons fits the screen: the header took 132 of 390
     * pixels, and + and − were below the fold (a student's walk-through). Nothing is wider than the screen.
     * The title takes two lines of that row: on one it read "Arms Control in Europe…" at 844 pixels.
     */
    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"844, 390", "812, 375", "640, 360"})
    void onAPhoneHeldSidewaysTheTimelineAndItsZoomButtonsFitTheScreen(int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 2,
                "mobile", true));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            open();
            double header = ((Number) script("return document.querySelector('.top').getBoundingClientRect().height")).doubleValue();
            double zoomBottom = ((Number) script("return document.getElementById('cl-fit').getBoundingClientRect().bottom")).doubleValue();
            double stage = ((Number) script("return document.getElementById('cl-stage').getBoundingClientRect().height")).doubleValue();
            assertThat(header).as("the header").isLessThanOrEqualTo(96);
            assertThat(zoomBottom).as("the zoom buttons on the screen").isLessThanOrEqualTo(height);
            assertThat(stage).as("the timeline takes the rest").isGreaterThanOrEqualTo(height - 96 - 56);
            assertThat(script("return document.documentElement.scrollWidth")).as("nothing wider than the screen")
                    .isEqualTo((long) width);
            for (String id : List.of("cl-search", "cl-present", "cl-study", "cl-steps")) {
                assertThat(browser.findElement(By.id(id)).getRect().getY()).as("%s on the tools' one row", id).isLessThan(60);
            }
            assertThat(browser.findElement(By.id("cl-steps")).getRect().getWidth()).as("what to present, narrowed").isLessThanOrEqualTo(176);
            if (width >= 800) {
                assertThat(script("const t = document.getElementById('cl-title'); return t.scrollHeight <= t.clientHeight"
                        + " && t.getBoundingClientRect().bottom <= document.getElementById('cl-search').getBoundingClientRect().bottom + 2"))
                        .as("the title whole beside the tools").isEqualTo(true);
            }
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * On a phone held sideways the timeline with its zoom row fills the screen to its foot, where the details bar lies: an
     * event tapped in its bottom rows was covered by the bar that then appeared, and the tap went on to
     * the bar, jumping to the details. The tapped event now rises above the bar, and the page stays.
     */
    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneHeldSidewaysAnEventTappedAtTheTimelinesFootStaysInSightAboveTheBar() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 812, "height", 375, "deviceScaleFactor", 2, "mobile", true));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            open();
            waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
            WebElement canvas = browser.findElement(By.id("cl-canvas"));
            double canvasTop = ((Number) script("return document.getElementById('cl-canvas').getBoundingClientRect().top")).doubleValue();
            double canvasHeight = ((Number) script("return document.getElementById('cl-canvas').getBoundingClientRect().height")).doubleValue();
            double zoomRowBottom = ((Number) script("return document.querySelector('.overview-row').getBoundingClientRect().bottom"))
                    .doubleValue();
            assertThat(zoomRowBottom).as("the timeline and its zoom buttons reach the screen's foot").isBetween(375.0 - 30, 375.0);
            // The lowest event whose middle is on the timeline, in the bar's reach.
            double foot = canvasTop + canvasHeight;
            List<Object> lowest = null;
            for (List<Object> box : (List<List<Object>>) state().get("drawnBoxes")) {
                double middle = canvasTop + ((Number) box.get(2)).doubleValue() + ((Number) box.get(4)).doubleValue() / 2;
                if (middle < foot - 6 && middle > foot - 40 && (lowest == null || ((Number) box.get(2)).doubleValue() > ((Number) lowest.get(2)).doubleValue())) {
                    lowest = box;
                }
            }
            assertThat(lowest).as("an event drawn at the foot").isNotNull();
            String id = (String) lowest.get(0);
            int x = (int) (((Number) lowest.get(1)).doubleValue() + 6);
            int y = (int) (((Number) lowest.get(2)).doubleValue() + ((Number) lowest.get(4)).doubleValue() / 2);

            org.openqa.selenium.interactions.PointerInput finger = new org.openqa.selenium.interactions.PointerInput(
                    org.openqa.selenium.interactions.PointerInput.Kind.TOUCH, "finger");
            org.openqa.selenium.interactions.Sequence tap = new org.openqa.selenium.interactions.Sequence(finger, 0)
                    .addAction(finger.createPointerMove(Duration.ZERO, org.openqa.selenium.interactions.PointerInput.Origin.viewport(),
                            (int) canvas.getRect().getX() + x, (int) canvasTop + y))
                    .addAction(finger.createPointerDown(org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()))
                    .addAction(finger.createPointerUp(org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()));
            browser.perform(List.of(tap));

            waitUntil(() -> id.equals(state().get("selectedId")));
            new org.openqa.selenium.interactions.Actions(browser).pause(Duration.ofMillis(400)).perform();
            assertThat(((Number) script("return scrollY")).doubleValue()).as("the tap was the event's, not the bar's too").isZero();
            WebElement peek = browser.findElement(By.id("cl-peek"));
            assertThat(peek.isDisplayed()).isTrue();
            // It lay over the overview strip (and, before that, the zoom buttons).
            assertThat(((Number) script("return document.getElementById('cl-peek').getBoundingClientRect().bottom")).doubleValue())
                    .as("the bar above the overview strip and its zoom buttons")
                    .isLessThanOrEqualTo(((Number) script("return document.querySelector('.overview-row').getBoundingClientRect().top")).doubleValue());
            waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
            double barTop = ((Number) script("return document.getElementById('cl-peek').getBoundingClientRect().top")).doubleValue();
            List<Object> chosen = ((List<List<Object>>) state().get("drawnBoxes")).stream().filter(b -> id.equals(b.get(0))).findFirst().orElseThrow();
            double bottom = canvasTop + ((Number) chosen.get(2)).doubleValue() + ((Number) chosen.get(4)).doubleValue();
            assertThat(bottom).as("the event above the bar (its top at %s)", barTop).isLessThanOrEqualTo(barTop);

            // The bar itself, tapped, still brings the details, and a button at their top goes back to the timeline:
            // nothing on the screen led back to it but scrolling.
            peek.click();
            waitUntil(() -> !peek.isDisplayed());
            assertThat(((Number) script("return scrollY")).doubleValue()).isPositive();
            WebElement back = browser.findElement(By.cssSelector("#cl-details button.list-return"));
            assertThat(back.getText()).isEqualTo("Back to the timeline");
            waitUntil(() -> ((Number) script("return arguments[0].getBoundingClientRect().top", back)).doubleValue() >= 0);
            back.click();
            waitUntil(() -> ((Number) script("return scrollY")).doubleValue() == 0);
            assertThat(browser.switchTo().activeElement()).as("the keys on the timeline").isEqualTo(canvas);
            assertThat(state().get("selectedId")).as("its event still chosen").isEqualTo(id);
            assertThat(browser.findElements(By.cssSelector("#cl-details button.list-return"))).as("gone once used").isEmpty();
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * At 400% (320 by 256 pixels) a step's card whose text goes on below its box is read to its end with
     * ↓ before ↓ moves on: every key moved to the next step, and the rest of the card could not be reached
     * (audit). A clicker's Page Down still moves on at once.
     */
    @Test
    void atFourHundredPercentDownReadsAStepsCardToItsEndBeforeMovingOn() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 256, "deviceScaleFactor", 1, "mobile", false));
        try {
            open();
            browser.findElement(By.id("cl-present")).click();
            waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
            WebElement view = browser.findElement(By.id("cl-present-view"));
            String over = "const c = document.querySelector('.step-card'); return c.scrollHeight - c.clientHeight - c.scrollTop";
            for (int i = 0; i < 20 && ((Number) script(over)).doubleValue() < 2; i++) {
                view.sendKeys(Keys.PAGE_DOWN);
            }
            assertThat(((Number) script(over)).doubleValue()).as("a card that goes on below its box").isGreaterThan(2);
            String counter = browser.findElement(By.id("cl-counter")).getText();
            int presses = 0;
            while (((Number) script(over)).doubleValue() >= 1 && presses < 20) {
                view.sendKeys(Keys.ARROW_DOWN);
                presses++;
                assertThat(browser.findElement(By.id("cl-counter")).getText()).as("still the same step while its card scrolls").isEqualTo(counter);
            }
            assertThat(((Number) script(over)).doubleValue()).as("read to its end").isLessThan(1);
            view.sendKeys(Keys.ARROW_UP);
            assertThat(browser.findElement(By.id("cl-counter")).getText()).as("↑ scrolls back first").isEqualTo(counter);
            view.sendKeys(Keys.PAGE_DOWN);
            assertThat(browser.findElement(By.id("cl-counter")).getText()).as("Page Down moves on at once").isNotEqualTo(counter);
            view.sendKeys(Keys.ESCAPE);
            waitUntil(() -> !browser.findElement(By.id("cl-present-view")).isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * G while presenting, or a click on the step counter, shows every step at a glance, as the window's G does:
     * the current step marked, focused and in view; the arrows, Enter or a click choose another; Esc goes back
     * to the step. The page had no such grid: a teacher looking for step 60 of 77 pressed → 59 times.
     */
    @Test
    void everyStepAtAGlanceWhilePresenting() {
        script("ChronolineViewer.select(null)");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByVisibleText("All events shown");
        browser.findElement(By.id("cl-present")).click();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        WebElement view = browser.findElement(By.id("cl-present-view"));
        view.sendKeys("6", "0", Keys.ENTER);
        WebElement grid = browser.findElement(By.id("cl-present-grid"));
        assertThat(grid.isDisplayed()).isFalse();

        view.sendKeys("g");
        assertThat(grid.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("cl-grid-title")).getText()).isEqualTo("All events shown \u2014 77 steps");
        List<WebElement> tiles = grid.findElements(By.cssSelector(".present-tile"));
        assertThat(tiles).hasSize(77);
        WebElement current = browser.switchTo().activeElement();
        assertThat(current.getAttribute("aria-current")).isEqualTo("step");
        assertThat(current.getText()).startsWith("60");
        assertThat((Boolean) script("const r = arguments[0].getBoundingClientRect(), g = document.querySelector('.present-tiles')"
                + ".getBoundingClientRect(); return r.top >= g.top && r.bottom <= g.bottom + 0.5", current)).as("in view").isTrue();
        assertThat(current.getAttribute("aria-label")).as("what a screen reader says of it").startsWith("60. ");
        long columns = tiles.stream().filter(t -> t.getLocation().getY() == tiles.get(0).getLocation().getY()).count();
        assertThat(columns).as("tiles side by side at 1024 px").isGreaterThan(1);

        current.sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.switchTo().activeElement().getText()).startsWith("61");
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertThat(browser.switchTo().activeElement().getText()).as("a row up").startsWith(String.valueOf(61 - columns));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(grid.isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("cl-counter")).getText()).startsWith((61 - columns) + " / 77");
        assertThat(script("return document.activeElement.id")).as("the keys back to the presentation").isEqualTo("cl-present-view");
        view.sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.findElement(By.id("cl-counter")).getText()).startsWith((62 - columns) + " / 77");

        // The counter opens it too, for a mouse or a finger; a tile clicked goes there; Esc goes back, still presenting.
        WebElement counter = browser.findElement(By.id("cl-counter"));
        assertThat(counter.getAttribute("aria-label")).isEqualTo((62 - columns) + " / 77: all steps at a glance");
        counter.click();
        assertThat(grid.isDisplayed()).isTrue();
        grid.findElements(By.cssSelector(".present-tile")).get(1).click();
        assertThat(grid.isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("cl-counter")).getText()).startsWith("2 / 77");
        assertThat(script("return document.activeElement.id")).as("the keys back to the counter that opened it").isEqualTo("cl-counter");
        view.sendKeys("g");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(grid.isDisplayed()).isFalse();
        assertThat(view.isDisplayed()).as("Esc leaves the grid, not the presentation").isTrue();
        assertThat(browser.findElement(By.id("cl-counter")).getText()).startsWith("2 / 77");
        assertThat(script("return document.activeElement.id")).as("opened by G: the keys back to the presentation")
                .isEqualTo("cl-present-view");
        // Opened from the counter by its key, Esc gives the keys back to the counter (WAI-ARIA's dialog pattern), not the page.
        script("document.getElementById('cl-counter').focus()");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(grid.isDisplayed()).isTrue();
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(grid.isDisplayed()).isFalse();
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-counter");
        view.sendKeys(Keys.ESCAPE);
        waitUntil(() -> !view.isDisplayed());
    }

    /**
     * A source in another language than the page's has its title marked as that language, which a screen reader
     * then reads in it (WCAG 3.1.2), and says so to everyone: "in German". A Russian title was read as English.
     */
    @Test
    void aSourceInAnotherLanguageSaysSoAndIsReadInIt() {
        script("ChronolineViewer.select('vienna-document-1992')");
        waitUntil(() -> !browser.findElements(By.cssSelector("#cl-details a[lang='de']")).isEmpty());
        List<WebElement> german = browser.findElements(By.cssSelector("#cl-details a[lang='de']"));
        assertThat(german).extracting(WebElement::getText).contains("4. März 1992 (Deutschland-Chronik: Wiener Dokument 92)");
        assertThat(details()).contains("Bundeszentrale für politische Bildung \u00b7 in German");
        script("ChronolineViewer.select('putin-signs-cfe-law')");
        waitUntil(() -> !browser.findElements(By.cssSelector("#cl-details [lang='ru']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#cl-details [lang]"))).as("the English sources are the page's own")
                .allSatisfy(node -> assertThat(node.getAttribute("lang")).isEqualTo("ru"));
    }

    /** A step's number, then Enter, goes there while presenting, as in the window: 46 and Enter moved one step on. */
    @Test
    void aStepsNumberThenEnterGoesThereWhilePresenting() {
        script("ChronolineViewer.select(null)");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByVisibleText("All events shown");
        browser.findElement(By.id("cl-present")).click();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        WebElement view = browser.findElement(By.id("cl-present-view"));
        view.sendKeys("4");
        view.sendKeys("6");
        WebElement prompt = browser.findElement(By.id("cl-present-jump"));
        assertThat(prompt.getText()).startsWith("Go to step 46");
        assertThat(browser.findElement(By.id("cl-counter")).getText()).as("not yet").startsWith("1 / ");
        view.sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.id("cl-counter")).getText()).startsWith("46 / ");
        assertThat(prompt.isDisplayed()).isFalse();
        view.sendKeys("9", "9", "9");
        assertThat(prompt.getText()).as("said as typed").isEqualTo("No step 999: there are 77 steps, from 1972 to 2026. Esc to cancel");
        view.sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.id("cl-counter")).getText()).as("there is no step 999").startsWith("46 / ");
        assertThat(prompt.isDisplayed()).as("still said after Enter").isTrue();
        view.sendKeys("7");
        assertThat(prompt.getText()).as("a new number, not 9997").startsWith("Go to step 7");
        view.sendKeys(Keys.ESCAPE);
        // A year of the steps' that is no step's number goes to the step nearest it, as in the window.
        view.sendKeys("2", "0", "0", "7");
        assertThat(prompt.getText()).startsWith("Go to 2007: step ").contains("2007)\nEnter to go, Esc to cancel");
        view.sendKeys(Keys.ENTER);
        waitUntil(() -> browser.findElement(By.id("cl-step-date")).getText().contains("2007"));
        assertThat(prompt.isDisplayed()).isFalse();
        view.sendKeys(Keys.HOME);
        waitUntil(() -> browser.findElement(By.id("cl-counter")).getText().startsWith("1 / "));
        view.sendKeys(Keys.END);
        view.sendKeys("4", "6", Keys.ENTER);
        waitUntil(() -> browser.findElement(By.id("cl-counter")).getText().startsWith("46 / "));
        view.sendKeys("7");
        view.sendKeys("2");
        view.sendKeys(Keys.ESCAPE);
        assertThat(prompt.isDisplayed()).as("Esc drops the number, and the presentation stays").isFalse();
        assertThat(view.isDisplayed()).isTrue();
        view.sendKeys("3");
        view.sendKeys(Keys.PAGE_DOWN);
        assertThat(prompt.isDisplayed()).as("a move drops it").isFalse();
        assertThat(browser.findElement(By.id("cl-counter")).getText()).startsWith("47 / ");
        // With › clicked, the button keeps the keys: the number still goes before its Enter (review).
        browser.findElement(By.id("cl-next")).click();
        browser.switchTo().activeElement().sendKeys("5");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.id("cl-counter")).getText()).startsWith("5 / ");
        view.sendKeys(Keys.ESCAPE);
        waitUntil(() -> !view.isDisplayed());
    }

    /**
     * + and - make the slides' type larger and smaller while presenting, as in the window, said for a
     * moment, and kept for the next presentation, which says so. The page had no way to: its type is a
     * share of the screen's height, which the browser's zoom leaves as it is.
     */
    @Test
    void plusAndMinusChangeTheSlidesTypeAndTheNextPresentationKeepsIt() {
        forgetProgress();
        try {
            slidesTypeChangedAndKept();
        } finally {
            forgetProgress(); // no larger type left for the presentations of other tests
        }
    }

    private void slidesTypeChangedAndKept() {
        String size = "return parseFloat(getComputedStyle(document.getElementById(arguments[0])).fontSize)";
        browser.findElement(By.id("cl-present")).click();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        WebElement view = browser.findElement(By.id("cl-present-view"));
        WebElement note = browser.findElement(By.id("cl-present-note"));
        assertThat(note.isDisplayed()).as("nothing said at the usual size").isFalse();
        double base = ((Number) script(size, "cl-step-title")).doubleValue();
        double labels = ((Number) script(size, "cl-present-canvas")).doubleValue();
        view.sendKeys("+");
        assertThat(note.getText()).isEqualTo("Slide type 110%");
        assertThat(((Number) script(size, "cl-step-title")).doubleValue()).isCloseTo(base * 1.1, org.assertj.core.data.Offset.offset(0.6));
        view.sendKeys("+", "+", "+", "+", "+", "+");
        assertThat(note.getText()).as("at the limit, said").isEqualTo("Slide type 150%, the largest");
        assertThat(((Number) script(size, "cl-step-title")).doubleValue()).isCloseTo(base * 1.5, org.assertj.core.data.Offset.offset(0.6));
        assertThat(((Number) script(size, "cl-present-canvas")).doubleValue()).as("the timeline's labels too")
                .isCloseTo(labels * 1.5, org.assertj.core.data.Offset.offset(0.6));
        waitUntil(() -> "Slide type 150%, the largest".equals(browser.findElement(By.id("cl-present-said")).getAttribute("textContent")));
        waitUntil(() -> !note.isDisplayed());
        view.sendKeys(Keys.ESCAPE);
        waitUntil(() -> !view.isDisplayed());

        open();
        browser.findElement(By.id("cl-present")).click();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        assertThat(browser.findElement(By.id("cl-present-note")).getText()).as("a size kept from before is said")
                .isEqualTo("Slide type 150%, the largest");
        assertThat(((Number) script(size, "cl-step-title")).doubleValue()).isCloseTo(base * 1.5, org.assertj.core.data.Offset.offset(0.6));
        WebElement again = browser.findElement(By.id("cl-present-view"));
        for (int i = 0; i < 8; i++) {
            again.sendKeys("-");
        }
        assertThat(browser.findElement(By.id("cl-present-note")).getText()).isEqualTo("Slide type 80%, the smallest");
        assertThat(((Number) script(size, "cl-step-title")).doubleValue()).isCloseTo(base * 0.8, org.assertj.core.data.Offset.offset(0.6));
        again.sendKeys(Keys.ESCAPE);
        waitUntil(() -> !again.isDisplayed());
    }

    /**
     * At the largest type on a 1024 x 768 projector each slide's lanes fit the room, the rest counted into
     * clusters as in the window (TimelineViewSkin.withRowsThatFit), and each step is drawn as itself, its title whole.
     * The lanes scrolled, their last row cut at the foot, and the page's own scroll bar took a strip of the slides.
     */
    @Test
    @SuppressWarnings("unchecked")
    void slidesAtTheLargestTypeFitTheirLanesToTheRoom() {
        forgetProgress();
        browser.manage().window().setSize(new Dimension(1024, 768));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByVisibleText("All events shown");
            // A browser that refuses the full screen (the page in a frame): the page's own scroll bar could show.
            script("Element.prototype.requestFullscreen = undefined");
            // What the slides' canvas draws as text, step by step.
            script("window.drawnTexts = []; const fill = CanvasRenderingContext2D.prototype.fillText;"
                    + " CanvasRenderingContext2D.prototype.fillText = function (text, ...at) {"
                    + " if (this.canvas.id === 'cl-present-canvas') { drawnTexts.push(text); } return fill.call(this, text, ...at); }");
            browser.findElement(By.id("cl-present")).click();
            waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
            WebElement view = browser.findElement(By.id("cl-present-view"));
            view.sendKeys("+", "+", "+", "+", "+");
            assertThat(script("return innerWidth - document.getElementById('cl-present-stage').clientWidth"))
                    .as("no scroll bar beside the slides").isEqualTo(0L);
            List<String> scrolled = new ArrayList<>();
            List<String> notDrawn = new ArrayList<>();
            List<String> notWhole = new ArrayList<>();
            List<String> twice = new ArrayList<>();
            Map<String, String> titles = (Map<String, String>) script("const t = {}; for (const e of JSON.parse("
                    + "document.getElementById('chronoline-data').textContent).events) { t[e.id] = e.title; } return t;");
            int clustered = 0;
            int steps = ((Number) script("return ChronolineViewer.state().shownIds.length")).intValue();
            for (int step = 1; step <= steps; step++) {
                int number = step;
                waitUntil(() -> browser.findElement(By.id("cl-counter")).getText().startsWith(number + " /"));
                // The step's own frame, drawn at the next animation frame: read at once, under load, it was the step before's.
                Map<String, Object> slide = (Map<String, Object>) script("return new Promise(done => requestAnimationFrame("
                        + "() => requestAnimationFrame(() => done(ChronolineViewer.presented()))))");
                String id = (String) slide.get("stepId");
                if (((Number) slide.get("maxScroll")).doubleValue() > 0) {
                    scrolled.add(id);
                }
                if (!((List<String>) slide.get("drawnIds")).contains(id)) {
                    notDrawn.add(id);
                } else if (!titles.get(id).equals(slide.get("stepTitle"))) {
                    notWhole.add(slide.get("stepTitle") + "");
                } else if (!titles.get(id).equals(slide.get("stepLabel"))
                        && ((List<String>) script("return drawnTexts")).contains((String) slide.get("stepLabel"))) {
                    // drawn whole a little smaller over its shortened label, whose end stood out past it (a teacher's walk-through)
                    twice.add(slide.get("stepLabel") + "");
                }
                clustered += ((List<?>) slide.get("clusters")).isEmpty() ? 0 : 1;
                script("drawnTexts = []");
                view.sendKeys(Keys.ARROW_RIGHT);
            }
            assertThat(twice).as("steps drawn whole over their shortened titles").isEmpty();
            assertThat(scrolled).as("slides whose lanes scroll").isEmpty();
            assertThat(notDrawn).as("steps not drawn as themselves").isEmpty();
            // A little smaller where need be: "United States asks to put a missile defence radar in th…" (step 40).
            assertThat(notWhole).as("steps whose titles the timeline cuts").isEmpty();
            assertThat(clustered).as("slides with the rest counted into clusters").isPositive();
            view.sendKeys(Keys.ESCAPE);
            waitUntil(() -> !view.isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
            forgetProgress();
        }
    }

    /** With every event shown, Study is named for the timeline, as in the window: "Study: Shown events" said nothing of what it was. */
    @Test
    void studyIsNamedForTheTimelineWhenEveryEventIsShown() {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByVisibleText("All events shown");
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        assertThat(browser.findElement(By.id("cl-study-title")).getText())
                .isEqualTo("Study: " + script("return JSON.parse(document.getElementById('chronoline-data').textContent).title"));
        browser.findElement(By.id("cl-study-end")).click();
        waitUntil(() -> !browser.findElement(By.id("cl-study-view")).isDisplayed());
    }

    /** On a phone the presentation's foot names the whole tour, on two lines if need be: one line left "The CFE story, 19…". */
    @Test
    void onAPhoneThePresentationNamesTheWholeTour() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            open();
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByVisibleText("The CFE story, 1989–2023");
            browser.findElement(By.id("cl-present")).click();
            waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
            assertThat(script("const t = document.getElementById('cl-present-title');"
                    + " return [t.scrollWidth <= t.clientWidth, t.scrollHeight <= t.clientHeight + 1, t.getClientRects().length > 0]"))
                    .as("the tour's name neither cut nor hidden").isEqualTo(List.of(true, true, true));
            assertThat(browser.findElement(By.id("cl-end")).getRect().getHeight()).as("Exit a finger's size still").isGreaterThanOrEqualTo(44);
            browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ESCAPE);
            waitUntil(() -> !browser.findElement(By.id("cl-present-view")).isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** A range of years in the title stays on one line: a small phone broke "1972–" from "2026". */
    @Test
    void theTitlesRangeOfYearsStaysOnOneLine() {
        browser.manage().window().setSize(new Dimension(360, 640));
        Object lines = script("const range = document.createRange();"
                + " range.selectNodeContents(document.querySelector('#cl-title .unbroken')); return range.getClientRects().length");
        assertThat(lines).as("boxes of '1972–2026'").isEqualTo(1L);
        assertThat(script("return document.getElementById('cl-title').textContent")).as("nothing added to the text")
                .isEqualTo("Arms Control in Europe, 1972–2026");
    }

    /** Enter on the timeline reads the selected event's details, as Enter in the list does; Esc there comes back to the timeline. */
    @Test
    void enterOnTheTimelineReadsTheSelectedEventsDetails() {
        WebElement canvas = browser.findElement(By.id("cl-canvas"));
        canvas.sendKeys("]");
        Object selected = state().get("selectedId");
        assertThat(selected).isNotNull();

        canvas.sendKeys(Keys.ENTER);
        assertThat(script("return document.activeElement.className")).isEqualTo("details-title");
        assertThat(script("return document.activeElement.closest('#cl-details') !== null")).isEqualTo(true);

        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-canvas");
        assertThat(state().get("selectedId")).as("still selected").isEqualTo(selected);
    }

    /**
     * On a phone a title of one long word wraps in the list, and an Arabic title stands at the right of its row and
     * of its search result, as in the window: the word made the page 2,044 pixels wide, to be panned sideways, and the Arabic title stood at the
     * left (a student's walk-through).
     */
    @Test
    void onAPhoneTheListWrapsALongWordAndSetsArabicFromTheRight() throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            openPublished("hostile-list", """
                    {"version": 1, "title": "Hostile",
                     "events": [{"id": "long", "title": "%s", "start": "1993"},
                                {"id": "ar", "title": "معاهدة القوات المسلحة التقليدية في أوروبا", "start": "1995"},
                                {"id": "en", "title": "Vienna Document", "start": "1999"}]}
                    """.formatted("A".repeat(200)));

            assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isEqualTo(true);
            assertThat(script("return document.querySelector('#cl-events li').scrollWidth <= document.querySelector('#cl-events li').clientWidth"))
                    .as("the long word wrapped in its row").isEqualTo(true);
            List<Number> arabic = roomBesideTitle("#cl-events li:nth-child(2)");
            assertThat(arabic.get(1).doubleValue()).as("the Arabic title's room at its right").isLessThan(12);
            assertThat(arabic.get(0).doubleValue()).as("the Arabic title's room at its left").isGreaterThan(40);
            assertThat(roomBesideTitle("#cl-events li:nth-child(3)").get(0).doubleValue()).as("an English title at the left").isLessThan(12);

            WebElement search = browser.findElement(By.id("cl-search"));
            search.sendKeys("\u0627\u0644\u0642\u0648\u0627\u062a");
            waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());
            List<Number> result = roomBesideTitle("#cl-results li:first-child button");
            assertThat(result.get(1).doubleValue()).as("the Arabic result's room at its right").isLessThan(12);
            assertThat(result.get(0).doubleValue()).as("the Arabic result's room at its left").isGreaterThan(40);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The room at the left and at the right of the text of the title in the element {@code selector} finds, in pixels. */
    @SuppressWarnings("unchecked")
    private static List<Number> roomBesideTitle(String selector) {
        return (List<Number>) script("const box = document.querySelector(arguments[0]); const r = document.createRange();"
                + " r.selectNodeContents(box.querySelector('.title')); const text = r.getBoundingClientRect(), b = box.getBoundingClientRect();"
                + " return [text.left - b.left, b.right - text.right]", selector);
    }

    /**
     * At 1024 pixels the search's results are wider than its box (175 pixels, where a title took four lines), and stay
     * on the screen at every width (a student's walk-through).
     */
    @Test
    void theSearchResultsHaveRoomForTheirTitles() {
        for (Dimension size : new Dimension[] {new Dimension(1024, 768), new Dimension(375, 667), new Dimension(1366, 768)}) {
            browser.manage().window().setSize(size);
            WebElement search = browser.findElement(By.id("cl-search"));
            search.clear();
            search.sendKeys("Tashkent");
            waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());

            org.openqa.selenium.Rectangle results = browser.findElement(By.id("cl-results")).getRect();
            long inner = ((Number) script("return document.documentElement.clientWidth")).longValue();
            assertThat(results.getX()).as("left edge at %s", size).isGreaterThanOrEqualTo(0);
            assertThat(results.getX() + results.getWidth()).as("right edge at %s", size).isLessThanOrEqualTo((int) inner);
            assertThat(results.getWidth()).as("as wide as the box at least, at %s", size)
                    .isGreaterThanOrEqualTo(search.getRect().getWidth());
            assertThat(results.getWidth()).as("24 letters' room where there is room, at %s", size)
                    .isGreaterThanOrEqualTo((int) Math.min(384, inner - 16));
            Number lines = (Number) script("const t = document.querySelector('#cl-results .title');"
                    + " return Math.round(t.getBoundingClientRect().height / parseFloat(getComputedStyle(t).lineHeight))");
            assertThat(lines.intValue()).as("the Tashkent agreement's title's lines at %s", size).isLessThanOrEqualTo(2);
            assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling at %s", size)
                    .isEqualTo(true);
        }
    }

    /** A tour whose events are all gone (a file edited by hand) says so, not "Clear the filter first". */
    @Test
    void aTourWhoseEventsAreAllGoneSaysSo() throws Exception {
        openPublished("Gone", """
                {"version": 1, "title": "Gone",
                 "events": [{"id": "here", "title": "Still here", "start": "1990"},
                            {"id": "there", "title": "Also here", "start": "1991"}],
                 "tours": [{"id": "t", "title": "Lesson", "steps": ["deleted-one", "deleted-two"]}]}
                """);

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByValue("t");
        browser.findElement(By.id("cl-present")).click();

        assertThat(browser.findElement(By.id("cl-present-view")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("cl-notice")).getText())
                .isEqualTo("There is nothing to present: this tour has no events in the timeline.");
    }

    /**
     * On a phone a chosen event is brought in far enough for its whole title to stand after its marker:
     * "US-Russia "two-…" stopped at the screen's edge (a student's walk-through).
     */
    @Test
    void onAPhoneAChosenEventComesInWithItsWholeTitle() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            open();
            // All of it in view, as the page opens: the event in it, and the least move to show it was none.
            double end = ((Number) state().get("toSecond")).doubleValue();
            script("ChronolineViewer.select('two-plus-two-moscow')");
            waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));

            assertThat(state().get("selectedTitle")).isEqualTo("US-Russia \u201ctwo-plus-two\u201d talks in Moscow");
            // Zoomed in around the right edge, not panned: panned, the view ran on to 2060, 35 empty years for a title.
            assertThat(((Number) state().get("toSecond")).doubleValue()).as("no later than it was").isLessThanOrEqualTo(end + 86_400);
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The selected event's title is drawn whole where its row has room for part of it: "CF…" beside the ring, at 1024 x 768. */
    @Test
    void theSelectedEventsTitleIsDrawnWhole() {
        browser.manage().window().setSize(new Dimension(1024, 768));
        browser.get(page.toUri().toString());
        waitUntil(() -> Boolean.TRUE.equals(script("return !!window.ChronolineViewer")));
        // The first treaty whose row, as the page opens, has room for part of its title only.
        String id = null;
        for (String candidate : List.of("cfe-signed", "inf-signed", "start1-signed", "salt2-signed", "salt1-signed", "start2-signed",
                "adapted-cfe-signed", "sort-signed", "open-skies-signed")) {
            script("ChronolineViewer.select(arguments[0])", candidate);
            waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
            if (state().get("selectedLabel") != null && !state().get("selectedLabel").equals(state().get("selectedTitle"))) {
                id = candidate;
                break;
            }
        }
        assertThat(id).as("a treaty with its title shortened in its row").isNotNull();
        String selected = id;

        // The whole title is the selected event's: a click near its end, over what its row had left to others, keeps it selected.
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) state().get("wholeTitleBox");
        WebElement canvas = browser.findElement(By.id("cl-canvas"));
        org.openqa.selenium.Rectangle at = canvas.getRect();
        int x = (int) (box.get(0).doubleValue() + box.get(2).doubleValue() - 8 - at.getWidth() / 2.0);
        int y = (int) (box.get(1).doubleValue() + box.get(3).doubleValue() / 2 - at.getHeight() / 2.0);
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(canvas, x, y).click().perform();
        assertThat(state().get("selectedId")).isEqualTo(selected);
    }

    /**
     * A selected title drawn whole over the title of the event after it leaves out that title: its
     * tail showed from under the plate on, and read as part of the selected one ("SALT I Interim
     * Agreement signed signed in Paris"), as in the window.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aSelectedTitleDrawnWholeLeavesNoTailOfTheTitleItCovers() {
        browser.manage().window().setSize(new Dimension(1024, 768));
        String ink = "const shown = document.getElementById('cl-canvas'); const c = document.createElement('canvas');"
                + " c.width = shown.width; c.height = shown.height; const g = c.getContext('2d', {willReadFrequently: true});"
                + " g.drawImage(shown, 0, 0); const r = shown.width / shown.clientWidth; const b = arguments[0]; let ink = 0;"
                + " const d = g.getImageData(Math.round((b[0] + b[2] + 2) * r), Math.round((b[1] + b[3] / 2 - 3) * r), Math.round(7 * r),"
                + " Math.round(6 * r)).data;"
                + " for (let i = 0; i < d.length; i += 4) { if (d[i] + d[i + 1] + d[i + 2] < 3 * 90) { ink++; } } return ink;";
        int covering = 0;
        for (String id : List.of("salt1-signed", "cfe-signed", "abm-signed", "inf-signed", "start1-signed", "sort-signed")) {
            script("ChronolineViewer.select(arguments[0])", id);
            waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
            List<String> cut = (List<String>) state().get("labelsCut");
            List<Number> box = (List<Number>) state().get("wholeTitleBox");
            if (box == null || cut.isEmpty()) {
                continue;
            }
            covering++;
            assertThat(((Number) script(ink, box)).intValue()).as("text just after the whole title of %s", id).isZero();
        }
        assertThat(covering).as("whole titles over another's").isPositive();
    }

    /** With nothing selected, the details say what the timeline holds in the window's words ("Events: 77 (1972 – 2026)" before). */
    @Test
    void withNothingSelectedTheDetailsCountTheEventsAsTheWindowDoes() {
        script("ChronolineViewer.select(null)");
        assertThat(browser.findElement(By.cssSelector("#cl-details .details-date")).getText()).isEqualTo("77 events, 1972 \u2013 2026");
    }

    @Test
    void anAddressOpensThePageOnItsEvent() {
        browser.get(page.toUri() + "#putin-cfe-decree");
        waitUntil(() -> "putin-cfe-decree".equals(script("return window.ChronolineViewer && ChronolineViewer.state().selectedId")));
        assertThat(details()).contains("2007");
        assertThat(browser.findElement(By.cssSelector("#cl-details .details-date")).getText())
                .as("its own date first").isEqualTo("14 July 2007 or 13 July 2007; sources differ");
        assertThat(browser.findElements(By.cssSelector("#cl-details .details-dating")).stream().map(WebElement::getText))
                .as("which source gives which date, as in the window").containsExactly(
                        "14 July 2007 according to Interfax (via Johnson’s Russia List), RIA Novosti, UPI", "13 July 2007 according to Onet");
        List<String> headings = browser.findElements(By.cssSelector("#cl-details h3")).stream().map(h -> h.getAttribute("textContent"))
                .toList();
        assertThat(headings).as("links grouped by what they mean, as in the window")
                .containsSubsequence("Followed from", "Led to", "Answered by", "See also");
        assertThat(browser.findElements(By.cssSelector("#cl-details ul.related a")).stream().map(a -> a.getAttribute("textContent")))
                .containsExactly("Extraordinary CFE Conference in Vienna", "Russia’s CFE suspension takes effect",
                        "State Duma passes the CFE suspension law", "US-Russia “two-plus-two” talks in Moscow", "Putin proposes a CFE moratorium");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStudentStudiesTheTourOnThePageAndTheProgressStaysInTheBrowser() {
        forgetProgress();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByValue("cfe-story");
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        assertThat(browser.findElement(By.id("cl-study-title")).getText()).isEqualTo("Study: The CFE story, 1989\u20132023");

        // Put in order: the cards can be moved with their buttons, and the check explains what is out of place.
        List<WebElement> cards = browser.findElements(By.cssSelector("#cl-order li"));
        assertThat(cards).hasSizeBetween(5, 8);
        String second = cards.get(1).getText();
        String title = second.substring(second.indexOf("2. ") + 3);
        cards.get(1).findElement(By.cssSelector("button")).click();
        assertThat(browser.findElements(By.cssSelector("#cl-order li")).get(0).getText()).endsWith("1. " + title);
        assertThat(browser.findElement(By.id("cl-order-result")).getText()).isEqualTo(title + ": now in place 1 of " + cards.size());
        browser.findElement(By.id("cl-order-check")).click();
        String result = browser.findElement(By.id("cl-order-result")).getText();
        assertThat(result).matches("(\\d of \\d already in order; the others? (is|are) out of place\\.|All \\d in the right order\\.)");
        List<String> checked = browser.findElements(By.cssSelector("#cl-order li")).stream().map(WebElement::getText).toList();
        // Numbered and marked, and the marks in words for a screen reader (hidden from the eye, though WebDriver reads them).
        assertThat(checked).as("numbered, and marked").allMatch(t -> t.matches("(?s)(In place\\.|Out of place\\.)\\s+\\d+\\. [\u2713\u2717] .*"));
        assertThat(script("return [...document.querySelectorAll('#cl-order li .visually-hidden')].length")).isEqualTo((long) checked.size());
        // One out of place is said as one ("the others are" was said of it).
        long outOfPlace = checked.stream().filter(t -> t.startsWith("Out of place.")).count();
        assertThat(result).as("%d out of place", outOfPlace).contains(outOfPlace == 0 ? "All " : outOfPlace == 1 ? "the other is" : "the others are");
        // What to do in it was heard as the keys entered the window.
        assertThat(browser.findElement(By.id("cl-study-view")).getAttribute("aria-describedby")).isEqualTo("cl-study-order-prompt");
        if (result.contains(" of ")) {
            assertThat(checked).anyMatch(t -> t.contains(") came before ") || t.contains(") came after "));
        }
        // Each card in its place counts as studied, as in the window (StudyProgress.placed): it stayed "not studied yet".
        assertThat(script("const data = JSON.parse(document.getElementById('chronoline-data').textContent);"
                + "const kept = JSON.parse(localStorage.getItem('chronoline.study.' + data.title));"
                + "return [...document.querySelectorAll('#cl-order li')].filter(li => li.textContent.includes('\u2713')).map(li => {"
                + "  const line = li.querySelector('span:not(.visually-hidden):not(.why)').textContent;" // its own, not the one it stands beside
                + "  const e = data.events.filter(ev => line.includes(ev.title)).sort((a, b) => b.title.length - a.title.length)[0];"
                + "  return kept.boxes[e.id] || 0; })"))
                .as("the cards in place, by box").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .isNotEmpty().allSatisfy(box -> assertThat((Long) box).isGreaterThanOrEqualTo(1L));

        // When was it?: the slider says its moment in words; the answer is scored at the event's precision.
        browser.findElement(By.id("cl-study-when-tab")).click();
        WebElement range = browser.findElement(By.id("cl-when-range"));
        assertThat(range.getAttribute("aria-valuetext")).isNotBlank();
        range.sendKeys(Keys.ARROW_LEFT);
        browser.findElement(By.id("cl-when-answer")).click();
        assertThat(browser.findElement(By.id("cl-when-result")).getText()).startsWith("You chose ").contains(" points");

        // Cards: Space turns, K knows; the box is kept in this browser's storage.
        browser.findElement(By.id("cl-study-cards-tab")).click();
        // 23 cards, less those known today (box 2: they come back in two days): the cards put in their place, and the
        // one whose date was answered right.
        long knownToday = (Long) script("const data = JSON.parse(document.getElementById('chronoline-data').textContent);"
                + "const kept = JSON.parse(localStorage.getItem('chronoline.study.' + data.title));"
                + "return Object.values(kept.boxes).filter(box => box >= 2).length;");
        assertThat(knownToday).isPositive();
        String counter = browser.findElement(By.id("cl-card-counter")).getText();
        // The cards known today are said to wait, or "Card 1 of 20" read as if those 20 were all 23.
        assertThat(counter).isEqualTo("Card 1 of " + (23 - knownToday) + " due \u00b7 " + knownToday + " not due yet \u00b7 box 1 of 5");
        String deck = counter.replaceAll("Card 1 of (\\d+).*", "$1");
        browser.findElement(By.id("cl-card-turn")).click();
        String front = browser.findElement(By.id("cl-card-front")).getText(); // turned: its title whole
        List<String> card = (List<String>) script("const e = JSON.parse(document.getElementById('chronoline-data').textContent)"
                + ".events.find(x => x.title === arguments[0]); return [e.id, e.dateText];", front);
        assertThat(browser.findElement(By.id("cl-card-date")).getText()).isEqualTo(card.get(1));
        browser.findElement(By.id("cl-card-knew")).click();
        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).startsWith("Card 2 of " + deck);
        // The arrows grade too, in any keyboard layout (K and M mean nothing on a Russian one).
        browser.findElement(By.id("cl-card-turn")).click();
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).startsWith("Card 3 of " + deck);
        String kept = (String) script("return localStorage.getItem('chronoline.study.' + JSON.parse(document.getElementById('chronoline-data').textContent).title)");
        assertThat(kept).contains("\"" + card.get(0) + "\":2");
        // What the order round and the date answered did depends on the cards dealt: the line counts all 23, each once.
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile(
                "Known: (\\d+) \u00b7 Learning: (\\d+) \u00b7 Needs work: (\\d+) \u00b7 Not studied yet: (\\d+)")
                .matcher(browser.findElement(By.id("cl-study-progress")).getText());
        assertThat(counts.matches()).isTrue();
        assertThat(java.util.stream.IntStream.rangeClosed(1, 4).map(i -> Integer.parseInt(counts.group(i))).sum()).isEqualTo(23);
        assertThat(Integer.parseInt(counts.group(4))).as("the rest not studied yet").isLessThan(23);

        browser.findElement(By.id("cl-study-end")).click();
        assertThat(browser.findElement(By.id("cl-study-view")).isDisplayed()).isFalse();
        assertThat(script("return document.activeElement.id")).as("Study was clicked: the keys go to the timeline").isEqualTo("cl-canvas");
    }

    /**
     * A card whose title names a year asks when without it ("Vienna Document … adopted"), and shows it
     * whole when turned, as in the window: the year in the title answered the card's question.
     */
    @Test
    void aCardHidesTheYearsItsTitleNamesUntilTurned() {
        forgetProgress();
        // Every event: the tours' titles name no year.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByVisibleText("All events shown");
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        browser.findElement(By.id("cl-study-cards-tab")).click();
        int withYear = 0;
        for (int card = 0; card < 77 && withYear < 2; card++) {
            String front = browser.findElement(By.id("cl-card-front")).getText();
            assertThat(front).doesNotContainPattern("(?<!\\d)\\d{3,4}(?!\\d)");
            browser.findElement(By.id("cl-card-turn")).click();
            String title = browser.findElement(By.id("cl-card-front")).getText();
            assertThat(script("return JSON.parse(document.getElementById('chronoline-data').textContent).events.some(e => e.title === arguments[0])",
                    title)).as("turned, the title whole: %s", title).isEqualTo(true);
            if (!front.equals(title)) {
                withYear++;
                assertThat(front).isEqualTo(title.replaceAll("(?<!\\d)\\d{3,4}(?!\\d)", "\u2026"));
            }
            browser.findElement(By.id("cl-card-knew")).click();
        }
        assertThat(withYear).as("cards whose titles name a year, met").isEqualTo(2);
        browser.findElement(By.id("cl-study-end")).click();
        forgetProgress();
    }

    /**
     * When Was It? says when its round is done, each of the tour's events asked once, as the window does: it went on
     * asking without an end, and a student could not tell that every one had come (a student's walk-through).
     */
    @Test
    void whenWasItSaysWhenItsRoundIsDone() {
        studyTheTour("cl-study-when-tab");
        java.util.Set<String> asked = new java.util.HashSet<>();
        String done = null;
        for (int answer = 0; answer < 60 && done == null; answer++) {
            String title = browser.findElement(By.id("cl-when-title")).getText();
            asked.add(title);
            String day = (String) script("const e = JSON.parse(document.getElementById('chronoline-data').textContent).events"
                    + ".find(x => x.title === arguments[0]); return new Date(e.startSecond * 1000).toISOString().slice(0, 10)", title);
            WebElement typed = browser.findElement(By.id("cl-when-date"));
            typed.sendKeys(day, Keys.ENTER);
            String result = browser.findElement(By.id("cl-when-result")).getText();
            if (result.contains("Round complete")) {
                done = result;
            }
            browser.findElement(By.id("cl-when-next")).click();
        }
        assertThat(done).as("the round's end said").isNotNull().contains("Round complete: each event asked once, ");
        assertThat(asked).as("when each of the tour's 23 events had been asked").hasSize(23);
        browser.findElement(By.id("cl-study-end")).click();
        forgetProgress();
    }

    /**
     * Every card known, none is due for days: the student may still practise them all. "Study Again"
     * dealt nothing, and said to study again. Practising a card not due leaves it in its box.
     */
    @Test
    void withNoCardDueTheStudentMayPractiseThemAll() {
        studyTheTour("cl-study-cards-tab");
        // What each grade did is said, as in the window: each went by without a word.
        String first = browser.findElement(By.id("cl-card-front")).getText();
        browser.findElement(By.id("cl-card-turn")).click();
        browser.findElement(By.id("cl-card-knew")).click();
        assertThat(browser.findElement(By.id("cl-card-result")).getText()).isEqualTo(first + ": known, now in box 2 of 5; it comes back in 2 days.");
        browser.findElement(By.id("cl-card-undo")).click();
        assertThat(browser.findElement(By.id("cl-card-result")).getText()).isEqualTo(first + ": taken back. Grade it again.");
        browser.findElement(By.id("cl-card-missed")).click();
        assertThat(browser.findElement(By.id("cl-card-result")).getText())
                .isEqualTo(first + ": missed, back to box 1 of 5; it comes back each time you study until you know it.");
        browser.findElement(By.id("cl-card-undo")).click();
        browser.findElement(By.id("cl-card-knew")).click(); // shown again turned: graded again
        script("while (!document.getElementById('cl-card-turn').disabled) {"
                + " document.getElementById('cl-card-turn').click(); document.getElementById('cl-card-knew').click(); }");
        // The last card's grade, then the deck's end: the last grade went unsaid.
        assertThat(browser.findElement(By.id("cl-card-result")).getText()).matches(".+: known, now in box 2 of 5; it comes back in 2 days\\. "
                + "Done for this session: you knew 23, 0 to see again soon\\.");
        browser.findElement(By.id("cl-card-again")).click();
        assertThat(browser.findElement(By.id("cl-card-result")).getText()).startsWith("No cards are due in this session");
        String boxes = (String) script("return JSON.stringify(JSON.parse(localStorage.getItem('chronoline.study.'"
                + " + JSON.parse(document.getElementById('chronoline-data').textContent).title)).boxes)");

        // Back to the cards by their key with none due: the keys on Practise All Cards. The turn button, disabled, took
        // none, and they were left on the page behind the study window, where 4 and Esc did nothing (a student's walk-through).
        browser.findElement(By.id("cl-study-order-tab")).click();
        assertThat(script("return document.activeElement.closest('#cl-study-order') !== null")).as("in Put in Order").isEqualTo(true);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("3").perform();
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-card-all");

        WebElement all = browser.findElement(By.id("cl-card-all"));
        assertThat(all.isDisplayed()).isTrue();
        all.click();
        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).as("the deck named").startsWith("All cards: card 1 of 23 ");
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-card-turn");
        // Knew It, before the card is turned, faded as Missed It is: a faded blue still read as the button to press.
        assertThat(script("const style = id => getComputedStyle(document.getElementById(id)).backgroundColor;"
                + " return style('cl-card-knew') === style('cl-card-missed')")).as("Knew It disabled looks as Missed It").isEqualTo(true);
        browser.findElement(By.id("cl-card-turn")).click();
        browser.findElement(By.id("cl-card-knew")).click();
        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).startsWith("All cards: card 2 of 23 ");
        assertThat(script("return JSON.stringify(JSON.parse(localStorage.getItem('chronoline.study.'"
                + " + JSON.parse(document.getElementById('chronoline-data').textContent).title)).boxes)")).as("known, not due: in its box").isEqualTo(boxes);
    }

    /**
     * A card graded by mistake is taken back, by its button, Ctrl+Z or Backspace, as in the window: the
     * card as it was, in the student's stored progress too, shown again turned.
     */
    @Test
    void aCardGradedByMistakeIsTakenBack() {
        studyTheTour("cl-study-cards-tab");
        WebElement undo = browser.findElement(By.id("cl-card-undo"));
        assertThat(undo.isEnabled()).as("nothing to take back yet").isFalse();
        String stored = "return JSON.parse(localStorage.getItem('chronoline.study.'"
                + " + JSON.parse(document.getElementById('chronoline-data').textContent).title) || '{\"boxes\": {}}').boxes";
        String first = browser.findElement(By.id("cl-card-front")).getText();

        browser.findElement(By.id("cl-card-turn")).click();
        browser.findElement(By.id("cl-card-knew")).click();
        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).startsWith("Card 2 of 23 ");
        assertThat((Map<?, ?>) script(stored)).hasSize(1);
        undo.click();

        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).startsWith("Card 1 of 23 ");
        assertThat(browser.findElement(By.id("cl-card-front")).getText()).isEqualTo(first);
        assertThat(browser.findElement(By.id("cl-card-date")).getText()).as("shown again turned").isNotEmpty();
        assertThat((Map<?, ?>) script(stored)).as("as it was: not studied yet").isEmpty();
        browser.findElement(By.id("cl-card-missed")).click();
        browser.switchTo().activeElement().sendKeys(Keys.BACK_SPACE);
        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).startsWith("Card 1 of 23 ");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("k").keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).as("Ctrl+Z takes the K back").startsWith("Card 1 of 23 ");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("m").perform();
        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).startsWith("Card 2 of 23 ");
        assertThat(List.copyOf(((Map<?, ?>) script(stored)).values())).as("missed: the first box").isEqualTo(List.of(1L));
    }

    /**
     * A grade is taken back only while its card is as the grade left it: a date answered wrongly for the same
     * event in When Was It? since then put the card in the first box, and Undo would have written the grade's
     * box back over it (a review; the window's cards have the same test).
     */
    @Test
    void aGradeIsNotTakenBackOverADateAnsweredSince() {
        forgetProgress();
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        browser.findElement(By.id("cl-from")).sendKeys("1972");
        browser.findElement(By.id("cl-to")).sendKeys("1972", Keys.ENTER);
        waitUntil(() -> ((List<?>) state().get("shownIds")).size() == 2);
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        browser.findElement(By.id("cl-study-cards-tab")).click();
        String card = browser.findElement(By.id("cl-card-front")).getText();
        browser.findElement(By.id("cl-card-turn")).click();
        browser.findElement(By.id("cl-card-knew")).click();
        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).startsWith("Card 2 of 2 ");

        browser.findElement(By.id("cl-study-when-tab")).click();
        for (int asked = 0; !browser.findElement(By.id("cl-when-title")).getText().contains(card); asked++) {
            assertThat(asked).as("the card's event asked within a round").isLessThan(3);
            browser.findElement(By.id("cl-when-date")).sendKeys("1972");
            browser.findElement(By.id("cl-when-answer")).click();
            browser.findElement(By.id("cl-when-next")).click();
        }
        WebElement typed = browser.findElement(By.id("cl-when-date"));
        typed.clear();
        typed.sendKeys("1500");
        browser.findElement(By.id("cl-when-answer")).click();
        assertThat(browser.findElement(By.id("cl-when-result")).getText()).startsWith("You chose 1500");
        String stored = "return JSON.parse(localStorage.getItem('chronoline.study.'"
                + " + JSON.parse(document.getElementById('chronoline-data').textContent).title)).boxes";
        Map<?, ?> missed = (Map<?, ?>) script(stored);

        browser.findElement(By.id("cl-study-cards-tab")).click();
        browser.findElement(By.id("cl-card-undo")).click();

        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).as("the grade stays").startsWith("Card 2 of 2 ");
        assertThat(List.<Object>copyOf(missed.values())).as("the wrong date put the card in the first box").contains(1L);
        assertThat((Map<?, ?>) script(stored)).as("and there it stays").isEqualTo(missed);
        assertThat(browser.findElement(By.id("cl-card-undo")).isEnabled()).as("nothing left to take back").isFalse();
    }

    @Test
    void filteringToOneCategoryShowsOnlyItsEvents() {
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        WebElement talks = browser.findElements(By.cssSelector("#cl-categories li")).stream()
                .filter(li -> li.getText().contains("Talks and negotiations")).findFirst().orElseThrow();
        talks.findElement(By.cssSelector("button.only")).click();

        waitUntil(() -> ((List<?>) state().get("shownIds")).size() < 77);
        List<Object> shown = ids("shownIds");
        assertThat(shown).contains("mbfr-talks", "two-plus-two-moscow").doesNotContain("cfe-signed");
        assertThat(browser.findElement(By.id("cl-shown")).getText()).contains("of 77 events shown");
    }

    /** A related link to an event the filter hides clears the filter to show it, and says so: "77 events" was all there was to see. */
    @Test
    void aRelatedLinkToAHiddenEventSaysTheFilterWasCleared() {
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        WebElement summits = browser.findElements(By.cssSelector("#cl-categories li")).stream()
                .filter(li -> li.getText().contains("Summits")).findFirst().orElseThrow();
        summits.findElement(By.cssSelector("button.only")).click();
        waitUntil(() -> !((List<?>) state().get("shownIds")).contains("inf-signed"));
        script("ChronolineViewer.select('reykjavik-summit')");
        browser.findElement(By.cssSelector("#cl-filter summary")).click(); // closed, out of the way

        WebElement link = browser.findElements(By.cssSelector("#cl-details ul.related a")).stream()
                .filter(a -> a.getText().startsWith("INF Treaty")).findFirst().orElseThrow();
        script("arguments[0].click()", link);

        assertThat(state().get("selectedId")).isEqualTo("inf-signed");
        assertThat(ids("shownIds")).hasSize(77);
        assertThat(browser.findElement(By.id("cl-notice")).getText()).isEqualTo("The filter was cleared to show “INF Treaty signed”.");

        // Back puts the filter back: it stayed off, and the summits chosen were lost for one look (a walk-through).
        browser.findElement(By.cssSelector("#cl-details button.back")).click();
        waitUntil(() -> "reykjavik-summit".equals(state().get("selectedId")));
        assertThat(ids("shownIds")).as("the summits alone again").hasSize(5).doesNotContain("inf-signed");
        assertThat(browser.findElement(By.id("cl-notice")).getText()).startsWith("Back to “").endsWith("”, with the filter you had.");
        // Forward follows the link again, and clears the filter again, to be put back again.
        browser.navigate().forward();
        waitUntil(() -> "inf-signed".equals(state().get("selectedId")));
        assertThat(ids("shownIds")).hasSize(77);
        browser.navigate().back();
        waitUntil(() -> "reykjavik-summit".equals(state().get("selectedId")));
        assertThat(ids("shownIds")).hasSize(5);
    }

    /** The filter put back keeps the trail before it: Back went on no further (a review), as the window's does. */
    @Test
    void aFilterPutBackKeepsTheTrailBeforeIt() {
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        browser.findElements(By.cssSelector("#cl-categories li")).stream().filter(li -> li.getText().contains("Summits")).findFirst()
                .orElseThrow().findElement(By.cssSelector("button.only")).click();
        waitUntil(() -> ids("shownIds").size() == 5);
        script("ChronolineViewer.select('kennebunkport-summit')");
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        script("arguments[0].click()", browser.findElement(By.cssSelector("#cl-details ul.related a[href='#gabala-offer']")));
        waitUntil(() -> "gabala-offer".equals(state().get("selectedId")));
        script("arguments[0].click()", browser.findElement(By.cssSelector("#cl-details ul.related a[href='#third-site-request']")));
        waitUntil(() -> "third-site-request".equals(state().get("selectedId")));
        assertThat(ids("shownIds")).as("cleared for the talks").hasSize(77);

        browser.findElement(By.cssSelector("#cl-details button.back")).click();
        waitUntil(() -> "gabala-offer".equals(state().get("selectedId")));
        assertThat(ids("shownIds")).as("the summits again").hasSize(5);
        browser.findElement(By.cssSelector("#cl-details button.back")).click();
        waitUntil(() -> "kennebunkport-summit".equals(state().get("selectedId")));
        assertThat(ids("shownIds")).hasSize(5);
    }

    /**
     * The browser's Back (a phone's back gesture) ends studying and presenting, as Esc does, on the
     * page: it left the page, and the round under way with it. Ended by Esc, they leave no step in
     * the history behind them.
     */
    @Test
    void theBrowsersBackEndsStudyingAndPresentingOnThePage() {
        String address = browser.getCurrentUrl();
        script("ChronolineViewer.select('cfe-signed')");
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        browser.navigate().back();
        waitUntil(() -> !browser.findElement(By.id("cl-study-view")).isDisplayed());
        assertThat(browser.getCurrentUrl()).as("still the page, at its event").isEqualTo(address + "#cfe-signed");
        assertThat(state().get("selectedId")).isEqualTo("cfe-signed");

        browser.findElement(By.id("cl-present")).click();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ARROW_RIGHT);
        browser.navigate().back();
        waitUntil(() -> !browser.findElement(By.id("cl-present-view")).isDisplayed());
        assertThat(browser.getCurrentUrl()).startsWith(address);

        long steps = (Long) script("return history.length");
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        browser.findElement(By.id("cl-study-view")).sendKeys(Keys.ESCAPE);
        waitUntil(() -> !browser.findElement(By.id("cl-study-view")).isDisplayed());
        waitUntil(() -> script("return history.state && history.state.overlay") == null);
        assertThat(browser.findElement(By.id("cl-study-view")).isDisplayed()).as("not opened again by the step's going").isFalse();
        assertThat((Long) script("return history.length")).as("one step, gone again (forward only)").isLessThanOrEqualTo(steps + 1);
    }

    /** On a phone, which has no Esc, the end of a presentation does not say "Esc leaves": its Exit button does (a walk-through). */
    @Test
    void onAPhoneTheEndOfAPresentationDoesNotSendTheClassToEsc() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2,
                "mobile", true));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            browser.findElement(By.id("cl-present")).click();
            waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
            WebElement view = browser.findElement(By.id("cl-present-view"));
            view.sendKeys(Keys.END);
            view.sendKeys(Keys.PAGE_DOWN);
            waitUntil(() -> browser.findElement(By.id("cl-counter")).getText().contains("the end"));
            assertThat(browser.findElement(By.id("cl-counter")).getText()).endsWith(" \u00b7 the end").doesNotContain("Esc");
            waitUntil(() -> String.valueOf(script("return document.getElementById('cl-present-said').textContent"))
                    .endsWith("The Exit button leaves the presentation."));
            assertThat(browser.findElement(By.id("cl-end")).isDisplayed()).as("Exit, beside it").isTrue();
            browser.findElement(By.id("cl-end")).click();
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theTourIsPresentedStepByStepWithTheKeyboard() {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByVisibleText("The CFE story, 1989–2023");
        browser.findElement(By.id("cl-present")).click();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        String first = browser.findElement(By.id("cl-counter")).getText();
        assertThat(first).startsWith("1 / ");
        // Past the last step, the end is said, as in the window: nothing changed, and the class could not tell.
        WebElement view = browser.findElement(By.id("cl-present-view"));
        view.sendKeys(Keys.END);
        waitUntil(() -> browser.findElement(By.id("cl-counter")).getText().equals(first.substring(4) + " / " + first.substring(4)));
        view.sendKeys(Keys.PAGE_DOWN);
        assertThat(browser.findElement(By.id("cl-counter")).getText()).isEqualTo(first.substring(4) + " / " + first.substring(4)
                + " \u00b7 the end (Esc leaves)");
        // And said to a screen reader, from a status inside the presentation's dialog: the counter's name is its grid button's.
        String said = "That was the last step, " + first.substring(4) + " of " + first.substring(4) + ". Esc leaves the presentation.";
        waitUntil(() -> said.equals(script("return document.getElementById('cl-present-said').textContent")));
        assertThat(script("const s = document.getElementById('cl-present-said');"
                + " return s.getAttribute('role') + ' ' + !!s.closest('[role=dialog][aria-modal=true]')")).isEqualTo("status true");
        view.sendKeys(Keys.HOME);
        waitUntil(() -> browser.findElement(By.id("cl-counter")).getText().equals(first));
        assertThat(script("return document.getElementById('cl-present-said').textContent")).as("not said again at the next step").isEqualTo("");

        browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ARROW_RIGHT);
        waitUntil(() -> browser.findElement(By.id("cl-counter")).getText().startsWith("2 / "));
        assertThat(browser.findElement(By.id("cl-step-title")).getText()).isNotBlank();
        // The card is what a screen reader hears of a step: its number first, as the counter shows it.
        String steps = first.substring("1 / ".length());
        assertThat(script("return document.querySelector('.step-card').textContent.trim()"))
                .asString().startsWith("Step 2 of " + steps + ".");

        browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ESCAPE);
        waitUntil(() -> !browser.findElement(By.id("cl-present-view")).isDisplayed());
        // Present was clicked: the keys go to the timeline, once full screen has ended (it took the focus with it, to
        // the page's body), where its one-key shortcuts act. They went back to the button, and → moved nothing.
        waitUntil(() -> "cl-canvas".equals(script("return document.activeElement.id")));
        String where = "return JSON.stringify([ChronolineViewer.state().fromSecond, ChronolineViewer.state().selectedId])";
        Object before = script(where);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        waitUntil(() -> !before.equals(script(where)));

        // Pressed from the keyboard, Present gives the keys back to itself: where they came from.
        browser.findElement(By.id("cl-present")).sendKeys(Keys.ENTER);
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ESCAPE);
        waitUntil(() -> "cl-present".equals(script("return document.activeElement.id")));
    }

    /** On a touch screen without keys the cards' instructions and the list's hint name no keys ("Turn the card (Space)" on a phone). */
    @Test
    void onATouchScreenTheCardsInstructionsNameNoKeys() {
        String prompt = "return document.querySelector('[data-msg=\"web.study.cards.prompt\"]').textContent";
        assertThat(script(prompt)).as("with a keyboard").asString().contains("(Space)");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            open();
            assertThat(script(prompt)).isEqualTo("What happened, and when? Turn the card, then say whether you knew it.");
            // The list's hint too: it told a phone about arrow keys, Space and Esc (phone walk-through).
            assertThat(script("return document.querySelector('[data-msg=\"web.list.hint\"]').textContent"))
                    .isEqualTo("In time order. Tap an event to read about it.");
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * On a phone held upright every step's card is whole: in the projector's type a long title took
     * five lines and "Moscow" went under the progress bar. A sideways swipe is the page's.
     */
    @Test
    void onAnUprightPhoneEveryStepsCardIsWhole() {
        browser.manage().window().setSize(new Dimension(390, 844));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByVisibleText("The CFE story, 1989–2023");
        browser.findElement(By.id("cl-present")).click();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        try {
            assertThat(script("return getComputedStyle(document.getElementById('cl-present-view')).touchAction")).isEqualTo("pan-y");
            List<String> cut = new ArrayList<>();
            String counter = browser.findElement(By.id("cl-counter")).getText();
            int steps = Integer.parseInt(counter.substring(counter.indexOf("/ ") + 2).trim().split("\\s")[0]);
            for (int step = 1; step <= steps; step++) {
                int now = step;
                waitUntil(() -> browser.findElement(By.id("cl-counter")).getText().startsWith(now + " / "));
                Object over = script("const c = document.querySelector('.step-card'); return c.scrollHeight - c.clientHeight");
                if (((Number) over).intValue() > 1) {
                    cut.add(now + ": " + browser.findElement(By.id("cl-step-title")).getText() + " (" + over + " px)");
                }
                browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ARROW_RIGHT);
            }
            assertThat(cut).as("cards taller than their room").isEmpty();
        } finally {
            browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ESCAPE);
        }
    }

    /**
     * A clicker's Esc ended the tour for good: Present started it again from its first step. With
     * nothing chosen since, Present takes it up where it was left. While presenting, a clicker's F5
     * no longer reloads the page (the presentation gone), and B blanks the screen as in the window.
     */
    @Test
    void aTourLeftWithEscIsTakenUpWhereItWasAndTheClickersKeysStayInIt() {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByVisibleText("The CFE story, 1989–2023");
        browser.findElement(By.id("cl-present")).click();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        WebElement view = browser.findElement(By.id("cl-present-view"));
        view.sendKeys(Keys.PAGE_DOWN, Keys.PAGE_DOWN, Keys.PAGE_DOWN);
        waitUntil(() -> browser.findElement(By.id("cl-counter")).getText().startsWith("4 / "));

        assertThat(script("const e = new KeyboardEvent('keydown', {key: 'F5', bubbles: true, cancelable: true});"
                + " document.getElementById('cl-present-view').dispatchEvent(e); return e.defaultPrevented")).as("no reload").isEqualTo(true);
        view.sendKeys("b");
        assertThat(script("return getComputedStyle(document.getElementById('cl-present-stage')).visibility")).isEqualTo("hidden");
        view.sendKeys(Keys.PAGE_DOWN);
        assertThat(script("return getComputedStyle(document.getElementById('cl-present-stage')).visibility")).isEqualTo("visible");
        assertThat(browser.findElement(By.id("cl-counter")).getText()).as("back to the step, not on").startsWith("4 / ");

        view.sendKeys(Keys.ESCAPE);
        waitUntil(() -> !browser.findElement(By.id("cl-present-view")).isDisplayed());
        waitUntil(() -> "cl-canvas".equals(script("return document.activeElement.id")));
        // The timeline's keys are not put over it on the projector by the Esc (a walk-through).
        assertThat(script("return document.getElementById('cl-keys').getBoundingClientRect().height < 2")).as("hidden").isEqualTo(true);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(script("return document.getElementById('cl-keys').getBoundingClientRect().height > 20")).as("shown at a key").isEqualTo(true);
        browser.findElement(By.id("cl-present")).click();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        assertThat(browser.findElement(By.id("cl-counter")).getText()).startsWith("4 / ");
        browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ESCAPE);
        waitUntil(() -> !browser.findElement(By.id("cl-present-view")).isDisplayed());
        // The clicker's Present button (F5) takes it up again, as in the window: it reloaded the page.
        waitUntil(() -> "cl-canvas".equals(script("return document.activeElement.id")));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.F5).perform();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        assertThat(browser.findElement(By.id("cl-counter")).getText()).startsWith("4 / ");
        browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ESCAPE);
        waitUntil(() -> !browser.findElement(By.id("cl-present-view")).isDisplayed());

        script("ChronolineViewer.select('cfe-signed')"); // something else chosen: from the start, as before
        assertThat(script("const e = new KeyboardEvent('keydown', {key: 'F5', bubbles: true, cancelable: true});"
                + " document.body.dispatchEvent(e); return e.defaultPrevented")).as("F5 reloads again: nothing to take up").isEqualTo(false);
        browser.findElement(By.id("cl-present")).click();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        assertThat(browser.findElement(By.id("cl-counter")).getText()).startsWith("1 / ");
        browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ESCAPE);
    }

    /**
     * On a phone a related event followed shows its details (they were off the screen, above: the tap
     * seemed to do nothing), and the browser's Back (a phone's back gesture) comes back to the event
     * it was followed from; it left the page. An event opened by its address shows its details too.
     */
    @Test
    void onAPhoneARelatedEventShowsItsDetailsAndTheBrowsersBackComesBack() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("about:blank"); // then a start on the event's address, not a move within the page
        browser.get(page.toUri() + "#cfe-signed");
        waitUntil(() -> "cfe-signed".equals(state().get("selectedId")));
        String titleOnScreen = "const r = document.querySelector('#cl-details .details-title').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= innerHeight";
        waitUntil(() -> Boolean.TRUE.equals(script(titleOnScreen)));

        WebElement related = browser.findElement(By.cssSelector("#cl-details ul.related a"));
        script("arguments[0].scrollIntoView({block: 'end'})", related);
        related.click();
        waitUntil(() -> !"cfe-signed".equals(state().get("selectedId")));
        waitUntil(() -> Boolean.TRUE.equals(script(titleOnScreen)));

        browser.navigate().back();
        waitUntil(() -> "cfe-signed".equals(state().get("selectedId")));
        assertThat(browser.getCurrentUrl()).endsWith("#cfe-signed");
        waitUntil(() -> Boolean.TRUE.equals(script(titleOnScreen)));
        assertThat(browser.findElements(By.cssSelector("#cl-details > button.back"))).as("no Back left to press").isEmpty();

        // The browser's Forward follows the link again, and the page's Back comes with it: it forgot the trail.
        browser.navigate().forward();
        waitUntil(() -> !"cfe-signed".equals(state().get("selectedId")));
        assertThat(browser.findElements(By.cssSelector("#cl-details > button.back"))).as("Back to CFE Treaty signed").hasSize(1);
        browser.findElement(By.cssSelector("#cl-details > button.back")).click();
        waitUntil(() -> "cfe-signed".equals(state().get("selectedId")));
        assertThat(browser.getCurrentUrl()).endsWith("#cfe-signed");

        // A round trip (there and back by the links, which go both ways), then Back and Forward: Forward came to an
        // event the trail also ended in, and was taken for Back.
        browser.findElement(By.cssSelector("#cl-details ul.related a")).click();
        waitUntil(() -> !"cfe-signed".equals(state().get("selectedId")));
        String there = (String) state().get("selectedId");
        browser.findElement(By.cssSelector("#cl-details ul.related a[href='#cfe-signed']")).click();
        waitUntil(() -> "cfe-signed".equals(state().get("selectedId")));
        browser.navigate().back();
        waitUntil(() -> there.equals(state().get("selectedId")));
        browser.navigate().forward();
        waitUntil(() -> "cfe-signed".equals(state().get("selectedId")));
        assertThat(browser.findElements(By.cssSelector("#cl-details > button.back"))).as("Back to " + there).hasSize(1);
        browser.findElement(By.cssSelector("#cl-details > button.back")).click();
        waitUntil(() -> there.equals(state().get("selectedId")));
    }

    /**
     * A filter that leaves none of its events in view has the view go to them, as in the window: a
     * tag chosen while zoomed into the 1990s showed an empty timeline under "3 of 77 events shown"
     * (phone walk-through). One that leaves some in view keeps the view.
     */
    @Test
    void aFilterWhoseEventsAreAllOutOfViewBringsThemIntoView() {
        browser.manage().window().setSize(new Dimension(1024, 768));
        script("ChronolineViewer.show(Date.UTC(1993, 0, 1) / 1000, Date.UTC(1998, 0, 1) / 1000)");
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        Object from = state().get("fromSecond");
        String pick = "const s = document.getElementById('cl-tag'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));";
        script(pick, "CFE");
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        assertThat(state().get("fromSecond")).as("CFE events in view: the view kept").isEqualTo(from);

        script(pick, "ABM");
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        List<Object> shown = ids("shownIds");
        assertThat(shown).as("the ABM events").isNotEmpty();
        assertThat(ids("drawnIds")).as("drawn: in view").containsAll(shown);

        // An empty period chosen on purpose stays in view when the filter is cleared.
        script("ChronolineViewer.show(Date.UTC(2070, 0, 1) / 1000, Date.UTC(2075, 0, 1) / 1000)");
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        Object chosen = state().get("fromSecond");
        script(pick, "");
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        assertThat(state().get("fromSecond")).as("the period chosen, kept").isEqualTo(chosen);
    }

    /**
     * The selected event stays in the lanes' view when the page narrows or widens (a window made narrower, a tablet
     * turned): the rows pack anew at the other width, as in the window (LaneReveal.keepInView).
     */
    @Test
    void theSelectedEventStaysInViewWhenThePageNarrows() {
        List<String> lost = new ArrayList<>();
        int checked = 0;
        for (Object id : ids("shownIds")) {
            browser.manage().window().setSize(new Dimension(1366, 768));
            script("ChronolineViewer.select(arguments[0])", id);
            waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
            if (!selectedInLanes()) {
                continue; // chosen, it came in view; only one in view is kept there
            }
            checked++;
            browser.manage().window().setSize(new Dimension(1024, 768));
            waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
            script("return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            if (!selectedInLanes()) {
                lost.add(String.valueOf(id));
            }
        }
        assertThat(checked).as("events chosen in view").isGreaterThan(60);
        assertThat(lost).as("out of the lanes' view at 1024 x 768").isEmpty();
    }

    /** Whether the selected event is drawn in the lanes' view, at least half of its height. */
    @SuppressWarnings("unchecked")
    private static boolean selectedInLanes() {
        Map<String, Object> now = state();
        List<Number> lanes = (List<Number>) now.get("lanesBox");
        for (List<Object> box : (List<List<Object>>) now.get("drawnBoxes")) {
            if (box.get(0).equals(now.get("selectedId"))) {
                double top = ((Number) box.get(2)).doubleValue();
                double height = ((Number) box.get(4)).doubleValue();
                double shown = Math.min(top + height, lanes.get(0).doubleValue() + lanes.get(1).doubleValue())
                        - Math.max(top, lanes.get(0).doubleValue());
                return shown >= height / 2;
            }
        }
        return false;
    }

    /**
     * Panning stops where the last event would leave the view, as in the window: → went on into
     * empty decades. A view the address or a link took past them pans back.
     */
    @Test
    void panningStopsWithTheLastEventStillInView() {
        browser.manage().window().setSize(new Dimension(1024, 768));
        script("ChronolineViewer.select(null); ChronolineViewer.show(Date.UTC(2015, 0, 1) / 1000, Date.UTC(2020, 0, 1) / 1000)");
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        WebElement canvas = browser.findElement(By.id("cl-canvas"));
        for (int i = 0; i < 30; i++) {
            canvas.sendKeys(Keys.ARROW_RIGHT);
        }
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        assertThat(ids("drawnIds")).as("events still drawn").isNotEmpty();
        assertThat(((Number) state().get("fromSecond")).doubleValue()).as("not into empty decades")
                .isLessThan(java.time.LocalDate.of(2027, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond());
        // Zoomed in there, events are still drawn: the last went off the left edge, where → then did nothing.
        for (int i = 0; i < 4; i++) {
            canvas.sendKeys("+");
            waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        }
        assertThat(ids("drawnIds")).as("events still drawn, zoomed in").isNotEmpty();

        script("ChronolineViewer.show(Date.UTC(2070, 0, 1) / 1000, Date.UTC(2075, 0, 1) / 1000)");
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        double far = ((Number) state().get("fromSecond")).doubleValue();
        canvas.sendKeys(Keys.ARROW_LEFT);
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        assertThat(((Number) state().get("fromSecond")).doubleValue()).as("back from there").isLessThan(far);
    }

    /**
     * On a touch screen every control in sight is a finger's size, 44 pixels each way at least: the
     * search field, Filter, Present, the zoom buttons, the tags and the sources' links were 36 or less,
     * a source's link one 18-pixel line of text (a walk-through on a phone).
     */
    @Test
    void onATouchScreenEveryControlIsAFingersSize() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            browser.navigate().refresh();
            waitUntil(() -> Boolean.TRUE.equals(script("return !!window.ChronolineViewer && matchMedia('(pointer: coarse)').matches")));
            script("ChronolineViewer.select('cfe-signed')");
            script("document.getElementById('cl-filter').open = true");
            browser.findElement(By.id("cl-search")).sendKeys("treaty");
            waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());
            assertThat(smallControls()).as("controls smaller than a finger: the page").isEmpty();
            browser.findElement(By.id("cl-search")).sendKeys(Keys.ESCAPE);
            script("document.getElementById('cl-filter').open = false");
            browser.findElement(By.id("cl-study")).click();
            waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
            assertThat(smallControls()).as("controls smaller than a finger: studying").isEmpty();
            browser.findElement(By.id("cl-study-end")).click();
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> smallControls() {
        return (List<String>) script("return [...document.querySelectorAll("
                    + "'button, select, summary, input:not([type=checkbox]):not([type=range]), .categories label, .sources a, .related a')]"
                    + ".filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')"
                    + ".map(e => [e, e.getBoundingClientRect()])"
                    + ".filter(([e, r]) => r.height < 44 - 0.5 || e.matches('.zoom button') && r.width < 44 - 0.5)"
                    + ".map(([e, r]) => (e.id || e.className || e.tagName) + ' ' + (e.textContent || '').trim().slice(0, 20) + ' '"
                    + " + Math.round(r.width) + 'x' + Math.round(r.height))");
    }

    /**
     * A phone's search key chooses the match as a tap on it would: the results close, the keyboard goes
     * down and the details come into view. It selected the match silently under the open list.
     */
    @Test
    void onAPhoneTheSearchKeyChoosesTheMatch() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            browser.navigate().refresh();
            waitUntil(() -> Boolean.TRUE.equals(script("return !!window.ChronolineViewer && matchMedia('(pointer: coarse)').matches")));
            WebElement search = browser.findElement(By.id("cl-search"));
            search.sendKeys("moratorium");
            waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());
            search.sendKeys(Keys.ENTER);

            waitUntil(() -> state().get("selectedId") != null);
            assertThat(browser.findElement(By.id("cl-results")).isDisplayed()).isFalse();
            assertThat(script("return document.activeElement.id")).isNotEqualTo("cl-search");
            waitUntil(() -> Boolean.TRUE.equals(script("const r = document.querySelector('#cl-details .details-title').getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= innerHeight")));
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
    }

    /**
     * Copy Citation, as in the window: the event and its sources, copied; where the browser refuses the
     * clipboard, shown selected to copy by hand.
     */
    @Test
    void copyCitationCopiesTheEventAndItsSources() {
        script("ChronolineViewer.select('cfe-signed')");
        script("Object.defineProperty(navigator.clipboard, 'writeText', {configurable: true, value: text => {"
                + " window.copied = text; return Promise.resolve(); }})");
        browser.findElement(By.cssSelector("#cl-details button.cite")).click();
        waitUntil(() -> script("return window.copied") != null);
        assertThat((String) script("return window.copied")).startsWith("CFE Treaty signed in Paris (19 November 1990). In: Arms Control")
                .contains("Sources:\n- ");
        waitUntil(() -> browser.findElement(By.id("cl-announce")).getAttribute("textContent").startsWith("Citation copied"));
        // Seen too, beside the button (a tick before its words was all a sighted student had).
        WebElement said = browser.findElement(By.cssSelector("#cl-details .cite-said"));
        assertThat(said.isDisplayed()).isTrue();
        assertThat(said.getText()).startsWith("Citation copied");
        browser.findElement(By.cssSelector("#cl-details button.cite")).click();
        assertThat(browser.findElements(By.cssSelector("#cl-details .cite-said"))).as("said once").hasSize(1);

        script("Object.defineProperty(navigator.clipboard, 'writeText', {configurable: true, value: () => Promise.reject(new Error('no'))})");
        script("ChronolineViewer.select('putin-cfe-decree')");
        browser.findElement(By.cssSelector("#cl-details button.cite")).click();
        waitUntil(() -> !browser.findElements(By.cssSelector("#cl-details textarea.citation-text")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#cl-details textarea.citation-text")).getAttribute("value"))
                .isEqualTo(script("return ChronolineViewer.citation('putin-cfe-decree')"));
        assertThat(script("return document.activeElement.className")).isEqualTo("citation-text");
    }

    /** A student who set a larger default text size in the browser gets it, the timeline's labels too (they stayed 15 and 14 px). */
    @Test
    void aLargerDefaultTextSizeIsFollowed() {
        browser.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 32)));
        try {
            open();
            assertThat(script("return getComputedStyle(document.body).fontSize")).isEqualTo("30px");
            assertThat(script("return getComputedStyle(document.getElementById('cl-canvas')).fontSize")).isEqualTo("28px");
        } finally {
            browser.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 16)));
        }
    }

    /**
     * On a phone with large text (32 pixels) the filter's "only" buttons stay on screen (they were
     * pushed off its side, the panel scrolled sideways), Put in Order's titles keep whole words (beside
     * the arrows they were cut into "Mosc / ow / Treat / y"), and presenting, ‹ › and Exit are a
     * finger's size (24 pixels).
     */
    @Test
    void onAPhoneWithLargeTextTheFilterOrderCardsAndPresentingFit() {
        browser.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 32)));
        try {
            open();
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2,
                    "mobile", true));
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
            waitUntil(() -> Boolean.TRUE.equals(script("return matchMedia('(pointer: coarse)').matches")));
            WebElement filter = browser.findElement(By.id("cl-filter"));
            filter.findElement(By.tagName("summary")).click();
            waitUntil(() -> filter.getAttribute("open") != null);
            assertThat(script("const body = document.querySelector('#cl-filter .filter-body'); const right = body.getBoundingClientRect().right;"
                    + " return [...document.querySelectorAll('#cl-categories .only')].filter(b => b.getBoundingClientRect().right > right + 0.5)"
                    + ".map(b => b.getAttribute('aria-label'))")).as("'only' buttons past the panel's side").asList().isEmpty();
            assertThat(script("const body = document.querySelector('#cl-filter .filter-body'); return body.scrollWidth <= body.clientWidth"))
                    .as("the panel does not scroll sideways").isEqualTo(true);
            filter.findElement(By.tagName("summary")).click();

            browser.findElement(By.id("cl-study")).click();
            waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
            assertThat(script("return [...document.querySelectorAll('#cl-order li')].filter(li => {"
                    + " const title = li.querySelector('span'); const arrow = li.querySelector('button');"
                    + " const em = parseFloat(getComputedStyle(title).fontSize);"
                    + " const under = title.getBoundingClientRect().top >= arrow.getBoundingClientRect().bottom - 0.5;"
                    + " return !under && title.getBoundingClientRect().width < Math.min(9.5 * em, li.clientWidth * 0.9); }).map(li => li.textContent)"))
                    .as("titles squeezed beside the arrows").asList().isEmpty();
            browser.findElement(By.id("cl-study-end")).click();
            waitUntil(() -> !browser.findElement(By.id("cl-study-view")).isDisplayed());

            browser.findElement(By.id("cl-present")).click();
            waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
            for (String id : List.of("cl-prev", "cl-next", "cl-end")) {
                org.openqa.selenium.Rectangle button = browser.findElement(By.id(id)).getRect();
                assertThat(Math.min(button.getWidth(), button.getHeight())).as(id).isGreaterThanOrEqualTo(44);
            }
            browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ESCAPE);
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 16)));
        }
    }

    /**
     * D while presenting switches to the dark room's colours and back, as in the window, and a page in
     * dark mode presents in them from the start: the slides stayed white on a phone in a dark room.
     */
    @Test
    void dSwitchesThePresentationToTheDarkRoomAndADarkPageStartsThere() {
        String background = "return getComputedStyle(document.getElementById('cl-present-view')).backgroundColor";
        // Read from a copy made for reading: reading the slide's own canvas again and again made Chrome warn, a complaint.
        String canvas = "const shown = document.getElementById('cl-present-canvas'); const c = document.createElement('canvas');"
                + " c.width = shown.width; c.height = shown.height; const g = c.getContext('2d', {willReadFrequently: true});"
                + " g.drawImage(shown, 0, 0); const seen = [];"
                + " for (let i = 1; i < 20; i++) { const p = g.getImageData(Math.round(c.width * i / 20) + 2, c.height - 3, 1, 1).data;"
                + " seen.push(p[0] + p[1] + p[2]); } seen.sort((a, b) => a - b); return seen[10];";
        browser.findElement(By.id("cl-present")).click();
        waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
        assertThat(script(background)).isEqualTo("rgb(255, 255, 255)");
        waitUntil(() -> ((Number) script(canvas)).intValue() > 600);

        browser.findElement(By.id("cl-present-view")).sendKeys("d");
        assertThat(script(background)).isEqualTo("rgb(0, 0, 0)");
        waitUntil(() -> ((Number) script(canvas)).intValue() < 100);
        browser.findElement(By.id("cl-present-view")).sendKeys("D");
        assertThat(script(background)).as("and back").isEqualTo("rgb(255, 255, 255)");
        browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ESCAPE);
        waitUntil(() -> !browser.findElement(By.id("cl-present-view")).isDisplayed());

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            browser.findElement(By.id("cl-present")).click();
            waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
            assertThat(script(background)).as("a dark page presents for a dark room").isEqualTo("rgb(0, 0, 0)");
            waitUntil(() -> ((Number) script(canvas)).intValue() < 100);
            browser.findElement(By.id("cl-present-view")).sendKeys(Keys.ESCAPE);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        }
    }

    /**
     * In Cards a tap on the card turns it, as Turn Card does; Tab goes round the study's own controls
     * (from the last it went to the page behind, and from there to the browser).
     */
    @Test
    void aTapTurnsTheCardAndTabStaysInTheStudy() {
        forgetProgress();
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        browser.findElement(By.id("cl-study-cards-tab")).click();
        waitUntil(() -> browser.findElement(By.id("cl-card-turn")).isDisplayed());
        assertThat(browser.findElement(By.id("cl-card-knew")).isEnabled()).as("not turned yet").isFalse();

        browser.findElement(By.id("cl-card-front")).click();

        waitUntil(() -> browser.findElement(By.id("cl-card-knew")).isEnabled());
        assertThat(browser.findElement(By.id("cl-card-date")).getText()).as("the answer, turned").isNotBlank();

        String last = (String) script("const all = [...document.querySelectorAll('#cl-study-view button, #cl-study-view input')]"
                + ".filter(b => !b.disabled && b.getClientRects().length > 0 && !b.closest('[hidden]')); all[all.length - 1].focus();"
                + " return document.activeElement.id");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(script("return document.getElementById('cl-study-view').contains(document.activeElement)"))
                .as("Tab from %s stays in the study", last).isEqualTo(true);
        browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(script("return document.activeElement.id")).as("and Shift+Tab goes back round").isEqualTo(last);
        // From the chosen mode's tab, the first stop (the others are reached by arrows), Shift+Tab goes round too.
        browser.findElement(By.id("cl-study-cards-tab")).click();
        browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(script("return document.getElementById('cl-study-view').contains(document.activeElement)"))
                .as("Shift+Tab from the Cards tab stays in the study").isEqualTo(true);
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    }

    /**
     * A screen reader hears each new card: after a card was graded the keys went back to Turn Card,
     * whose name alone was said, never the next card's question; a turned card says its answer.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aScreenReaderHearsEachNewCardAndItsAnswer() {
        forgetProgress();
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        browser.findElement(By.id("cl-study-cards-tab")).click();
        browser.findElement(By.id("cl-card-turn")).click();
        waitUntil(() -> browser.findElement(By.id("cl-card-knew")).isEnabled());
        String date = browser.findElement(By.id("cl-card-date")).getText();
        // As heard: the date's day is kept with its month by a non-breaking space, which getText gives as a space.
        assertThat(String.valueOf(focusedAx().get("description")).replace('\u00a0', ' ')).as("the turned card's answer").contains(date);
        browser.findElement(By.id("cl-card-knew")).click();
        String front = browser.findElement(By.id("cl-card-front")).getText();
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-card-turn");
        assertThat(focusedAx().get("description")).as("the next card's question").asString().contains(front);
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    }

    /** The focused element as the accessibility tree gives it: its name and description. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> focusedAx() {
        Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            List<Map<String, Object>> properties = (List<Map<String, Object>>) node.getOrDefault("properties", List.of());
            boolean focused = properties.stream().anyMatch(p -> "focused".equals(p.get("name"))
                    && Boolean.TRUE.equals(((Map<String, Object>) p.get("value")).get("value")))
                    && !"RootWebArea".equals(((Map<String, Object>) node.get("role")).get("value"));
            if (focused) {
                Map<String, String> out = new java.util.HashMap<>();
                for (String key : List.of("name", "description")) {
                    Map<String, Object> v = (Map<String, Object>) node.get(key);
                    out.put(key, v == null ? "" : String.valueOf(v.get("value")));
                }
                return out;
            }
        }
        return Map.of("name", "", "description", "");
    }

    /** The skip link goes to the list and leaves the address naming the selected event (it put "#cl-events" there). */
    @Test
    void theSkipLinkKeepsTheSelectedEventsAddress() {
        script("ChronolineViewer.select('cfe-signed')");
        waitUntil(() -> browser.getCurrentUrl().endsWith("#cfe-signed"));
        waitUntil(() -> !browser.findElements(By.cssSelector("#cl-events li")).isEmpty());

        script("document.querySelector('.skip').focus()");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        assertThat(browser.getCurrentUrl()).endsWith("#cfe-signed");
        assertThat(script("return document.activeElement.closest('#cl-events') !== null")).isEqualTo(true);
    }

    /** Printed with the system in dark mode: black on white, as in light mode (it was black paper, or faint grey headings). */
    @Test
    void aPagePrintedInDarkModeIsBlackOnWhite() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            assertThat(script("return getComputedStyle(document.body).backgroundColor")).isIn("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)");
            assertThat(script("return getComputedStyle(document.documentElement).getPropertyValue('--color-fg-muted').trim()"))
                    .as("the light theme's muted text").isEqualTo("#59636e");
            assertThat(script("return getComputedStyle(document.querySelector('.print')).color")).isEqualTo("rgb(0, 0, 0)");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        }
    }

    /**
     * On paper every web address is whole, broken across lines (its middle fell off the page's edge),
     * and no button is printed (each event printed its Copy Citation).
     */
    @Test
    void aPrintedPageHasWholeAddressesAndNoButtons() {
        browser.manage().window().setSize(new Dimension(500, 800));
        script("window.dispatchEvent(new Event('beforeprint'))");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(script("return document.querySelectorAll('.print .address').length")).isNotEqualTo(0L);
            assertThat(script("const right = document.querySelector('.print').getBoundingClientRect().right;"
                    + " return [...document.querySelectorAll('.print .address, .print a')]"
                    + ".filter(a => a.getBoundingClientRect().right > right + 1).map(a => a.textContent)")).asList().isEmpty();
            assertThat(script("return [...document.querySelectorAll('.print button')].filter(b => b.offsetParent !== null).length"))
                    .isEqualTo(0L);
            // A tag, a button on screen, is printed as its word.
            long tags = new org.chronoline.io.TimelineFileReader().read(Path.of("data/events.json")).document().events().stream()
                    .mapToLong(e -> e.tags().size()).sum();
            assertThat(script("return [...document.querySelectorAll('.print .tags li.tag')].filter(t => t.offsetParent !== null"
                    + " && t.textContent.trim() !== '').length")).isEqualTo(tags);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        }
    }

    /**
     * Printed, the events run on from page to page: kept whole, each of the 77 began a page of its own
     * (most are more than half a page), 79 pages with half of each blank.
     */
    @Test
    void printedEventsRunOnFromPageToPage() {
        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
        String text = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
        long pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
        long events = (Long) script("return document.querySelectorAll('.print-event').length");

        assertThat(events).as("the events printed").isEqualTo(77L);
        assertThat(pages).as("pages for %d events", events).isBetween(2L, events * 9 / 10);
    }

    /** Printed with a filter on, the paper says so; the categories' swatches keep their colours on paper. */
    @Test
    void aFilteredPrintSaysSoAndKeepsTheSwatchesColours() {
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        browser.findElements(By.cssSelector("#cl-categories li")).stream().filter(li -> li.getText().contains("Summits")).findFirst()
                .orElseThrow().findElement(By.cssSelector("button.only")).click();
        waitUntil(() -> ((List<?>) state().get("shownIds")).size() == 5);
        browser.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));

        assertThat(script("return document.querySelectorAll('.print-event').length")).isEqualTo(5L);
        assertThat(script("return document.querySelector('.print .print-filtered').textContent"))
                .isEqualTo("Printed with a filter: 5 of the 77 events.");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(script("return getComputedStyle(document.querySelector('.print .swatch')).printColorAdjust")).isEqualTo("exact");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        }
    }

    /** Hidden, the skip link is wholly above the page at any text size: at 32 pixels on a phone its underline showed over the title. */
    @Test
    void theHiddenSkipLinkIsAboveThePageAtLargeText() {
        browser.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 32)));
        try {
            open();
            browser.manage().window().setSize(new Dimension(390, 844)); // on a phone, where its words wrap
            script("document.activeElement.blur()");
            assertThat((Number) script("return document.querySelector('.skip').getBoundingClientRect().bottom")).satisfies(
                    bottom -> assertThat(bottom.doubleValue()).isLessThanOrEqualTo(0.0));
        } finally {
            browser.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 16)));
        }
    }

    @Test
    void onAPhoneTheDetailsAreBelowTheTimelineAndNothingIsWiderThanTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        script("ChronolineViewer.select('cfe-signed')");
        waitUntil(() -> details().contains("CFE Treaty signed in Paris"));

        WebElement canvas = browser.findElement(By.id("cl-canvas"));
        WebElement aside = browser.findElement(By.id("cl-details"));
        assertThat(aside.getRect().getY()).as("below").isGreaterThanOrEqualTo(canvas.getRect().getY() + canvas.getRect().getHeight());
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isEqualTo(true);
    }

    @Test
    void hostileTextShowsAsTextAndRunsNothing() throws Exception {
        TimelineEvent hostile = new TimelineEvent("evil", "<img src=x onerror=alert(1)>", IsoDates.parse("1995-05-05"), null, false, null,
                List.of("<b>tag</b>"), List.of(), "</script><script>alert(2)</script>", "\u202Egpj.exe",
                "<b>not bold</b>\n\nSecond paragraph", List.of(new Source("Evil", "javascript:alert(3)"), new Source("Data",
                        "data:text/html,<script>alert(4)</script>"), new Source("Fine", "https://example.org/a?b=c"),
                        new Source("Press office", "mailto:press@example.org")),
                List.of(), null, ExtraFields.NONE);
        TimelineDocument document = new TimelineDocument(1, "</title><script>alert(5)</script>", null, List.of(), List.of(),
                List.of(hostile), List.of(), ExtraFields.NONE);
        Path evil = dir.resolve("evil.html");
        WebPage.write(evil, List.of(), document, null, null);

        browser.get(evil.toUri() + "#evil");
        waitUntil(() -> "evil".equals(script("return window.ChronolineViewer && ChronolineViewer.state().selectedId")));

        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.getTitle()).isEqualTo("</title><script>alert(5)</script>");
        assertThat(details()).contains("<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>", "<b>not bold</b>");
        assertThat(browser.findElements(By.cssSelector("#cl-details img, #cl-details b, script:not([type])"))).as("no element from the text")
                .hasSizeLessThanOrEqualTo(1); // the viewer's own script
        assertThat(browser.findElements(By.cssSelector("a[href]"))).extracting(a -> a.getAttribute("href"))
                .allSatisfy(href -> assertThat(href).matches("https://example\\.org/a\\?b=c|mailto:press@example\\.org|file:.*#.*"));
        // An e-mail address opens the mail program, as in the window, and no empty tab beside it.
        WebElement mail = browser.findElement(By.cssSelector("#cl-details a[href^='mailto:']"));
        assertThat(mail.getText()).isEqualTo("Press office");
        assertThat(mail.getAttribute("target")).isNullOrEmpty();
        assertThat(Browser.complaints(browser)).isEmpty();
    }

    @Test
    void hebrewFromTheFileReadsRightToLeft() throws Exception {
        String hebrew = "\u05d0\u05de\u05e0\u05ea INF \u05e0\u05d7\u05ea\u05de\u05d4 \u05d1-1987";
        TimelineDocument document = new TimelineDocument(1, "Directions", null, List.of(), List.of(),
                List.of(TimelineEvent.point("he", hebrew, IsoDates.parse("1987")), TimelineEvent.point("en", "Signed", IsoDates.parse("1990"))),
                List.of(), ExtraFields.NONE);
        Path page = dir.resolve("directions.html");
        WebPage.write(page, List.of(), document, null, null);

        browser.get(page.toUri() + "#he");
        waitUntil(() -> "he".equals(script("return window.ChronolineViewer && ChronolineViewer.state().selectedId")));

        assertThat(script("return getComputedStyle(document.querySelector('#cl-details .details-title')).direction")).isEqualTo("rtl");
        script("ChronolineViewer.select('en')");
        waitUntil(() -> details().contains("Signed"));
        assertThat(script("return getComputedStyle(document.querySelector('#cl-details .details-title')).direction")).isEqualTo("ltr");
    }

    @Test
    void aTitleOfOneLongWordWrapsInsteadOfWideningThePage() throws Exception {
        TimelineDocument document = new TimelineDocument(1, "Abrüstungsverhandlungsdelegationsleiterstellvertreter".repeat(6), null, List.of(),
                List.of(), List.of(TimelineEvent.point("e", "Signed", IsoDates.parse("1990"))), List.of(), ExtraFields.NONE);
        Path wide = dir.resolve("wide.html");
        WebPage.write(wide, List.of(), document, null, null);
        browser.manage().window().setSize(new Dimension(1366, 768));

        browser.get(wide.toUri().toString());
        waitUntil(() -> Boolean.TRUE.equals(script("return !!window.ChronolineViewer")));

        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isEqualTo(true);
    }

    /** A long tour title on a phone: the page stays as wide as the screen, Present and Study on it. */
    @Test
    void aLongTourTitleKeepsThePageAsWideAsAPhone() throws Exception {
        TimelineDocument document = new TimelineDocument(1, "Tours", null, List.of(), List.of(),
                List.of(TimelineEvent.point("a", "Signed", IsoDates.parse("1990")), TimelineEvent.point("b", "Ratified", IsoDates.parse("1992"))),
                List.of(new org.chronoline.model.Tour("long", "The long road from the Harmel Report to the Treaty on Conventional "
                        + "Armed Forces in Europe and on to its suspension, step by step, with every source", List.of("a", "b"),
                        ExtraFields.NONE)), ExtraFields.NONE);
        Path tours = dir.resolve("tours.html");
        WebPage.write(tours, List.of(), document, null, null);
        browser.manage().window().setSize(new Dimension(360, 740));

        browser.get(tours.toUri().toString());
        waitUntil(() -> Boolean.TRUE.equals(script("return !!window.ChronolineViewer")));

        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isEqualTo(true);
        assertThat(script("return document.getElementById('cl-study').getBoundingClientRect().right <= window.innerWidth"))
                .as("Study on the screen").isEqualTo(true);
    }

    /** On a phone Put in Order's long titles went to a line of their own under their arrows, the list twice as long. */
    @Test
    void onAPhoneEachCardsTitleIsBesideItsArrows() {
        browser.manage().window().setSize(new Dimension(375, 667));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByValue("cfe-story");
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-order")).isDisplayed());

        @SuppressWarnings("unchecked")
        List<Object> below = (List<Object>) script("return [...document.querySelectorAll('#cl-order li')].filter(li => {"
                + " const arrows = li.querySelector('button').getBoundingClientRect();"
                + " const title = li.querySelector('span').getBoundingClientRect();"
                + " return title.top >= arrows.bottom || title.right > li.getBoundingClientRect().right; }).map(li => li.textContent)");
        assertThat(below).isEmpty();
        assertThat(script("return document.documentElement.scrollWidth <= innerWidth")).isEqualTo(true);
    }

    /**
     * Stepping through matches with Enter changed two live regions at once (the event, and "2 of 23
     * matches" beside the box): a screen reader spoke one over the other or dropped one. One region
     * says both now, and while typing it says the count.
     */
    @Test
    void searchingIsSaidInOneLiveRegion() {
        WebElement search = browser.findElement(By.id("cl-search"));
        search.sendKeys("moratorium");
        waitUntil(() -> state().get("matchIds") != null);
        int count = ids("matchIds").size();
        assertThat(count).isGreaterThan(1);
        waitUntil(() -> announced().equals(count + " matches"));

        search.sendKeys(Keys.ENTER);
        waitUntil(() -> state().get("selectedId") != null);
        String title = String.valueOf(script("return document.querySelector('#cl-details .details-title').textContent"));
        assertThat(announced()).startsWith(title + ", ").endsWith("; 1 of " + count + " matches");
        assertThat(script("const live = '[aria-live], [role=status], [role=alert], [role=log]';"
                + " return document.getElementById('cl-search-status').closest(live)")).as("the count beside the box is not spoken too").isNull();
    }

    /**
     * A screen reader is given the words of every row of the list, the canvas's text alternative:
     * laid out only near the screen (content-visibility), 58 of the 77 rows were empty in Chromium's
     * accessibility tree, and "Vienna Document 1999 adopted" could not be found by name (audit).
     */
    @Test
    @SuppressWarnings("unchecked")
    void aScreenReaderIsGivenTheWordsOfEveryRowOfTheList() {
        browser.manage().window().setSize(new Dimension(1024, 768));
        script("window.scrollTo(0, 0)");
        Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            Map<String, Object> name = (Map<String, Object>) node.get("name");
            if (name != null && name.get("value") != null) {
                words.add(String.valueOf(name.get("value")));
            }
        }
        List<String> titles = (List<String>) script("return [...document.querySelectorAll('#cl-events li .title')].map(t => t.textContent)");
        assertThat(titles).hasSize(eventCount());
        assertThat(titles.stream().filter(t -> !words.contains(t)).toList()).as("rows a screen reader gets no words for").isEmpty();
    }

    /**
     * The timeline's one-key shortcuts are the timeline's (WCAG 2.1.4): P on a source's link started
     * presenting, and → on it moved the timeline. On the timeline they work, ] typed with AltGr too
     * (Ctrl and Alt to the browser on Windows: a German keyboard's ] did nothing).
     */
    @Test
    void theTimelinesOneKeyShortcutsAreTheTimelines() {
        script("ChronolineViewer.select('cfe-signed')");
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        Object from = state().get("fromSecond");
        WebElement link = browser.findElement(By.cssSelector("#cl-details .sources a"));
        link.sendKeys("p");
        link.sendKeys(Keys.ARROW_RIGHT);
        link.sendKeys("]");
        assertThat(browser.findElement(By.id("cl-present-view")).isDisplayed()).as("P on a link").isFalse();
        assertThat(state().get("fromSecond")).as("→ on a link").isEqualTo(from);
        assertThat(state().get("selectedId")).as("] on a link").isEqualTo("cfe-signed");
        assertThat(script("return document.activeElement === arguments[0]", link)).isEqualTo(true);
        // Esc there goes to the timeline, the selection kept; a second Esc clears it. It cleared it and left the keys on nothing.
        link.sendKeys(Keys.ESCAPE);
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-canvas");
        assertThat(state().get("selectedId")).isEqualTo("cfe-signed");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(state().get("selectedId")).isNull();

        browser.findElement(By.id("cl-canvas")).click();
        script("ChronolineViewer.select('cfe-signed')");
        new org.openqa.selenium.interactions.Actions(browser).keyDown(Keys.CONTROL).keyDown(Keys.ALT).sendKeys("]")
                .keyUp(Keys.ALT).keyUp(Keys.CONTROL).perform();
        assertThat(state().get("selectedId")).as("] with AltGr on the timeline").isNotEqualTo("cfe-signed");
        new org.openqa.selenium.interactions.Actions(browser).keyDown(Keys.CONTROL).sendKeys("[").keyUp(Keys.CONTROL).perform();
        assertThat(state().get("selectedId")).as("Ctrl+[ is not [").isNotEqualTo("cfe-signed");
    }

    /** The timeline's keys are shown under it while it has the keyboard's focus: only a screen reader said them (audit). */
    @Test
    void theTimelinesKeysAreShownWhileItHasTheKeyboard() {
        WebElement keys = browser.findElement(By.id("cl-keys"));
        assertThat(keys.getRect().getHeight()).as("not in sight before").isLessThanOrEqualTo(1);
        Object canvasBefore = script("return document.getElementById('cl-canvas').getBoundingClientRect().height");
        script("document.querySelector('.skip').focus()");
        for (int i = 0; i < 30 && !"cl-canvas".equals(script("return document.activeElement.id")); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-canvas");
        assertThat(keys.getRect().getHeight()).as("in sight with the keys on the timeline").isGreaterThan(10);
        assertThat(script("return document.getElementById('cl-canvas').getBoundingClientRect().height"))
                .as("over the timeline, which keeps its size").isEqualTo(canvasBefore);
        assertThat(keys.getText()).startsWith("Drag or use the arrow keys");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(keys.getRect().getHeight()).as("gone when the keys leave it").isLessThanOrEqualTo(1);
    }

    /**
     * The event a search's Enter goes to is not under the timeline's keys shown over its foot: "CFE negotiations open in
     * Vienna", in the last row, was (a keyboard walk-through). They are kept clear of as the details bar is.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theEventASearchGoesToIsNotUnderTheTimelinesKeys() {
        WebElement search = browser.findElement(By.id("cl-search"));
        search.sendKeys("CFE");
        waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());
        search.sendKeys(Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(() -> "cl-canvas".equals(script("return document.activeElement.id")) && state().get("selectedId") != null);
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));
        String id = (String) state().get("selectedId");
        double hintTop = ((Number) script("return document.getElementById('cl-keys').getBoundingClientRect().top"
                + " - document.getElementById('cl-canvas').getBoundingClientRect().top")).doubleValue();
        assertThat(browser.findElement(By.id("cl-keys")).getRect().getHeight()).as("the keys shown").isGreaterThan(10);
        List<Object> chosen = ((List<List<Object>>) state().get("drawnBoxes")).stream().filter(b -> id.equals(b.get(0))).findFirst()
                .orElseThrow();
        double bottom = ((Number) chosen.get(2)).doubleValue() + ((Number) chosen.get(4)).doubleValue();
        assertThat(bottom).as("%s above the keys", id).isLessThanOrEqualTo(hintTop);
    }

    /** A filter's new count is said: a category unticked or "only" chosen changed "23 of 77 events shown" on the screen alone. */
    @Test
    void aFiltersNewCountIsSaid() {
        script("document.getElementById('cl-filter').open = true");
        browser.findElement(By.cssSelector("#cl-categories input")).click();
        String shown = browser.findElement(By.id("cl-shown")).getText();
        assertThat(shown).matches("\\d+ of " + eventCount() + " events shown");
        waitUntil(() -> announced().equals(shown));
        browser.findElement(By.id("cl-clear-filter")).click();
        waitUntil(() -> announced().equals(eventCount() + " events"));
        script("document.getElementById('cl-filter').open = false");
    }

    /**
     * On a narrow screen the list's row that takes the keys is scrolled into view above the details
     * bar: at 200% it went three quarters under it, its date and focus ring hidden (audit).
     */
    @Test
    void theListsFocusedRowIsNotHiddenUnderTheDetailsBar() {
        browser.manage().window().setSize(new Dimension(640, 700));
        script("ChronolineViewer.select('cfe-signed')");
        WebElement peek = browser.findElement(By.id("cl-peek"));
        script("document.querySelector('#cl-events li[tabindex=\"0\"]').focus()");
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            if (peek.isDisplayed()) {
                Number under = (Number) script("const r = document.activeElement.getBoundingClientRect();"
                        + " return r.bottom - document.getElementById('cl-peek').getBoundingClientRect().top");
                if (under.doubleValue() > 0) {
                    hidden.add(browser.switchTo().activeElement().getText() + " (" + under + " px)");
                }
            }
        }
        assertThat(hidden).as("rows partly under the bar").isEmpty();
    }

    /**
     * In forced colours (Windows' high contrast) the chosen study tab and list row keep a mark, and a
     * category keeps its colour: their fills were taken away, the chosen tab like the others (audit).
     */
    @Test
    void inForcedColoursWhatIsChosenKeepsAMark() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "forced-colors", "value", "active"))));
        try {
            script("ChronolineViewer.select('cfe-signed')");
            assertThat(script("return getComputedStyle(document.querySelector('#cl-events li[aria-selected=\"true\"]')).outlineStyle")).isEqualTo("solid");
            assertThat(script("return getComputedStyle(document.querySelector('#cl-details .swatch')).backgroundColor"))
                    .as("the category's own colour").isNotIn("rgb(255, 255, 255)", "rgb(0, 0, 0)", "rgba(0, 0, 0, 0)");
            browser.findElement(By.id("cl-study")).click();
            waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
            Object chosen = script("return getComputedStyle(document.querySelector('.study-modes [aria-selected=true]')).backgroundColor");
            Object other = script("return getComputedStyle(document.querySelector('.study-modes [aria-selected=false]')).backgroundColor");
            assertThat(chosen).as("the chosen tab").isNotEqualTo(other);
            browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            waitUntil(() -> !browser.findElement(By.id("cl-study-view")).isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        }
    }

    /** The search field's placeholder, its only visible label, reads at 4.5:1 in the dark theme too (it was 4.1). */
    @Test
    void theSearchFieldsPlaceholderReadsInTheDarkToo() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            Number ratio = (Number) script("const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);"
                    + " const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });"
                    + "   return 0.2126 * r + 0.7152 * g + 0.0722 * b; };"
                    + " const box = document.getElementById('cl-search');"
                    + " let back = getComputedStyle(box).backgroundColor; for (let e = box; /rgba\\(.*, 0\\)|transparent/.test(back) && e; e = e.parentElement) back = getComputedStyle(e).backgroundColor;"
                    + " if (/rgba\\(.*, 0\\)|transparent/.test(back)) back = getComputedStyle(document.body).backgroundColor;"
                    + " const [a, b] = [lum(getComputedStyle(box, '::placeholder').color), lum(back)];"
                    + " return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)");
            assertThat(ratio.doubleValue()).isGreaterThanOrEqualTo(4.5);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        }
    }

    private static int eventCount() {
        return ((Number) script("return JSON.parse(document.getElementById('chronoline-data').textContent).events.length")).intValue();
    }

    /**
     * With nothing selected, a zoom or a move by a key or a button is said once the view is still: the
     * period, how many events and how many in clusters, as the window's timeline says it. The page
     * said nothing, and the canvas's name had the period alone.
     */
    @Test
    void aZoomByKeyOrButtonIsSaidOnceTheViewIsStill() throws Exception {
        WebElement canvas = browser.findElement(By.id("cl-canvas"));
        script("arguments[0].focus()", canvas);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("+").perform();
        waitUntil(() -> announced().startsWith("Timeline from "));
        assertThat(announced()).as("said once, where the glide stops").isEqualTo(canvas.getAttribute("aria-label"))
                .matches("Timeline from \\d{4} to \\d{4}, \\d+ events(; \\d+ of them in clusters?, too close together to show one by one: zoom in to see (it|them))?");
        // The events in view, not all those shown: zoomed in, it said 77 (a walk-through).
        double from = ((Number) state().get("fromSecond")).doubleValue();
        double to = ((Number) state().get("toSecond")).doubleValue();
        long inView = new TimelineFileReader().read(Path.of("data/events.json")).document().events().stream()
                .filter(e -> e.endSecond() >= from && e.startSecond() <= to).count();
        assertThat(inView).as("fewer than all, zoomed in").isLessThan(77);
        assertThat(announced()).contains(", " + inView + " events");
        assertThat(Boolean.FALSE.equals(state().get("moving"))).isTrue();

        script("document.getElementById('cl-announce').textContent = ''");
        browser.findElement(By.id("cl-zoom-out")).click();
        waitUntil(() -> announced().startsWith("Timeline from "));

        script("ChronolineViewer.select('cfe-signed')");
        script("document.getElementById('cl-announce').textContent = ''");
        browser.findElement(By.id("cl-zoom-in")).click();
        script("return new Promise(done => setTimeout(done, 1200))");
        assertThat(announced()).as("a selected event is what the timeline says").doesNotStartWith("Timeline from ");
    }

    private static String announced() {
        return String.valueOf(script("return document.getElementById('cl-announce').textContent"));
    }

    /**
     * "Moscow Treaty" typed: the list starts with the treaty's two events and Enter goes to the first
     * of them, wherever the selection was (as in the window). In time order the treaty came seventh.
     */
    @Test
    void theResultsStartWithTheTitlesThatSayWhatWasTypedAndEnterTakesTheFirst() {
        script("ChronolineViewer.select('new-start-expires')");
        WebElement box = browser.findElement(By.id("cl-search"));
        box.sendKeys("moscow treaty");
        waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());
        List<String> titles = browser.findElements(By.cssSelector("#cl-results li button .title")).stream().map(WebElement::getText).toList();
        assertThat(titles).hasSizeGreaterThan(2).startsWith("Moscow Treaty (SORT) signed", "Moscow Treaty enters into force");
        box.sendKeys(Keys.ENTER);
        waitUntil(() -> "sort-signed".equals(state().get("selectedId")));
        box.sendKeys(Keys.ENTER);
        waitUntil(() -> "sort-in-force".equals(state().get("selectedId")));
    }

    /**
     * A result whose title and date do not show the words searched for says where they are, a few
     * words around them: "cfe" listed "MBFR talks in Vienna" with nothing to show why.
     */
    @Test
    void aResultSaysWhyItMatchedWhenItsTitleDoesNot() {
        browser.findElement(By.id("cl-search")).sendKeys("cfe");
        waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());
        List<WebElement> results = browser.findElements(By.cssSelector("#cl-results li button"));
        WebElement mbfr = results.stream().filter(b -> b.findElement(By.className("title")).getText().equals("MBFR talks in Vienna"))
                .findFirst().orElseThrow();
        WebElement snippet = mbfr.findElement(By.className("snippet"));
        assertThat(snippet.getText()).containsIgnoringCase("cfe").hasSizeLessThan(100);
        assertThat(snippet.findElement(By.tagName("b")).getText()).isEqualToIgnoringCase("cfe");
        WebElement signed = results.stream().filter(b -> b.findElement(By.className("title")).getText().equals("CFE Treaty signed in Paris"))
                .findFirst().orElseThrow();
        assertThat(signed.findElements(By.className("snippet"))).as("its title says it").isEmpty();
    }

    /**
     * "Moskow" found nothing and said only "No matches". The results offer the timeline's nearest
     * word; chosen by the arrows and Enter, it is searched for, the keys back in the box.
     */
    @Test
    void aMisspeltSearchOffersTheNearestWord() {
        WebElement box = browser.findElement(By.id("cl-search"));
        box.sendKeys("CFE Moskow");
        waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());
        WebElement offer = browser.findElement(By.cssSelector("#cl-results li button.suggestion"));
        assertThat(offer.getText()).isEqualTo("Did you mean \u201cCFE Moscow\u201d?");
        assertThat(browser.findElement(By.id("cl-search-status")).getText()).isEqualTo("No matches");
        assertThat(announced()).as("two sentences").isEqualTo("No matches. Did you mean \u201cCFE Moscow\u201d?");

        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(script("return document.activeElement.className")).isEqualTo("suggestion");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(() -> "CFE Moscow".equals(box.getAttribute("value")));
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-search");
        waitUntil(() -> browser.findElement(By.id("cl-search-status")).getText().endsWith("matches"));
        assertThat(browser.findElements(By.cssSelector("#cl-results li button.suggestion"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#cl-results li button .title"))).extracting(WebElement::getText)
                .contains("US-Russia “two-plus-two” talks in Moscow");

        box.clear();
        box.sendKeys("zzqqxx");
        waitUntil(() -> browser.findElement(By.id("cl-search-status")).getText().equals("No matches"));
        assertThat(browser.findElements(By.cssSelector("#cl-results li button.suggestion"))).as("nothing near").isEmpty();
    }

    /**
     * The tags under an event looked like buttons and did nothing. Pressed, a tag shows only the
     * events with it (and is shown and heard pressed); pressed again, every event. The keys stay on it.
     */
    @Test
    void aTagShowsOnlyItsEventsAndPressedAgainShowsThemAll() {
        script("ChronolineViewer.select('two-plus-two-moscow')");
        List<WebElement> tags = browser.findElements(By.cssSelector("#cl-details .tags button.tag"));
        assertThat(tags).extracting(WebElement::getText).containsExactly("CFE", "missile defence", "two-plus-two");
        WebElement missiles = tags.get(1);
        assertThat(missiles.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(missiles.getAttribute("title")).isEqualTo("Show only the events tagged \u201cmissile defence\u201d");

        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", missiles);
        missiles.click();
        waitUntil(() -> ids("shownIds").size() == 16);
        assertThat(state().get("selectedId")).as("the event read stays selected").isEqualTo("two-plus-two-moscow");
        WebElement pressed = browser.switchTo().activeElement();
        assertThat(pressed.getText()).as("the keys on the tag pressed").isEqualTo("missile defence");
        assertThat(pressed.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.findElement(By.id("cl-notice")).getText())
                .isEqualTo("The filter shows 16 events tagged \u201cmissile defence\u201d. Select the tag again to show the others.");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-tag"))).getFirstSelectedOption().getAttribute("value"))
                .as("the filter's own pick says so").isEqualTo("missile defence");
        // Each category counts what the rest of the filter lets through: "Treaties signed 23" under a tag that left few.
        @SuppressWarnings("unchecked")
        List<Long> counts = (List<Long>) script("return [...document.querySelectorAll('#cl-categories .count')].map(c => Number(c.textContent))");
        assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(16L);

        pressed.sendKeys(Keys.ENTER);
        waitUntil(() -> ids("shownIds").size() == 77);
        assertThat(browser.switchTo().activeElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(browser.findElement(By.id("cl-notice")).getText()).isEqualTo("The filter no longer asks for the tag \u201cmissile defence\u201d.");
    }

    /**
     * On a phone the list is far below the details: an event tapped there took the reader up to its
     * details, and back to their place only by scrolling for it. A button at the top of the details
     * goes back, to the list at the event read now.
     */
    @Test
    void onAPhoneTheDetailsGoBackToThePlaceInTheList() {
        browser.manage().window().setSize(new Dimension(375, 667));
        WebElement item = browser.findElement(By.cssSelector("#cl-events li:nth-child(40)"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
        String id = (String) script("return arguments[0].event.id", item);
        item.click();
        waitUntil(() -> id.equals(state().get("selectedId")));
        WebElement back = browser.findElement(By.cssSelector("#cl-details button.list-return"));
        assertThat(back.getText()).isEqualTo("Back to the list");
        waitUntil(() -> (Double.valueOf(String.valueOf(script("return arguments[0].getBoundingClientRect().top", back)))) < 667);

        back.click();
        waitUntil(() -> item.equals(browser.switchTo().activeElement()));
        waitUntil(() -> {
            double top = Double.parseDouble(String.valueOf(script("return arguments[0].getBoundingClientRect().top", item)));
            return top > 0 && top < 667;
        });
        assertThat(browser.findElements(By.cssSelector("#cl-details button.list-return"))).as("gone once used").isEmpty();

        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.findElement(By.cssSelector("#cl-events li:nth-child(41)")).click();
        assertThat(browser.findElements(By.cssSelector("#cl-details button.list-return"))).as("not where the details are beside").isEmpty();
    }

    /** A search result chosen closes the list of results, which stayed open over the event it showed. */
    @Test
    void choosingASearchResultClosesTheResults() {
        browser.findElement(By.id("cl-search")).sendKeys("moratorium");
        waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());
        browser.findElements(By.cssSelector("#cl-results li button")).get(0).click();
        waitUntil(() -> state().get("selectedId") != null);

        assertThat(browser.findElement(By.id("cl-results")).isDisplayed()).as("results closed").isFalse();
        assertThat(script("return document.activeElement.id")).as("the keys go to the timeline").isEqualTo("cl-canvas");
    }

    /**
     * On a phone a search result chosen brings its details into view: they began at the bottom edge,
     * the category and half the title showing. The count of matches is set off from the count of events.
     */
    @Test
    void onAPhoneASearchResultChosenShowsItsDetails() {
        browser.manage().window().setSize(new Dimension(375, 667));
        browser.findElement(By.id("cl-search")).sendKeys("Lavrov");
        waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());
        browser.findElements(By.cssSelector("#cl-results li button")).get(0).click();
        waitUntil(() -> state().get("selectedId") != null);

        waitUntil(() -> Boolean.TRUE.equals(script("const r = document.querySelector('#cl-details .details-title').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= innerHeight * 0.6")));
        assertThat(script("return getComputedStyle(document.getElementById('cl-search-status'), '::before').content"))
                .asString().contains("\u00b7");
    }

    /**
     * ↔ fits the events the filter shows, as the window's Fit does: with 2007 and 2008 it showed
     * 1987–2028, the eras around them, every event in one column.
     */
    @Test
    void fitShowsTheEventsTheFilterShows() {
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        browser.findElement(By.id("cl-from")).sendKeys("2007");
        browser.findElement(By.id("cl-to")).sendKeys("2008");
        waitUntil(() -> ids("shownIds").size() < 77);
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        browser.findElement(By.id("cl-fit")).click();
        waitUntil(() -> Boolean.FALSE.equals(state().get("moving")));

        double from = ((Number) state().get("fromSecond")).doubleValue();
        double to = ((Number) state().get("toSecond")).doubleValue();
        assertThat(from).as("the view's start").isGreaterThan(org.chronoline.model.IsoDates.parse("2006-06").startSecond());
        assertThat(to).as("the view's end").isLessThan(org.chronoline.model.IsoDates.parse("2009-07").startSecond());
        assertThat(ids("drawnIds")).as("every shown event drawn").containsAll(ids("shownIds"));
    }

    /**
     * The page's filter has the window's fields: a tag, who, and dates typed as the When? question
     * takes them. It had the categories alone, though the page could show a saved view's tags,
     * people and dates: a student could not find the events of one person or one decade. Each
     * choice shows the events the window's filter shows for it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aStudentFiltersByTagByWhoAndByDatesAsTheWindowDoes() throws Exception {
        TimelineDocument bundled = new TimelineFileReader().read(Path.of("data/events.json")).document();
        java.util.Set<String> categories = bundled.categories().stream().map(org.chronoline.model.Category::id)
                .collect(java.util.stream.Collectors.toSet());
        java.util.function.Function<org.chronoline.model.find.EventFilter, List<String>> windowShows = f -> bundled.events().stream()
                .filter(e -> f.shows(e, categories)).map(org.chronoline.model.TimelineEvent::id).sorted().toList();
        java.util.function.Supplier<List<String>> pageShows = () -> ((List<String>) state().get("shownIds")).stream().sorted().toList();
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        org.openqa.selenium.support.ui.Select tag = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-tag")));
        org.openqa.selenium.support.ui.Select who = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-actor")));
        assertThat(tag.getFirstSelectedOption().getText()).isEqualTo("Any tag");
        assertThat(tag.getOptions()).extracting(WebElement::getText).contains("CFE (24)", "missile defence (16)");

        tag.selectByValue("CFE");
        org.chronoline.model.find.EventFilter cfe = org.chronoline.model.find.EventFilter.NONE.withTags(java.util.Set.of("CFE"));
        assertThat(pageShows.get()).hasSize(24).isEqualTo(windowShows.apply(cfe));
        assertThat(browser.findElement(By.id("cl-shown")).getText()).isEqualTo("24 of 77 events shown");
        // Who counts what it would show with the tag chosen, as the categories count theirs: "Vladimir Putin (15)" counted
        // every event, and led to none under a filter that left him none (a student's walk-through).
        int putinsCfe = windowShows.apply(cfe.withActors(java.util.Set.of("Vladimir Putin"))).size();
        assertThat(who.getOptions()).extracting(WebElement::getText).contains("Vladimir Putin (" + putinsCfe + ")");
        who.selectByValue("Vladimir Putin");
        assertThat(pageShows.get()).isNotEmpty().hasSize(putinsCfe)
                .isEqualTo(windowShows.apply(cfe.withActors(java.util.Set.of("Vladimir Putin"))));
        assertThat(tag.getOptions()).extracting(WebElement::getText).as("tags counted among Putin's events")
                .contains("CFE (" + putinsCfe + ")")
                .contains("missile defence (" + windowShows.apply(org.chronoline.model.find.EventFilter.NONE.withTags(java.util.Set.of(
                        "missile defence")).withActors(java.util.Set.of("Vladimir Putin"))).size() + ")");

        tag.selectByIndex(0);
        who.selectByIndex(0);
        WebElement from = browser.findElement(By.id("cl-from"));
        WebElement to = browser.findElement(By.id("cl-to"));
        assertThat(browser.findElement(By.xpath("//label[input[@id='cl-from']]")).getText()).as("named where it is seen").isEqualTo("From");
        from.sendKeys("2007");
        to.sendKeys("July 2008");
        org.chronoline.model.find.EventFilter years = org.chronoline.model.find.EventFilter.NONE.withRange(
                org.chronoline.model.IsoDates.parse("2007"), org.chronoline.model.IsoDates.parse("2008-07"));
        assertThat(pageShows.get()).isNotEmpty().isEqualTo(windowShows.apply(years));
        assertThat(from.getAttribute("value")).as("as typed").isEqualTo("2007");

        from.clear();
        from.sendKeys("abc");
        assertThat(browser.findElement(By.id("cl-range-problem")).getText())
                .isEqualTo("Not a date: \u201cabc\u201d (try 1990, July 2007, 2007-10-12, 12 October 2007 or 480 BCE)");
        assertThat(from.getAttribute("aria-invalid")).isEqualTo("true");
        from.clear();
        from.sendKeys("5/6/1990");
        assertThat(browser.findElement(By.id("cl-range-problem")).getText())
                .isEqualTo("Not a date: \u201c5/6/1990\u201d may be 5 June 1990 or 6 May 1990; write the month in words");
        // A date copied as the window writes an approximate one is refused as the window refuses it, saying why.
        from.clear();
        from.sendKeys("c. 1990");
        assertThat(browser.findElement(By.id("cl-range-problem")).getText())
                .isEqualTo("Not a date: write the date alone, 1990, and mark it approximate");
        from.clear();
        from.sendKeys("c. 5/6/1990");
        assertThat(browser.findElement(By.id("cl-range-problem")).getText()).as("the date's own reason, as the window gives it")
                .isEqualTo("Not a date: \u201c5/6/1990\u201d may be 5 June 1990 or 6 May 1990; write the month in words");
        // "90" is the year 90, and filters so (as in the window): said, with the year it likely meant.
        from.clear();
        from.sendKeys("90");
        String note = "\u201c90\u201d is read as the year 90 CE; for "
                + org.chronoline.model.DateInput.recentYearMeant("90", java.time.Year.now().getValue()) + ", write all four digits";
        waitUntil(() -> browser.findElement(By.id("cl-range-problem")).getText().equals(note)); // once typing pauses
        assertThat(from.getAttribute("aria-invalid")).isEqualTo("false");
        from.clear();
        from.sendKeys("00");
        script("return new Promise(done => setTimeout(done, 900))");
        assertThat(browser.findElement(By.id("cl-range-problem")).getText()).as("the year 0 is 1 BCE, and says so").isEmpty();
        // A note on "90" does not come after the fields were cleared: it was about dates no longer there.
        from.clear();
        from.sendKeys("90");
        browser.findElement(By.id("cl-clear-filter")).click();
        script("return new Promise(done => setTimeout(done, 900))");
        assertThat(browser.findElement(By.id("cl-range-problem")).getText()).isEmpty();
        to.sendKeys("July 2008");
        from.clear();
        from.sendKeys("2010");
        assertThat(browser.findElement(By.id("cl-range-problem")).getText()).isEqualTo("The end is before the start");
        assertThat(from.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(to.getAttribute("aria-invalid")).isEqualTo("false");
        // The From being typed is left out until it is mended: "201", a date on the way to "2010", was kept.
        assertThat(state().get("filterFrom")).as("no From").isNull();
        assertThat(pageShows.get()).isEqualTo(windowShows.apply(years.withRange(null, org.chronoline.model.IsoDates.parse("2008-07"))));

        tag.selectByValue("CFE");
        assertThat(from.getAttribute("value")).as("a text being typed stays, with what is wrong with it").isEqualTo("2010");
        assertThat(browser.findElement(By.id("cl-range-problem")).getText()).isEqualTo("The end is before the start");

        browser.findElement(By.id("cl-clear-filter")).click();
        assertThat(pageShows.get()).hasSize(77);
        assertThat(from.getAttribute("value")).isEmpty();
        assertThat(to.getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.id("cl-range-problem")).getText()).isEmpty();
        assertThat(tag.getFirstSelectedOption().getText()).isEqualTo("Any tag");
    }

    /** A filter that hides every event says so over the timeline, which was simply blank; the words go once events are shown. */
    @Test
    void aFilterThatHidesEveryEventSaysSoOverTheTimeline() {
        WebElement none = browser.findElement(By.id("cl-none-shown"));
        assertThat(none.isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        browser.findElement(By.id("cl-from")).sendKeys("2030");
        waitUntil(() -> ((List<?>) state().get("shownIds")).isEmpty());

        assertThat(none.isDisplayed()).isTrue();
        assertThat(none.getText()).isEqualTo("No event matches the filter. Clear All Filters shows every event again.");
        browser.findElement(By.id("cl-clear-filter")).click();
        assertThat(none.isDisplayed()).isFalse();
    }

    /** A saved view chosen on the page shows what it chose in the filter's fields: who, several tags together, its dates as typed. */
    @Test
    @SuppressWarnings("unchecked")
    void aSavedViewShowsItsChoicesInTheFiltersFields() throws Exception {
        TimelineDocument bundled = new TimelineFileReader().read(Path.of("data/events.json")).document();
        org.chronoline.model.find.EventFilter putin = org.chronoline.model.find.EventFilter.NONE
                .withActors(java.util.Set.of("Vladimir Putin")).withTags(java.util.Set.of("CFE", "INF"))
                .withRange(org.chronoline.model.IsoDates.parse("2000"), org.chronoline.model.IsoDates.parse("2008-07"));
        TimelineDocument withView = new TimelineDocument(bundled.version(), bundled.title(), bundled.description(), bundled.categories(),
                bundled.eras(), bundled.events(), bundled.tours(),
                List.of(new org.chronoline.model.SavedView("putin", "Putin and the treaties", putin, org.chronoline.model.ExtraFields.NONE)),
                bundled.extras());
        Path viewsPage = dir.resolve("views.html");
        WebPage.write(viewsPage, List.of(), withView, Path.of("data").toAbsolutePath(), null);
        browser.get(viewsPage.toUri().toString());
        waitUntil(() -> Boolean.TRUE.equals(script("return !!window.ChronolineViewer && ChronolineViewer.state().shownIds.length > 0")));
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-views"))).selectByValue("putin");

        java.util.Set<String> categories = bundled.categories().stream().map(org.chronoline.model.Category::id)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(((List<String>) state().get("shownIds")).stream().sorted().toList()).isNotEmpty().isEqualTo(
                bundled.events().stream().filter(e -> putin.shows(e, categories)).map(org.chronoline.model.TimelineEvent::id).sorted().toList());
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-actor"))).getFirstSelectedOption().getText())
                .startsWith("Vladimir Putin (");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-tag"))).getFirstSelectedOption().getText())
                .as("two tags, named together").isIn("CFE, INF", "INF, CFE");
        assertThat(browser.findElement(By.id("cl-from")).getAttribute("value")).isEqualTo("2000");
        assertThat(browser.findElement(By.id("cl-to")).getAttribute("value")).isEqualTo("July 2008");
        // Typing that leaves the range as it is (a space) keeps the view chosen; a new date is the reader's own filter.
        browser.findElement(By.id("cl-from")).sendKeys(" ");
        assertThat(browser.findElement(By.id("cl-views")).getAttribute("value")).isEqualTo("putin");
        browser.findElement(By.id("cl-from")).sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "1");
        assertThat(browser.findElement(By.id("cl-views")).getAttribute("value")).isEmpty();
        assertThat(state().get("filterFrom")).isNotNull();
    }

    /** The Filter button, its panel closed, says when not every event is shown. */
    @Test
    void theFilterButtonSaysWhenEventsAreHidden() {
        WebElement filter = browser.findElement(By.id("cl-filter"));
        WebElement button = filter.findElement(By.tagName("summary"));
        assertThat(filter.getAttribute("class")).doesNotContain("on");
        button.click();
        browser.findElements(By.cssSelector("#cl-categories input")).get(0).click();
        button.click();
        waitUntil(() -> filter.getAttribute("open") == null);

        assertThat(filter.getAttribute("class")).contains("on");
        assertThat(button.getAttribute("aria-label")).isEqualTo("Filter, on: some events are hidden");
        assertThat(script("return getComputedStyle(arguments[0], '::after').width", button)).isNotEqualTo("auto");

        button.click();
        browser.findElement(By.id("cl-clear-filter")).click();
        assertThat(filter.getAttribute("class")).doesNotContain("on");
        assertThat(button.getAttribute("aria-label")).isEqualTo("Filter");
    }

    /**
     * The results are reached with the arrows, not one Tab stop each (28 for "CFE" before the filter),
     * and Esc closes them, the keys back in the search box.
     */
    @Test
    void theResultsAreOneStopAwayByArrowAndEscClosesThem() {
        WebElement search = browser.findElement(By.id("cl-search"));
        search.sendKeys("CFE");
        waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());

        search.sendKeys(Keys.TAB);
        assertThat(script("return document.activeElement.closest('#cl-results') === null")).as("Tab goes past the results").isEqualTo(true);

        search.click();
        search.sendKeys(Keys.ARROW_DOWN);
        assertThat(script("return document.activeElement.closest('#cl-results') !== null")).as("the arrow goes in").isEqualTo(true);
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-search");
        assertThat(browser.findElement(By.id("cl-results")).isDisplayed()).as("closed by Esc").isFalse();
        assertThat(search.getAttribute("value")).as("the search kept").isEqualTo("CFE");
        // The list itself focused (a click on its edge or scroll bar): the arrow goes to its first result, without an error.
        search.sendKeys(Keys.ARROW_DOWN);
        script("document.getElementById('cl-results').focus()");
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(script("return document.activeElement.tagName + ' ' + !!document.activeElement.closest('#cl-results li')"))
                .isEqualTo("BUTTON true");
    }

    /** Why Study or Present cannot start is said where a screen reader announces it, and the count of events stays. */
    @Test
    void tooFewToStudyIsAnnouncedBesideTheCountItLeaves() {
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        for (WebElement box : browser.findElements(By.cssSelector("#cl-categories input"))) {
            box.click();
        }
        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        waitUntil(() -> ((List<?>) state().get("shownIds")).isEmpty());
        String count = browser.findElement(By.id("cl-shown")).getText();

        browser.findElement(By.id("cl-study")).click();

        WebElement notice = browser.findElement(By.id("cl-notice"));
        assertThat(notice.getAttribute("role")).isEqualTo("status");
        assertThat(notice.getText()).startsWith("Fewer than two events");
        assertThat(browser.findElement(By.id("cl-shown")).getText()).as("the count stays").isEqualTo(count).contains("0 of 77");
        browser.findElement(By.id("cl-present")).click();
        assertThat(notice.getText()).isNotBlank().doesNotStartWith("Fewer");

        browser.findElement(By.cssSelector("#cl-filter summary")).click();
        browser.findElement(By.id("cl-clear-filter")).click();
        waitUntil(() -> ((List<?>) state().get("shownIds")).size() == 77);
        assertThat(notice.getText()).as("gone once events are shown again").isEmpty();
    }

    /** Choosing in the list of all events, far below, brings the event's details into view. */
    @Test
    void choosingInTheListBringsTheDetailsIntoView() {
        WebElement item = browser.findElements(By.cssSelector("#cl-events li")).get(40);
        script("arguments[0].scrollIntoView({block: 'center'})", item);
        item.click();
        waitUntil(() -> state().get("selectedId") != null);
        waitUntil(() -> Boolean.TRUE.equals(script(
                "const r = document.getElementById('cl-details').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight / 2")));
    }

    /**
     * "When was it?": the slider's keys step by a month (by a year for an event known to the year),
     * not a day at a time over fifty years; a typed date answers too, in the page's words, and one
     * that is no date says which forms work.
     */
    @Test
    void whenWasItStepsByMonthsAndTakesATypedDate() {
        studyTheTour("cl-study-when-tab");

        WebElement range = browser.findElement(By.id("cl-when-range"));
        // Untouched, the slider chooses nothing: its middle ("April 1999") read as an answer that Answer turned away.
        assertThat(range.getAttribute("aria-valuetext")).isEqualTo("Not chosen yet");
        assertThat(browser.findElement(By.id("cl-when-value")).getText()).isEqualTo("Not chosen yet");
        range.sendKeys(Keys.ARROW_LEFT);
        String before = range.getAttribute("aria-valuetext");
        assertThat(before).matches("[A-Z][a-z]+ \\d{4}");
        assertThat(browser.findElement(By.id("cl-when-value")).getText()).isEqualTo(before);
        range.sendKeys(Keys.ARROW_RIGHT);
        String after = range.getAttribute("aria-valuetext");
        assertThat(after).as("one step on from %s", before).isNotEqualTo(before);
        // − and + move it a step at a time, for a finger on a phone (two months to a pixel there): one step a click, not two.
        long clicked = Long.parseLong(range.getAttribute("value"));
        browser.findElement(By.id("cl-when-later")).click();
        assertThat(range.getAttribute("aria-valuetext")).as("+ after →").isNotEqualTo(after);
        assertThat(Long.parseLong(range.getAttribute("value"))).as("+ once").isEqualTo(clicked + 1);
        browser.findElement(By.id("cl-when-earlier")).click();
        assertThat(range.getAttribute("aria-valuetext")).as("− back").isEqualTo(after);
        assertThat(Long.parseLong(range.getAttribute("value"))).as("− once").isEqualTo(clicked);
        // Held, + goes on (a month a tap made fifty years 600 taps on a phone), and stops when let go.
        WebElement later = browser.findElement(By.id("cl-when-later"));
        long pressed = Long.parseLong(range.getAttribute("value"));
        new org.openqa.selenium.interactions.Actions(browser).clickAndHold(later).pause(Duration.ofMillis(2500)).release().perform();
        long letGo = Long.parseLong(range.getAttribute("value"));
        assertThat(letGo - pressed).as("steps while held, to the slider's end at most")
                .isGreaterThanOrEqualTo(Math.min(13, Long.parseLong(range.getAttribute("max")) - pressed));
        new org.openqa.selenium.interactions.Actions(browser).pause(Duration.ofMillis(400)).perform();
        assertThat(Long.parseLong(range.getAttribute("value"))).as("still once let go").isEqualTo(letGo);
        // By keys, − is a step a press, as a click.
        browser.findElement(By.id("cl-when-earlier")).sendKeys(Keys.ENTER);
        assertThat(Long.parseLong(range.getAttribute("value"))).as("Enter on −").isEqualTo(letGo - 1);
        browser.findElement(By.id("cl-when-earlier")).sendKeys(Keys.SPACE);
        assertThat(Long.parseLong(range.getAttribute("value"))).as("Space on −").isEqualTo(letGo - 2);
        long steps = Long.parseLong(range.getAttribute("max")) - Long.parseLong(range.getAttribute("min"));
        assertThat(steps).as("months over the tour's years and a margin, not days").isLessThan(12 * 60);

        // The slider at the asked event's own month (or year) is right: 100 points, whatever the day.
        script("const title = document.getElementById('cl-when-title').textContent;"
                + " const e = JSON.parse(document.getElementById('chronoline-data').textContent).events.find(x => x.title === title);"
                + " const [year, month] = ChronolineViewer.civilFromEpochDay(Math.floor((e.startMid ?? e.midSecond) / 86400));"
                + " const range = document.getElementById('cl-when-range');"
                + " range.value = String(e.precision === 'YEAR' ? year : year * 12 + month - 1);"
                + " range.dispatchEvent(new Event('input'));");
        browser.findElement(By.id("cl-when-answer")).click();
        assertThat(browser.findElement(By.id("cl-when-result")).getText()).contains("100 points: right");
        browser.findElement(By.id("cl-when-next")).click();

        WebElement typed = browser.findElement(By.id("cl-when-date"));
        typed.sendKeys(Keys.ENTER); // nothing typed, the slider untouched: not an answer (it answered the slider's middle, a miss)
        assertThat(browser.findElement(By.id("cl-when-result")).getText()).startsWith("No answer yet: type a date or move the slider");
        assertThat(typed.isEnabled()).isTrue();
        typed.sendKeys("sometime", Keys.ENTER);
        // Examples that answer no question (ExampleDates): 1990, July 2007 and 2007-10-12 are three of the bundled timeline's.
        assertThat(browser.findElement(By.id("cl-when-result")).getText())
                .isEqualTo("Not a date: try 1997, July 1997, 1997-10-12, 12 October 1997 or 480 BCE");
        assertThat(browser.findElement(By.cssSelector(".study-typed span")).getText()).isEqualTo("Or type a date: 1997, July 1997, 1997-10-12");
        assertThat(typed.getAttribute("aria-invalid")).isEqualTo("true");
        typed.clear();
        typed.sendKeys("vers juillet 2007", Keys.ENTER);
        assertThat(browser.findElement(By.id("cl-when-result")).getText()).as("as the window says it")
                .isEqualTo("Not a date: write the date alone, juillet 2007, and mark it approximate");

        // The input touched last answers: moved after a refused date, the slider is the answer (Answer did nothing, the
        // refusal stayed); a date typed and not sent is the slider's no more once the slider moves.
        browser.findElement(By.id("cl-when-later")).click();
        assertThat(typed.getAttribute("value")).as("the slider moved: the box emptied").isEmpty();
        assertThat(typed.getAttribute("aria-invalid")).isNull();
        assertThat(browser.findElement(By.id("cl-when-result")).getText()).as("the refusal gone").isEmpty();
        typed.sendKeys("1990");
        browser.findElement(By.id("cl-when-later")).click();
        String slid = browser.findElement(By.id("cl-when-value")).getText();
        browser.findElement(By.id("cl-when-answer")).click();
        assertThat(browser.findElement(By.id("cl-when-result")).getText()).startsWith("You chose " + slid);
        browser.findElement(By.id("cl-when-next")).click();

        typed.clear();
        typed.sendKeys("19 November 1990", Keys.ENTER);
        assertThat(browser.findElement(By.id("cl-when-result")).getText()).startsWith("You chose 19 November 1990. ").contains(" point");
        assertThat(range.getAttribute("aria-valuetext")).as("the slider shows the typed answer").isIn("November 1990", "1990");
        assertThat(typed.isEnabled()).as("answered").isFalse();
        assertThat(script("return document.activeElement.id")).as("Enter goes on to the next question").isEqualTo("cl-when-next");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(typed.isEnabled()).isTrue();
        assertThat(typed.getAttribute("value")).isEmpty();
    }

    /**
     * "When was it?" opened by its key takes a typed year, as the window does: the keys went to the
     * slider, where the 1 of 1990 switched to Put in Order and Enter moved one of its cards. A date
     * missed is asked again after three other questions.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aYearTypedInWhenWasItAnswersItAndAMissedDateComesBackSoon() {
        forgetProgress();
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        browser.switchTo().activeElement().sendKeys("2");
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-when-date");

        browser.switchTo().activeElement().sendKeys("1800", Keys.ENTER);
        assertThat(browser.findElement(By.id("cl-when-result")).getText()).startsWith("You chose 1800. 0 points");
        assertThat(browser.findElement(By.id("cl-when-value")).getText()).as("not the slider's first step").isEqualTo("1800");
        assertThat(browser.findElement(By.id("cl-study-when-tab")).getAttribute("aria-selected")).isEqualTo("true");
        String missed = (String) script("return document.getElementById('cl-when-title').textContent");

        List<String> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.ENTER); // Next
            assertThat(script("return document.activeElement.id")).isEqualTo("cl-when-date");
            asked.add((String) script("return document.getElementById('cl-when-title').textContent"));
            browser.switchTo().activeElement().sendKeys("1800", Keys.ENTER);
        }
        assertThat(asked.subList(0, 3)).doesNotContain(missed);
        assertThat(asked.get(3)).isEqualTo(missed);

        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.findElement(By.id("cl-when-range")).sendKeys("19");
        assertThat(script("return document.activeElement.id")).as("digits on the slider go to the date").isEqualTo("cl-when-date");
        assertThat(browser.findElement(By.id("cl-when-date")).getAttribute("value")).isEqualTo("19");
        assertThat(browser.findElement(By.id("cl-study-when-tab")).getAttribute("aria-selected")).isEqualTo("true");
    }

    /** As in the window, what needs work is practised as a deck of its own from the Progress tab. */
    @Test
    @SuppressWarnings("unchecked")
    void whatNeedsWorkIsPractisedAsADeckOfItsOwnOnThePage() {
        forgetProgress();
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        browser.switchTo().activeElement().sendKeys("2");
        String missed = (String) script("return document.getElementById('cl-when-title').textContent");
        browser.switchTo().activeElement().sendKeys("1800", Keys.ENTER);
        browser.switchTo().activeElement().sendKeys("4");
        WebElement practise = browser.findElement(By.id("cl-progress-practise"));
        assertThat(practise.getText()).isEqualTo("Practise What Needs Work");
        assertThat(practise.isEnabled()).isTrue();

        practise.click();
        assertThat(browser.findElement(By.id("cl-study-cards-tab")).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).as("the deck named").startsWith("What needs work: card 1 of 1 ");
        assertThat(browser.findElement(By.id("cl-card-front")).getText()).isEqualTo(missed);
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-card-turn");
    }

    /** Reset Progress is on the Progress tab, as in the window, and asks there, Keep first; Forget forgets. */
    @Test
    void resetProgressAsksOnTheProgressTabAndForgets() {
        forgetProgress();
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
        browser.switchTo().activeElement().sendKeys("2");
        browser.switchTo().activeElement().sendKeys("1800", Keys.ENTER);
        browser.switchTo().activeElement().sendKeys("4");
        assertThat(browser.findElement(By.id("cl-progress-counts")).getText()).contains("Needs work: 1");

        WebElement reset = browser.findElement(By.id("cl-study-reset"));
        assertThat(reset.isDisplayed()).as("on the Progress tab").isTrue();
        reset.click();
        assertThat(browser.findElement(By.id("cl-reset-question")).getText())
                .isEqualTo("Forget everything you have studied in this timeline? This cannot be undone.");
        assertThat(script("return document.activeElement.id")).as("Keep first").isEqualTo("cl-reset-keep");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.id("cl-progress-counts")).getText()).as("kept").contains("Needs work: 1");
        assertThat(reset.isDisplayed()).isTrue();

        reset.click();
        browser.findElement(By.id("cl-reset-forget")).click();
        assertThat(browser.findElement(By.id("cl-progress-counts")).getText()).contains("Needs work: 0");
        assertThat(browser.findElement(By.id("cl-reset-question")).isDisplayed()).isFalse();
        assertThat(script("return localStorage.getItem('chronoline.study.' + JSON.parse(document.getElementById('chronoline-data').textContent).title)"))
                .asString().contains("\"lastWhen\":{}");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    }

    /** The titles of Put in Order's cards, in the order they stand, while they can be moved ("1. Title"). */
    private List<String> orderTitles() {
        return browser.findElements(By.cssSelector("#cl-order li")).stream()
                .map(li -> li.getText().replaceAll("^[\u2191\u2193\\s]*\\d+\\. ", "")).toList();
    }

    /**
     * What a student meets studying by keyboard: a right typed year counts as learning, not as
     * needing work; the next question keeps the keys in the study window (Esc still ends it);
     * Check, once checked with cards out of place, hands over to Try Again (the same cards, unmarked; T)
     * and offers the order they happened in (S), then New Round (N), with the score in view; a second Space on a
     * turned card does not count it as known.
     */
    @Test
    @SuppressWarnings("unchecked")
    void studyingByKeyboardCountsWhatTheStudentKnew() {
        forgetProgress();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cl-steps"))).selectByValue("cfe-story");
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());

        List<String> asDealt = orderTitles();
        browser.findElement(By.id("cl-order-check")).click();
        assertThat(browser.findElement(By.id("cl-order-check")).isEnabled()).as("checked once").isFalse();
        // Progress forgotten: each card in its place is learning (box 2), as in the window; each out of place needs work.
        assertThat(script("const data = JSON.parse(document.getElementById('chronoline-data').textContent);"
                + "const kept = JSON.parse(localStorage.getItem('chronoline.study.' + data.title));"
                + "return [...document.querySelectorAll('#cl-order li')].map(li => {"
                + "  const line = li.querySelector('span:not(.visually-hidden):not(.why)').textContent;" // its own, not the one it stands beside
                + "  const e = data.events.filter(ev => line.includes(ev.title)).sort((a, b) => b.title.length - a.title.length)[0];"
                + "  return (li.textContent.includes('\u2713') ? 'right ' : 'wrong ') + (kept.boxes[e.id] || 0); })"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isNotEmpty()
                .allMatch(said -> said.equals("right 2") || said.equals("wrong 1"));
        // Dealt out of order: the keys go to Try Again, which gives the same cards back, unmarked, to move; T presses it, as in
        // the window (T, S and N did nothing on the page: a student's walk-through).
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-order-retry");
        browser.switchTo().activeElement().sendKeys("t");
        assertThat(browser.findElement(By.id("cl-order-check")).isEnabled()).as("the same round to check again").isTrue();
        assertThat(browser.findElement(By.id("cl-order-result")).getText()).matches("Try again: \\d cards? (was|were) out of place\\. Move (it|them), then check\\.");
        assertThat(browser.findElements(By.cssSelector("#cl-order li .why"))).as("unmarked").isEmpty();
        assertThat(orderTitles()).as("where they were, in that order").isEqualTo(asDealt);
        assertThat(script("return document.activeElement.closest('#cl-order') !== null")).as("the keys on the cards").isEqualTo(true);

        // Checked again, then shown in the order they happened: every card right, with its date, and only New Round left.
        browser.findElement(By.id("cl-order-check")).click();
        browser.switchTo().activeElement().sendKeys("s");
        assertThat(browser.findElement(By.id("cl-order-result")).getText())
                .matches("You had \\d of \\d in place\\. Here is the order they happened in, earliest first; \u2717 marks those you had out of place\\.");
        assertThat(browser.findElements(By.cssSelector("#cl-order li"))).as("marked as the student had them")
                .allMatch(li -> li.getText().matches("(?s)(You had it in place\\.\\s+\\d+\\. \u2713|You had it out of place\\.\\s+\\d+\\. \u2717) .*"))
                .anyMatch(li -> li.getText().contains("\u2717"));
        assertThat(browser.findElement(By.id("cl-order-show")).isDisplayed()).isFalse();
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-order-again");
        browser.switchTo().activeElement().sendKeys("n");
        assertThat(browser.findElement(By.id("cl-order-check")).isEnabled()).as("a new round to check").isTrue();
        assertThat(script("return document.activeElement.closest('#cl-order') !== null")).as("the keys on the new cards").isEqualTo(true);

        browser.findElement(By.id("cl-study-when-tab")).click();
        assertThat(browser.findElement(By.id("cl-when-tally")).getText()).as("the sitting so far").isEqualTo("Question 1");
        List<String> asked = (List<String>) script("const title = document.getElementById('cl-when-title').textContent;"
                + " const e = JSON.parse(document.getElementById('chronoline-data').textContent).events.find(x => x.title === title);"
                + " return [e.id, String(ChronolineViewer.civilFromEpochDay(Math.floor((e.startMid ?? e.midSecond) / 86400))[0]), e.precision];");
        browser.findElement(By.id("cl-when-date")).sendKeys(asked.get(1), Keys.ENTER);
        // The year of an event known to the month or the day is right, but vague (unless the event spans all of it).
        boolean vague = Boolean.TRUE.equals(script("return ChronolineViewer.scoreTyped(arguments[0], arguments[1]).yearOnly",
                asked.get(0), asked.get(1)));
        assertThat(vague).as("vague only below a year's precision").isEqualTo(vague && !asked.get(2).equals("YEAR"));
        assertThat(browser.findElement(By.id("cl-when-value")).getText()).as("the slider's words are the typed year, not a month of it")
                .isEqualTo(asked.get(1));
        assertThat(browser.findElement(By.id("cl-when-result")).getText()).as("the right year of a %s", asked.get(2))
                .contains(vague ? "70 points: the right year, but when exactly?" : "100 points: right");
        assertThat(browser.findElement(By.id("cl-when-tally")).getText()).as("as the window keeps it")
                .isEqualTo(vague ? "Question 1 · 70 points from 1 answer, 70 on average" : "Question 1 · 100 points from 1 answer, 100 on average");
        assertThat(script("return JSON.parse(localStorage.getItem('chronoline.study.' + JSON.parse(document.getElementById('chronoline-data').textContent).title))"
                + ".boxes[arguments[0]]", asked.get(0))).as("a card known at once: box 2, learning; it was box 1, needs work").isEqualTo(2L);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER); // Next Question
        assertThat(script("return document.activeElement.id")).as("the keys stay in the question, in its date box").isEqualTo("cl-when-date");
        assertThat(browser.findElement(By.id("cl-when-tally")).getText()).startsWith("Question 2 · ");

        browser.findElement(By.id("cl-study-cards-tab")).click();
        String counter = browser.findElement(By.id("cl-card-counter")).getText();
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(" ").perform();
        assertThat(browser.findElement(By.id("cl-card-date")).getText()).as("turned").isNotEmpty();
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(" ").perform();
        assertThat(browser.findElement(By.id("cl-card-counter")).getText()).as("a second Space grades nothing").isEqualTo(counter);

        // The modes by number, as in the window, and the tabs by the arrows (one tab stop for the three).
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("1").perform();
        assertThat(browser.findElement(By.id("cl-study-order")).isDisplayed()).as("1: Put in Order").isTrue();
        browser.findElement(By.id("cl-study-order-tab")).sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.findElement(By.id("cl-study-when")).isDisplayed()).as("→ on the tabs").isTrue();
        assertThat(script("return document.activeElement.id")).isEqualTo("cl-study-when-tab");
        assertThat(browser.findElement(By.id("cl-study-order-tab")).getAttribute("tabindex")).isEqualTo("-1");
        assertThat(browser.findElement(By.id("cl-study-when-tab")).getText()).startsWith("2");

        // Progress, as the window's: what needs work and what is known, each with its date.
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("4").perform();
        assertThat(browser.findElement(By.id("cl-study-progress-pane")).isDisplayed()).as("4: Progress").isTrue();
        assertThat(browser.findElement(By.id("cl-progress-counts")).getText()).matches("Known: \\d+ · Learning: \\d+ · Needs work: \\d+ · Not studied yet: \\d+");
        String counted = browser.findElement(By.id("cl-progress-counts")).getText();
        for (String[] list : new String[][] {{"cl-progress-work", "Needs work"}, {"cl-progress-known", "Known"}}) {
            int count = Integer.parseInt(counted.replaceAll(".*" + list[1] + ": (\\d+).*", "$1"));
            assertThat(browser.findElements(By.cssSelector("#" + list[0] + " li:not(.study-none)"))).as("listed as counted").hasSize(count);
            // Empty, a list says what will come into it (a heading stood over nothing).
            assertThat(browser.findElements(By.cssSelector("#" + list[0] + " .study-none")).stream().map(WebElement::getText))
                    .as(list[1]).hasSize(count == 0 ? 1 : 0).allMatch(text -> text.startsWith("None yet. "));
        }

        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertThat(browser.findElement(By.id("cl-study-view")).isDisplayed()).isFalse();
    }

    /**
     * On a laptop, Enter in the list brings back the page's top, where the timeline and the details are
     * whole: the page was scrolled to the details' top, the search and title above the screen and the
     * list's heading showing below.
     */
    @Test
    void onALaptopEnterInTheListShowsTheTimelineAndTheDetailsWhole() {
        browser.manage().window().setSize(new Dimension(1366, 768));
        WebElement item = browser.findElement(By.cssSelector("#cl-events li[tabindex='0']"));
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", item);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
        waitUntil(() -> state().get("selectedId") != null);
        waitUntil(() -> ((Number) script("return document.querySelector('.app').getBoundingClientRect().top")).doubleValue() > -1);

        assertThat(((Number) script("return document.querySelector('.app').getBoundingClientRect().top")).doubleValue())
                .as("the page's top").isBetween(-1.0, 1.0);
        assertThat(script("return document.activeElement.className")).isEqualTo("details-title");
    }

    /** With the keyboard: Space selects where the student is, Enter takes the keys to the details to read, Esc comes back. */
    @Test
    void enterInTheListReadsTheDetailsAndEscComesBack() {
        WebElement item = browser.findElement(By.cssSelector("#cl-events li[tabindex='0']"));
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", item);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.SPACE).perform();
        waitUntil(() -> state().get("selectedId") != null);
        assertThat(script("return document.activeElement === arguments[0]", item)).as("Space stays in the list").isEqualTo(true);

        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
        WebElement next = (WebElement) script("return arguments[0].nextElementSibling", item);
        waitUntil(() -> Boolean.TRUE.equals(script("return document.activeElement.classList.contains('details-title')")));
        assertThat(browser.switchTo().activeElement().getText()).as("the title of the event chosen")
                .isEqualTo(next.findElement(By.className("title")).getText());
        waitUntil(() -> Boolean.TRUE.equals(script(
                "const r = document.getElementById('cl-details').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight / 2")));

        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitUntil(() -> Boolean.TRUE.equals(script("return document.activeElement === arguments[0]", next)));
        assertThat(state().get("selectedId")).as("still selected").isNotNull();
    }

    /** Led on by a related link from the details the list opened, Esc comes back to the list at the event read now. */
    @Test
    void escAfterARelatedLinkComesBackToTheListAtTheEventReadNow() {
        script("ChronolineViewer.select('cfe-signed')");
        WebElement item = (WebElement) script("return [...document.querySelectorAll('#cl-events li')].find(li => li.getAttribute('aria-selected') === 'true')");
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", item);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ENTER).perform();
        waitUntil(() -> Boolean.TRUE.equals(script("return document.activeElement.classList.contains('details-title')")));
        WebElement related = browser.findElement(By.cssSelector("#cl-details ul.related a"));
        related.sendKeys(Keys.ENTER);
        waitUntil(() -> !"cfe-signed".equals(state().get("selectedId")));
        Object now = state().get("selectedId");

        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);

        assertThat(state().get("selectedId")).as("still selected").isEqualTo(now);
        assertThat(script("return document.activeElement.closest('#cl-events') && document.activeElement.getAttribute('aria-selected')"))
                .as("the keys on the list, at the event read now").isEqualTo("true");
    }

    /**
     * On a phone held sideways the timeline fills most of the screen: a swipe up on it scrolls its
     * lanes and then, at the last one, the page, as nested scrolling does; the page is not a trap.
     */
    @Test
    void aSwipeOnTheTimelineGoesOnToScrollThePage() {
        browser.manage().window().setSize(new Dimension(740, 500)); // the browser's own bars take some 140 pixels: a viewport of about 740 x 360
        browser.navigate().refresh();
        waitUntil(() -> Boolean.TRUE.equals(script("return !!window.ChronolineViewer && ChronolineViewer.state().shownIds.length > 0")));
        WebElement canvas = browser.findElement(By.id("cl-canvas"));
        org.openqa.selenium.interactions.PointerInput finger = new org.openqa.selenium.interactions.PointerInput(
                org.openqa.selenium.interactions.PointerInput.Kind.TOUCH, "finger");
        for (int swipe = 0; swipe < 30 && ((Number) script("return window.scrollY")).doubleValue() == 0; swipe++) {
            // From near the bottom of the canvas's visible part to near its top, in the viewport's pixels.
            @SuppressWarnings("unchecked")
            List<Number> span = (List<Number>) script("const r = arguments[0].getBoundingClientRect();"
                    + " return [Math.round(r.left + r.width / 2), Math.round(Math.min(r.bottom, innerHeight) - 10), Math.round(Math.max(r.top, 0) + 10)]",
                    canvas);
            org.openqa.selenium.interactions.PointerInput.Origin viewport = org.openqa.selenium.interactions.PointerInput.Origin.viewport();
            org.openqa.selenium.interactions.Sequence up = new org.openqa.selenium.interactions.Sequence(finger, 0)
                    .addAction(finger.createPointerMove(Duration.ZERO, viewport, span.get(0).intValue(), span.get(1).intValue()))
                    .addAction(finger.createPointerDown(org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()))
                    .addAction(finger.createPointerMove(Duration.ofMillis(300), viewport, span.get(0).intValue(), span.get(2).intValue()))
                    .addAction(finger.createPointerUp(org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg()));
            browser.perform(List.of(up));
        }
        assertThat(((Number) script("return window.scrollY")).doubleValue()).as("the page scrolled").isGreaterThan(0);
    }

    /** A button that does nothing now (Knew It before the card is turned) looks it. */
    @Test
    void aDisabledButtonLooksDisabled() {
        browser.findElement(By.id("cl-study")).click();
        waitUntil(() -> Boolean.TRUE.equals(script("return !!document.querySelector('button:disabled')")));
        assertThat(Double.parseDouble((String) script("return getComputedStyle(document.querySelector('button:disabled')).opacity")))
                .isLessThan(0.6);
    }

    /** Home and End on the page scroll it, as on any page; on the timeline they go to the first and last event. */
    @Test
    void homeAndEndScrollThePageUnlessTheTimelineHasTheKeys() {
        script("document.activeElement.blur()");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.END).perform();
        waitUntil(() -> ((Number) script("return window.scrollY")).doubleValue() > 0);
        assertThat(state().get("selectedId")).as("nothing selected").isNull();

        browser.findElement(By.id("cl-canvas")).sendKeys(Keys.HOME);
        waitUntil(() -> "abm-signed".equals(state().get("selectedId")));
    }

    /** Labels in Arabic and with emoji are measured as the browser draws them (their characters' widths added up were a third too wide). */
    @Test
    void labelsInJoinedScriptsAreMeasuredAsDrawn() {
        for (String text : List.of("\u0645\u0639\u0627\u0647\u062f\u0629 \u0627\u0644\u0642\u0648\u0627\u062a \u0627\u0644\u062a\u0642\u0644\u064a\u062f\u064a\u0629",
                "Treaty signed \uD83D\uDD8A\uFE0F\uD83C\uDDEA\uD83C\uDDFA", "Cafe\u0301 talks")) {
            @SuppressWarnings("unchecked")
            List<Number> widths = (List<Number>) script("return ChronolineViewer.labelWidths(arguments[0])", text);
            assertThat(widths.get(0).doubleValue()).as(text).isCloseTo(widths.get(1).doubleValue(), org.assertj.core.data.Offset.offset(1.0));
        }
    }

    /** The filter drops down over the page and closes when the student taps elsewhere, or presses Esc in it. */
    @Test
    void theFilterClosesOnATapElsewhereAndOnEsc() {
        WebElement filter = browser.findElement(By.id("cl-filter"));
        filter.findElement(By.tagName("summary")).click();
        waitUntil(() -> filter.getAttribute("open") != null);
        browser.findElement(By.id("cl-canvas")).click();
        waitUntil(() -> filter.getAttribute("open") == null);

        filter.findElement(By.tagName("summary")).click();
        waitUntil(() -> filter.getAttribute("open") != null);
        browser.findElement(By.id("cl-clear-filter")).sendKeys(Keys.ESCAPE);
        waitUntil(() -> filter.getAttribute("open") == null);
        assertThat(script("return document.activeElement.tagName")).isEqualTo("SUMMARY");
    }

    /**
     * The filter's panel opens on the screen wherever the header's wrapping puts its button: on a
     * phone it ran off the right edge, on a tablet its boxes were off the left.
     */
    @Test
    void theFilterPanelIsOnTheScreenOnPhonesTabletsAndLaptops() {
        for (Dimension size : new Dimension[] {new Dimension(375, 667), new Dimension(768, 1024), new Dimension(1024, 768),
            new Dimension(1366, 768)}) {
            browser.manage().window().setSize(size);
            WebElement filter = browser.findElement(By.id("cl-filter"));
            filter.findElement(By.tagName("summary")).click();
            waitUntil(() -> filter.getAttribute("open") != null);

            org.openqa.selenium.Rectangle panel = filter.findElement(By.className("filter-body")).getRect();
            long inner = ((Number) script("return document.documentElement.clientWidth")).longValue();
            assertThat(panel.getX()).as("left edge at %s", size).isGreaterThanOrEqualTo(0);
            assertThat(panel.getX() + panel.getWidth()).as("right edge at %s", size).isLessThanOrEqualTo((int) inner);
            for (WebElement box : browser.findElements(By.cssSelector("#cl-categories input"))) {
                assertThat(box.getRect().getX()).as("a category's box at %s", size).isGreaterThanOrEqualTo(0);
            }
            assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling at %s", size)
                    .isEqualTo(true);
            filter.findElement(By.tagName("summary")).click();
            waitUntil(() -> filter.getAttribute("open") == null);
        }
    }

    /** The zoom buttons covered the labels at the timeline's bottom right; they sit beside the overview strip, on a phone too. */
    @Test
    void theZoomButtonsCoverNoPartOfTheTimeline() {
        for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(360, 740)}) {
            browser.manage().window().setSize(size);
            WebElement canvas = browser.findElement(By.id("cl-canvas"));
            WebElement overview = browser.findElement(By.id("cl-overview"));
            for (String id : new String[] {"cl-zoom-in", "cl-zoom-out", "cl-fit"}) {
                org.openqa.selenium.Rectangle button = browser.findElement(By.id(id)).getRect();
                org.openqa.selenium.Rectangle c = canvas.getRect();
                boolean overlaps = button.getX() < c.getX() + c.getWidth() && c.getX() < button.getX() + button.getWidth()
                        && button.getY() < c.getY() + c.getHeight() && c.getY() < button.getY() + button.getHeight();
                assertThat(overlaps).as("%s over the timeline at %s", id, size).isFalse();
                assertThat(button.getX()).as("%s beside the overview at %s", id, size)
                        .isGreaterThanOrEqualTo(overview.getRect().getX() + overview.getRect().getWidth());
                assertThat(button.getX() + button.getWidth()).as("%s on the screen at %s", id, size).isLessThanOrEqualTo(size.getWidth());
            }
            assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isEqualTo(true);
        }
    }

    /**
     * The header is as short as the window allows: at 1024 pixels the buttons on one row (Study
     * dropped to a row of its own), at 1920 the title on one line (it wrapped beside empty space),
     * and on a phone the choice of what to present wide enough to read ("Al..." beside three buttons).
     */
    @Test
    void theHeaderUsesItsRoom() {
        browser.manage().window().setSize(new Dimension(1024, 768));
        int present = browser.findElement(By.id("cl-present")).getRect().getY();
        assertThat(browser.findElement(By.id("cl-study")).getRect().getY()).as("Study beside Present at 1024").isEqualTo(present);
        assertThat(browser.findElement(By.id("cl-search")).getRect().getY()).as("the search on that row too")
                .isLessThan(present + 10);

        browser.manage().window().setSize(new Dimension(1920, 1080));
        WebElement title = browser.findElement(By.id("cl-title"));
        assertThat(((Number) script("return arguments[0].getClientRects().length && "
                + "Math.round(arguments[0].getBoundingClientRect().height / parseFloat(getComputedStyle(arguments[0]).lineHeight))", title))
                .intValue()).as("the title's lines at 1920").isEqualTo(1);

        browser.manage().window().setSize(new Dimension(360, 740));
        assertThat(browser.findElement(By.id("cl-steps")).getRect().getWidth()).as("what to present, at 360").isGreaterThanOrEqualTo(128);
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isEqualTo(true);
    }
}
