package dev.faibric.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages (chromium + chromium-driver; CHROME_BIN
 * and CHROMEDRIVER point elsewhere), never a browser a tool downloads. One per test
 * class: {@code @RegisterExtension static final Browser browser = new Browser();} starts
 * it before the class's first test and quits it after the last.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    /** How often a wait looks again. */
    static final Duration POLL = Duration.ofMillis(40);

    private ChromeDriver driver;

    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void start() {
        try {
            profile = Files.createTempDirectory("faibric-chromium-");
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(TestDatabase.env("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(TestDatabase.env("CHROMEDRIVER", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
        driver = new ChromeDriver(service, options);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * A wait that looks every {@link #POLL} rather than Selenium's default half second,
     * so a test goes on as soon as the page is ready.
     */
    public static WebDriverWait waiting(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Shows pages as a phone {@code width} by {@code height} CSS pixels large does (a
     * mobile viewport that honours the page's viewport meta tag), until
     * {@link #desktop()}.
     */
    public void phone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the window's own size after {@link #phone(int, int)}. */
    public void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    public WebElement visible(By by, Duration timeout) {
        return waiting(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Opens an app and waits for its {@code data-testid=app-title}; the console's
     * messages from before are dropped, so {@link #consoleProblems()} tells of this app
     * only.
     */
    public void openApp(String url) {
        consoleProblems();
        open(url);
        visible(By.cssSelector("[data-testid=app-title]"), Duration.ofSeconds(20));
    }

    /** The text of the first element {@code css} selects, once it is visible. */
    public String text(String css) {
        return visible(By.cssSelector(css), Duration.ofSeconds(10)).getText();
    }

    /**
     * A property of the computed style of the first element {@code css} selects, as the
     * browser gives it ({@code rgba(190, 18, 60, 1)}, {@code 64px}).
     */
    public String style(String css, String property) {
        return driver.findElement(By.cssSelector(css)).getCssValue(property);
    }

    /**
     * Console messages at warning level or worse since the last call (errors include
     * failed module loads).
     */
    public List<String> consoleProblems() {
        return driver.manage()
            .logs()
            .get(LogType.BROWSER)
            .getAll()
            .stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .map(LogEntry::getMessage)
            .toList();
    }

    /**
     * Where the browser is and what it shows, with its console, to print when a test
     * fails.
     */
    public String snapshot() {
        if (driver == null) {
            return "(no browser)";
        }
        StringBuilder out = new StringBuilder("at ").append(driver.getCurrentUrl()).append('\n');
        try {
            out.append(driver.findElement(By.tagName("body")).getText()).append('\n');
        }
        catch (RuntimeException e) {
            out.append("(no page: ").append(e.getMessage()).append(")\n");
        }
        driver.manage()
            .logs()
            .get(LogType.BROWSER)
            .getAll()
            .forEach(e -> out.append("console: ").append(e).append('\n'));
        return out.toString();
    }

    @Override
    public void close() {
        if (driver == null) {
            return;
        }
        driver.quit();
        driver = null;
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (java.io.IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

}
