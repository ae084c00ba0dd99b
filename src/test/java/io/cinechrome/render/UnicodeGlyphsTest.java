package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles in any script draw real glyphs, not empty boxes: two different characters of a script give different
 * pictures (every missing glyph draws the same box), and the picture differs from the missing-glyph box.
 */
class UnicodeGlyphsTest {

    private static final int SIZE = RenderSettings.DEFAULT_THUMB_SIZE;
    /** Private-use characters: no shipped font has them, so they draw the missing-glyph box. */
    private static final String MISSING_A = "\uE000";
    private static final String MISSING_B = "\uE001";
    private static final int MIN_CHANGED_PIXELS = 30;
    private static final FilmImages IMAGES = new FilmImages(RenderSettings.defaults().withCredits(false));

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"Latin accents, é, ő", "Cyrillic, Ж, Д", "Greek, λ, Ω", "Japanese, 千, 尋", "Chinese, 龍, 鳳",
            "Korean, 한, 글"})
    void charactersDrawTheirOwnGlyphs(String script, String first, String second) {
        int[] missing = pixels(MISSING_A);
        Assumptions.assumeTrue(Arrays.equals(missing, pixels(MISSING_B)), "missing glyphs draw alike");
        int[] a = pixels(first);
        int[] b = pixels(second);
        assertFalse(Arrays.equals(a, b), script + ": " + first + " and " + second + " look the same (boxes?)");
        assertTrue(changed(a, missing) >= MIN_CHANGED_PIXELS, script + ": " + first + " looks like a missing glyph");
        assertTrue(changed(b, missing) >= MIN_CHANGED_PIXELS, script + ": " + second + " looks like a missing glyph");
        assertTrue(changed(a, pixels(" .")) >= MIN_CHANGED_PIXELS, script + ": " + first + " draws nothing");
    }

    private static int[] pixels(String title) {
        CatalogEntry film = SampleFilms.entry("glyph-test", title, 2000, "X", true,
                SampleFilms.gradient("#303030", "#303030"));
        String svg = PosterSvg.svg(film, IMAGES.posterLayout(film, SIZE), PosterSvg.Text.DRAWN);
        BufferedImage image = TestFiles.image(BatikTranscoder.png(svg, SIZE, SIZE));
        return image.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
    }

    private static int changed(int[] a, int[] b) {
        int changed = 0;
        for (int i = 0; i < a.length; i++) {
            changed += a[i] != b[i] ? 1 : 0;
        }
        return changed;
    }
}
