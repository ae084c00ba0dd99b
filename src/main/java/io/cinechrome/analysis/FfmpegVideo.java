package io.cinechrome.analysis;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.ffmpeg.avformat.AVIndexEntry;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The JavaCV adapter: decodes a video file through FFmpeg, downscaled to {@value #WIDTH}x{@value #HEIGHT}
 * RGB24 inside FFmpeg. Scaling both axes keeps every region's share of the picture, which is all the colour
 * analysis needs. The decoder can skip every frame that is not a key frame, or only the frames no other frame
 * refers to (B frames), which makes decoding forward from a key frame to a chosen moment cheap.
 */
public final class FfmpegVideo implements AutoCloseable {

    /** Width frames are scaled to. */
    public static final int WIDTH = 160;
    /** Height frames are scaled to. */
    public static final int HEIGHT = 90;
    private static final double MICROS = 1_000_000.0;
    /** FFmpeg's {@code skip_frame} value for decoding only what later frames need (I and P frames). */
    static final String SKIP_B_FRAMES = "bidir";
    /** libavformat's AVINDEX_KEYFRAME flag of an index entry (not mapped by the presets). */
    private static final int AVINDEX_KEYFRAME = 0x0001;

    static {
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
        FFmpegLogCallback.setLevel(avutil.AV_LOG_FATAL);
    }

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final boolean keyFramesOnly;
    private final long startMicros;

    private FfmpegVideo(Path file, FFmpegFrameGrabber grabber, boolean keyFramesOnly) {
        this.file = file;
        this.grabber = grabber;
        this.keyFramesOnly = keyFramesOnly;
        long start = grabber.getFormatContext().start_time();
        this.startMicros = start == avutil.AV_NOPTS_VALUE ? 0 : Math.max(0, start);
    }

    /**
     * Opens a video for decoding.
     *
     * @param keyFramesOnly decode key frames only (fast sampling)
     * @throws VideoException when the file is missing, unreadable, not a video or has no video stream
     */
    public static FfmpegVideo open(Path file, boolean keyFramesOnly) throws VideoException {
        return open(file, keyFramesOnly, keyFramesOnly ? "nokey" : "");
    }

    /**
     * Opens a video whose decoder skips the frames nothing refers to (B frames): {@link #next()} gives every
     * I and P frame, so decoding forward from a key frame to a moment costs a fraction of a full decode.
     *
     * @throws VideoException when the file is missing, unreadable, not a video or has no video stream
     */
    public static FfmpegVideo openReferenceFrames(Path file) throws VideoException {
        return open(file, false, SKIP_B_FRAMES);
    }

    private static FfmpegVideo open(Path file, boolean keyFramesOnly, String skipFrame) throws VideoException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new VideoException(file, "file is missing or not readable; check the path and its permissions");
        }
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setImageWidth(WIDTH);
        grabber.setImageHeight(HEIGHT);
        grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        grabber.setImageScalingFlags(org.bytedeco.ffmpeg.global.swscale.SWS_AREA);
        if (!skipFrame.isEmpty()) {
            grabber.setVideoOption("skip_frame", skipFrame);
        }
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(grabber);
            throw new VideoException(file, "FFmpeg cannot open it as a video (" + reason(e)
                    + "); check that it is a complete, playable video file", e);
        }
        if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0) {
            closeQuietly(grabber);
            throw new VideoException(file, "has no video stream; is it an audio file or a subtitle?");
        }
        return new FfmpegVideo(file, grabber, keyFramesOnly);
    }

    /** The film's length in seconds, 0 when the container does not say. */
    public double durationSeconds() {
        return Math.max(0, grabber.getLengthInTime() / MICROS);
    }

    /** Frames per second as the container says, 0 when unknown. */
    public double frameRate() {
        double rate = grabber.getVideoFrameRate();
        return Double.isFinite(rate) && rate > 0 ? rate : 0;
    }

    /**
     * Whether the container has an index to seek in (MP4/MOV family, Matroska/WebM). Other containers
     * (MPEG-PS/TS, AVI, raw streams) seek by guessing from the bit rate, so they are read from start to end.
     */
    public boolean canSeek() {
        String format = String.valueOf(grabber.getFormat());
        return format.contains("mp4") || format.contains("matroska");
    }

    /**
     * Jumps to {@code seconds}: the next {@link #next()} gives the first frame at or after it.
     *
     * @throws VideoException when FFmpeg cannot seek in the file
     */
    public void seek(double seconds) throws VideoException {
        try {
            grabber.setTimestamp(Math.round(seconds * MICROS), false);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new VideoException(file, "seeking failed (" + reason(e) + "); try --sampling exact", e);
        }
    }

    /**
     * The times of the key frames the container's index lists, in seconds from the start, ascending; empty
     * when the container has no index (see {@link #canSeek()}). Matroska reads its index on the first seek,
     * so this seeks to the start first.
     *
     * @throws VideoException when FFmpeg cannot seek in the file
     */
    public double[] keyFrameTimes() throws VideoException {
        if (!canSeek()) {
            return new double[0];
        }
        seek(0);
        AVStream stream = grabber.getFormatContext().streams(grabber.getVideoStream());
        double timeBase = avutil.av_q2d(stream.time_base());
        int count = avformat.avformat_index_get_entries_count(stream);
        double[] times = new double[count];
        int keys = 0;
        for (int i = 0; i < count; i++) {
            AVIndexEntry entry = avformat.avformat_index_get_entry(stream, i);
            if (entry != null && (entry.flags() & AVINDEX_KEYFRAME) != 0) {
                times[keys++] = Math.max(0, entry.timestamp() * timeBase - startMicros / MICROS);
            }
        }
        double[] keyTimes = java.util.Arrays.copyOf(times, keys);
        java.util.Arrays.sort(keyTimes);
        return keyTimes;
    }

    /** Whether only key frames are decoded. */
    public boolean keyFramesOnly() {
        return keyFramesOnly;
    }

    /**
     * Decodes the next frame.
     *
     * @return the frame, or empty at the end of the film
     * @throws VideoException when the stream is corrupt beyond what FFmpeg skips over
     */
    public Optional<DecodedFrame> next() throws VideoException {
        Frame frame;
        try {
            frame = keyFramesOnly ? grabber.grabKeyFrame() : grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new VideoException(file, "decoding failed (" + reason(e)
                    + "); the file may be truncated or corrupt, try re-downloading or remuxing it", e);
        }
        while (frame != null && frame.image == null) {
            frame = grabNext();
        }
        if (frame == null) {
            return Optional.empty();
        }
        return Optional.of(copy(frame, startMicros));
    }

    private Frame grabNext() throws VideoException {
        try {
            return keyFramesOnly ? grabber.grabKeyFrame() : grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new VideoException(file, "decoding failed (" + reason(e) + ")", e);
        }
    }

    private static DecodedFrame copy(Frame frame, long startMicros) {
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int width = frame.imageWidth;
        int height = frame.imageHeight;
        int stride = frame.imageStride;
        byte[] rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            buffer.get(y * stride, rgb, y * width * 3, width * 3);
        }
        return new DecodedFrame(Math.max(0, (frame.timestamp - startMicros) / MICROS), width, height, rgb);
    }

    @Override
    public void close() {
        closeQuietly(grabber);
    }

    /** JavaCV's message without its hints for developers (setFormat, FFmpegLogCallback). */
    private static String reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.replaceAll("\\s*\\((Has setFormat|For more details)[^)]*\\)+", "")
                .replace("error -1094995529", "error: invalid data").strip();
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            // Nothing useful to do: the file was only read.
        }
    }
}
