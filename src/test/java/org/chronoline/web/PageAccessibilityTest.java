package org.chronoline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The published page checked by axe-core, Deque's accessibility rules (WCAG 2.0 to 2.2, levels A and
 * AA, and its best practices), in every state a student or a teacher meets it in: opened, searching,
 * filtering, an event chosen, presenting and the steps at a glance, and each study tool before and
 * after an answer; on a laptop, in the dark theme, and on a phone. Each finding names the rule, what
 * it asks and where; the test fails on any.
 */
class PageAccessibilityTest {
    /** Every rule of these sets is run. */
    private static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    @TempDir
    static Path dir;
    static ChromeDriver browser;
    static Path page;
    static String axe;

    @BeforeAll
    static void publish() throws Exception {
        page = Browser.publishBundled(dir);
        try (InputStream in = PageAccessibilityTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe-core's script, from com.deque.html.axe-core:selenium").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser = Browser.start(dir.resolve("profile"));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} x {1}, {2}")
    @CsvSource({"1366, 768, light", "1366, 768, dark", "390, 844, light"})
    void everyStateOfThePageMeetsTheRules(int width, int height, String scheme) throws IOException {
        boolean phone = width < 600;
        if (phone) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        } else {
            browser.manage().window().setSize(new Dimension(width, height));
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        List<String> found = new ArrayList<>();
        try {
            open();
            audit("opened", found);

            browser.findElement(By.id("cl-search")).sendKeys("CFE");
            waitUntil(() -> browser.findElement(By.id("cl-results")).isDisplayed());
            audit("search results", found);
            browser.findElement(By.id("cl-search")).sendKeys(Keys.ESCAPE);

            script("ChronolineViewer.select('cfe-signed')");
            audit("an event chosen", found);

            script("document.querySelector('#cl-filter summary').click()");
            waitUntil(() -> browser.findElement(By.cssSelector("#cl-filter .filter-body")).isDisplayed());
            audit("the filter open", found);
            script("document.querySelector('#cl-filter summary').click()");

            // Presenting: the browser's full screen refused, as in a frame (headless, it shrinks the window).
            script("Element.prototype.requestFullscreen = undefined");
            script("document.getElementById('cl-present').click()");
            waitUntil(() -> browser.findElement(By.id("cl-present-view")).isDisplayed());
            audit("presenting", found);
            browser.findElement(By.id("cl-present-view")).sendKeys("g");
            waitUntil(() -> browser.findElement(By.id("cl-present-grid")).isDisplayed());
            audit("the steps at a glance", found);
            open();

            script("document.getElementById('cl-study').click()");
            waitUntil(() -> browser.findElement(By.id("cl-study-view")).isDisplayed());
            audit("Put in Order", found);
            script("document.getElementById('cl-order-check').click()");
            audit("Put in Order, checked", found);
            script("document.getElementById('cl-study-when-tab').click()");
            audit("When Was It?", found);
            script("document.getElementById('cl-when-answer').click()");
            audit("When Was It?, answered", found);
            script("document.getElementById('cl-study-cards-tab').click()");
            audit("Cards", found);
            script("document.getElementById('cl-card-turn').click()");
            audit("Cards, turned", found);
            script("document.getElementById('cl-study-progress-tab').click()");
            audit("Progress", found);
        } finally {
            script("try { localStorage.clear(); } catch (e) { }");
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
            if (phone) {
                browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
                browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
        assertThat(found).as("what axe-core finds, state by state").isEmpty();
    }

    private static void open() {
        browser.get(page.toUri().toString());
        waitUntil(() -> Boolean.TRUE.equals(script("return !!window.ChronolineViewer && ChronolineViewer.state().shownIds.length > 0")));
    }

    /**
     * Runs every rule on the page as it is, and adds what it finds, one line per rule broken. The list under the
     * search box is left out of one rule, which asks that a region that scrolls be reached with the keyboard: it is,
     * by the arrows from the search box, which give each result the focus in turn (a popup list, as a combo box's,
     * not a Tab stop), and the rule knows only Tab stops.
     */
    @SuppressWarnings("unchecked")
    private static void audit(String state, List<String> found) {
        script(axe);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " targets: v.nodes.map(n => n.target.join(' '))}))), e => done([{id: 'axe failed', impact: '', help: String(e),"
                        + " targets: []}]));", RULES);
        for (Map<String, Object> v : violations) {
            List<String> targets = new ArrayList<>((List<String>) v.get("targets"));
            if ("scrollable-region-focusable".equals(v.get("id"))) {
                targets.remove("#cl-results");
            }
            if (!targets.isEmpty() || "axe failed".equals(v.get("id"))) {
                found.add(state + ": " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + targets);
            }
        }
    }

    private static Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> condition.getAsBoolean());
    }
}
