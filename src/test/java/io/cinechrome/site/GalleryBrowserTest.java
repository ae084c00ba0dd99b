package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gallery in a real browser: headless Chromium through Debian's chromedriver, the site served on 127.0.0.1
 * under {@code /repo/} like a GitHub project site. Skipped when Chromium or chromedriver is not installed.
 * Screenshots go to {@code target/test-output/site/}.
 */
class GalleryBrowserTest {

    static final String BASE_PATH = BrowserSession.BASE_PATH;
    static final Duration WAIT = BrowserSession.WAIT;

    @TempDir
    static Path dir;
    static BrowserSession session;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        session = BrowserSession.onFixtureSite(dir);
        server = session.server;
        browser = session.browser;
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void darkTheme() {
        theme("dark");
    }

    @Test
    void sortingSwitchesInPlace() {
        open("");
        List<String> byTitle = titles();
        assertEquals("<script>alert('x')</script> & \"Quotes\"", byTitle.get(0));
        browser.executeScript("window.stillTheSamePage = true;");
        browser.findElement(By.cssSelector(".sorter a[data-sort=year]")).click();
        awaitSortedBy("year");
        List<String> byYear = titles();
        assertEquals(Boolean.TRUE, browser.executeScript("return window.stillTheSamePage === true"),
                "sorting must not load another page: " + severeLogs());
        assertNotEquals(byTitle, byYear);
        assertEquals("Heat", byYear.get(0));
        assertTrue(browser.getCurrentUrl().endsWith(BASE_PATH + "by-year.html"), browser.getCurrentUrl());
        assertEquals("page", browser.findElement(By.cssSelector(".sorter a[data-sort=year]"))
                .getDomAttribute("aria-current"));
        assertEquals("All 8 films, sorted by year",
                browser.findElement(By.cssSelector("[data-sort-status]")).getDomProperty("textContent"));
        browser.navigate().refresh();
        assertEquals(byYear, titles(), "the static by-year page shows the same order as the script");
        browser.findElement(By.cssSelector(".sorter a[data-sort=director]")).click();
        awaitSortedBy("director");
        assertEquals("Amélie", titles().get(0));
        browser.navigate().back();
        new WebDriverWait(browser, WAIT).until(b -> titles().equals(byYear));
        assertPageIsClean("index");
    }

    @Test
    void theColourDataWaitsUntilTheReaderReachesForIt() {
        open("");
        assertEquals(0L, colourDataRequests(), "the first view must not download data/colours.js");
        browser.findElement(By.cssSelector(".sorter a[data-sort=director]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> colourDataRequests() == 1L);
        awaitSortedBy("director");
        assertEquals("Amélie", titles().get(0), "the click that loaded the data sorts once it is there");
        open("#decade=1990");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> colourDataRequests() == 1L);
    }

    private static long colourDataRequests() {
        return (Long) browser.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return /data\\/colours\\.js/.test(e.name); }).length");
    }

    @Test
    void aFilmPageCopiesColoursAndTellsTheTime() throws IOException {
        open("");
        browser.findElement(By.cssSelector(".card > a[href='films/heat-1995/']")).click();
        assertEquals("Heat", browser.findElement(By.tagName("h1")).getText());
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.url().replaceAll("/repo/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));

        WebElement teal = browser.findElement(By.cssSelector(".swatches button[aria-label^='Copy #1d7a78,']"));
        assertEquals("Copy #1d7a78, teal, 22% of the film", teal.getDomAttribute("aria-label"));
        teal.click();
        WebElement status = browser.findElement(By.cssSelector(".copy-status"));
        new WebDriverWait(browser, WAIT).until(b -> status.getText().equals("Copied #1d7a78 to the clipboard"));
        assertEquals("#1d7a78", browser.executeScript("return document.documentElement.dataset.lastCopied"));
        Object clipboard = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, function (e) { done('unreadable: ' + e); });");
        assertEquals("#1d7a78", clipboard);

        WebElement scrubber = browser.findElement(By.cssSelector(".timeline-scrubber"));
        assertEquals("slider", scrubber.getDomAttribute("role"));
        new Actions(browser).moveToElement(scrubber, -scrubber.getSize().width / 4, 0).perform();
        String readout = browser.findElement(By.cssSelector(".timeline-readout")).getText();
        assertTrue(readout.matches("\\d{1,2}:\\d{2}(:\\d{2})? · #[0-9a-f]{6}"), readout);
        assertTrue(readout.startsWith("42:"), "a quarter into 2:50:12 is 42:33: " + readout);
        scrubber.sendKeys(Keys.END);
        assertTrue(scrubber.getDomAttribute("aria-valuetext").startsWith("2:46:"),
                scrubber.getDomAttribute("aria-valuetext"));
        screenshot("film-timeline-dark");

        browser.findElement(By.cssSelector(".chapters summary")).click();
        assertEquals(FilmViews.CHAPTERS, browser.findElements(By.cssSelector(".chapters li")).size());
        assertPageIsClean("film");
        theme("light");
        assertPageIsClean("film");
    }

    @Test
    void everyPageKindLoadsCleanlyInBothThemes() {
        for (String page : List.of("", "directors/", "directors/michael-mann/", "years/", "years/2001/",
                "films/spirited-away-2001/", "films/script-test/", "films/ida-2013/")) {
            for (String theme : List.of("dark", "light")) {
                theme(theme);
                open(page);
                assertPageIsClean((page.isEmpty() ? "index" : page.replaceAll("/$", "").replace('/', '-')));
            }
        }
    }

    @Test
    void notFoundWorksAtAnyDepth() {
        open("no/such/film/here/");
        assertEquals("This reel is missing", browser.findElement(By.tagName("h1")).getText());
        assertEquals("rgb(16, 17, 19)", browser.executeScript(
                "return getComputedStyle(document.body).backgroundColor"), "the stylesheet loads from the base path");
        browser.findElement(By.cssSelector("a.button")).click();
        assertEquals(server.url(), browser.getCurrentUrl());
        open("no/such/film/here/");
        assertImagesLoaded();
        List<String> logs = severeLogs();
        assertTrue(logs.stream().allMatch(l -> l.startsWith(browser.getCurrentUrl()) && l.contains("404")),
                "only the page itself may answer 404: " + logs);
        assertEquals(List.of(), axeViolations());
        screenshot("404-dark");
    }

    @Test
    void keyboardFocusIsVisible() {
        open("");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        skip.sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        String outline = (String) browser.executeScript(
                "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth", focused);
        assertEquals("solid 3px", outline);
    }

    // ------------------------------------------------------------------------------------------------------

    private static void open(String page) {
        session.open(page);
    }

    private static void theme(String scheme) {
        session.theme(scheme);
    }

    /** The cards' titles in grid order, read in one script so a redraw cannot leave stale elements behind. */
    @SuppressWarnings("unchecked")
    private static List<String> titles() {
        return (List<String>) browser.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('" + SiteFixture.CARD_TITLE + "'),"
                + " function (e) { return e.innerText.trim(); })");
    }

    /**
     * Waits until the grid says it is sorted by {@code key}: a click sorts only once the colour data has loaded,
     * so reading the cards straight after it races the redraw.
     */
    private static void awaitSortedBy(String key) {
        new WebDriverWait(browser, WAIT).until(b -> b.findElement(By.cssSelector("[data-sort-status]"))
                .getDomProperty("textContent").endsWith("sorted by " + key));
    }

    private static void assertPageIsClean(String name) {
        session.assertPageIsClean(name);
    }

    private static void assertImagesLoaded() {
        session.assertImagesLoaded();
    }

    private static List<String> severeLogs() {
        return session.severeLogs();
    }

    private static List<String> axeViolations() {
        return session.axeViolations();
    }

    private static void screenshot(String name) {
        session.screenshot(name);
    }
}
