package io.cinechrome.analysis.decode;

import io.cinechrome.testing.TestVideos;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * A small H.264 film as x264 makes it by default (three B frames, the middle one a reference), of a textured
 * picture that moves and changes colour: unlike solid colour films, every P frame depends on what came before.
 */
final class TexturedFilm {

    private static final int WIDTH = 160;
    private static final int HEIGHT = 96;
    private static final int SECONDS = 10;
    private static final int TILE = 64;

    private TexturedFilm() {
    }

    static Path write(Path file, int fps, int gop) throws Exception {
        byte[] tile = new byte[TILE * TILE];
        new SplittableRandom(3).nextBytes(tile);
        try (FFmpegFrameRecorder recorder = TestVideos.x264(file, WIDTH, HEIGHT, fps, gop)) {
            recorder.setVideoOption("threads", "1");
            recorder.setVideoOption("x264-params", "scenecut=0:b-pyramid=normal:b-adapt=0");
            recorder.start();
            Frame frame = new Frame(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 3);
            ByteBuffer buffer = (ByteBuffer) frame.image[0];
            for (int i = 0; i < SECONDS * fps; i++) {
                for (int y = 0; y < HEIGHT; y++) {
                    for (int x = 0; x < WIDTH; x++) {
                        int texture = tile[((y + i) % TILE) * TILE + (x + 2 * i) % TILE] >> 2;
                        int at = y * frame.imageStride + x * 3;
                        buffer.put(at, (byte) clamp(120 + texture + i / 2));
                        buffer.put(at + 1, (byte) clamp(100 + texture + x / 2));
                        buffer.put(at + 2, (byte) clamp(160 + texture - i / 2));
                    }
                }
                recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
            }
            recorder.stop();
        }
        return file;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
