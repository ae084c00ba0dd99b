package io.cinechrome.bench;

import io.cinechrome.analysis.AnalysisSettings;
import io.cinechrome.analysis.FilmAnalysis;
import io.cinechrome.analysis.FilmAnalyzer;
import io.cinechrome.analysis.decode.ProgressListener;
import io.cinechrome.analysis.decode.Sampling;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The cost of reading an HDR film: the same textured, moving picture encoded twice with libx265, once as HDR10
 * (10-bit, PQ, BT.2020, mastering metadata) and once as 8-bit SDR BT.709, and both analysed. The difference is
 * what 10-bit decoding plus tone mapping cost; per minute of film, extrapolated to a 2-hour film. Not a test:
 * needs FFmpeg's GPL build, run with {@code java -Dorg.bytedeco.javacpp.platform.extension=-gpl -cp
 * target/classes:target/test-classes:<dependencies> io.cinechrome.bench.ToneMappingBenchmark [SECONDS [WIDTH
 * HEIGHT [DIR]]]} (default 60 s of 1920x1080 in target/bench). The films are generated once and reused.
 */
public final class ToneMappingBenchmark {

    private static final int FPS = 24;
    private static final int GOP = 240;
    private static final int TILE = 256;
    private static final double TWO_HOURS_MINUTES = 120;
    private static final String MASTERING = "master-display=G(13250,34500)B(7500,3000)R(34000,16000)"
            + "WP(15635,16450)L(10000000,1):max-cll=1000,400";

    private ToneMappingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int width = args.length > 2 ? Integer.parseInt(args[1]) : 1920;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 1080;
        Path dir = Path.of(args.length > 3 ? args[3] : "target/bench");
        Files.createDirectories(dir);
        Path hdr = dir.resolve("hdr10-" + height + "p-" + seconds + "s.mp4");
        Path sdr = dir.resolve("sdr-" + height + "p-" + seconds + "s.mp4");
        for (Path film : new Path[] {hdr, sdr}) {
            if (!Files.exists(film)) {
                long t = System.nanoTime();
                generate(film, film == hdr, seconds, width, height);
                System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", film, (System.nanoTime() - t) / 1e9);
            }
        }
        double minutes = seconds / 60.0;
        double sdrDecode = plainDecode(sdr, "SDR 8-bit BT.709");
        double hdrDecode = plainDecode(hdr, "HDR10 10-bit PQ");
        System.out.printf(Locale.ROOT, "decoding alone: HDR %+.2f s per minute of film%n",
                (hdrDecode - sdrDecode) / minutes);
        for (Sampling sampling : Sampling.values()) {
            double sdrSeconds = time(sdr, sampling, "SDR 8-bit BT.709");
            double hdrSeconds = time(hdr, sampling, "HDR10 10-bit PQ, tone-mapped");
            double extra = hdrSeconds - sdrSeconds;
            System.out.printf(Locale.ROOT, "%s: HDR costs %+.2f s per minute of film (%+.0f%%), a 2-hour film"
                    + " %.0f s for HDR against %.0f s for SDR; beyond decoding %+.2f s per minute%n", sampling.id(),
                    extra / minutes, 100 * extra / sdrSeconds, hdrSeconds / minutes * TWO_HOURS_MINUTES,
                    sdrSeconds / minutes * TWO_HOURS_MINUTES, (extra - (hdrDecode - sdrDecode)) / minutes);
        }
    }

    /** Decodes every frame without scaling or converting it. */
    private static double plainDecode(Path film, String what) throws Exception {
        long t = System.nanoTime();
        int frames = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(film.toFile())) {
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            grabber.start();
            while (grabber.grabFrame(false, true, false, false) != null) {
                frames++;
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "%-6s %-30s %4d frames %7.1f s%n", "decode", what, frames, seconds);
        return seconds;
    }

    private static double time(Path film, Sampling sampling, String what) throws Exception {
        long t = System.nanoTime();
        FilmAnalysis analysis = new FilmAnalyzer(new AnalysisSettings(10, 4, 240, sampling))
                .analyze(film, ProgressListener.NONE);
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "%-6s %-30s %4d frames %7.1f s  %s%n", sampling.id(), what,
                analysis.framesSampled(), seconds, analysis.colour());
        return seconds;
    }

    /** A moving random texture over slowly changing colours, written straight as YUV 4:2:0. */
    private static void generate(Path film, boolean hdr, int seconds, int width, int height) throws Exception {
        byte[] tile = new byte[TILE * TILE];
        new SplittableRandom(1).nextBytes(tile);
        int bytes = hdr ? 2 : 1;
        int pixelFormat = hdr ? avutil.AV_PIX_FMT_YUV420P10LE : avutil.AV_PIX_FMT_YUV420P;
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(film.toFile(), width, height, 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("libx265");
            recorder.setFrameRate(FPS);
            recorder.setGopSize(GOP);
            recorder.setPixelFormat(pixelFormat);
            recorder.setVideoBitrate(6_000_000);
            recorder.setVideoOption("preset", "ultrafast");
            recorder.setVideoOption("color_range", "tv");
            if (hdr) {
                recorder.setVideoOption("colorspace", "bt2020nc");
                recorder.setVideoOption("color_primaries", "bt2020");
                recorder.setVideoOption("color_trc", "smpte2084");
                recorder.setVideoOption("x265-params", "log-level=error:hdr10=1:" + MASTERING);
            } else {
                recorder.setVideoOption("colorspace", "bt709");
                recorder.setVideoOption("color_primaries", "bt709");
                recorder.setVideoOption("color_trc", "bt709");
                recorder.setVideoOption("x265-params", "log-level=error");
            }
            recorder.start();
            int chromaWidth = width / 2;
            int chromaHeight = height / 2;
            ByteBuffer frame = ByteBuffer.allocateDirect((width * height + 2 * chromaWidth * chromaHeight) * bytes)
                    .order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < seconds * FPS; i++) {
                double phase = i / (double) (seconds * FPS);
                // 8-bit code values; HDR shifts them to 10 bits, where they span dark to well above reference white.
                int luma = (int) (120 + 80 * Math.sin(phase * 40));
                int cb = (int) (128 + 40 * Math.sin(phase * 23 + 1));
                int cr = (int) (128 + 40 * Math.sin(phase * 31 + 2));
                frame.clear();
                plane(frame, width, height, i, tile, luma, hdr);
                plane(frame, chromaWidth, chromaHeight, i, tile, cb, hdr);
                plane(frame, chromaWidth, chromaHeight, i, tile, cr, hdr);
                frame.flip();
                recorder.recordImage(width, height, hdr ? Frame.DEPTH_USHORT : Frame.DEPTH_UBYTE, 1, width,
                        pixelFormat, frame);
            }
            recorder.stop();
        }
    }

    private static void plane(ByteBuffer frame, int w, int h, int i, byte[] tile, int base, boolean wide) {
        for (int y = 0; y < h; y++) {
            int ty = ((y + i * 3) % TILE) * TILE;
            for (int x = 0; x < w; x++) {
                int value = Math.max(16, Math.min(235, base + (tile[ty + ((x + i * 2) % TILE)] >> 3)));
                if (wide) {
                    frame.putShort((short) (value << 2));
                } else {
                    frame.put((byte) value);
                }
            }
        }
    }
}
