package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.Contrast;
import io.cinechrome.colour.OkLab;
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

    /**
     * Indexed posters against the lossless drawing: the mean error, the share of pixels off by a just-noticeable
     * difference (ΔE_OK 0.02), and the largest error (a text edge, say).
     */
    private static final double MAX_MEAN_ERROR = 0.008;
    private static final double VISIBLE = 0.02;
    private static final double MAX_VISIBLE_SHARE = 0.01;
    private static final double MAX_ERROR = 0.08;
    private static final int COLOUR_TYPE_BYTE = 25;
    private static final int COLOUR_TYPE_INDEXED = 3;

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
                PosterSvg.svg(film, layout, PosterSvg.Text.DRAWN), SIZE, SIZE, true));
        assertTrue(inkPixels >= MIN_INK_PIXELS, "only " + inkPixels + " text pixels in " + box);
        assertTrue(Contrast.ratio(ink, mean) >= Contrast.WCAG_AA, "contrast against mean " + mean.hex());
        assertTrue(worst >= Contrast.WCAG_AA, "worst contrast behind the text " + worst);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("films")
    void theDefaultPngIsTheLosslessOneOrWithinAJustNoticeableDifference(CatalogEntry film) throws IOException {
        String svg = IMAGES.posterSvg(film, SIZE);
        byte[] indexed = BatikTranscoder.png(svg, SIZE, SIZE);
        assertArrayEquals(indexed, BatikTranscoder.png(svg, SIZE, SIZE, false), "the default is not lossless");
        byte[] lossless = BatikTranscoder.png(svg, SIZE, SIZE, true);
        if (indexed[COLOUR_TYPE_BYTE] != COLOUR_TYPE_INDEXED) {
            assertArrayEquals(lossless, indexed, "not indexed, so lossless");
            return;
        }
        BufferedImage exact = TestFiles.image(lossless);
        BufferedImage near = TestFiles.image(indexed);
        double sum = 0;
        double worst = 0;
        int visible = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double error = OkLab.of(TestFiles.pixel(exact, x, y)).distance(OkLab.of(TestFiles.pixel(near, x, y)));
                sum += error;
                worst = Math.max(worst, error);
                visible += error > VISIBLE ? 1 : 0;
            }
        }
        double mean = sum / SIZE / SIZE;
        double visibleShare = visible / (double) SIZE / SIZE;
        assertTrue(mean <= MAX_MEAN_ERROR && visibleShare <= MAX_VISIBLE_SHARE && worst <= MAX_ERROR,
                "mean ΔE_OK " + mean + ", over " + VISIBLE + ": " + visibleShare + ", largest " + worst);
        assertTrue(indexed.length < lossless.length, indexed.length + " bytes indexed, " + lossless.length + " lossless");
    }

    private static BufferedImage render(CatalogEntry film, PosterLayout layout, PosterSvg.Text text) {
        return TestFiles.image(BatikTranscoder.png(PosterSvg.svg(film, layout, text), SIZE, SIZE, true));
    }
}
