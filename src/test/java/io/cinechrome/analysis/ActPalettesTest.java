package io.cinechrome.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.analysis.decode.ProgressListener;
import io.cinechrome.analysis.decode.Sampling;
import io.cinechrome.catalog.Act;
import io.cinechrome.catalog.CatalogEntry;
import io.cinechrome.catalog.CatalogJson;
import io.cinechrome.catalog.Source;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.testing.TestVideos;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each act has its own palette: a film that turns from green to red shows it act by act. */
class ActPalettesTest {

    private static final Rgb GREEN = Rgb.parse("#2e8b3a");
    private static final Rgb RED = Rgb.parse("#c0392b");
    private static final Rgb NAVY = Rgb.parse("#1f3a93");
    private static final Rgb GOLD = Rgb.parse("#f1c40f");
    private static final double MAX_DELTA_E = 0.03;

    @TempDir
    Path dir;

    @Test
    void everyActHasThePaletteOfItsOwnColours() throws Exception {
        // Five acts of 4 s: green; green; green then red half and half; red; red with a navy quarter.
        Path film = TestVideos.video().size(64, 36).gop(25)
                .segment(GREEN, 10).segment(RED, 7).segment(NAVY, 1).segment(RED, 2)
                .write(dir.resolve("acts.mp4"));
        for (Sampling sampling : Sampling.values()) {
            FilmAnalysis analysis = new FilmAnalyzer(new AnalysisSettings(10, 4, 100, sampling))
                    .analyze(film, ProgressListener.NONE);
            List<Act> acts = analysis.acts();
            assertEquals(5, acts.size(), sampling + ": five acts by default");
            assertEquals(0, acts.get(0).fromSeconds(), 1e-9);
            assertEquals(analysis.durationSeconds(), acts.get(4).toSeconds(), 1e-9);
            assertShare(acts.get(0), GREEN, 1.0, sampling + " act 1");
            assertShare(acts.get(1), GREEN, 1.0, sampling + " act 2");
            assertShare(acts.get(2), GREEN, 0.5, sampling + " act 3");
            assertShare(acts.get(2), RED, 0.5, sampling + " act 3");
            assertShare(acts.get(3), RED, 1.0, sampling + " act 4");
            assertShare(acts.get(4), RED, 0.75, sampling + " act 5");
            assertShare(acts.get(4), NAVY, 0.25, sampling + " act 5");
            acts.forEach(act -> assertTrue(act.palette().size() <= AnalysisSettings.ACT_PALETTE_SIZE));
        }
    }

    @Test
    void actCountIsASetting() throws Exception {
        Path film = TestVideos.video().size(64, 36).gop(25).segment(GOLD, 3).segment(NAVY, 3)
                .write(dir.resolve("two.mp4"));
        FilmAnalysis analysis = new FilmAnalyzer(new AnalysisSettings(10, 4, 60, Sampling.FAST).withActs(2))
                .analyze(film, ProgressListener.NONE);
        assertEquals(2, analysis.acts().size());
        assertShare(analysis.acts().get(0), GOLD, 1.0, "act 1");
        assertShare(analysis.acts().get(1), NAVY, 1.0, "act 2");
    }

    @Test
    void actsSurviveTheCatalogue() throws Exception {
        List<Act> acts = List.of(new Act(0, 60, List.of(new Swatch(GREEN, 0.75), new Swatch(NAVY, 0.25))),
                new Act(60, 120, List.of(new Swatch(RED, 1))));
        CatalogEntry entry = new CatalogEntry("acts-2024", "Acts", OptionalInt.of(2024), Optional.empty(), 120,
                false, List.of(new Swatch(GREEN, 0.5), new Swatch(RED, 0.5)), List.of(GREEN, RED),
                new AnalysisSettings(10, 4, 2, Sampling.FAST).withActs(2),
                new Source("acts.mkv", 1, "2024-01-01T00:00:00Z", "sha256:00")).withActs(acts);
        CatalogEntry read = CatalogJson.read(CatalogJson.write(entry));
        assertEquals(acts, read.acts());
        assertEquals(2, read.settings().orElseThrow().acts());
    }

    private static void assertShare(Act act, Rgb colour, double share, String what) {
        Swatch match = act.palette().stream().min((x, y) -> Double.compare(distance(x.colour(), colour),
                distance(y.colour(), colour))).orElseThrow();
        assertTrue(distance(match.colour(), colour) <= MAX_DELTA_E, what + ": " + colour + " not in " + act.palette());
        assertEquals(share, match.share(), 0.06, what + ": share of " + colour + " in " + act.palette());
    }

    private static double distance(Rgb x, Rgb y) {
        return OkLab.of(x).distance(OkLab.of(y));
    }
}
