package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The collection filter in headless Chromium: filters in place, combines with the director filter. */
class CollectionBrowserTest {

    @TempDir
    static Path dir;
    static BrowserSession session;

    @BeforeAll
    static void start() throws IOException {
        Path site = dir.resolve("site");
        List<CatalogEntry> films = CollectionPagesTest.library();
        SiteFixture.writeImages(site, films);
        new SiteStage(SiteSettings.defaults().withSiteUrl("https://user.github.io" + BrowserSession.BASE_PATH))
                .generate(films, site);
        session = new BrowserSession(site, dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void collectionFilterCombinesWithTheOthers() {
        session.open("");
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> Boolean.TRUE.equals(
                ((JavascriptExecutor) b).executeScript("return window.Cinechrome && window.Cinechrome.ready()")));
        assertEquals(4, slugs().size());
        new Select(session.browser.findElement(By.id("filter-collection"))).selectByValue("criterion");
        assertEquals(List.of("collateral-2004", "heat-1995"), slugs(), "Criterion and Criterion / Westerns");
        new Select(session.browser.findElement(By.id("filter-collection"))).selectByValue("criterion-westerns");
        assertEquals(List.of("heat-1995"), slugs());
        new Select(session.browser.findElement(By.id("filter-collection"))).selectByValue("criterion");
        new Select(session.browser.findElement(By.id("filter-decade"))).selectByValue("2000");
        assertEquals(List.of("collateral-2004"), slugs());
        assertTrue(session.browser.getCurrentUrl().endsWith("#decade=2000&collection=criterion"),
                session.browser.getCurrentUrl());
        session.open("#collection=documentaries");
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> slugs().size() == 1);
        assertEquals(List.of("the-matrix-1999"), slugs());
        session.assertPageIsClean("collection-filter");
    }

    @SuppressWarnings("unchecked")
    private static List<String> slugs() {
        return (List<String>) session.browser.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('[data-sortable] > .card:not([hidden])'), function (c) {"
                + " return " + SiteFixture.CARD_SLUG_SCRIPT + "; });");
    }
}
