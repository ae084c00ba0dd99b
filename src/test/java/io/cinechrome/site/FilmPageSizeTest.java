package io.cinechrome.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.bench.SyntheticCatalog;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.Downloads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytes of a film's page, the largest file a film adds to a gallery (issue #9: a published gallery stays within
 * 40 KB a film). The films are shaped like analysed ones ({@link SyntheticCatalog}: 10 colours, 1,080 stripes, five
 * acts of five colours), in a gallery published at an address (so with its Open Graph tags) that leaves its print
 * files to the browser, as the scale benchmark measures it.
 */
class FilmPageSizeTest {

    /** Enough films for each to have its similar films and neighbours on both sides. */
    private static final int FILMS = 12;
    private static final String SITE_URL = "https://user.github.io/films/";
    /** A film page: 21.4 KB before its markup was made compact (16.3 to 16.7 KB then, similar films included). */
    private static final int PAGE_BUDGET = 17_000;
    /** One colour of the palette (440 bytes before): its button's name for screen readers, hex, name, share, RGB. */
    private static final int COLOUR_BUDGET = 180;
    /** One stretch of "The timeline in words" (210 bytes before): its colour key, time and colours in words. */
    private static final int CHAPTER_BUDGET = 110;
    /** One act of five colours (580 bytes before): its time, its colours in words, each colour with its tooltip. */
    private static final int ACT_BUDGET = 520;

    @TempDir
    static Path site;
    static List<CatalogEntry> films;

    @BeforeAll
    static void generate() {
        films = SyntheticCatalog.films(FILMS);
        new SiteStage(SiteSettings.defaults().withBasePath("/films/").withSiteUrl(SITE_URL)
                .withDownloads(Downloads.BROWSER)).generate(films, site);
    }

    @Test
    void aTenColourFilmPageStaysWithinItsBudget() throws IOException {
        for (CatalogEntry film : films) {
            long bytes = Files.size(page(film));
            assertTrue(bytes <= PAGE_BUDGET, film.slug() + "'s page has " + bytes + " bytes, over " + PAGE_BUDGET);
        }
    }

    @Test
    void theRepeatedPartsStayWithinTheirs() throws IOException {
        CatalogEntry film = films.get(FILMS / 2);
        String html = Files.readString(page(film), StandardCharsets.UTF_8);
        assertEquals(10, film.palette().size());
        assertWithin(html, "<ul class=\"swatches\">", "</ul>", film.palette().size(), COLOUR_BUDGET, "a colour");
        assertWithin(html, "<details class=\"chapters\">", "</details>", FilmViews.CHAPTERS, CHAPTER_BUDGET,
                "a chapter");
        assertEquals(5, film.acts().get(0).palette().size());
        assertWithin(html, "<ol class=\"acts\">", "</ol>", film.acts().size(), ACT_BUDGET, "an act");
    }

    private static void assertWithin(String html, String start, String end, int items, int budget, String what) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, start + " is on the page");
        int bytes = html.substring(from, html.indexOf(end, from) + end.length()).getBytes(StandardCharsets.UTF_8)
                .length;
        assertTrue(bytes <= items * budget, what + " takes " + bytes / items + " bytes, over " + budget);
    }

    private static Path page(CatalogEntry film) {
        return site.resolve(FilmViews.page(film)).resolve("index.html");
    }
}
