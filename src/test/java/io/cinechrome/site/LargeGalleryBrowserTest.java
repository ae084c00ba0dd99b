package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.site.browse.ColourFamily;
import io.cinechrome.site.browse.ColourSearch;
import io.cinechrome.site.browse.PaletteProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A generated 2,000-film gallery in headless Chromium: static pages of 120 films with numbered links, and sorting,
 * filters and the colour search that reach every film through "Show more". (No images are drawn: the render stage
 * is not what this tests.)
 */
class LargeGalleryBrowserTest {

    static final int FILMS = 2000;

    @TempDir
    static Path dir;
    static BrowserSession session;
    static List<CatalogEntry> films;
    static Gallery gallery;

    @BeforeAll
    static void start() throws IOException {
        films = SiteFixture.synthetic(FILMS, 11);
        gallery = new Gallery(films);
        Path site = dir.resolve("site");
        new SiteStage(SiteSettings.defaults()).generate(films, site);
        session = new BrowserSession(site, dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theStaticPagesHoldAPageOfFilmsEachWithNumberedLinks() {
        open("");
        assertEquals(Paging.PAGE_SIZE, slugs().size());
        assertEquals(Paging.pages(FILMS), session.browser.findElements(By.cssSelector(".pager li a")).size());
        assertEquals(slugsOf(gallery.byTitle().subList(0, Paging.PAGE_SIZE)), slugs());
        assertEquals("", status(), "nothing to announce until the visitor sorts, filters or searches");
        session.browser.findElement(By.cssSelector(".pager a[rel=next]")).click();
        waitReady();
        assertTrue(session.browser.getCurrentUrl().endsWith("/index-2.html"), session.browser.getCurrentUrl());
        assertEquals(slugsOf(gallery.byTitle().subList(Paging.PAGE_SIZE, 2 * Paging.PAGE_SIZE)), slugs());
        assertEquals(List.of(), session.severeLogs().stream().filter(l -> !l.contains("/img/")).toList());
    }

    @Test
    void sortingReachesEveryFilmInOrder() {
        open("index-3.html");
        session.browser.executeScript("window.stillTheSamePage = true;");
        session.browser.findElement(By.cssSelector(".sorter a[data-sort=year]")).click();
        assertEquals(Boolean.TRUE, session.browser.executeScript("return window.stillTheSamePage === true"));
        assertTrue(session.browser.findElement(By.cssSelector("[data-pager]")).getDomAttribute("hidden") != null,
                "the static pager hides while the script shows all films");
        assertEquals(Paging.PAGE_SIZE, slugs().size());
        showMoreUntilDone();
        assertEquals(slugsOf(gallery.byYear()), slugs(), "every film, in the year order of the static pages");
        assertEquals("All 2000 films, sorted by year", status());
    }

    @Test
    void filtersReachEveryMatchingFilm() {
        open("");
        WebElement blue = session.browser.findElement(By.cssSelector(".families a[data-family=blue]"));
        blue.click();
        List<String> expected = films.stream().filter(f -> gallery.profileOf(f).families().contains(ColourFamily.BLUE))
                .sorted(TitleOrder.byTitle()).map(CatalogEntry::slug).toList();
        assertTrue(expected.size() > Paging.PAGE_SIZE, "enough blue films to need more than one page");
        showMoreUntilDone();
        assertEquals(expected, slugs());
        blue.click();
        new Select(session.browser.findElement(By.id("filter-decade"))).selectByValue("1990");
        showMoreUntilDone();
        List<String> nineties = films.stream().filter(f -> f.year().getAsInt() / 10 == 199)
                .sorted(TitleOrder.byTitle()).map(CatalogEntry::slug).toList();
        assertEquals(nineties, slugs());
        assertEquals(nineties.size() + " of 2000 films, sorted by title", status());
    }

    @Test
    void theColourSearchRanksEveryFilmQuickly() {
        open("");
        String hex = "1e90ff";
        Number total = (Number) session.browser.executeScript("return Cinechrome.searchColour(arguments[0])", hex);
        assertEquals(FILMS, total.intValue());
        List<ColourSearch.Match> java = ColourSearch.rank(gallery.profiles().stream().map(PaletteProfile::colours)
                .toList(), OkLab.of(Rgb.parse("#" + hex)));
        assertEquals(gallery.byTitle().get(java.get(0).index()).slug(), slugs().get(0), "the same best film as Java");
        assertEquals(FILMS, ((Number) session.browser.executeScript("return Cinechrome.showAll()")).intValue());
        assertEquals(new HashSet<>(slugsOf(films)), new HashSet<>(slugs()));
        double slowest = 0;
        for (String colour : ColourSearchTimingTest.COLOURS) {
            Number millis = (Number) session.browser.executeScript("var t = performance.now();"
                    + "Cinechrome.searchColour(arguments[0]); return performance.now() - t;", colour);
            slowest = Math.max(slowest, millis.doubleValue());
        }
        System.out.printf(Locale.ROOT, "Colour search over %d films: slowest ranking %.1f ms%n", FILMS, slowest);
        assertTrue(session.browser.getCurrentUrl().contains("#color="), session.browser.getCurrentUrl());
    }

    private static void open(String page) {
        session.open(page);
        waitReady();
    }

    private static void waitReady() {
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> Boolean.TRUE.equals(
                ((JavascriptExecutor) b).executeScript("return window.Cinechrome && Cinechrome.ready()")));
    }

    private static void showMoreUntilDone() {
        for (int i = 0; i < FILMS / Paging.PAGE_SIZE + 2; i++) {
            List<WebElement> more = session.browser.findElements(By.cssSelector("[data-more]:not([hidden]) button"));
            if (more.isEmpty()) {
                return;
            }
            more.get(0).click();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> slugs() {
        return (List<String>) session.browser.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('[data-sortable] > .card:not([hidden])'), function (c) {"
                + " return " + SiteFixture.CARD_SLUG_SCRIPT + "; });");
    }

    private static String status() {
        return session.browser.findElement(By.cssSelector("[data-sort-status]")).getText();
    }

    private static List<String> slugsOf(List<CatalogEntry> list) {
        return list.stream().map(CatalogEntry::slug).toList();
    }
}
