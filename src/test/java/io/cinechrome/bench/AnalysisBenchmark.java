package io.cinechrome.bench;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.FilmAnalysis;
import io.cinechrome.analysis.FilmAnalyzer;
import io.cinechrome.analysis.decode.Sampling;
import io.cinechrome.testing.StripeAgreement;
import io.cinechrome.testing.TestVideos;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Times the analysis of a long 1080p H.264 film against a plain full decode of it, and measures how well the
 * fast mode agrees with the exact one (share of stripes within ΔE_OK 0.05). Not a test: run with
 * {@code java -cp target/classes:target/test-classes:<dependencies> io.cinechrome.bench.AnalysisBenchmark
 * FILE SECONDS [WIDTH HEIGHT ENCODER GOP]} (default 1920x1080 libopenh264, key frame every 250 frames at most).
 * The film is generated once (textured, moving picture) and reused; a film made elsewhere works too, e.g.
 * {@code ffmpeg -f lavfi -i testsrc2=size=1920x1080:rate=25,hue=h=t*7,noise=alls=12:allf=t -t 900 -c:v libx264
 * -preset veryfast -g 250 film.mp4} (B frames, a key frame every 10 s or at cuts). With
 * {@code -Dbench.clip=CLIP} the film is made from a real clip instead, played over and over, scaled to 1080p and
 * encoded as films are (x264 CRF 20, needs the {@code -gpl} FFmpeg): film-like key frames and bit rate, where the
 * textured film's key frames are five times larger. The film's key frames and frame sizes are printed.
 * System properties: {@code bench.modes} (comma-separated, of plain, fast, exact; default all three: run one
 * per JVM to read each one's peak RSS), {@code bench.stripes} (default 1080) and {@code bench.join} (the film is
 * that many copies of a film made as above for {@code SECONDS} / copies, joined packet by packet: e.g. a real
 * 2-hour film from 40 copies of 3 minutes, made in a minute where encoding it would take hours). Times are also given per
 * two hours of film, and beside them the CPU time the process used (all threads): on a machine busy with other
 * work the wall time grows, the CPU time much less.
 */
public final class AnalysisBenchmark {

    private static final int FPS = 25;
    private static final int TILE = 256;
    private static final double TWO_HOURS = 7200;
    private static final int FILM_WIDTH = 1920;
    private static final int FILM_HEIGHT = 1080;
    /** At most this many frames between key frames: 10 s, as in films. */
    private static final int FILM_GOP = 250;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path film = Path.of(args.length > 0 ? args[0] : "target/bench/film-1080p.mp4");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        if (!Files.exists(film)) {
            Files.createDirectories(film.toAbsolutePath().getParent());
            long t = System.nanoTime();
            int copies = Integer.getInteger("bench.join", 1);
            Path made = copies > 1 ? film.resolveSibling(film.getFileName() + ".part.mp4") : film;
            String clip = System.getProperty("bench.clip", "");
            if (clip.isEmpty()) {
                generate(made, seconds / copies, args.length > 5 ? args
                        : new String[] {"", "", "1920", "1080", "libopenh264", "250"});
            } else {
                TestVideos.loop(Path.of(clip), made, seconds / copies, FILM_WIDTH, FILM_HEIGHT, FILM_GOP);
            }
            if (copies > 1) {
                join(made, film, copies);
                Files.delete(made);
            }
            report("generate", t);
        }
        System.out.printf(Locale.ROOT, "film: %s, %.1f MB, %s%n", film, Files.size(film) / 1e6, packets(film));
        List<String> modes = List.of(System.getProperty("bench.modes", "plain,fast,exact").split(","));
        int stripes = Integer.getInteger("bench.stripes", AnalysisSettings.DEFAULT_STRIPES);
        double filmSeconds = 0;
        if (modes.contains("plain")) {
            long t = System.nanoTime();
            long cpu = cpuNanos();
            int frames = plainDecode(film);
            report("plain full decode (" + frames + " frames, no conversion)", t, cpu, frames / (double) FPS);
        }
        Map<Sampling, FilmAnalysis> results = new EnumMap<>(Sampling.class);
        for (Sampling sampling : Sampling.values()) {
            if (!modes.contains(sampling.id())) {
                continue;
            }
            long t = System.nanoTime();
            long cpu = cpuNanos();
            int[] decoded = new int[1];
            FilmAnalysis analysis = new FilmAnalyzer(new AnalysisSettings(10, 4, stripes, sampling))
                    .analyze(film, (n, at, duration) -> decoded[0] = n);
            filmSeconds = analysis.durationSeconds();
            report("analyze " + sampling.id() + ", " + stripes + " stripes (" + decoded[0] + " frames decoded, "
                    + analysis.framesSampled() + " kept)", t, cpu, filmSeconds);
            results.put(sampling, analysis);
        }
        if (results.size() == 2) {
            System.out.printf(Locale.ROOT, "agreement fast vs exact: %.1f %% of stripes within ΔE_OK %.2f%n",
                    100 * StripeAgreement.of(results.get(Sampling.FAST).stripes(),
                            results.get(Sampling.EXACT).stripes()), StripeAgreement.DELTA_E);
        }
        System.out.printf(Locale.ROOT, "peak RSS (VmHWM): %s%n", peakRss());
    }

    /** This process's peak resident set size as Linux reports it. */
    private static String peakRss() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM"))
                .map(line -> line.replaceAll("\\s+", " ").substring("VmHWM: ".length())).findFirst().orElse("unknown");
    }

    private static int plainDecode(Path film) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(film.toFile())) {
            grabber.start();
            int frames = 0;
            while (grabber.grabFrame(false, true, false, false) != null) {
                frames++;
            }
            return frames;
        }
    }

    private static void generate(Path film, int seconds, String[] args) throws Exception {
        final int width = Integer.parseInt(args[2]);
        final int height = Integer.parseInt(args[3]);
        byte[] tile = new byte[TILE * TILE];
        new SplittableRandom(1).nextBytes(tile);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(film.toFile(), width, height, 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName(args[4]);
            recorder.setFrameRate(FPS);
            recorder.setGopSize(Integer.parseInt(args[5]));
            recorder.setVideoBitrate(6_000_000);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.start();
            Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            ByteBuffer buffer = (ByteBuffer) frame.image[0];
            int stride = frame.imageStride;
            for (int i = 0; i < seconds * FPS; i++) {
                double phase = i / (double) (seconds * FPS);
                int baseR = (int) (128 + 100 * Math.sin(phase * 40));
                int baseG = (int) (128 + 100 * Math.sin(phase * 23 + 1));
                int baseB = (int) (128 + 100 * Math.sin(phase * 31 + 2));
                for (int y = 0; y < height; y++) {
                    int row = y * stride;
                    int ty = ((y + i * 3) % TILE) * TILE;
                    int shade = y * 60 / height;
                    for (int x = 0; x < width; x++) {
                        int noise = (tile[ty + ((x + i * 2) % TILE)] >> 3);
                        buffer.put(row + x * 3, (byte) clamp(baseR - shade + noise));
                        buffer.put(row + x * 3 + 1, (byte) clamp(baseG + noise));
                        buffer.put(row + x * 3 + 2, (byte) clamp(baseB + shade + noise));
                    }
                }
                recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
            }
            recorder.stop();
        }
    }

    /**
     * Writes {@code copies} copies of a film one after the other into one MP4, packet by packet (nothing is
     * decoded or encoded again), each copy's times moved on by the film's length: a long film in a minute.
     */
    private static void join(Path part, Path film, int copies) throws Exception {
        try (FFmpegFrameGrabber first = new FFmpegFrameGrabber(part.toFile())) {
            first.start();
            long length = first.getFormatContext().streams(first.getVideoStream()).duration();
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(film.toFile(), first.getImageWidth(),
                    first.getImageHeight(), 0)) {
                recorder.setFormat("mp4");
                recorder.start(first.getFormatContext());
                for (int copy = 0; copy < copies; copy++) {
                    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(part.toFile())) {
                        grabber.start();
                        for (AVPacket packet = grabber.grabPacket(); packet != null; packet = grabber.grabPacket()) {
                            if (packet.stream_index() == grabber.getVideoStream()) {
                                packet.pts(packet.pts() + copy * length);
                                packet.dts(packet.dts() + copy * length);
                                recorder.recordPacket(packet);
                            }
                        }
                    }
                }
                recorder.stop();
            }
        }
    }

    /** How many key frames the film has and the average size of key and other frames, as stored. */
    private static String packets(Path film) throws Exception {
        long keyBytes = 0;
        long otherBytes = 0;
        int keys = 0;
        int others = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(film.toFile())) {
            grabber.start();
            AVPacket packet = avcodec.av_packet_alloc();
            while (avformat.av_read_frame(grabber.getFormatContext(), packet) >= 0) {
                if (packet.stream_index() == grabber.getVideoStream()) {
                    boolean key = (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0;
                    keys += key ? 1 : 0;
                    others += key ? 0 : 1;
                    keyBytes += key ? packet.size() : 0;
                    otherBytes += key ? 0 : packet.size();
                }
                avcodec.av_packet_unref(packet);
            }
            avcodec.av_packet_free(packet);
        }
        return String.format(Locale.ROOT, "%d key frames of %.0f KB on average, %d others of %.0f KB", keys,
                keyBytes / 1024.0 / Math.max(1, keys), others, otherBytes / 1024.0 / Math.max(1, others));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static void report(String what, long start) {
        System.out.printf(Locale.ROOT, "%-55s %8.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    /** The time taken and the same per two hours of film, and the CPU time taken. */
    private static void report(String what, long start, long cpuStart, double filmSeconds) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-70s %8.1f s  (%.1f s per 2 h of film), CPU %.1f s%n", what, seconds,
                filmSeconds > 0 ? seconds * TWO_HOURS / filmSeconds : 0, (cpuNanos() - cpuStart) / 1e9);
    }

    /** CPU time this process used so far, all threads, in nanoseconds. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
