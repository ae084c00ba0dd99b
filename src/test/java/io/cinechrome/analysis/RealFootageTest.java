package io.cinechrome.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cinechrome.analysis.decode.ProgressListener;
import io.cinechrome.analysis.decode.Sampling;
import io.cinechrome.catalog.Swatch;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Real footage no generator made: {@code ../shared/media/cityCC0.mpg}; skipped where the clip is absent. */
class RealFootageTest {

    private static final Path CLIP = Path.of(System.getProperty("cinechrome.projectDir", "."))
            .resolve("../shared/media/cityCC0.mpg");

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
