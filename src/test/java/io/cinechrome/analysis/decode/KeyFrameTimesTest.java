package io.cinechrome.analysis.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinechrome.testing.TestVideos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key frame times come from the container's index, which holds decoding times: with B frames they run ahead of
 * the pictures by the reorder delay, and a seek to such a time would land a whole group of pictures early.
 */
class KeyFrameTimesTest {

    private static final int FPS = 25;
    private static final int SECONDS = 6;
    private static final double TOLERANCE = 0.001;

    @TempDir
    Path dir;

    @Test
    void keyFrameTimesAreWhenThePicturesShowAndASeekLandsOnThem() throws Exception {
        TestVideos video = TestVideos.video().size(64, 36).frameRate(FPS).gop(FPS).codec("mpeg4", "mp4")
                .option("bf", "2").option("sc_threshold", "1000000000");
        for (int second = 0; second < SECONDS; second++) {
            video.segment(second % 2 == 0 ? "#c03020" : "#2040c0", 1);
        }
        Path film = video.write(dir.resolve("b-frames.mp4"));
        double[] shown = keyFramesAsDecoded(film);
        try (FfmpegVideo decoder = FfmpegVideo.openReferenceFrames(film)) {
            double[] keys = decoder.keyFrameTimes();
            assertTrue(keys.length >= SECONDS, Arrays.toString(keys));
            assertArrayEquals(shown, keys, TOLERANCE, "index " + Arrays.toString(keys) + ", pictures "
                    + Arrays.toString(shown));
            for (double key : keys) {
                decoder.seek(key);
                assertEquals(key, decoder.advance().orElseThrow(), TOLERANCE, "the frame after a seek to " + key);
            }
        }
    }

    /** When the key frames show, read by decoding nothing but key frames. */
    private static double[] keyFramesAsDecoded(Path film) throws VideoException {
        List<Double> times = new ArrayList<>();
        try (FfmpegVideo keyFrames = FfmpegVideo.open(film, true)) {
            for (OptionalDouble next = keyFrames.advance(); next.isPresent(); next = keyFrames.advance()) {
                times.add(next.getAsDouble());
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
