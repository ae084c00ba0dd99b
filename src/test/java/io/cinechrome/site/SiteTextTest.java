package io.cinechrome.site;

import io.cinechrome.library.Slugs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.Rgb;
import io.cinechrome.site.browse.ColourNames;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small helpers behind the pages: title order, colour names, clocks, slugs, settings. */
class SiteTextTest {

    @Test
    void leadingArticlesAreIgnoredInSeveralLanguages() {
        assertEquals("Matrix", TitleOrder.sortKey("The Matrix"));
        assertEquals("Beautiful Mind", TitleOrder.sortKey("A Beautiful Mind"));
        assertEquals("American in Paris", TitleOrder.sortKey("An American in Paris"));
        assertEquals("Samouraï", TitleOrder.sortKey("Le Samouraï"));
        assertEquals("Atalante", TitleOrder.sortKey("L'Atalante"));
        assertEquals("Boot", TitleOrder.sortKey("Das Boot"));
        assertEquals("Laberinto del fauno", TitleOrder.sortKey("El Laberinto del fauno"));
        assertEquals("The", TitleOrder.sortKey("The"), "a title that is only an article keeps it");
        assertEquals("Theremin", TitleOrder.sortKey("Theremin"));
        assertEquals("Die Hard", TitleOrder.sortKey("Die Hard"), "an English verb, not a German article");
    }

    @Test
    void titlesSortIgnoringAccentsAndCase() {
        List<String> titles = List.of("Zelig", "the matrix", "Ébauche", "Eden", "Amélie", "Alien", "千と千尋の神隠し");
        List<String> sorted = titles.stream().map(t -> SiteFixture.film("x-" + Math.abs(t.hashCode()), t, 2000,
                "D", 60, false, "#000000:1")).sorted(TitleOrder.byTitle()).map(CatalogEntry::title).toList();
        assertEquals(List.of("Alien", "Amélie", "Ébauche", "Eden", "the matrix", "Zelig", "千と千尋の神隠し"), sorted);
    }

    @Test
    void coloursGetPlainNames() {
        assertEquals("black", ColourNames.name(Rgb.parse("#050505")));
        assertEquals("white", ColourNames.name(Rgb.parse("#fdfdfd")));
        assertEquals("navy", ColourNames.name(Rgb.parse("#0f1a45")));
        assertEquals("teal", ColourNames.name(Rgb.parse("#1d7a78")));
        assertEquals("red", ColourNames.name(Rgb.parse("#e02020")));
        assertEquals("orange", ColourNames.name(Rgb.parse("#f07818")));
        assertEquals("mostly deep blue, teal and black", ColourNames.describe(List.of(
                new Swatch(Rgb.parse("#1d3a8a"), 0.4), new Swatch(Rgb.parse("#1d7a78"), 0.3),
                new Swatch(Rgb.parse("#000000"), 0.2), new Swatch(Rgb.parse("#ffffff"), 0.1))));
        assertEquals("mostly black and teal", ColourNames.describe(List.of(
                new Swatch(Rgb.parse("#1d7a78"), 0.4), new Swatch(Rgb.parse("#000000"), 0.3),
                new Swatch(Rgb.parse("#050505"), 0.3))), "same names add up");
    }

    @Test
    void clocksReadLikePlayers() {
        assertEquals("2:50:12", Clock.duration(10_212));
        assertEquals("0:04:05", Clock.duration(245.4));
        assertEquals("4:05", Clock.position(245.9));
        assertEquals("1:00:00", Clock.position(3600));
        assertEquals("PT2H50M12S", Clock.iso(10_212));
    }

    @Test
    void slugsAreAsciiAndStable() {
        assertEquals("agnes-varda", Slugs.of("Agnès Varda", "director"));
        assertEquals("pawel-pawlikowski", Slugs.of("Paweł Pawlikowski", "director"));
        assertEquals("lars-von-trier", Slugs.of("  Lars von Trier! ", "director"));
        String hashed = Slugs.of("宮崎駿", "director");
        assertTrue(hashed.matches("director-[0-9a-f]{8}"), hashed);
        assertEquals(hashed, Slugs.of("宮崎駿", "director"));
    }

    @Test
    void settingsAreValidatedWithAFix() {
        SiteSettings defaults = SiteSettings.defaults();
        assertEquals("/", defaults.basePath());
        assertEquals(Path.of("templates"), defaults.templatesDir());
        SiteSettings pages = defaults.withSiteUrl("https://user.github.io/repo");
        assertEquals("https://user.github.io/repo/", pages.siteUrl());
        assertEquals("/repo/", pages.basePath());
        assertEquals("/", pages.withBasePath("/").basePath());
        assertTrue(message(() -> defaults.withBasePath("repo")).contains("start and end with '/'"));
        assertTrue(message(() -> defaults.withSiteUrl("ftp://x/")).contains("http(s)"));
        assertTrue(message(() -> defaults.withTitle(" ")).contains("title"));
        assertTrue(message(() -> new SiteSettings("T", "/", "https://u.github.io/repo/", Path.of("t"), Path.of("s")))
                .contains("make them agree"));
    }

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }
}
