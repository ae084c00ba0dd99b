package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.Contrast;
import io.cinechrome.colour.Rgb;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads the rendered poster PNGs back: bars where the stripes are, a legible title where the text is. */
class PosterPixelsTest {

    private static final int SIZE = RenderSettings.DEFAULT_POSTER_SIZE;
    private static final int EDGE_ROW = 4;
    /** A pixel this close (per channel) to the text colour counts as text. */
    private static final int INK_TOLERANCE = 12;
    private static final int MIN_INK_PIXELS = 400;
    private static final FilmImages IMAGES = new FilmImages(RenderSettings.defaults());

    static Stream<CatalogEntry> films() {
        return Stream.of(SampleFilms.sunset(), SampleFilms.noir(), SampleFilms.spiritedAway(), SampleFilms.hostile(),
                SampleFilms.longTitle());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("films")
    void barsHaveTheStripeColoursEdgeToEdge(CatalogEntry film) {
        PosterLayout layout = IMAGES.posterLayout(film, SIZE);
        BufferedImage png = render(film, layout, PosterSvg.Text.DRAWN);
        assertTrue(layout.scrimBox().y() > EDGE_ROW && layout.scrimBox().bottom() < SIZE - EDGE_ROW);
        for (int row : new int[] {EDGE_ROW, SIZE - 1 - EDGE_ROW}) {
            for (Band bar : layout.bars()) {
                assertEquals(bar.colour(), TestFiles.pixel(png, bar.start(), row), "left edge of bar at " + bar.start());
                assertEquals(bar.colour(), TestFiles.pixel(png, bar.end() - 1, row), "right edge of bar at " + bar.end());
            }
        }
        assertEquals(film.stripes().get(0), TestFiles.pixel(png, 0, EDGE_ROW));
        assertEquals(film.stripes().get(film.stripes().size() - 1), TestFiles.pixel(png, SIZE - 1, EDGE_ROW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("films")
    void titleIsDrawnAndReachesWcagContrastOnTheMeasuredBackground(CatalogEntry film) throws IOException {
        PosterLayout layout = IMAGES.posterLayout(film, SIZE);
        BufferedImage drawn = render(film, layout, PosterSvg.Text.DRAWN);
        BufferedImage background = render(film, layout, PosterSvg.Text.HIDDEN);
        Rgb ink = layout.overlay().ink();
        Box box = layout.textBox();
        int inkPixels = 0;
        double worst = Double.MAX_VALUE;
        long[] sum = new long[3];
        long count = 0;
        for (int y = (int) box.y(); y < box.bottom(); y++) {
            for (int x = (int) box.x(); x < box.right(); x++) {
                Rgb behind = TestFiles.pixel(background, x, y);
                worst = Math.min(worst, Contrast.ratio(ink, behind));
                sum[0] += behind.red();
                sum[1] += behind.green();
                sum[2] += behind.blue();
                count++;
                inkPixels += TestFiles.distance(TestFiles.pixel(drawn, x, y), ink) <= INK_TOLERANCE ? 1 : 0;
            }
        }
        Rgb mean = new Rgb((int) (sum[0] / count), (int) (sum[1] / count), (int) (sum[2] / count));
        Files.write(TestFiles.output("pixels").resolve(film.slug() + ".png"), BatikTranscoder.png(
                PosterSvg.svg(film, layout, PosterSvg.Text.DRAWN), SIZE, SIZE));
        assertTrue(inkPixels >= MIN_INK_PIXELS, "only " + inkPixels + " text pixels in " + box);
        assertTrue(Contrast.ratio(ink, mean) >= Contrast.WCAG_AA, "contrast against mean " + mean.hex());
        assertTrue(worst >= Contrast.WCAG_AA, "worst contrast behind the text " + worst);
    }

    private static BufferedImage render(CatalogEntry film, PosterLayout layout, PosterSvg.Text text) {
        return TestFiles.image(BatikTranscoder.png(PosterSvg.svg(film, layout, text), SIZE, SIZE));
    }
}
