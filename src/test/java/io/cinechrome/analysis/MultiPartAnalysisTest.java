package io.cinechrome.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.analysis.decode.ProgressListener;
import io.cinechrome.analysis.decode.Sampling;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.testing.TestVideos;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A film in two files (CD1, CD2) is analysed as one continuous film. */
class MultiPartAnalysisTest {

    private static final double MAX_DELTA_E = 0.03;
    private static final double SHARE_TOLERANCE = 0.04;
    private static final Rgb CRIMSON = Rgb.parse("#c0392b");
    private static final Rgb TEAL = Rgb.parse("#16a085");
    private static final Rgb NAVY = Rgb.parse("#1f3a93");

    @TempDir
    static Path dir;
    static Path cd1;
    static Path cd2;
    static Path whole;

    @BeforeAll
    static void makeVideos() throws Exception {
        cd1 = TestVideos.video().segment(CRIMSON, 4).write(dir.resolve("Film.cd1.mp4"));
        cd2 = TestVideos.video().segment(TEAL, 2).segment(NAVY, 2).write(dir.resolve("Film.cd2.mp4"));
        whole = TestVideos.video().segment(CRIMSON, 4).segment(TEAL, 2).segment(NAVY, 2)
                .write(dir.resolve("Film.mp4"));
    }

    @Test
    void twoPartsGiveTheDurationPaletteAndStripesOfTheWholeFilm() throws Exception {
        for (Sampling sampling : Sampling.values()) {
            AnalysisSettings settings = new AnalysisSettings(10, 4, 8, sampling);
            FilmAnalysis parts = new FilmAnalyzer(settings).analyze(List.of(cd1, cd2), ProgressListener.NONE);
            FilmAnalysis one = new FilmAnalyzer(settings).analyze(whole, ProgressListener.NONE);
            assertEquals(8.0, parts.durationSeconds(), 0.1, sampling + " duration is the sum");
            assertEquals(one.durationSeconds(), parts.durationSeconds(), 0.1);
            assertShare(parts.palette(), CRIMSON, 0.5, sampling);
            assertShare(parts.palette(), TEAL, 0.25, sampling);
            assertShare(parts.palette(), NAVY, 0.25, sampling);
            List<Rgb> expected = List.of(CRIMSON, CRIMSON, CRIMSON, CRIMSON, TEAL, TEAL, NAVY, NAVY);
            for (int i = 0; i < expected.size(); i++) {
                assertClose(expected.get(i), parts.stripes().get(i), sampling + " stripe " + i);
                assertClose(one.stripes().get(i), parts.stripes().get(i), sampling + " stripe " + i + " as the whole");
            }
        }
    }

    @Test
    void partsPlayInTheOrderGiven() throws Exception {
        AnalysisSettings settings = new AnalysisSettings(10, 4, 8, Sampling.EXACT);
        FilmAnalysis reversed = new FilmAnalyzer(settings).analyze(List.of(cd2, cd1), ProgressListener.NONE);
        assertClose(TEAL, reversed.stripes().get(0), "first stripe");
        assertClose(CRIMSON, reversed.stripes().get(7), "last stripe");
    }

    @Test
    void progressRunsOverTheWholeFilm() throws Exception {
        double[] last = new double[2];
        new FilmAnalyzer(new AnalysisSettings(10, 4, 8, Sampling.EXACT)).analyze(List.of(cd1, cd2),
                (decoded, seconds, duration) -> {
                    last[0] = Math.max(last[0], seconds);
                    last[1] = duration;
                });
        assertEquals(8.0, last[0], 0.2);
        assertEquals(8.0, last[1], 0.2);
    }

    private static void assertShare(List<Swatch> palette, Rgb expected, double share, Sampling sampling) {
        Swatch match = palette.stream()
                .min((x, y) -> Double.compare(distance(x.colour(), expected), distance(y.colour(), expected)))
                .orElseThrow();
        assertTrue(distance(match.colour(), expected) <= MAX_DELTA_E,
                () -> sampling + ": " + expected + " not in palette " + palette);
        assertEquals(share, match.share(), SHARE_TOLERANCE, () -> sampling + ": share of " + expected + " in " + palette);
    }

    private static void assertClose(Rgb expected, Rgb actual, String what) {
        assertTrue(distance(expected, actual) <= MAX_DELTA_E, () -> what + ": expected " + expected + " was " + actual);
    }

    private static double distance(Rgb x, Rgb y) {
        return OkLab.of(x).distance(OkLab.of(y));
    }
}
