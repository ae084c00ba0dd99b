package io.cinechrome.analysis.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.FilmAnalysis;
import io.cinechrome.analysis.FilmAnalyzer;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import io.cinechrome.testing.StripeAgreement;
import io.cinechrome.testing.TestVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fast sampling puts a frame inside every stripe's time slice even where key frames are far sparser than
 * stripes, by decoding forward from the key frame before a stripe (B frames skipped).
 */
class FastSamplingTest {

    private static final int STRIPES = 48;
    private static final int SECONDS_PER_STRIPE = 1;
    private static final int FPS = 25;
    /** A key frame every 10 s: ten stripes per key frame. */
    private static final int GOP = 250;
    private static final double MAX_DELTA_E = 0.03;
    private static final double MILLIS = 1000;
    private static final Path REAL_FOOTAGE = Path.of("../shared/media/cityCC0.mpg");

    @TempDir
    Path dir;

    /** A distinct colour for every stripe: the hue turns by a large step each slice. */
    private static List<Rgb> colours() {
        List<Rgb> colours = new ArrayList<>();
        for (int i = 0; i < STRIPES; i++) {
            double hue = Math.toRadians(i * 137.5);
            double lightness = 0.55 + 0.15 * (i % 3) / 2;
            colours.add(new OkLab(lightness, 0.12 * Math.cos(hue), 0.12 * Math.sin(hue)).toRgb());
        }
        return colours;
    }

    private Path sparseKeyFrameFilm(String container, String extension) throws Exception {
        return sparseKeyFrameFilm(TestVideos.video().codec("mpeg4", container).option("bf", "2")
                .option("sc_threshold", "1000000000"), "sparse." + extension);
    }

    private Path sparseKeyFrameFilm(TestVideos video, String name) throws Exception {
        video.size(64, 36).frameRate(FPS).gop(GOP);
        for (Rgb colour : colours()) {
            video.segment(colour, SECONDS_PER_STRIPE);
        }
        return video.write(dir.resolve(name));
    }

    private static FilmAnalysis analyze(Path file, Sampling sampling, int[] decoded) throws VideoException {
        return new FilmAnalyzer(new AnalysisSettings(10, 4, STRIPES, sampling))
                .analyze(file, (n, at, duration) -> decoded[0] = n);
    }

    @Test
    void fastModeFollowsAColourThatChangesEveryStripeBetweenSparseKeyFrames() throws Exception {
        List<Rgb> expected = colours();
        for (String[] kind : List.of(new String[] {"mp4", "mp4"}, new String[] {"matroska", "mkv"},
                new String[] {"mpegts", "ts"})) {
            Path film = sparseKeyFrameFilm(kind[0], kind[1]);
            int[] fastDecoded = new int[1];
            FilmAnalysis fast = analyze(film, Sampling.FAST, fastDecoded);
            int[] exactDecoded = new int[1];
            FilmAnalysis exact = analyze(film, Sampling.EXACT, exactDecoded);
            assertEquals(STRIPES, fast.stripes().size());
            for (int i = 0; i < STRIPES; i++) {
                Rgb stripe = fast.stripes().get(i);
                double distance = OkLab.of(expected.get(i)).distance(OkLab.of(stripe));
                assertTrue(distance <= MAX_DELTA_E,
                        kind[0] + " stripe " + i + ": expected " + expected.get(i) + ", was " + stripe);
            }
            assertTrue(StripeAgreement.of(fast.stripes(), exact.stripes()) >= 0.9, kind[0] + " agreement");
            assertTrue(fastDecoded[0] < exactDecoded[0] / 2,
                    kind[0] + ": fast decoded " + fastDecoded[0] + " of " + exactDecoded[0] + " frames");
        }
    }

    /** H.264 as x264 makes it by default: three B frames in a row, the middle one a reference (B pyramid). */
    @Test
    void fastModeFollowsAColourThatChangesEveryStripeInH264WithReferenceBFrames() throws Exception {
        Path film = sparseKeyFrameFilm(TestVideos.video().codec("libx264", "mp4").option("bf", "3")
                .option("x264-params", "scenecut=0:b-pyramid=normal:b-adapt=0"), "pyramid.mp4");
        int[] fastDecoded = new int[1];
        FilmAnalysis fast = analyze(film, Sampling.FAST, fastDecoded);
        FilmAnalysis exact = analyze(film, Sampling.EXACT, new int[1]);
        List<Rgb> expected = colours();
        for (int i = 0; i < STRIPES; i++) {
            double distance = OkLab.of(expected.get(i)).distance(OkLab.of(fast.stripes().get(i)));
            assertTrue(distance <= MAX_DELTA_E, "stripe " + i + ": expected " + expected.get(i) + ", was "
                    + fast.stripes().get(i));
        }
        assertTrue(StripeAgreement.of(fast.stripes(), exact.stripes()) >= 0.9, "agreement");
        int referenceFrames = STRIPES * SECONDS_PER_STRIPE * FPS / 2;
        assertTrue(fastDecoded[0] <= referenceFrames, "at most the I, P and reference B frames, was "
                + fastDecoded[0]);
    }

    /**
     * Fast mode decodes the B frames other frames refer to (x264's B pyramid): without them the P frames after
     * them come out wrong, and more so the further from the key frame on moving, textured footage.
     */
    @Test
    void fastModeFramesAreExactlyThoseOfAFullDecodeOnMovingFootageWithReferenceBFrames() throws Exception {
        Path film = TexturedFilm.write(dir.resolve("textured.mp4"), FPS, GOP);
        Map<Long, byte[]> full = new HashMap<>();
        try (FfmpegVideo video = FfmpegVideo.open(film, false)) {
            for (Optional<DecodedFrame> frame = video.next(); frame.isPresent(); frame = video.next()) {
                full.put(Math.round(frame.get().seconds() * MILLIS), frame.get().rgb());
            }
        }
        List<DecodedFrame> fast = new FrameSampler(ProgressListener.NONE).sample(film, Sampling.FAST, 20).frames();
        assertTrue(fast.size() >= 20, "a frame in every stripe, was " + fast.size());
        for (DecodedFrame frame : fast) {
            byte[] expected = full.get(Math.round(frame.seconds() * MILLIS));
            assertTrue(expected != null, "no frame at " + frame.seconds() + " s in a full decode");
            assertArrayEquals(expected, frame.rgb(), "frame at " + frame.seconds() + " s");
        }
    }

    @Test
    void fastModeReadsForwardInsteadOfSeekingBackForShortStripes() throws Exception {
        Path film = sparseKeyFrameFilm("mp4", "mp4");
        int[] decoded = new int[1];
        FilmAnalysis fast = new FilmAnalyzer(new AnalysisSettings(10, 4, STRIPES * 4, Sampling.FAST))
                .analyze(film, (n, at, duration) -> decoded[0] = n);
        assertEquals(STRIPES * 4, fast.stripes().size());
        int referenceFrames = STRIPES * SECONDS_PER_STRIPE * FPS / 3;
        assertTrue(decoded[0] <= referenceFrames + 5, "at most every I and P frame once, was " + decoded[0]);
        assertTrue(fast.framesSampled() >= STRIPES * 4, "a frame in every stripe, was " + fast.framesSampled());
    }

    @Test
    void fastModeAgreesWithExactOnRealFootage() throws Exception {
        assumeTrue(Files.isRegularFile(REAL_FOOTAGE), "no real footage in ../shared/media");
        AnalysisSettings fast = new AnalysisSettings(10, 4, AnalysisSettings.DEFAULT_STRIPES, Sampling.FAST);
        AnalysisSettings exact = new AnalysisSettings(10, 4, AnalysisSettings.DEFAULT_STRIPES, Sampling.EXACT);
        double agreement = StripeAgreement.of(
                new FilmAnalyzer(fast).analyze(REAL_FOOTAGE, ProgressListener.NONE).stripes(),
                new FilmAnalyzer(exact).analyze(REAL_FOOTAGE, ProgressListener.NONE).stripes());
        assertTrue(agreement >= 0.9, "agreement " + agreement);
    }
}
