package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.render.text.Fonts;
import io.cinechrome.render.text.PosterText;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Titles in scripts the shipped fonts cannot draw (no glyphs, or right to left) fall back to the year on the
 * images, with a notice; titles the fonts can draw are left alone.
 */
class PosterTextTest {

    private static final FilmImages IMAGES = new FilmImages(RenderSettings.defaults());
    private static final int SIZE = RenderSettings.DEFAULT_THUMB_SIZE;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"Hebrew, שלום, Hebrew", "Arabic, القاهرة, Arabic", "Thai, สวัสดี, Thai",
        "Devanagari, नमस्ते, Devanagari", "Mixed, Salaam שלום, Hebrew"})
    void undrawableTitlesShowTheYearAndANotice(String label, String title, String script) {
        CatalogEntry film = film(title, "Ann Smith");
        assertFalse(PosterText.canDraw(title, Fonts.get()), label);
        CatalogEntry drawn = PosterText.drawable(film);
        assertEquals("2011", drawn.title());
        assertEquals(OptionalInt.empty(), drawn.year(), "the year is not drawn twice");
        assertEquals(Optional.of("Ann Smith"), drawn.director());
        String svg = PosterSvg.svg(film, IMAGES.posterLayout(film, SIZE), PosterSvg.Text.DRAWN);
        List<String> drawnText = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg).results()
                .map(m -> m.group(1)).toList();
        assertEquals("2011", drawnText.get(0), "the poster draws the year as its title");
        assertTrue(drawnText.stream().noneMatch(t -> t.contains(title.substring(title.length() - 2))),
                "the poster does not draw the title: " + drawnText);
        List<String> notices = PosterText.notices(List.of(film));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("test-2011") && notices.get(0).contains(script)
                && notices.get(0).contains("the year 2011"), notices.get(0));
        IMAGES.render(film); // every image of the film renders
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Heat", "Amélie", "千と千尋の神隠し", "Ёжик в тумане", "Ωμέγα", "한국 영화"})
    void drawableTitlesAreLeftAlone(String title) {
        CatalogEntry film = film(title, "宮崎駿");
        assertSame(film, PosterText.drawable(film));
        assertEquals(List.of(), PosterText.notices(List.of(film)));
    }

    @Test
    void anUndrawableDirectorIsLeftOutOfTheCredits() {
        CatalogEntry film = film("Heat", "عباس كيارستمي");
        CatalogEntry drawn = PosterText.drawable(film);
        assertEquals("Heat", drawn.title());
        assertEquals(Optional.empty(), drawn.director());
        assertEquals(OptionalInt.of(2011), drawn.year());
        assertTrue(PosterText.notices(List.of(film)).get(0).contains("Arabic"));
    }

    private static CatalogEntry film(String title, String director) {
        CatalogEntry base = SampleFilms.entry("test-2011", title, 2011, director, false,
                SampleFilms.gradient("#203040", "#c08040"));
        return base;
    }
}
