package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.render.svg.SvgUses;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ring poster read back on pixels: the film starts at 12 o'clock and runs clockwise, with no seams. */
class RingPosterTest {

    private static final int SIZE = 1080;
    private static final int TOLERANCE = 4;
    private static final double MID = (RingPosterSvg.OUTER + RingPosterSvg.INNER) / 2 * SIZE;
    private static final FilmImages IMAGES = new FilmImages(RenderSettings.defaults());

    /** Neighbouring stripes clearly different: the hue turns by the golden angle. */
    private static CatalogEntry film(int stripes) {
        List<Rgb> colours = new ArrayList<>();
        for (int i = 0; i < stripes; i++) {
            double hue = Math.toRadians(i * 137.508);
            colours.add(new OkLab(0.7, 0.12 * Math.cos(hue), 0.12 * Math.sin(hue)).toRgb());
        }
        return SampleFilms.entry("ring-2024", "Ring", 2024, "Test", false, colours);
    }

    private static BufferedImage ring(CatalogEntry film) {
        return TestFiles.image(BatikTranscoder.png(IMAGES.ringSvg(film, SIZE), SIZE, SIZE, true));
    }

    /** The pixel at {@code degrees} clockwise from 12 o'clock, on the middle of the ring. */
    private static Rgb at(BufferedImage png, double degrees) {
        double radians = Math.toRadians(degrees);
        int x = (int) Math.floor(SIZE / 2.0 + MID * Math.sin(radians));
        int y = (int) Math.floor(SIZE / 2.0 - MID * Math.cos(radians));
        return TestFiles.pixel(png, x, y);
    }

    @Test
    void theWedgesDrawnAsPathsAreTheSamePixelsAsTheirUses() {
        CatalogEntry film = film(1080);
        for (int size : new int[] {SIZE, 360}) {
            String svg = IMAGES.ringSvg(film, size);
            String inlined = SvgUses.inlined(svg);
            assertFalse(inlined.contains("<use"), "every wedge is a path");
            assertEquals(1080, inlined.split("<path d=", -1).length - 1, "one path per stripe");
            assertArrayEquals(BatikTranscoder.png(svg, size, size, true), BatikTranscoder.png(inlined, size, size, true),
                    "same pixels at " + size + " px");
        }
        String square = IMAGES.posterSvg(film, SIZE);
        assertEquals(square, SvgUses.inlined(square), "nothing to write out in a square poster");
    }

    @Test
    void firstStripeStartsAtTwelveOClockAndTheFilmRunsClockwise() {
        int stripes = 120;
        CatalogEntry film = film(stripes);
        BufferedImage png = ring(film);
        double step = 360.0 / stripes;
        for (int i = 0; i < stripes; i++) {
            Rgb expected = film.stripes().get(i);
            Rgb actual = at(png, (i + 0.5) * step);
            assertTrue(TestFiles.distance(expected, actual) <= TOLERANCE,
                    "stripe " + i + " at " + (i + 0.5) * step + " degrees: expected " + expected + ", was " + actual);
        }
        assertEquals(film.stripes().get(0), at(png, 1), "just clockwise of 12 o'clock: the first stripe");
        assertEquals(film.stripes().get(stripes - 1), at(png, -1), "just before 12 o'clock: the last stripe");
        assertEquals(RingPosterSvg.GROUND, TestFiles.pixel(png, 2, 2), "the corner is the ground");
    }

    @Test
    void hairlineWedgesLeaveNoSeamsAndTheSvgStaysCompact() {
        CatalogEntry film = film(1080);
        BufferedImage png = ring(film);
        int dark = 0;
        for (int tenth = 0; tenth < 3600; tenth++) {
            Rgb pixel = at(png, tenth / 10.0);
            if (pixel.red() + pixel.green() + pixel.blue() < 3 * 90) {
                dark++;
            }
        }
        assertEquals(0, dark, "pixels on the ring as dark as the ground (seams)");
        int bytes = IMAGES.ringSvg(film, SIZE).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 80_000, "ring SVG of 1080 stripes is " + bytes + " bytes");
    }

    @Test
    void stripesKeepTheirExactColoursOnTheLosslessPngAndItStaysSmall() {
        CatalogEntry film = film(1080);
        byte[] png = BatikTranscoder.png(IMAGES.ringSvg(film, SIZE), SIZE, SIZE, true);
        BufferedImage image = TestFiles.image(png);
        java.util.Set<Rgb> stripes = new java.util.HashSet<>(film.stripes());
        int blended = 0;
        int inside = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double r = Math.hypot(x + 0.5 - SIZE / 2.0, y + 0.5 - SIZE / 2.0);
                if (r > RingPosterSvg.INNER * SIZE + 2 && r < RingPosterSvg.OUTER * SIZE - 2) {
                    inside++;
                    blended += stripes.contains(TestFiles.pixel(image, x, y)) ? 0 : 1;
                }
            }
        }
        assertTrue(inside > 100_000, inside + " pixels on the ring");
        assertEquals(0, blended, "pixels on the ring in a colour no stripe has (anti-aliasing blends)");
        assertTrue(png.length < 160_000, "ring PNG of 1080 clashing stripes is " + png.length + " bytes");
        byte[] indexed = BatikTranscoder.png(IMAGES.ringSvg(film, SIZE), SIZE, SIZE);
        assertTrue(indexed.length < png.length, "indexed " + indexed.length + " bytes, lossless " + png.length);
    }

    @Test
    void styleIsParsedFromItsNameWithAClearError() {
        assertEquals(PosterStyle.RING, PosterStyle.parse(" Ring "));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PosterStyle.parse("circle"));
        assertTrue(e.getMessage().contains("square, ring, strip") && e.getMessage().contains("circle"),
                e.getMessage());
    }
}
