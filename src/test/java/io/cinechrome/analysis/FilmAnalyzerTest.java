package io.cinechrome.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.analysis.decode.ProgressListener;
import io.cinechrome.analysis.decode.Sampling;
import io.cinechrome.analysis.decode.VideoException;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.testing.TestVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilmAnalyzerTest {

    private static final double MAX_DELTA_E = 0.03;
    private static final double SHARE_TOLERANCE = 0.04;
    private static final Rgb CRIMSON = Rgb.parse("#c0392b");
    private static final Rgb TEAL = Rgb.parse("#16a085");
    private static final Rgb NAVY = Rgb.parse("#1f3a93");
    private static final Rgb GOLD = Rgb.parse("#f1c40f");

    @TempDir
    static Path dir;
    static Path threeColours;

    @BeforeAll
    static void makeVideos() throws Exception {
        threeColours = TestVideos.video().segment(CRIMSON, 4).segment(TEAL, 2).segment(NAVY, 2)
                .write(dir.resolve("three.mp4"));
    }

    private static FilmAnalysis analyze(Path file, Sampling sampling, int stripes) throws VideoException {
        AnalysisSettings settings = new AnalysisSettings(10, 4, stripes, sampling);
        return new FilmAnalyzer(settings).analyze(file, ProgressListener.NONE);
    }

    @Test
    void paletteHoldsEachTrueColourWithItsShareOfTheDuration() throws Exception {
        FilmAnalysis analysis = analyze(threeColours, Sampling.EXACT, 40);
        assertEquals(8.0, analysis.durationSeconds(), 0.1);
        assertFalse(analysis.blackAndWhite());
        assertEquals(3, analysis.palette().size(), () -> "palette " + analysis.palette());
        assertShare(analysis.palette(), CRIMSON, 0.5);
        assertShare(analysis.palette(), TEAL, 0.25);
        assertShare(analysis.palette(), NAVY, 0.25);
        assertEquals(1.0, analysis.palette().stream().mapToDouble(Swatch::share).sum(), 1e-9);
        assertTrue(analysis.palette().get(0).share() >= analysis.palette().get(1).share());
    }

    @Test
    void stripesFollowTheSegmentsInOrder() throws Exception {
        FilmAnalysis analysis = analyze(threeColours, Sampling.EXACT, 8);
        List<Rgb> expected = List.of(CRIMSON, CRIMSON, CRIMSON, CRIMSON, TEAL, TEAL, NAVY, NAVY);
        assertEquals(8, analysis.stripes().size());
        for (int i = 0; i < expected.size(); i++) {
            assertClose(expected.get(i), analysis.stripes().get(i), "stripe " + i);
        }
    }

    @Test
    void letterboxAndPillarboxBarsAreNotPartOfThePalette() throws Exception {
        Path letterboxed = TestVideos.video().letterbox(40).segment(GOLD, 3).segment(NAVY, 3)
                .write(dir.resolve("letterbox.mp4"));
        Path pillarboxed = TestVideos.video().pillarbox(50).segment(TEAL, 3).segment(CRIMSON, 3)
                .write(dir.resolve("pillarbox.mp4"));
        for (Path file : List.of(letterboxed, pillarboxed)) {
            FilmAnalysis analysis = analyze(file, Sampling.EXACT, 12);
            assertEquals(2, analysis.palette().size(), () -> file + " palette " + analysis.palette());
            for (Swatch swatch : analysis.palette()) {
                assertTrue(OkLab.of(swatch.colour()).l() > 0.3, () -> "dark bar colour in " + analysis.palette());
                assertEquals(0.5, swatch.share(), SHARE_TOLERANCE);
            }
        }
    }

    @Test
    void greyscaleFilmIsBlackAndWhiteWithGreysDarkToLight() throws Exception {
        Path grey = TestVideos.video().segment("#202020", 2).segment("#606060", 2).segment("#a0a0a0", 2)
                .segment("#e0e0e0", 2).segment("#404040", 2).write(dir.resolve("grey.mp4"));
        FilmAnalysis analysis = analyze(grey, Sampling.EXACT, 10);
        assertTrue(analysis.blackAndWhite());
        assertEquals(4, analysis.palette().size(), () -> "palette " + analysis.palette());
        double previous = -1;
        for (Swatch swatch : analysis.palette()) {
            Rgb c = swatch.colour();
            assertTrue(c.red() == c.green() && c.green() == c.blue(), "grey " + c);
            assertTrue(c.red() > previous, "dark to light: " + analysis.palette());
            previous = c.red();
        }
        analysis.stripes().forEach(c -> assertTrue(c.red() == c.green() && c.green() == c.blue()));
    }

    @Test
    void colourFilmWithGreyPassagesIsNotBlackAndWhite() throws Exception {
        Path mostlyGrey = TestVideos.video().segment("#808080", 5).segment(CRIMSON, 1)
                .write(dir.resolve("mostly-grey.mp4"));
        assertFalse(analyze(mostlyGrey, Sampling.EXACT, 10).blackAndWhite());
    }

    @Test
    void veryShortFilmStillGetsEveryStripe() throws Exception {
        Path tiny = TestVideos.video().segment(GOLD, 0.2).segment(TEAL, 0.2).write(dir.resolve("tiny.mp4"));
        FilmAnalysis analysis = analyze(tiny, Sampling.FAST, 240);
        assertEquals(240, analysis.stripes().size());
        assertClose(GOLD, analysis.stripes().get(0), "first stripe");
        assertClose(TEAL, analysis.stripes().get(239), "last stripe");
    }

    @Test
    void fastModeKeepsAFrameInEveryStripeAndFindsTheSameColours() throws Exception {
        TestVideos video = TestVideos.video().gop(25);
        for (int i = 0; i < 8; i++) {
            video.segment(i % 2 == 0 ? CRIMSON : NAVY, 5);
        }
        Path file = video.write(dir.resolve("keyframes.mp4"));
        FilmAnalysis fast = analyze(file, Sampling.FAST, 40);
        assertEquals(40, fast.framesSampled(), "the key frame of each stripe");
        assertShare(fast.palette(), CRIMSON, 0.5);
        assertShare(fast.palette(), NAVY, 0.5);
        assertClose(CRIMSON, fast.stripes().get(2), "stripe 2");
        assertClose(NAVY, fast.stripes().get(7), "stripe 7");
    }

    @Test
    void fastModeDecodesOneKeyFramePerStripeOfALongFilmInsteadOfEveryKeyFrame() throws Exception {
        for (String container : List.of("mp4", "matroska")) {
            Path file = TestVideos.video().size(64, 36).gop(25).codec("mpeg4", container)
                    .segment(CRIMSON, 30).segment(NAVY, 30).segment(TEAL, 30)
                    .write(dir.resolve("long." + container));
            int[] decoded = new int[1];
            AnalysisSettings settings = new AnalysisSettings(10, 4, 9, Sampling.FAST);
            FilmAnalysis fast = new FilmAnalyzer(settings).analyze(file, (n, at, duration) -> decoded[0] = n);
            assertEquals(9, decoded[0], container + ": 90 key frames, one decoded per stripe");
            assertEquals(9, fast.framesSampled(), container + ": one key frame in each of the 9 stripes");
            assertEquals(90, fast.durationSeconds(), 0.5);
            List<Rgb> expected = List.of(CRIMSON, CRIMSON, CRIMSON, NAVY, NAVY, NAVY, TEAL, TEAL, TEAL);
            for (int i = 0; i < expected.size(); i++) {
                assertClose(expected.get(i), fast.stripes().get(i), container + " stripe " + i);
            }
            for (Rgb colour : List.of(CRIMSON, NAVY, TEAL)) {
                assertShare(fast.palette(), colour, 1 / 3.0);
            }
        }
    }

    @Test
    void fastModeDecodesNothingButAKeyFrameInEveryStripeThatHasOne() throws Exception {
        Path file = TestVideos.video().size(64, 36).gop(50).codec("mpeg4", "mp4")
                .segment(GOLD, 30).segment(NAVY, 30).write(dir.resolve("sparse-keys.mp4"));
        int[] decoded = new int[1];
        FilmAnalysis fast = new FilmAnalyzer(new AnalysisSettings(10, 4, 30, Sampling.FAST))
                .analyze(file, (n, at, duration) -> decoded[0] = n);
        assertEquals(30, fast.framesSampled(), "a key frame every 2 s, stripes of 2 s");
        assertEquals(30, decoded[0], "one key frame decoded per stripe, nothing else");
        assertShare(fast.palette(), GOLD, 0.5);
        assertShare(fast.palette(), NAVY, 0.5);
    }

    @Test
    void sameFileAndSettingsGiveTheSameAnalysis() throws Exception {
        assertEquals(analyze(threeColours, Sampling.FAST, 30), analyze(threeColours, Sampling.FAST, 30));
        assertEquals(analyze(threeColours, Sampling.EXACT, 30), analyze(threeColours, Sampling.EXACT, 30));
    }

    @Test
    void garbageFileIsReportedWithItsName() throws Exception {
        Path garbage = dir.resolve("Garbage (2001).mkv");
        Files.write(garbage, "this is not a video at all".repeat(100).getBytes());
        VideoException e = assertThrows(VideoException.class, () -> analyze(garbage, Sampling.FAST, 10));
        assertTrue(e.getMessage().contains("Garbage (2001).mkv"), e.getMessage());
    }

    @Test
    void truncatedFileIsReportedOrAnalysedUpToWhereItBreaks() throws Exception {
        byte[] whole = Files.readAllBytes(threeColours);
        Path truncated = dir.resolve("truncated.mp4");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 3));
        VideoException e = assertThrows(VideoException.class, () -> analyze(truncated, Sampling.EXACT, 10));
        assertTrue(e.getMessage().contains("truncated.mp4"), e.getMessage());
    }

    private static void assertShare(List<Swatch> palette, Rgb expected, double share) {
        Swatch match = palette.stream()
                .min((x, y) -> Double.compare(distance(x.colour(), expected), distance(y.colour(), expected)))
                .orElseThrow();
        assertTrue(distance(match.colour(), expected) <= MAX_DELTA_E,
                () -> expected + " not in palette " + palette);
        assertEquals(share, match.share(), SHARE_TOLERANCE, () -> "share of " + expected + " in " + palette);
    }

    private static void assertClose(Rgb expected, Rgb actual, String what) {
        assertTrue(distance(expected, actual) <= MAX_DELTA_E, () -> what + ": expected " + expected + " was " + actual);
    }

    private static double distance(Rgb x, Rgb y) {
        return OkLab.of(x).distance(OkLab.of(y));
    }
}
