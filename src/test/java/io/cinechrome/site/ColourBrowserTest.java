package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.Rgb;
import io.cinechrome.site.browse.ColourFamily;
import io.cinechrome.site.browse.SimilarFilms;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Browsing by colour in headless Chromium: the colour search, the family chips, the filters, the keyboard. */
class ColourBrowserTest {

    @TempDir
    static Path dir;
    static BrowserSession session;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        session = BrowserSession.onFixtureSite(dir);
        browser = session.browser;
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void dark() {
        session.theme("dark");
    }

    @Test
    void pickingAColourRanksTheFilmHoldingItFirst() {
        openIndex("");
        pick("#1d7a78");
        assertEquals("heat-1995", slugs().get(0), "Heat holds #1d7a78 (22%)");
        assertTrue(browser.getCurrentUrl().endsWith("/repo/#color=1d7a78"), browser.getCurrentUrl());
        WebElement first = browser.findElement(By.cssSelector(".card:not([hidden])"));
        assertEquals("Closest: teal #1d7a78, 22% of the film", first.findElement(By.cssSelector(".card-match")).getText());
        assertEquals(1, first.findElements(By.cssSelector(".card-strip .is-match")).size());
        assertEquals("All 8 films, closest to #1d7a78 first", status());

        pick("#d7261e");
        assertEquals("spirited-away-2001", slugs().get(0), "千と千尋の神隠し holds #d7261e (25%)");
        assertEquals("amelie-2001", slugs().get(1), "Amélie's crimson is the next closest");
        session.assertPageIsClean("colour-search");
    }

    @Test
    void aCardStripPaintsTheFirstColoursInProportionWithoutAnElementEach() throws IOException {
        openIndex("");
        CatalogEntry heat = SiteFixture.films().get(0);
        WebElement strip = browser.findElement(By.cssSelector(".card > a[href='films/heat-1995/'] .card-strip"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", strip);
        assertEquals(0, strip.findElements(By.cssSelector("span")).size(), "one gradient, no span a colour");
        assertPaints(strip, heat.palette().stream().limit(5).toList(), false);
    }

    @Test
    void thePaletteBarAndADirectorsStripAreGradientsToo() throws IOException {
        CatalogEntry heat = SiteFixture.films().get(0);
        session.open("films/heat-1995/");
        WebElement bar = browser.findElement(By.cssSelector(".palette-bar"));
        assertEquals(0, bar.findElements(By.cssSelector("span")).size());
        assertPaints(bar, heat.palette(), false);

        session.open("directors/");
        WebElement mann = browser.findElement(By.cssSelector(".group[href='michael-mann/'] .group-strip"));
        List<Swatch> dominant = SiteFixture.films().stream()
                .filter(f -> f.director().orElse("").equals("Michael Mann")).map(CatalogEntry::dominant).toList();
        assertEquals(2, dominant.size());
        assertPaints(mann, dominant, true);
    }

    /** The element shows these colours left to right, each as wide as its share or, if {@code equal}, alike. */
    private static void assertPaints(WebElement strip, List<Swatch> colours, boolean equal) throws IOException {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", strip);
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(strip.getScreenshotAs(OutputType.BYTES)));
        double total = equal ? colours.size() : colours.stream().mapToDouble(Swatch::share).sum();
        double left = 0;
        for (Swatch swatch : colours) {
            double width = equal ? 1 : swatch.share();
            double middle = (left + width / 2) / total;
            left += width;
            int rgb = shot.getRGB((int) (middle * shot.getWidth()), shot.getHeight() / 2) & 0xffffff;
            Rgb seen = new Rgb(rgb >> 16, rgb >> 8 & 0xff, rgb & 0xff);
            assertTrue(Math.abs(seen.red() - swatch.colour().red()) <= 2
                    && Math.abs(seen.green() - swatch.colour().green()) <= 2
                    && Math.abs(seen.blue() - swatch.colour().blue()) <= 2,
                    swatch.colour().hex() + " at " + middle + " of the strip, seen " + seen.hex());
        }
    }

    @Test
    void anAddressWithAColourRestoresTheSearch() {
        openIndex("by-year.html#color=c2308a");
        new WebDriverWait(browser, BrowserSession.WAIT).until(b -> "script-test".equals(slugs().get(0)));
        assertEquals("#c2308a", browser.findElement(By.id("colour-picker")).getDomProperty("value"));
        assertEquals("#c2308a", browser.findElement(By.id("colour-hex")).getDomProperty("value"));
        assertTrue(status().endsWith("closest to #c2308a first"), status());
        browser.findElement(By.cssSelector("[data-colour-clear]")).click();
        assertEquals("heat-1995", slugs().get(0), "clearing the colour restores the year order");
        assertTrue(browser.getCurrentUrl().endsWith("/repo/by-year.html"), browser.getCurrentUrl());
    }

    @Test
    void familyChipsDecadesAndDirectorsFilterAndCombine() {
        openIndex("");
        List<String> green = SiteFixture.films().stream()
                .filter(f -> ColourFamily.of(f.palette()).contains(ColourFamily.GREEN)).map(CatalogEntry::slug)
                .sorted().toList();
        assertFalse(green.isEmpty());
        WebElement chip = browser.findElement(By.cssSelector(".families a[data-family=green]"));
        chip.click();
        assertEquals(green, slugs().stream().sorted().toList());
        assertEquals("true", chip.getDomAttribute("aria-pressed"));
        assertTrue(browser.getCurrentUrl().endsWith("#family=green"), browser.getCurrentUrl());
        chip.click();
        assertEquals(8, slugs().size());

        new Select(browser.findElement(By.id("filter-director"))).selectByValue("michael-mann");
        assertEquals(List.of("collateral-2004", "heat-1995"), slugs(), "by title");
        pick("#f0a030");
        assertEquals(List.of("collateral-2004", "heat-1995"), slugs(), "Collateral holds amber");
        new Select(browser.findElement(By.id("filter-decade"))).selectByValue("1990");
        assertEquals(List.of("heat-1995"), slugs());
        assertTrue(browser.getCurrentUrl().endsWith("#color=f0a030&decade=1990&director=michael-mann"),
                browser.getCurrentUrl());
        browser.findElement(By.cssSelector(".sorter a[data-sort=hue]")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/repo/by-hue.html#decade=1990&director=michael-mann"),
                "sorting ends the colour search and keeps the filters: " + browser.getCurrentUrl());
        assertEquals(List.of("heat-1995"), slugs());
        session.assertPageIsClean("colour-filters");
    }

    @Test
    void keyboardAloneSearchesAndFilters() {
        openIndex("");
        WebElement hex = browser.findElement(By.id("colour-hex"));
        tabTo(hex);
        assertTrue(isFocused(hex), "the hex field is reachable by Tab");
        keys("zz" + Keys.ENTER);
        assertEquals("true", hex.getDomAttribute("aria-invalid"));
        assertEquals("Type a colour as six hex digits, like 1e90ff.", status());
        keys(Keys.BACK_SPACE, Keys.BACK_SPACE, "79b8e8" + Keys.ENTER);
        assertEquals("spirited-away-2001", slugs().get(0));
        WebElement blue = browser.findElement(By.cssSelector(".families a[data-family=blue]"));
        tabTo(blue);
        assertTrue(isFocused(blue), "the chips are reachable by Tab");
        keys(Keys.SPACE);
        assertEquals("true", blue.getDomAttribute("aria-pressed"));
        assertTrue(slugs().size() < 8 && slugs().contains("heat-1995"), slugs().toString());
        keys(Keys.ENTER);
        assertEquals(8, slugs().size());
        String outline = (String) browser.executeScript(
                "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth", blue);
        assertEquals("solid 3px", outline);
    }

    @Test
    void familyPagesAndFilmPagesWorkWithoutTheSearch() {
        for (String theme : List.of("dark", "light")) {
            session.theme(theme);
            session.open("colours/");
            session.assertPageIsClean("colours");
            session.open("colours/green/");
            assertEquals("Green", browser.findElement(By.tagName("h1")).getText());
            assertEquals("page", browser.findElement(By.cssSelector(".families a[data-family=green]"))
                    .getDomAttribute("aria-current"));
            session.assertPageIsClean("colours-green");
            session.open("films/heat-1995/");
            assertEquals(SimilarFilms.COUNT, browser.findElements(By.cssSelector(".similar-section .card")).size());
            session.assertPageIsClean("film-similar");
        }
        Object ase = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('a[href=\"palette.ase\"]').href).then(function (r) {"
                + " return r.arrayBuffer(); }).then(function (b) {"
                + " done(String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 4)))); });");
        assertEquals("ASEF", ase);
    }

    // ------------------------------------------------------------------------------------------------------

    /** Presses Tab (at most 40 times) until {@code target} has the focus. */
    private static void tabTo(WebElement target) {
        for (int i = 0; i < 40 && !isFocused(target); i++) {
            keys(Keys.TAB);
        }
    }

    private static boolean isFocused(WebElement element) {
        return Boolean.TRUE.equals(browser.executeScript("return document.activeElement === arguments[0]", element));
    }

    /** Types on the keyboard, into whatever has the focus. */
    private static void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static void openIndex(String page) {
        session.open(page);
        new WebDriverWait(browser, BrowserSession.WAIT).until(b -> Boolean.TRUE.equals(
                ((JavascriptExecutor) b).executeScript("return window.Cinechrome && window.Cinechrome.ready()")));
    }

    /** Picks a colour with the colour input, as its dialog would: sets the value and fires "input". */
    private static void pick(String hex) {
        browser.executeScript("var p = document.getElementById('colour-picker'); p.value = arguments[0];"
                + "p.dispatchEvent(new Event('input', { bubbles: true }));", hex);
    }

    @SuppressWarnings("unchecked")
    private static List<String> slugs() {
        return (List<String>) browser.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('[data-sortable] > .card:not([hidden])'), function (c) {"
                + " return " + SiteFixture.CARD_SLUG_SCRIPT + "; });");
    }

    private static String status() {
        return browser.findElement(By.cssSelector("[data-sort-status]")).getText();
    }
}
