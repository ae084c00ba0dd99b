package io.cinechrome.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.colour.Rgb;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens poster SVGs in headless Chromium, as a visitor of the site would, with the fonts where the site puts them
 * ({@code site/fonts/}): the screenshot shows the poster, and the title has the width Batik gave it, which it only
 * has when the browser loaded the shipped font through {@code @font-face}. Screenshots go to
 * {@code target/test-output/render/chromium/}.
 */
class ChromiumScreenshotTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int SIZE = RenderSettings.DEFAULT_POSTER_SIZE;
    private static final long TIMEOUT_SECONDS = 90;
    private static final int MIN_DISTINCT_COLOURS = 50;
    private static final int INK_TOLERANCE = 40;
    /**
     * Batik and Chromium differ a little (kerning, hinting). A fallback font may have nearly the same width but
     * not the same thin strokes: Liberation Sans instead of Lato Light doubles the text pixels.
     */
    private static final double WIDTH_TOLERANCE = 0.04;
    private static final double INK_TOLERANCE_RATIO = 0.2;

    private static Path site;

    @BeforeAll
    static void renderSite() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: apt-get install chromium");
        site = TestFiles.output("chromium/site");
        RenderReport report = new PosterStage(RenderSettings.defaults())
                .renderAll(List.of(SampleFilms.sunset(), SampleFilms.spiritedAway()), site);
        assertTrue(report.ok(), report.toString());
        Path fonts = Files.createDirectories(site.resolve("fonts"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(TestFiles.projectDir().resolve("static/fonts"))) {
            for (Path file : files) {
                Files.copy(file, fonts.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void latinPosterLooksInChromiumAsInBatik() throws Exception {
        compare(SampleFilms.sunset());
    }

    @Test
    void cjkPosterLooksInChromiumAsInBatik() throws Exception {
        compare(SampleFilms.spiritedAway());
    }

    private static void compare(CatalogEntry film) throws Exception {
        Path svg = site.resolve(ImageFiles.posterSvg(film.slug()));
        BufferedImage chrome = screenshot(svg, TestFiles.output("chromium").resolve(film.slug() + ".png"));
        BufferedImage batik = ImageIO.read(site.resolve(ImageFiles.posterPng(film.slug())).toFile());
        assertEquals(SIZE, chrome.getWidth());
        assertTrue(distinctColours(chrome) >= MIN_DISTINCT_COLOURS, "the screenshot is blank");
        PosterLayout layout = new FilmImages(RenderSettings.defaults()).posterLayout(film, SIZE);
        TitleInk inBatik = titleInk(batik, layout);
        TitleInk inChrome = titleInk(chrome, layout);
        assertTrue(Math.abs(inBatik.width() - inChrome.width()) <= WIDTH_TOLERANCE * inBatik.width(),
                "title is " + inChrome + " in Chromium, " + inBatik + " in Batik: @font-face failed?");
        assertTrue(Math.abs(inBatik.pixels() - inChrome.pixels()) <= INK_TOLERANCE_RATIO * inBatik.pixels(),
                "title is " + inChrome + " in Chromium, " + inBatik + " in Batik: @font-face failed?");
    }

    private static BufferedImage screenshot(Path svg, Path png) throws Exception {
        Path profile = Files.createTempDirectory("cinechrome-chromium");
        Process process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + profile,
                "--screenshot=" + png, "--window-size=" + SIZE + "," + SIZE, svg.toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(TestFiles.output("chromium").resolve("chromium.log").toFile())
                .start();
        assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "Chromium did not finish");
        assertEquals(0, process.exitValue(), "Chromium failed, see chromium.log");
        return ImageIO.read(png.toFile());
    }

    /** The text-coloured pixels in the first title line's band: their horizontal extent and their number. */
    private static TitleInk titleInk(BufferedImage image, PosterLayout layout) {
        Rgb ink = layout.overlay().ink();
        int top = (int) (layout.titleBaseline() - layout.title().fontSize());
        int bottom = (int) layout.titleBaseline();
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int pixels = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (TestFiles.distance(TestFiles.pixel(image, x, y), ink) <= INK_TOLERANCE) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    pixels++;
                }
            }
        }
        assertTrue(right > left, "no title pixels found");
        return new TitleInk(right - left + 1, pixels);
    }

    private record TitleInk(int width, int pixels) {
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
