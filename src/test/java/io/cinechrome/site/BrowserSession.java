package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromedriver) on a site folder served on 127.0.0.1 under
 * {@code /repo/} like a GitHub project site, with the checks the browser tests share: console errors, images,
 * axe-core and screenshots (into {@code target/test-output/site/}). Skips the test when Chromium is missing.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String BASE_PATH = "/repo/";
    static final Path SCREENSHOTS = Path.of("target", "test-output", "site");
    static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final int WIDTH = 1280;

    final StaticServer server;
    final ChromeDriver browser;

    /** Builds the fixture gallery into {@code dir}/site, serves it under {@link #BASE_PATH} and starts the browser. */
    static BrowserSession onFixtureSite(Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        Path site = dir.resolve("site");
        SiteFixture.writeImages(site, SiteFixture.films());
        new SiteStage(SiteSettings.defaults().withSiteUrl("https://user.github.io" + BASE_PATH))
                .generate(SiteFixture.films(), site);
        return new BrowserSession(site, dir.resolve("profile"));
    }

    /** Serves {@code site} and starts the browser, with its profile in {@code profile}. */
    BrowserSession(Path site, Path profile) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        server = new StaticServer(site, BASE_PATH);
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",1000", "--hide-scrollbars");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(WAIT);
    }

    @Override
    public void close() {
        browser.quit();
        server.close();
    }

    /** Loads a page relative to the site root and waits until it is complete. */
    void open(String page) {
        browser.get(server.url() + page);
        new WebDriverWait(browser, WAIT).until(b -> "complete".equals(
                ((JavascriptExecutor) b).executeScript("return document.readyState")));
    }

    /** Emulates {@code prefers-color-scheme}: {@code dark} or {@code light}. */
    void theme(String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Every image loaded, no console errors, no axe violations; then a full-page screenshot. */
    void assertPageIsClean(String name) {
        String scheme = (String) browser.executeScript(
                "return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'");
        assertImagesLoaded();
        assertEquals(List.of(), severeLogs(), "console errors on " + browser.getCurrentUrl());
        assertEquals(List.of(), axeViolations(), "axe on " + browser.getCurrentUrl() + " (" + scheme + ")");
        screenshot(name + "-" + scheme);
    }

    void assertImagesLoaded() {
        browser.executeScript("document.querySelectorAll('img').forEach(function (i) { i.loading = 'eager'; });");
        new WebDriverWait(browser, WAIT).until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(
                "return Array.prototype.every.call(document.images, function (i) { return i.complete; })")));
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) browser.executeScript("return Array.prototype.filter.call("
                + "document.images, function (i) { return i.naturalWidth === 0; }).map(function (i) { return i.src; })");
        assertEquals(List.of(), broken, "images that did not load on " + browser.getCurrentUrl());
    }

    /** The console's errors since the last call. */
    List<String> severeLogs() {
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(entry.getMessage());
            }
        }
        return severe;
    }

    /** axe-core's violations on the page as it is now, one line each. */
    List<String> axeViolations() {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof axe !== 'undefined'"))) {
            browser.executeScript(axeSource());
        }
        String result = (String) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] })"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('[{\"id\":\"axe-error\",\"help\":\"' + e + '\",\"nodes\":[]}]'); });");
        List<String> violations = new ArrayList<>();
        try {
            for (JsonNode violation : new ObjectMapper().readTree(result)) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(n -> targets.add(n.path("target").toString() + " "
                        + n.path("failureSummary").asText().replace('\n', ' ')));
                violations.add(violation.path("id").asText() + ": " + violation.path("help").asText() + " "
                        + targets);
            }
        } catch (IOException e) {
            throw new AssertionError("axe returned no JSON: " + result, e);
        }
        return violations;
    }

    private static String axeSource() {
        try (InputStream in = BrowserSession.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A full-page screenshot into {@code target/test-output/site/<name>.png}; returns its path. */
    Path screenshot(String name) {
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        // A viewport as tall as the page, so that the sections drawn only near it (content-visibility) are drawn.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH,
                "height", height.intValue(), "deviceScaleFactor", 1, "mobile", false));
        browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", height.intValue(), "scale", 1)));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.write(file, OutputType.BYTES.convertFromBase64Png((String) shot.get("data")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the screenshot " + name, e);
        }
        return file;
    }
}
