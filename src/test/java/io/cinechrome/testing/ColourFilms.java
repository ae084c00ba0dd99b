package io.cinechrome.testing;

import io.cinechrome.colour.Rgb;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Test films of seven known sRGB colours, encoded the way real films are. The film has seven scenes of known
 * lengths; scene {@code i} shows colour {@code i} on the left quarter of the picture and colour {@code i + 1}
 * on the rest, so every colour has a known share of the film both in time and in picture area (anamorphic
 * films must keep it). To encode, this class builds the YUV frames itself, with the form's own matrix, range, bit depth, primaries
 * and transfer (PQ and HLG with SDR reference white at 203 cd/m², ITU-R BT.2408), and hands them to libx264 or
 * libx265 (FFmpeg's GPL build) unchanged, tagged as the form says. The maths here is written independently of
 * the decoder's: BT.2087's published BT.709 to BT.2020 matrix, BT.2100's PQ and HLG formulas.
 */
public final class ColourFilms {

    /** The seven true colours, in scene order. */
    public static final List<Rgb> COLOURS = List.of(Rgb.parse("#e67e22"), Rgb.parse("#27ae60"),
            Rgb.parse("#c0392b"), Rgb.parse("#1f3a93"), Rgb.parse("#f1c40f"), Rgb.parse("#16a085"),
            Rgb.parse("#9b8579"));
    /** Each scene's share of the film's time, in 40ths. */
    private static final int[] FORTIETHS = {10, 8, 6, 5, 4, 4, 3};
    /** The scene's colour covers this much of the picture's width (the left side), the next colour the rest. */
    private static final double LEFT = 0.25;
    private static final int FRAME_RATE = 10;
    private static final double REFERENCE_WHITE = 203;
    private static final double GAMMA = 2.4;
    /** ITU-R BT.2087: linear BT.709 RGB to linear BT.2020 RGB. */
    private static final double[][] BT709_TO_BT2020 = {
        {0.6274, 0.3293, 0.0433}, {0.0691, 0.9195, 0.0114}, {0.0164, 0.0880, 0.8956}};

    /** How the film's light is encoded. */
    public enum Transfer { SDR, PQ, HLG }

    /**
     * One way of encoding the film.
     *
     * @param name      for messages
     * @param width     stored picture width (a multiple of 40 * 2)
     * @param height    stored picture height
     * @param sar       sample aspect ratio (pixel width / height)
     * @param encoder   libx264 or libx265
     * @param container mp4 or matroska
     * @param bits      8 or 10
     * @param kr        matrix luma coefficient of red
     * @param kb        matrix luma coefficient of blue
     * @param full      full range instead of limited
     * @param bt2020    BT.2020 primaries instead of BT.709
     * @param transfer  SDR, PQ or HLG
     * @param options   encoder options: colour tags (none for an untagged film), x265-params, ...
     */
    public record Form(String name, int width, int height, double sar, String encoder, String container, int bits,
            double kr, double kb, boolean full, boolean bt2020, Transfer transfer, Map<String, String> options) {
    }

    private ColourFilms() {
    }

    /** Share of the film (time and area) of colour {@code i}. */
    public static double share(int i) {
        int before = (i + FORTIETHS.length - 1) % FORTIETHS.length;
        return (LEFT * FORTIETHS[i] + (1 - LEFT) * FORTIETHS[before]) / 40.0;
    }

    /** Writes the film in the given form, {@code seconds} long (scene lengths are rounded to whole frames). */
    public static Path write(Form form, Path file, double seconds) throws Exception {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), form.width(), form.height(), 0)) {
            recorder.setFormat(form.container());
            recorder.setVideoCodecName(form.encoder());
            recorder.setFrameRate(FRAME_RATE);
            recorder.setGopSize(FRAME_RATE);
            recorder.setAspectRatio(form.sar());
            recorder.setPixelFormat(form.bits() > 8 ? avutil.AV_PIX_FMT_YUV420P10LE : avutil.AV_PIX_FMT_YUV420P);
            recorder.setVideoOption("preset", "ultrafast");
            recorder.setVideoOption("crf", "8");
            form.options().forEach(recorder::setVideoOption);
            recorder.start();
            int depth = form.bits() > 8 ? Frame.DEPTH_USHORT : Frame.DEPTH_UBYTE;
            int pixelFormat = form.bits() > 8 ? avutil.AV_PIX_FMT_YUV420P10LE : avutil.AV_PIX_FMT_YUV420P;
            for (int scene = 0; scene < FORTIETHS.length; scene++) {
                ByteBuffer frame = frame(form, scene);
                long frames = Math.round(seconds * FRAME_RATE * FORTIETHS[scene] / 40.0);
                for (long i = 0; i < frames; i++) {
                    recorder.recordImage(form.width(), form.height(), depth, 1, form.width(), pixelFormat, frame);
                }
            }
            recorder.stop();
        }
        return file;
    }

    /** One YUV 4:2:0 frame: the planes one after the other, 1 or 2 bytes (little-endian) per sample. */
    private static ByteBuffer frame(Form form, int scene) {
        int w = form.width();
        int h = form.height();
        int bytes = form.bits() > 8 ? 2 : 1;
        ByteBuffer buffer = ByteBuffer.allocateDirect((w * h + 2 * (w / 2) * (h / 2)) * bytes)
                .order(ByteOrder.LITTLE_ENDIAN);
        int[] left = yuv(form, COLOURS.get(scene));
        int[] right = yuv(form, COLOURS.get((scene + 1) % COLOURS.size()));
        int split = (int) Math.round(w * LEFT);
        for (int plane = 0; plane < 3; plane++) {
            int pw = plane == 0 ? w : w / 2;
            int ph = plane == 0 ? h : h / 2;
            for (int y = 0; y < ph; y++) {
                for (int x = 0; x < pw; x++) {
                    int value = ((plane == 0 ? x : x * 2) < split ? left : right)[plane];
                    if (bytes == 2) {
                        buffer.putShort((short) value);
                    } else {
                        buffer.put((byte) value);
                    }
                }
            }
        }
        return buffer.flip();
    }

    /** Y, Cb, Cr code values of an sRGB colour in this form. */
    static int[] yuv(Form form, Rgb colour) {
        double[] rgb = {colour.red() / 255.0, colour.green() / 255.0, colour.blue() / 255.0};
        if (form.bt2020() || form.transfer() != Transfer.SDR) {
            double[] light = new double[3];
            for (int c = 0; c < 3; c++) {
                light[c] = Math.pow(rgb[c], GAMMA);
            }
            if (form.bt2020()) {
                light = times(BT709_TO_BT2020, light);
            }
            rgb = switch (form.transfer()) {
                case PQ -> pq(light);
                case HLG -> hlg(light);
                case SDR -> gamma(light);
            };
        }
        double kg = 1 - form.kr() - form.kb();
        double y = form.kr() * rgb[0] + kg * rgb[1] + form.kb() * rgb[2];
        double cb = (rgb[2] - y) / (2 * (1 - form.kb()));
        double cr = (rgb[0] - y) / (2 * (1 - form.kr()));
        double unit = 1 << (form.bits() - 8);
        if (form.full()) {
            double max = (1 << form.bits()) - 1;
            double middle = 1 << (form.bits() - 1);
            return new int[] {(int) Math.round(y * max), (int) Math.round(middle + cb * max),
                (int) Math.round(middle + cr * max)};
        }
        return new int[] {(int) Math.round((16 + 219 * y) * unit), (int) Math.round((128 + 224 * cb) * unit),
            (int) Math.round((128 + 224 * cr) * unit)};
    }

    private static double[] gamma(double[] light) {
        double[] signal = new double[3];
        for (int c = 0; c < 3; c++) {
            signal[c] = Math.pow(light[c], 1 / GAMMA);
        }
        return signal;
    }

    /** BT.2100 PQ inverse EOTF of display light where 1.0 is reference white. */
    private static double[] pq(double[] light) {
        double m1 = 0.1593017578125;
        double m2 = 78.84375;
        double c1 = 0.8359375;
        double c2 = 18.8515625;
        double c3 = 18.6875;
        double[] signal = new double[3];
        for (int c = 0; c < 3; c++) {
            double y = Math.pow(light[c] * REFERENCE_WHITE / 10_000, m1);
            signal[c] = Math.pow((c1 + c2 * y) / (1 + c3 * y), m2);
        }
        return signal;
    }

    /**
     * BT.2100 HLG on a 1000 cd/m² display: display light (1.0 = reference white) through the inverse OOTF
     * (system gamma 1.2) to scene light, then the OETF.
     */
    private static double[] hlg(double[] light) {
        double a = 0.17883277;
        double b = 0.28466892;
        double c = 0.55991073;
        double[] display = new double[3];
        for (int i = 0; i < 3; i++) {
            display[i] = light[i] * REFERENCE_WHITE / 1000;
        }
        double yd = 0.2627 * display[0] + 0.6780 * display[1] + 0.0593 * display[2];
        double ys = Math.pow(yd, 1 / 1.2);
        double[] signal = new double[3];
        for (int i = 0; i < 3; i++) {
            double e = yd > 0 ? display[i] / Math.pow(ys, 0.2) : 0;
            signal[i] = e <= 1 / 12.0 ? Math.sqrt(3 * e) : a * Math.log(12 * e - b) + c;
        }
        return signal;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[3];
        for (int row = 0; row < 3; row++) {
            out[row] = m[row][0] * v[0] + m[row][1] * v[1] + m[row][2] * v[2];
        }
        return out;
    }
}
