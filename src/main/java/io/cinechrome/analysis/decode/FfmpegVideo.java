package io.cinechrome.analysis.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIndexEntry;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The JavaCV adapter: decodes a video file through FFmpeg and downscales each frame to {@value #WIDTH}x{@value
 * #HEIGHT} inside FFmpeg, still as YUV at the source's bit depth (and range); {@link YuvToRgb} then turns the
 * small picture into RGB with the stream's own colour description ({@link VideoColour}: matrix, range,
 * primaries, transfer; untagged streams as players assume), tone-mapping HDR to SDR. Converting after scaling
 * is exact for the area average of flat regions, which is what the colour analysis measures, and costs
 * nothing next to decoding. Scaling both axes to a fixed size keeps every region's share of the picture, also
 * for anamorphic (non-square pixel) video: its display is a uniform horizontal stretch of the stored picture.
 * The decoder can skip every frame that is not a key frame, or only the frames no other frame refers to (B
 * frames), which makes decoding forward from a key frame to a chosen moment cheap. For the fewest decoded frames,
 * the film's packets can also be read one by one ({@link #readPacket()}) and only the chosen ones decoded
 * ({@link #decodePacket()}, {@link #receive()}), by a decoder of its own that the caller feeds.
 */
final class FfmpegVideo implements AutoCloseable {

    /** Width frames are scaled to. */
    public static final int WIDTH = 160;
    /** Height frames are scaled to. */
    public static final int HEIGHT = 90;
    private static final double MICROS = 1_000_000.0;
    /** Sources deeper than this (bits per sample) are scaled as 16-bit. */
    private static final int HIGH_DEPTH = 12;
    /** Seconds beyond which a gap between a key frame's index time and its picture is not a B-frame delay. */
    static final double MAX_REORDER_DELAY = 1.0;
    /** Packets read at most to find the second key frame when measuring the reorder delay (10 s at 30 fps). */
    static final int MAX_CALIBRATION_FRAMES = 300;
    /**
     * FFmpeg's {@code skip_frame} value for decoding only what later frames need: I and P frames and the B frames
     * others refer to (x264's B pyramid). Skipping those too ({@code bidir}) leaves the P frames after them wrong,
     * more so the further from the key frame: 2 % darker at the end of a group of pictures of real footage.
     */
    static final String SKIP_B_FRAMES = "noref";
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
    private SwsContext scaler;
    private AVFrame small;
    private int smallFormat = avutil.AV_PIX_FMT_NONE;
    private YuvToRgb converter;
    private Optional<VideoColour> firstColour = Optional.empty();
    /** The last frame decoded, valid until the next one is: the decoder reuses its buffers. */
    private Optional<AVFrame> current = Optional.empty();
    private double currentSeconds;
    /** The packet {@link #readPacket()} read last, for {@link #decodePacket()}; null before the first. */
    private AVPacket packet;
    /** The decoder fed packet by packet ({@link #decodePacket()}), opened on first use. */
    private AVCodecContext decoder;
    private AVFrame received;

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
     * Opens a video whose decoder skips the frames nothing refers to (most B frames): {@link #next()} gives every
     * I and P frame (and B frames others refer to), so decoding forward from a key frame to a moment costs a
     * fraction of a full decode.
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
        // RAW: the decoded frame as it is; scaling and colour conversion happen in copy().
        grabber.setImageMode(FrameGrabber.ImageMode.RAW);
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
                times[keys++] = entry.timestamp() * timeBase - startMicros / MICROS;
            }
        }
        double[] keyTimes = Arrays.copyOf(times, keys);
        Arrays.sort(keyTimes);
        return shiftToPresentation(keyTimes);
    }

    /**
     * Index entries carry decoding times, which run ahead of presentation times when there are B frames: a seek to
     * an index time lands on the key frame before and decodes a whole group of pictures to get there. The delay
     * of the first key frame shows in its packet's presentation time; later key frames can carry a longer one
     * (closed groups of pictures put B frames before them), which the second key frame's packet shows. Only packets
     * are read, nothing is decoded.
     */
    private double[] shiftToPresentation(double[] indexTimes) throws VideoException {
        if (indexTimes.length == 0) {
            return indexTimes;
        }
        rewind();
        OptionalDouble first = nextKeyPacket();
        OptionalDouble second = indexTimes.length > 1 ? nextKeyPacket() : OptionalDouble.empty();
        seek(0);
        double[] shown = new double[indexTimes.length];
        shown[0] = first.orElse(Math.max(0, indexTimes[0]));
        double delay = second.isPresent() ? reorderDelay(second.getAsDouble() - indexTimes[1])
                : reorderDelay(shown[0] - indexTimes[0]);
        for (int i = 1; i < indexTimes.length; i++) {
            shown[i] = Math.max(0, indexTimes[i] + delay);
        }
        return shown;
    }

    private static double reorderDelay(double gap) {
        return gap > 0 && gap < MAX_REORDER_DELAY ? gap : 0;
    }

    /** Reads packets up to the next key frame's, giving up after {@value #MAX_CALIBRATION_FRAMES} packets. */
    private OptionalDouble nextKeyPacket() throws VideoException {
        for (int i = 0; i < MAX_CALIBRATION_FRAMES; i++) {
            Optional<Packet> next = readPacket();
            if (next.isEmpty() || next.get().key()) {
                return next.isEmpty() || Double.isNaN(next.get().seconds()) ? OptionalDouble.empty()
                        : OptionalDouble.of(next.get().seconds());
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * A packet of the video stream as the container stores it, not yet decoded.
     *
     * @param seconds its presentation time from the start of the film (packets come in decoding order, so a B
     *                frame's packet comes after those of the later frames it refers to)
     * @param key     whether the container marks it as a key frame, decodable on its own
     */
    public record Packet(double seconds, boolean key) {
    }

    /**
     * Goes back to the film's first packet for {@link #readPacket()}, and empties the packet decoder.
     *
     * @throws VideoException when FFmpeg cannot seek in the file
     */
    public void rewind() throws VideoException {
        AVFormatContext format = grabber.getFormatContext();
        if (avformat.av_seek_frame(format, -1, Math.max(0, format.start_time()), avformat.AVSEEK_FLAG_BACKWARD) < 0) {
            throw new VideoException(file, "seeking to the start failed; try --sampling exact");
        }
        if (decoder != null) {
            avcodec.avcodec_flush_buffers(decoder);
        }
    }

    /**
     * Reads the next packet of the video stream without decoding it; {@link #decodePacket()} decodes it.
     *
     * @return the packet, or empty at the end of the file
     */
    public Optional<Packet> readPacket() {
        if (packet == null) {
            packet = avcodec.av_packet_alloc();
        }
        AVFormatContext format = grabber.getFormatContext();
        int stream = grabber.getVideoStream();
        avcodec.av_packet_unref(packet);
        while (avformat.av_read_frame(format, packet) >= 0) {
            if (packet.stream_index() == stream) {
                long pts = packet.pts() != avutil.AV_NOPTS_VALUE ? packet.pts() : packet.dts();
                double seconds = pts == avutil.AV_NOPTS_VALUE ? Double.NaN
                        : pts * avutil.av_q2d(format.streams(stream).time_base()) - startMicros / MICROS;
                return Optional.of(new Packet(seconds, (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0));
            }
            avcodec.av_packet_unref(packet);
        }
        return Optional.empty();
    }

    /**
     * Hands the packet {@link #readPacket()} read last to the decoder, or, when there is none (the end of the
     * file), tells the decoder that no more packets come so it gives out the frames it holds. The decoder skips
     * the B frames nothing refers to. Decoded frames come out through {@link #receive()}, in presentation order, some packets later.
     * A corrupt packet is left out as FFmpeg's own player leaves it out.
     *
     * @throws VideoException when the decoder cannot be opened
     */
    public void decodePacket() throws VideoException {
        if (decoder == null) {
            decoder = openDecoder();
        }
        boolean end = packet == null || packet.size() == 0;
        int result = avcodec.avcodec_send_packet(decoder, end ? null : packet);
        if (result == avutil.AVERROR_EAGAIN()) {
            throw new IllegalStateException("receive() every decoded frame before decoding the next packet");
        }
    }

    /** Tells the decoder that no more packets come, so {@link #receive()} gives out the frames it still holds. */
    public void endOfPackets() throws VideoException {
        if (packet != null) {
            avcodec.av_packet_unref(packet);
        }
        decodePacket();
    }

    /**
     * The next frame the packet decoder has ready; {@link #picture()} converts it.
     *
     * @return its time in seconds from the start, or empty when the decoder needs more packets first
     */
    public OptionalDouble receive() {
        if (decoder == null || avcodec.avcodec_receive_frame(decoder, received) < 0) {
            return OptionalDouble.empty();
        }
        long pts = received.best_effort_timestamp();
        AVRational timeBase = grabber.getFormatContext().streams(grabber.getVideoStream()).time_base();
        // In whole microseconds first, as the grabber counts, so both decoders give a frame the same time.
        long micros = 1_000_000L * pts * timeBase.num() / timeBase.den();
        currentSeconds = Math.max(0, (micros - startMicros) / MICROS);
        current = Optional.of(received);
        return OptionalDouble.of(currentSeconds);
    }

    private AVCodecContext openDecoder() throws VideoException {
        AVStream stream = grabber.getFormatContext().streams(grabber.getVideoStream());
        AVCodec codec = avcodec.avcodec_find_decoder(stream.codecpar().codec_id());
        AVCodecContext context = codec == null ? null : avcodec.avcodec_alloc_context3(codec);
        if (context == null || avcodec.avcodec_parameters_to_context(context, stream.codecpar()) < 0) {
            throw new VideoException(file, "FFmpeg has no decoder for its video; try --sampling exact");
        }
        context.pkt_timebase(stream.time_base());
        context.thread_count(0);
        context.skip_frame(avcodec.AVDISCARD_NONREF);
        if (avcodec.avcodec_open2(context, codec, (AVDictionary) null) < 0) {
            avcodec.avcodec_free_context(context);
            throw new VideoException(file, "FFmpeg cannot open its video decoder; try --sampling exact");
        }
        received = avutil.av_frame_alloc();
        return context;
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
        return advance().isPresent() ? Optional.of(picture()) : Optional.empty();
    }

    /**
     * Decodes the next frame without converting it (scaling and colour conversion cost about as much as
     * decoding a small frame): {@link #picture()} converts it when the caller wants it.
     *
     * @return the frame's time in seconds from the start, or empty at the end of the film
     * @throws VideoException when the stream is corrupt beyond what FFmpeg skips over
     */
    public OptionalDouble advance() throws VideoException {
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
        current = Optional.ofNullable(frame).map(grabbed -> (AVFrame) grabbed.opaque);
        currentSeconds = frame == null ? 0 : seconds(frame);
        return current.isPresent() ? OptionalDouble.of(currentSeconds) : OptionalDouble.empty();
    }

    /**
     * The frame {@link #advance()} decoded last, scaled to {@value #WIDTH}x{@value #HEIGHT} and converted to RGB.
     *
     * @throws IllegalStateException when no frame is decoded (before the first advance, or at the end)
     * @throws VideoException when FFmpeg cannot scale or convert it
     */
    public DecodedFrame picture() throws VideoException {
        return copy(current.orElseThrow(() -> new IllegalStateException("no decoded frame: call advance() first")));
    }

    private double seconds(Frame frame) {
        return Math.max(0, (frame.timestamp - startMicros) / MICROS);
    }

    /** The colour description of the first decoded frame, empty before any frame was decoded. */
    public Optional<VideoColour> colour() {
        return firstColour;
    }

    private Frame grabNext() throws VideoException {
        try {
            return keyFramesOnly ? grabber.grabKeyFrame() : grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new VideoException(file, "decoding failed (" + reason(e) + ")", e);
        }
    }

    private DecodedFrame copy(AVFrame picture) throws VideoException {
        int format = picture.format();
        AVPixFmtDescriptor descriptor = avutil.av_pix_fmt_desc_get(format);
        if (descriptor == null) {
            throw new VideoException(file, "FFmpeg decoded it into an unknown pixel format " + format
                    + "; convert it with ffmpeg -pix_fmt yuv420p and try again");
        }
        boolean rgbSource = (descriptor.flags() & avutil.AV_PIX_FMT_FLAG_RGB) != 0;
        int bits = Math.max(8, descriptor.comp(0).depth());
        VideoColour colour = colourOf(picture, format);
        int target = rgbSource ? avutil.AV_PIX_FMT_RGB24 : smallYuvFormat(format, bits);
        scale(picture, target);
        byte[] rgb = new byte[WIDTH * HEIGHT * 3];
        if (rgbSource) {
            readPacked(rgb);
        } else {
            if (converter == null || !converter.colour().equals(colour) || bits != smallBits()) {
                converter = new YuvToRgb(colour, smallBits());
            }
            converter.convert(plane(0), plane(1), plane(2), rgb);
        }
        if (firstColour.isEmpty()) {
            firstColour = Optional.of(colour);
        }
        return new DecodedFrame(currentSeconds, WIDTH, HEIGHT, rgb);
    }

    /**
     * YUV 4:4:4 at the source's depth; yuvj sources scale into yuvj, so swscale never changes the range
     * (it converts between limited and full range only when the formats' ranges differ).
     */
    private static int smallYuvFormat(int format, int bits) {
        if (isYuvj(format)) {
            return avutil.AV_PIX_FMT_YUVJ444P;
        }
        if (bits > HIGH_DEPTH) {
            return avutil.AV_PIX_FMT_YUV444P16LE;
        }
        if (bits > 10) {
            return avutil.AV_PIX_FMT_YUV444P12LE;
        }
        return bits > 8 ? avutil.AV_PIX_FMT_YUV444P10LE : avutil.AV_PIX_FMT_YUV444P;
    }

    private int smallBits() {
        return Math.max(8, avutil.av_pix_fmt_desc_get(smallFormat).comp(0).depth());
    }

    private static boolean isYuvj(int format) {
        return format == avutil.AV_PIX_FMT_YUVJ420P || format == avutil.AV_PIX_FMT_YUVJ422P
                || format == avutil.AV_PIX_FMT_YUVJ444P || format == avutil.AV_PIX_FMT_YUVJ440P
                || format == avutil.AV_PIX_FMT_YUVJ411P;
    }

    private void scale(AVFrame picture, int target) throws VideoException {
        if (small == null || smallFormat != target) {
            if (small != null) {
                avutil.av_frame_free(small);
            }
            small = avutil.av_frame_alloc();
            small.format(target);
            small.width(WIDTH);
            small.height(HEIGHT);
            if (avutil.av_frame_get_buffer(small, 0) < 0) {
                throw new VideoException(file, "out of memory for a " + WIDTH + "x" + HEIGHT + " frame");
            }
            smallFormat = target;
        }
        scaler = swscale.sws_getCachedContext(scaler, picture.width(), picture.height(), picture.format(),
                WIDTH, HEIGHT, target, swscale.SWS_AREA, null, null, (DoublePointer) null);
        if (scaler == null) {
            throw new VideoException(file, "FFmpeg cannot scale its " + picture.width() + "x" + picture.height()
                    + " frames; convert it with ffmpeg -pix_fmt yuv420p and try again");
        }
        swscale.sws_scale(scaler, new PointerPointer<>(picture), picture.linesize(), 0, picture.height(),
                new PointerPointer<>(small), small.linesize());
    }

    /** One plane of the small YUV frame as code values. */
    private int[] plane(int index) {
        int stride = small.linesize(index);
        ByteBuffer bytes = small.data(index).capacity((long) stride * HEIGHT).asByteBuffer()
                .order(ByteOrder.LITTLE_ENDIAN);
        boolean wide = smallBits() > 8;
        int[] values = new int[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                values[y * WIDTH + x] = wide ? bytes.getShort(y * stride + x * 2) & 0xffff
                        : bytes.get(y * stride + x) & 0xff;
            }
        }
        return values;
    }

    private void readPacked(byte[] rgb) {
        int stride = small.linesize(0);
        BytePointer data = small.data(0);
        for (int y = 0; y < HEIGHT; y++) {
            data.position((long) y * stride).get(rgb, y * WIDTH * 3, WIDTH * 3);
        }
        data.position(0);
    }

    /** The frame's colour tags; what is untagged is taken as players take it. */
    private static VideoColour colourOf(AVFrame picture, int format) {
        VideoColour guess = VideoColour.untagged(picture.width(), picture.height());
        Optional<VideoColour.Matrix> matrix = matrixTag(picture.colorspace());
        boolean full = picture.color_range() == avutil.AVCOL_RANGE_JPEG || isYuvj(format);
        return new VideoColour(matrix.orElse(guess.matrix()),
                full ? VideoColour.Range.FULL : VideoColour.Range.LIMITED,
                primariesTag(picture.color_primaries()).orElse(guess.primaries()),
                transferTag(picture.color_trc()).orElse(guess.transfer()),
                matrix.isPresent());
    }

    private static Optional<VideoColour.Matrix> matrixTag(int tag) {
        if (tag == avutil.AVCOL_SPC_BT709) {
            return Optional.of(VideoColour.Matrix.BT709);
        } else if (tag == avutil.AVCOL_SPC_BT470BG || tag == avutil.AVCOL_SPC_SMPTE170M) {
            return Optional.of(VideoColour.Matrix.BT601);
        } else if (tag == avutil.AVCOL_SPC_BT2020_NCL || tag == avutil.AVCOL_SPC_BT2020_CL) {
            return Optional.of(VideoColour.Matrix.BT2020NC);
        } else if (tag == avutil.AVCOL_SPC_SMPTE240M) {
            return Optional.of(VideoColour.Matrix.SMPTE240M);
        } else if (tag == avutil.AVCOL_SPC_FCC) {
            return Optional.of(VideoColour.Matrix.FCC);
        }
        return Optional.empty();
    }

    private static Optional<VideoColour.Primaries> primariesTag(int tag) {
        if (tag == avutil.AVCOL_PRI_BT709) {
            return Optional.of(VideoColour.Primaries.BT709);
        } else if (tag == avutil.AVCOL_PRI_BT470BG) {
            return Optional.of(VideoColour.Primaries.BT601_625);
        } else if (tag == avutil.AVCOL_PRI_SMPTE170M || tag == avutil.AVCOL_PRI_SMPTE240M) {
            return Optional.of(VideoColour.Primaries.BT601_525);
        } else if (tag == avutil.AVCOL_PRI_BT2020) {
            return Optional.of(VideoColour.Primaries.BT2020);
        } else if (tag == avutil.AVCOL_PRI_SMPTE432) {
            return Optional.of(VideoColour.Primaries.P3_D65);
        }
        return Optional.empty();
    }

    private static Optional<VideoColour.Transfer> transferTag(int tag) {
        if (tag == avutil.AVCOL_TRC_SMPTE2084) {
            return Optional.of(VideoColour.Transfer.PQ);
        } else if (tag == avutil.AVCOL_TRC_ARIB_STD_B67) {
            return Optional.of(VideoColour.Transfer.HLG);
        } else if (tag == avutil.AVCOL_TRC_IEC61966_2_1) {
            return Optional.of(VideoColour.Transfer.SRGB);
        } else if (tag == avutil.AVCOL_TRC_GAMMA22) {
            return Optional.of(VideoColour.Transfer.GAMMA22);
        } else if (tag == avutil.AVCOL_TRC_GAMMA28) {
            return Optional.of(VideoColour.Transfer.GAMMA28);
        } else if (tag == avutil.AVCOL_TRC_BT709 || tag == avutil.AVCOL_TRC_SMPTE170M
                || tag == avutil.AVCOL_TRC_BT2020_10 || tag == avutil.AVCOL_TRC_BT2020_12) {
            return Optional.of(VideoColour.Transfer.BT709);
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        if (decoder != null) {
            avcodec.avcodec_free_context(decoder);
            decoder = null;
            avutil.av_frame_free(received);
        }
        if (packet != null) {
            avcodec.av_packet_free(packet);
            packet = null;
        }
        closeQuietly(grabber);
        if (small != null) {
            avutil.av_frame_free(small);
            small = null;
        }
        if (scaler != null) {
            swscale.sws_freeContext(scaler);
            scaler = null;
        }
    }

    /**
     * JavaCV's message in plain words: without its hints for developers ("Has setFormat() been called?",
     * "make sure FFmpegLogCallback.set() has been called"), the function name, the error number and the quoted
     * file name (the message names the file already).
     */
    static String reason(Exception e) {
        return plain(String.valueOf(e.getMessage()));
    }

    static String plain(String message) {
        String text = message.replaceAll("\\s*\\((?:[^()]|\\(\\))*called(?:[^()]|\\(\\))*\\)", "")
                .replaceAll("\\w+\\(\\) error -?\\d+:?\\s*", "")
                .replaceAll("\\s*\"[^\"]*\"", "")
                .replaceAll("[\\s.;:]+$", "")
                .strip();
        return text.isEmpty() ? "FFmpeg gave no reason" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            // Nothing useful to do: the file was only read.
        }
    }
}
