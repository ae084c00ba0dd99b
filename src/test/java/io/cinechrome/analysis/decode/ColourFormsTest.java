package io.cinechrome.analysis.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.FilmAnalysis;
import io.cinechrome.analysis.FilmAnalyzer;
import io.cinechrome.catalog.Swatch;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.testing.ColourFilms;
import io.cinechrome.testing.ColourFilms.Form;
import io.cinechrome.testing.ColourFilms.Transfer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seven-colour film encoded the way real films are (H.264 and 10-bit HEVC, BT.601/BT.709/BT.2020, limited
 * and full range, tagged and untagged, SDR, PQ and HLG) gives back its true colours and their shares.
 */
class ColourFormsTest {

    private static final double SDR_DELTA_E = 0.02;
    private static final double HDR_DELTA_E = 0.03;
    private static final double SHARE_POINTS = 0.03;
    private static final double SECONDS = 10;
    /** 120 slots: every frame of the 10 s film at 10 frames per second is sampled. */
    private static final int STRIPES = 40;
    private static final double BT601_KR = 0.299;
    private static final double BT601_KB = 0.114;
    private static final double BT709_KR = 0.2126;
    private static final double BT709_KB = 0.0722;
    private static final double BT2020_KR = 0.2627;
    private static final double BT2020_KB = 0.0593;
    private static final Map<String, String> BT709_TAGS = Map.of("colorspace", "bt709", "color_primaries", "bt709",
            "color_trc", "bt709", "color_range", "tv");
    private static final String MASTERING = "master-display=G(13250,34500)B(7500,3000)R(34000,16000)"
            + "WP(15635,16450)L(10000000,1):max-cll=1000,400";

    @TempDir
    static Path dir;

    @Test
    void bt709TaggedHd() throws Exception {
        Form form = new Form("BT.709 tagged 1280x720 H.264", 1280, 720, 1, "libx264", "mp4", 8, BT709_KR, BT709_KB,
                false, false, Transfer.SDR, BT709_TAGS);
        assertTrueColours(form, SDR_DELTA_E, VideoColour.Matrix.BT709, VideoColour.Range.LIMITED, true);
    }

    @Test
    void untaggedHdIsReadAsBt709() throws Exception {
        Form form = new Form("untagged 1280x720 H.264, BT.709 matrix", 1280, 720, 1, "libx264", "matroska", 8,
                BT709_KR, BT709_KB, false, false, Transfer.SDR, Map.of());
        assertTrueColours(form, SDR_DELTA_E, VideoColour.Matrix.BT709, VideoColour.Range.LIMITED, false);
    }

    @Test
    void untaggedAnamorphicSdIsReadAsBt601AndKeepsShares() throws Exception {
        Form form = new Form("untagged 720x576 SAR 64:45 H.264, BT.601 matrix", 720, 576, 64 / 45.0, "libx264",
                "matroska", 8, BT601_KR, BT601_KB, false, false, Transfer.SDR, Map.of());
        assertTrueColours(form, SDR_DELTA_E, VideoColour.Matrix.BT601, VideoColour.Range.LIMITED, false);
    }

    @Test
    void fullRangeTagged() throws Exception {
        Form form = new Form("full range BT.709 tagged 1280x720 H.264", 1280, 720, 1, "libx264", "mp4", 8, BT709_KR,
                BT709_KB, true, false, Transfer.SDR, Map.of("colorspace", "bt709", "color_primaries", "bt709",
                        "color_trc", "bt709", "color_range", "pc"));
        assertTrueColours(form, SDR_DELTA_E, VideoColour.Matrix.BT709, VideoColour.Range.FULL, true);
    }

    @Test
    void hdr10PqIsToneMapped() throws Exception {
        Form form = new Form("HDR10 PQ 10-bit HEVC 1280x720", 1280, 720, 1, "libx265", "mp4", 10, BT2020_KR,
                BT2020_KB, false, true, Transfer.PQ, Map.of("colorspace", "bt2020nc", "color_primaries", "bt2020",
                        "color_trc", "smpte2084", "color_range", "tv", "x265-params",
                        "log-level=error:hdr10=1:colorprim=bt2020:transfer=smpte2084:colormatrix=bt2020nc:"
                                + MASTERING));
        FilmAnalysis analysis = assertTrueColours(form, HDR_DELTA_E, VideoColour.Matrix.BT2020NC,
                VideoColour.Range.LIMITED, true);
        assertEquals(VideoColour.Transfer.PQ, analysis.colour().transfer());
        assertEquals(VideoColour.Primaries.BT2020, analysis.colour().primaries());
        assertTrue(analysis.colour().toneMapped());
    }

    @Test
    void hlgIsToneMapped() throws Exception {
        Form form = new Form("HLG 10-bit HEVC 1280x720", 1280, 720, 1, "libx265", "mp4", 10, BT2020_KR, BT2020_KB,
                false, true, Transfer.HLG, Map.of("colorspace", "bt2020nc", "color_primaries", "bt2020",
                        "color_trc", "arib-std-b67", "color_range", "tv", "x265-params",
                        "log-level=error:colorprim=bt2020:transfer=arib-std-b67:colormatrix=bt2020nc"));
        FilmAnalysis analysis = assertTrueColours(form, HDR_DELTA_E, VideoColour.Matrix.BT2020NC,
                VideoColour.Range.LIMITED, true);
        assertEquals(VideoColour.Transfer.HLG, analysis.colour().transfer());
        assertTrue(analysis.colour().toneMapped());
    }

    private static FilmAnalysis assertTrueColours(Form form, double maxDeltaE, VideoColour.Matrix matrix,
            VideoColour.Range range, boolean tagged) throws Exception {
        Path file = ColourFilms.write(form, dir.resolve(form.name().replaceAll("[^A-Za-z0-9]+", "-")
                + ("mp4".equals(form.container()) ? ".mp4" : ".mkv")), SECONDS);
        FilmAnalysis analysis = new FilmAnalyzer(new AnalysisSettings(10, 4, STRIPES, Sampling.EXACT))
                .analyze(file, ProgressListener.NONE);
        assertEquals(matrix, analysis.colour().matrix(), form.name());
        assertEquals(range, analysis.colour().range(), form.name());
        assertEquals(tagged, analysis.colour().tagged(), form.name());
        double worstDeltaE = 0;
        double worstShare = 0;
        for (int i = 0; i < ColourFilms.COLOURS.size(); i++) {
            Rgb truth = ColourFilms.COLOURS.get(i);
            Swatch nearest = analysis.palette().stream()
                    .min((x, y) -> Double.compare(distance(x.colour(), truth), distance(y.colour(), truth)))
                    .orElseThrow();
            double deltaE = distance(nearest.colour(), truth);
            double shareError = Math.abs(nearest.share() - ColourFilms.share(i));
            worstDeltaE = Math.max(worstDeltaE, deltaE);
            worstShare = Math.max(worstShare, shareError);
            String what = form.name() + ": " + truth + " read as " + nearest + " in " + analysis.palette();
            assertTrue(deltaE <= maxDeltaE, () -> what + ", ΔE_OK " + deltaE);
            assertEquals(ColourFilms.share(i), nearest.share(), SHARE_POINTS, what);
        }
        System.out.printf(Locale.ROOT, "colour form | %s | %s | ΔE_OK %.4f | share %.1f points%n", form.name(),
                analysis.colour(), worstDeltaE, worstShare * 100);
        return analysis;
    }

    private static double distance(Rgb x, Rgb y) {
        return OkLab.of(x).distance(OkLab.of(y));
    }
}
