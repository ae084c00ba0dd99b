package io.cinechrome.testing;

import io.cinechrome.colour.Rgb;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Makes real video files with FFmpegFrameRecorder for tests: solid colour segments of known RGB values and
 * durations, optionally with black letterbox bars, so tests can assert real answers. The recorder turns the RGB
 * into YUV with the BT.601 matrix in limited range, and the files are tagged as exactly that (primaries and
 * transfer BT.709, as the RGB values are sRGB), as real files are.
 */
public final class TestVideos {

    /** Frames a second of a looped clip (and of the clip). */
    private static final int LOOP_FPS = 25;
    /** x264's constant quality for looped films: a typical choice for films (lower is better). */
    private static final int FILM_CRF = 20;

    private final List<Segment> segments = new ArrayList<>();
    private int width = 320;
    private int height = 180;
    private int frameRate = 25;
    private int gopFrames = 12;
    private int barRows;
    private int barColumns;
    private String codec = "mpeg4";
    private String format = "mp4";
    private final java.util.Map<String, String> options = new java.util.TreeMap<>();

    /** A colour held for a number of seconds. */
    public record Segment(Rgb colour, double seconds) {
    }

    /** Starts an empty video description. */
    public static TestVideos video() {
        return new TestVideos();
    }

    /** Adds a solid colour segment. */
    public TestVideos segment(Rgb colour, double seconds) {
        segments.add(new Segment(colour, seconds));
        return this;
    }

    /** Adds a solid colour segment given as {@code #rrggbb}. */
    public TestVideos segment(String hex, double seconds) {
        return segment(Rgb.parse(hex), seconds);
    }

    /** Picture size. */
    public TestVideos size(int w, int h) {
        this.width = w;
        this.height = h;
        return this;
    }

    /** Frames per second. */
    public TestVideos frameRate(int fps) {
        this.frameRate = fps;
        return this;
    }

    /** Frames between key frames. */
    public TestVideos gop(int frames) {
        this.gopFrames = frames;
        return this;
    }

    /** Black bars of {@code rows} at top and bottom (letterbox). */
    public TestVideos letterbox(int rows) {
        this.barRows = rows;
        return this;
    }

    /** Black bars of {@code columns} at left and right (pillarbox). */
    public TestVideos pillarbox(int columns) {
        this.barColumns = columns;
        return this;
    }

    /** Encoder name, e.g. {@code mpeg4} or {@code libopenh264}, and container format. */
    public TestVideos codec(String encoder, String container) {
        this.codec = encoder;
        this.format = container;
        return this;
    }

    /** An encoder option, e.g. {@code bf 2} for B frames or {@code sc_threshold 1000000000} for no cuts. */
    public TestVideos option(String name, String value) {
        options.put(name, value);
        return this;
    }

    /** Encodes the video to {@code file} and returns it. */
    public Path write(Path file) throws Exception {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            recorder.setFormat(format);
            recorder.setVideoCodecName(codec);
            if ("mpeg4".equals(codec)) {
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
                recorder.setVideoQuality(2);
            }
            recorder.setFrameRate(frameRate);
            recorder.setGopSize(gopFrames);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setVideoOption("threads", "1");
            tagBt601(recorder);
            options.forEach(recorder::setVideoOption);
            recorder.start();
            for (Segment segment : segments) {
                Frame frame = solid(segment.colour());
                long frames = Math.round(segment.seconds() * frameRate);
                for (long i = 0; i < frames; i++) {
                    recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
                }
            }
            recorder.stop();
        }
        return file;
    }

    /**
     * Makes a film of a real clip played over and over for {@code seconds}, scaled to the size and encoded as films
     * are: x264 at constant quality 20, three B frames, a key frame at most every {@code gop} frames and at cuts
     * (where the clip starts again), tagged as {@link #tagBt601} describes. The clip must be 25 frames a second.
     * x264 runs on one thread, so the film is the same bytes on any machine.
     */
    public static void loop(Path clip, Path film, int seconds, int width, int height, int gop) throws Exception {
        List<Frame> frames = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toFile())) {
            grabber.start();
            for (Frame frame = grabber.grabImage(); frame != null; frame = grabber.grabImage()) {
                frames.add(frame.clone());
            }
        }
        try (FFmpegFrameRecorder recorder = x264(film, width, height, LOOP_FPS, gop)) {
            recorder.setVideoOption("preset", "faster");
            recorder.setVideoOption("crf", String.valueOf(FILM_CRF));
            recorder.setVideoOption("threads", "1");
            tagBt601(recorder);
            recorder.start();
            for (int i = 0; i < seconds * LOOP_FPS; i++) {
                recorder.record(frames.get(i % frames.size()));
            }
            recorder.stop();
        }
    }

    /**
     * A recorder for H.264 in MP4 as x264 makes films: 4:2:0, three B frames in a row, a key frame at most every
     * {@code gop} frames. Callers add their own encoder options, then start it.
     */
    public static FFmpegFrameRecorder x264(Path file, int width, int height, int fps, int gop) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libx264");
        recorder.setFrameRate(fps);
        recorder.setGopSize(gop);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setVideoOption("bf", "3");
        return recorder;
    }

    /**
     * Tags a recorder's stream as what swscale's default RGB to YUV conversion makes: the BT.601 matrix, limited
     * range, of sRGB colours (BT.709 primaries and transfer).
     */
    public static void tagBt601(FFmpegFrameRecorder recorder) {
        recorder.setVideoOption("colorspace", "smpte170m");
        recorder.setVideoOption("color_range", "tv");
        recorder.setVideoOption("color_primaries", "bt709");
        recorder.setVideoOption("color_trc", "bt709");
    }

    private Frame solid(Rgb colour) {
        Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean bar = y < barRows || y >= height - barRows || x < barColumns || x >= width - barColumns;
                int at = y * stride + x * 3;
                buffer.put(at, (byte) (bar ? 0 : colour.red()));
                buffer.put(at + 1, (byte) (bar ? 0 : colour.green()));
                buffer.put(at + 2, (byte) (bar ? 0 : colour.blue()));
            }
        }
        return frame;
    }
}
