package org.chronoline.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.io.WebPage;
import org.chronoline.model.TimelineDocument;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real browser for the published page: Debian's Chromium, headless, driven through its own
 * chromedriver (given by path, so nothing is downloaded), with every network address refused so
 * that a page that tried to fetch anything would fail to. On CI (the {@code CI} environment
 * variable, set by {@code .ci/run}, which installs both packages) a missing browser fails the
 * tests; elsewhere they are skipped with the command that installs it.
 */
final class Browser {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start(Path profile) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String missing = "Chromium and its driver are needed: apt-get install chromium chromium-driver";
            if (System.getenv("CI") != null) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1366,768",
                "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * The bundled timeline published as a student gets it, "Arms control.html" in {@code dir}, its pictures from
     * {@code data}: the page the browser tests open.
     */
    static Path publishBundled(Path dir) throws IOException {
        TimelineDocument bundled = new TimelineFileReader().read(Path.of("data/events.json")).document();
        Path page = dir.resolve("Arms control.html");
        WebPage.write(page, List.of(), bundled, Path.of("data").toAbsolutePath(), null);
        return page;
    }

    /** What the page logged as an error or warning: script errors, refused requests, Content-Security-Policy violations. */
    static List<String> complaints(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
