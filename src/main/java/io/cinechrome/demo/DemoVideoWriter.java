package io.cinechrome.demo;

import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * The JavaCV encoding adapter: draws a demo film frame by frame (a sky-to-ground gradient with a light gliding
 * across it) and encodes it with FFmpeg's MPEG-4 encoder, single-threaded so the bytes are reproducible. The
 * file is tagged as what swscale's default conversion makes of the sRGB picture: BT.601 matrix, limited range,
 * BT.709 primaries and transfer.
 */
final class DemoVideoWriter {

    static final int WIDTH = 256;
    static final int HEIGHT = 144;
    static final int FRAME_RATE = 24;
    static final int SECONDS = 20;
    private static final int GOP_FRAMES = FRAME_RATE;
    private static final int QUALITY = 3;
    private static final double LIGHT_RADIUS = HEIGHT / 5.0;
    private static final double HORIZON = 0.62;
    private static final double LIGHT_HEIGHT = 0.38;
    /** How far the sky's colour drifts towards the ground's at the horizon. */
    private static final double SKY_HAZE = 0.35;
    /** How far the ground darkens towards the bottom of the picture. */
    private static final double GROUND_SHADE = 0.3;
    private static final OkLab SHADOW = new OkLab(0, 0, 0);

    static {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private DemoVideoWriter() {
    }

    static void write(DemoFilm film, Path file) throws IOException {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT, 0)) {
            recorder.setFormat(film.format());
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            recorder.setVideoQuality(QUALITY);
            recorder.setFrameRate(FRAME_RATE);
            recorder.setGopSize(GOP_FRAMES);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setVideoOption("threads", "1");
            // bitexact: no encoder version strings in the file, so the bytes do not depend on the FFmpeg build.
            recorder.setOption("fflags", "+bitexact");
            recorder.setVideoOption("flags", "+bitexact");
            recorder.setVideoOption("colorspace", "smpte170m");
            recorder.setVideoOption("color_range", "tv");
            recorder.setVideoOption("color_primaries", "bt709");
            recorder.setVideoOption("color_trc", "bt709");
            recorder.start();
            Frame frame = new Frame(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 3);
            int frames = SECONDS * FRAME_RATE;
            for (int i = 0; i < frames; i++) {
                draw(film.story(), i / (double) (frames - 1), frame);
                recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("cannot encode demo film " + file + ": " + e.getMessage(), e);
        }
    }

    private static void draw(ColourStory story, double progress, Frame frame) {
        OkLab sky = ColourStory.at(story.sky(), progress);
        OkLab ground = ColourStory.at(story.ground(), progress);
        Rgb light = ColourStory.at(story.light(), progress).toRgb();
        double lightX = WIDTH * (0.15 + 0.7 * progress);
        double lightY = HEIGHT * LIGHT_HEIGHT;
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        for (int y = 0; y < HEIGHT; y++) {
            double depth = y / (double) (HEIGHT - 1);
            Rgb row = depth < HORIZON ? ColourStory.mix(sky, ground, depth / HORIZON * SKY_HAZE).toRgb()
                    : ColourStory.mix(ground, SHADOW, (depth - HORIZON) / (1 - HORIZON) * GROUND_SHADE).toRgb();
            for (int x = 0; x < WIDTH; x++) {
                boolean lit = Math.hypot(x - lightX, y - lightY) < LIGHT_RADIUS && y < HEIGHT * HORIZON;
                Rgb c = lit ? light : row;
                int at = y * stride + x * 3;
                buffer.put(at, (byte) c.red());
                buffer.put(at + 1, (byte) c.green());
                buffer.put(at + 2, (byte) c.blue());
            }
        }
    }
}
