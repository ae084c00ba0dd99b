package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in Chromium as a phone would load them: small web fonts (never the posters' multi-megabyte TTFs), no
 * layout shift, right-to-left and other scripts laid out in their own direction, also in the cards the index's
 * script draws.
 */
class WebPagesBrowserTest {

    private static final double MAX_LAYOUT_SHIFT = 0.02;
    /** A phone's viewport in CSS pixels (Lighthouse's mobile one). */
    private static final int PHONE_WIDTH = 412;
    private static final int PHONE_HEIGHT = 823;
    /**
     * How many viewports down a section of a film page starts when the test expects it undrawn: Chromium draws a
     * content-visibility: auto section from 150 % of the viewport beyond its edge.
     */
    private static final double FAR_VIEWPORTS = 3;
    /** Characters a failure lists at most. */
    private static final int MAX_LISTED = 20;
    private static final List<String> OTHER_SCRIPTS = List.of("שלום", "القاهرة", "สวัสดี", "नमस्ते");

    @TempDir
    static Path dir;
    static BrowserSession session;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(BrowserSession.CHROMIUM)
                && Files.isExecutable(BrowserSession.CHROMEDRIVER), "needs Chromium and chromedriver");
        List<CatalogEntry> films = new ArrayList<>(SiteFixture.films());
        films.add(SiteFixture.film("shalom-2010", "שלום", 2010, "Ann Smith", 5_000, false, "#203040:0.6",
                "#c08040:0.4"));
        films.add(SiteFixture.film("cairo-2011", "القاهرة", 2011, "عباس كيارستمي", 5_000, false, "#402030:0.6",
                "#40c080:0.4"));
        films.add(SiteFixture.film("sawasdee-2012", "สวัสดี", 2012, "Ann Smith", 5_000, false, "#304020:0.6",
                "#8040c0:0.4"));
        films.add(SiteFixture.film("namaste-2013", "नमस्ते", 2013, "Ann Smith", 5_000, false, "#102040:0.6",
                "#c0c040:0.4"));
        Path site = dir.resolve("site");
        SiteFixture.writeImages(site, films);
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
    void pagesLoadSmallWebFontsOnly() {
        for (String page : List.of("", "films/spirited-away-2001/", "films/shalom-2010/")) {
            session.open(page);
            session.browser.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1]);");
            List<String> fonts = resources("font");
            assertTrue(fonts.stream().noneMatch(f -> f.endsWith(".ttf") && !f.endsWith("-subset.ttf")),
                    page + " loads a full TrueType font: " + fonts);
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("lato-regular-latin.woff2")), page + ": " + fonts);
            session.assertPageIsClean("web-" + page.replace('/', '-'));
        }
        session.open("films/spirited-away-2001/");
        session.browser.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1]);");
        assertTrue(resources("font").stream().anyMatch(f -> f.endsWith("droid-sans-fallback-subset.ttf")),
                "the CJK title draws with the subset of the fallback font");
    }

    /**
     * On a phone a film page's first view is its title and poster: the sections further down (the poster styles,
     * the palette card, similar films) are drawn, and their images fetched, as the reader scrolls near them, not
     * while the page loads, where they would compete with the poster; scrolled to, they load and show.
     */
    @Test
    void aPhoneDrawsWhatIsBelowAFilmPagesFirstViewOnlyWhenScrolledNear() {
        session.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH,
                "height", PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
        try {
            session.open("films/heat-1995/");
            session.browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 1000);");
            // The images of those sections that start beyond the distance at which Chromium draws them ahead.
            String far = "Array.prototype.filter.call(document.querySelectorAll('.posters-section img,"
                    + " .card-section img, .similar-section img'), function (i) {"
                    + " return i.closest('section').getBoundingClientRect().top > " + FAR_VIEWPORTS + " * innerHeight"
                    + " && !Array.prototype.some.call(document.querySelectorAll('img'), function (o) {"
                    + " return o.src === i.src && !o.closest('.posters-section, .card-section, .similar-section'); });"
                    + " })";
            assertTrue(((Number) session.browser.executeScript("return " + far + ".length")).intValue() > 0,
                    "no image far below the first view: the test needs a longer page");
            assertEquals(List.of(), session.browser.executeScript("return " + far + ".filter(function (i) {"
                    + " return i.checkVisibility({contentVisibilityAuto: true}); }).map(function (i) { return i.src;"
                    + " })"), "images far below the first view drawn while the page loaded");
            assertEquals(List.of(), session.browser.executeScript("var loaded = performance"
                    + ".getEntriesByType('resource').map(function (r) { return r.name; });"
                    + "return " + far + ".map(function (i) { return i.src; }).filter(function (src) {"
                    + " return loaded.indexOf(src) >= 0; });"), "images far below the first view fetched");
            session.browser.executeScript("document.querySelector('.similar-section').scrollIntoView();");
            new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> Boolean.TRUE.equals(
                    session.browser.executeScript("return " + far + ".filter(function (i) { var r ="
                            + " i.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })"
                            + ".every(function (i) { return i.complete && i.naturalWidth > 0"
                            + " && i.checkVisibility({contentVisibilityAuto: true}); })")));
            session.browser.executeScript("document.querySelector('.card-section').scrollIntoView();");
            new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> Boolean.TRUE.equals(
                    session.browser.executeScript("var i = document.querySelector('.card-section img');"
                            + "return i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().height > 50;")));
        } finally {
            session.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void nothingShiftsWhileTheIndexLoads() {
        session.open("");
        Object shift = session.browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var total = 0; new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
                + " if (!e.hadRecentInput) { total += e.value; } }); }).observe({type: 'layout-shift', buffered: true});"
                + "setTimeout(function () { done(total); }, 1500);");
        assertTrue(((Number) shift).doubleValue() <= MAX_LAYOUT_SHIFT, "layout shift " + shift);
    }

    @Test
    void otherScriptsRunInTheirOwnDirection() {
        for (String[] film : new String[][] {{"shalom-2010", "rtl"}, {"cairo-2011", "rtl"}, {"sawasdee-2012", "ltr"},
            {"namaste-2013", "ltr"}, {"heat-1995", "ltr"}}) {
            session.open("films/" + film[0] + "/");
            assertEquals(film[1], session.browser.executeScript(
                    "return getComputedStyle(document.querySelector('.film-title')).direction"), film[0]);
        }
        session.open("");
        @SuppressWarnings("unchecked")
        List<String> rtlCards = (List<String>) session.browser.executeScript("return Array.prototype.filter.call("
                + "document.querySelectorAll('" + SiteFixture.CARD_TITLE + "'),"
                + " function (t) { return getComputedStyle(t).direction"
                + " === 'rtl'; }).map(function (t) { return t.textContent; })");
        assertEquals(java.util.Set.of("القاهرة", "שלום"), java.util.Set.copyOf(rtlCards));
        String text = (String) session.browser.executeScript("return document.querySelector('.grid').textContent");
        OTHER_SCRIPTS.forEach(title -> assertTrue(text.contains(title), title + " is on the index"));
    }

    /**
     * The index's script draws sorted, filtered and searched films by cloning the page's first card: each clone is
     * its film's card as the pages write it, attribute for attribute, with dir="auto" on the same right-to-left
     * titles and bylines. Only its strip differs, painted a span a colour so that a colour search can mark one,
     * and its picture loads lazily.
     */
    @Test
    void theScriptsCardsAreThePagesCards() {
        session.open("by-year.html");
        Map<String, String> written = cards();
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> Boolean.TRUE.equals(
                session.browser.executeScript("return window.Cinechrome.ready()")));
        session.browser.findElement(By.cssSelector(".sorter a[data-sort=title]")).click();
        new WebDriverWait(session.browser, BrowserSession.WAIT).until(b -> b.findElement(
                By.cssSelector("[data-sort-status]")).getDomProperty("textContent").endsWith("sorted by title"));
        Map<String, String> cloned = cards();
        assertEquals(written, cloned);
        assertTrue(written.get("shalom-2010").contains("<span dir=\"auto\">שלום</span>"), written.get("shalom-2010"));
        assertTrue(written.get("cairo-2011").contains("<p dir=\"auto\">"), written.get("cairo-2011"));
        assertEquals(0L, session.browser.executeScript("return document.querySelectorAll("
                + "'[data-sortable] > .card img:not([loading=lazy])').length"), "the script's cards load lazily");
    }

    /**
     * The script writes dir="auto" on a clone's text with any character the pages write it for
     * ({@link io.cinechrome.site.page.Bidi}), and never for a left-to-right letter.
     */
    @Test
    void theScriptTellsRightToLeftTextAsThePagesDo() throws IOException {
        Matcher expression = Pattern.compile("var RIGHT_TO_LEFT = (new RegExp\\([^;]*\\));")
                .matcher(Files.readString(dir.resolve("site/cinechrome.js")));
        assertTrue(expression.find(), "cinechrome.js has no RIGHT_TO_LEFT");
        session.open("");
        @SuppressWarnings("unchecked")
        List<List<Number>> ranges = (List<List<Number>>) session.browser.executeScript("var re = "
                + expression.group(1) + "; var ranges = []; var start = -1;"
                + "for (var c = 0; c <= 0x110000; c++) {"
                + " var hit = c < 0x110000 && (c < 0xD800 || c > 0xDFFF) && re.test(String.fromCodePoint(c));"
                + " if (hit && start < 0) { start = c; }"
                + " if (!hit && start >= 0) { ranges.push([start, c - 1]); start = -1; } }"
                + "return ranges;");
        BitSet marked = new BitSet();
        ranges.forEach(r -> marked.set(r.get(0).intValue(), r.get(1).intValue() + 1));
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT && wrong.size() < MAX_LISTED; c++) {
            boolean rightToLeft = io.cinechrome.site.page.Bidi.hasRightToLeft(Character.toString(c));
            boolean leftToRight = Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
            if ((rightToLeft && !marked.get(c)) || (leftToRight && marked.get(c))) {
                wrong.add(String.format("U+%04X", c));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The grid's cards by film, as the browser writes them out, without the painting of their strips and lazy. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> cards() {
        return (Map<String, String>) session.browser.executeScript("var cards = {};"
                + "document.querySelectorAll('[data-sortable] > .card').forEach(function (c) {"
                + " var copy = c.cloneNode(true); var strip = copy.querySelector('.card-strip');"
                + " strip.textContent = ''; strip.removeAttribute('style');"
                + " copy.querySelector('img').removeAttribute('loading');"
                + " cards[" + SiteFixture.CARD_SLUG_SCRIPT + "] = copy.outerHTML; });"
                + "return cards;");
    }

    @SuppressWarnings("unchecked")
    private static List<String> resources(String initiator) {
        return (List<String>) session.browser.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (r) { return r.initiatorType === 'css' || r.initiatorType === 'link'"
                + " || r.initiatorType === '" + initiator + "'; }).map(function (r) { return r.name; })");
    }
}
