package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A gallery whose data/colours.js cannot be loaded (a partial upload, a blocked request): the index says so, and
 * the sort links still lead to their static pages, even after a failed attempt.
 */
class MissingColourDataBrowserTest {

    @TempDir
    static Path dir;
    private static BrowserSession session;

    @BeforeAll
    static void start() throws IOException {
        session = BrowserSession.onFixtureSite(dir);
        Files.delete(dir.resolve("site/data/colours.js"));
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void sortLinksFallBackToTheirStaticPages() {
        session.open("#decade=1990");
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> b.findElement(
                By.cssSelector("[data-sort-status]")).getDomProperty("textContent").contains("could not load"));
        session.browser.findElement(By.cssSelector(".sorter a[data-sort=year]")).click();
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> b.getCurrentUrl().endsWith("by-year.html"));
        session.browser.findElement(By.cssSelector(".sorter a[data-sort=director]")).click();
        new WebDriverWait(session.browser, BrowserSession.WAIT)
                .until(b -> b.getCurrentUrl().endsWith("by-director.html"));
        assertEquals("Amélie", session.browser.findElement(By.cssSelector(SiteFixture.CARD_TITLE)).getText());
    }
}
