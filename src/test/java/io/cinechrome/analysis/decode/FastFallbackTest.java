package io.cinechrome.analysis.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.FilmAnalysis;
import io.cinechrome.analysis.FilmAnalyzer;
import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An old Cinepak AVI (the codec of classic sample clips) whose key frames fast sampling cannot read: the
 * analysis falls back to decoding every frame instead of failing.
 */
class FastFallbackTest {

    private static final Rgb CRIMSON = Rgb.parse("#c0392b");
    private static final Rgb NAVY = Rgb.parse("#1f3a93");
    private static final double MAX_DELTA_E = 0.06;
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int FPS = 10;
    private static final int SECONDS_PER_COLOUR = 4;

    @TempDir
    static Path dir;
    static Path cinepak;

    @BeforeAll
    static void makeVideo() throws Exception {
        cinepak = dir.resolve("Cinepak sample.avi");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(cinepak.toFile(), WIDTH, HEIGHT, 0)) {
            recorder.setFormat("avi");
            recorder.setVideoCodecName("cinepak");
            recorder.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            recorder.setFrameRate(FPS);
            recorder.start();
            for (Rgb colour : new Rgb[] {CRIMSON, NAVY}) {
                Frame frame = solid(colour);
                for (int i = 0; i < FPS * SECONDS_PER_COLOUR; i++) {
                    recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
                }
            }
            recorder.stop();
        }
    }

    private static Frame solid(Rgb colour) {
        Frame frame = new Frame(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 3);
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int at = y * frame.imageStride + x * 3;
                buffer.put(at, (byte) colour.red()).put(at + 1, (byte) colour.green()).put(at + 2, (byte) colour.blue());
            }
        }
        return frame;
    }

    /** The original failure: the clip's key frames alone give (almost) nothing to sample. */
    @Test
    void keyFramesAloneGiveTooLittleInTheCinepakClip() {
        int frames = 0;
        try (FfmpegVideo video = FfmpegVideo.open(cinepak, true)) {
            while (video.next().isPresent()) {
                frames++;
            }
        } catch (VideoException e) {
            frames = 0;
        }
        System.out.println("Cinepak clip: key frames alone give " + frames + " frames for 24 stripes");
        assertTrue(frames < Math.ceil(24 * Reel.MIN_FAST_STRIPE_SHARE), "key frames gave " + frames + " frames");
    }

    @Test
    void fastModeStillFindsTheColours() throws Exception {
        FilmAnalysis analysis = new FilmAnalyzer(new AnalysisSettings(10, 4, 24, Sampling.FAST))
                .analyze(cinepak, ProgressListener.NONE);
        assertEquals(2.0 * SECONDS_PER_COLOUR, analysis.durationSeconds(), 0.2);
        assertTrue(analysis.framesSampled() >= 24, "frames " + analysis.framesSampled());
        assertClose(CRIMSON, analysis.stripes().get(2), "stripe 2");
        assertClose(NAVY, analysis.stripes().get(20), "stripe 20");
        FilmAnalysis exact = new FilmAnalyzer(new AnalysisSettings(10, 4, 24, Sampling.EXACT))
                .analyze(cinepak, ProgressListener.NONE);
        assertEquals(exact.stripes(), analysis.stripes(), "the same as --sampling exact");
    }

    private static void assertClose(Rgb expected, Rgb actual, String what) {
        double distance = OkLab.of(expected).distance(OkLab.of(actual));
        assertTrue(distance <= MAX_DELTA_E, () -> what + ": expected " + expected + " was " + actual);
    }
}
