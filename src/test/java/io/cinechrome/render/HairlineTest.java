package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 1080 stripes drawn as hairlines: every pixel column of the poster and the barcode has exactly the colour of
 * its stripe (no gaps, no anti-aliased seams), every stripe shows, and the SVG stays small.
 */
class HairlineTest {

    private static final int STRIPES = 1080;
    private static final int ROW = 3;
    private static final int MAX_POSTER_SVG_BYTES = 16_000;
    private static final FilmImages IMAGES = new FilmImages(RenderSettings.defaults());

    /** Neighbouring stripes as different as possible: the hue turns by the golden angle, lightness alternates. */
    static CatalogEntry film() {
        List<Rgb> stripes = new ArrayList<>();
        for (int i = 0; i < STRIPES; i++) {
            double hue = Math.toRadians(i * 137.508);
            stripes.add(new OkLab(i % 2 == 0 ? 0.45 : 0.75, 0.1 * Math.cos(hue), 0.1 * Math.sin(hue)).toRgb());
        }
        return SampleFilms.entry("hairlines-2024", "Hairlines", 2024, "Test", false, stripes);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1080, 3000})
    void everyPosterColumnHasExactlyItsStripesColour(int size) {
        CatalogEntry film = film();
        PosterLayout layout = IMAGES.posterLayout(film, size);
        String svg = PosterSvg.svg(film, layout, PosterSvg.Text.DRAWN);
        BufferedImage png = TestFiles.image(BatikTranscoder.png(svg, size, size, true));
        assertColumns(film.stripes(), png, size, ROW);
        assertColumns(film.stripes(), png, size, size - 1 - ROW);
        int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= MAX_POSTER_SVG_BYTES, size + " px poster SVG is " + bytes + " bytes");
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1080, 3000})
    void everyBarcodeColumnHasExactlyItsStripesColour(int width) {
        CatalogEntry film = film();
        PixelSize size = new PixelSize(width, 150);
        BufferedImage png = TestFiles.image(BatikTranscoder.png(BarcodeSvg.svg(film, size), width, 150, true));
        for (int row : new int[] {0, 75, 149}) {
            assertColumns(film.stripes(), png, width, row);
        }
    }

    /** Column x shows stripe i where i * width / stripes rounds to at most x: integer edges, every stripe. */
    private static void assertColumns(List<Rgb> stripes, BufferedImage png, int width, int row) {
        List<Band> bands = Band.equal(stripes, 0, width);
        assertEquals(Math.min(stripes.size(), width), bands.size(), "every stripe is a band");
        for (Band band : bands) {
            assertTrue(band.width() >= width / stripes.size(), "band " + band);
            for (int x = band.start(); x < band.end(); x++) {
                assertEquals(band.colour(), TestFiles.pixel(png, x, row), "column " + x + " row " + row);
            }
        }
    }
}
