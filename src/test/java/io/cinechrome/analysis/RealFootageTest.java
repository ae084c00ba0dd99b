package io.cinechrome.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cinechrome.analysis.decode.ProgressListener;
import io.cinechrome.analysis.decode.Sampling;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.testing.StripeAgreement;
import io.cinechrome.testing.TestVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real footage no generator made: {@code ../shared/media/cityCC0.mpg}; skipped where the clip is absent. */
class RealFootageTest {

    private static final Path CLIP = Path.of(System.getProperty("cinechrome.projectDir", "."))
            .resolve("../shared/media/cityCC0.mpg");

    /** The clip played over and over for this long: three times. */
    private static final int LOOPED_SECONDS = 23;
    /** A 3-minute film's slice at the default 1,080 stripes. */
    private static final double SHORT_SLICE_SECONDS = 180.0 / AnalysisSettings.DEFAULT_STRIPES;
    /** A key frame at most every 10 s (and at cuts), as in films. */
    private static final int FILM_GOP = 250;

    /**
     * The street scene played three times over and encoded as films are (x264, B frames, key frames at cuts and
     * at most every 10 s), cut into slices as short as a 3-minute film's at the default stripe count: fast and
     * exact mode agree on at least 90 % of the stripes (within ΔE_OK 0.05): 128 of 138. Stripes made from
     * each frame's k-means clusters instead of its colour modes agreed on 75 % here (checked on the code before
     * them): the dominant cluster of a street scene changes from one frame to the next.
     */
    @Test
    void fastAndExactModeAgreeOnRealFootageEncodedAsFilmsAre(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(CLIP), "no shared media clip at " + CLIP);
        Path film = dir.resolve("street.mp4");
        TestVideos.loop(CLIP, film, LOOPED_SECONDS, 640, 360, FILM_GOP);
        int stripes = (int) Math.round(LOOPED_SECONDS / SHORT_SLICE_SECONDS);
        FilmAnalysis fast = new FilmAnalyzer(new AnalysisSettings(10, 4, stripes, Sampling.FAST))
                .analyze(film, ProgressListener.NONE);
        FilmAnalysis exact = new FilmAnalyzer(new AnalysisSettings(10, 4, stripes, Sampling.EXACT))
                .analyze(film, ProgressListener.NONE);
        assertTrue(fast.framesSampled() < exact.framesSampled(), "fast mode keeps fewer frames");
        double agreement = StripeAgreement.of(fast.stripes(), exact.stripes());
        assertTrue(agreement >= 0.9, "agreement " + agreement);
    }

    @Test
    void streetSceneGetsAPlausiblePaletteAndStripesInBothModes() throws Exception {
        assumeTrue(Files.isRegularFile(CLIP), "no shared media clip at " + CLIP);
        for (Sampling sampling : Sampling.values()) {
            AnalysisSettings settings = new AnalysisSettings(10, 4, 60, sampling);
            FilmAnalysis analysis = new FilmAnalyzer(settings).analyze(CLIP, ProgressListener.NONE);
            assertEquals(7.6, analysis.durationSeconds(), 0.2);
            assertFalse(analysis.blackAndWhite());
            assertTrue(analysis.palette().size() >= 4 && analysis.palette().size() <= 10, analysis.palette()::toString);
            assertEquals(1.0, analysis.palette().stream().mapToDouble(Swatch::share).sum(), 1e-9);
            for (int i = 1; i < analysis.palette().size(); i++) {
                assertTrue(analysis.palette().get(i - 1).share() >= analysis.palette().get(i).share());
            }
            assertEquals(60, analysis.stripes().size());
            assertEquals(analysis, new FilmAnalyzer(settings).analyze(CLIP, ProgressListener.NONE));
        }
    }
}
