package io.cinechrome.analysis.decode;

/**
 * Turns downscaled YUV 4:4:4 pixels (at the source's bit depth) into the 8-bit RGB an SDR BT.709 display
 * shows, following the stream's {@link VideoColour}: its matrix and range; its primaries (converted to BT.709
 * in linear light, out-of-gamut colours desaturated towards their luminance); and its transfer (PQ and HLG
 * tone-mapped by {@link HdrToSdr}). SDR with BT.709 primaries is passed through as code values, exactly what
 * a player sends to the screen.
 */
final class YuvToRgb {

    /** Entries of the tables that linearise HDR signals (interpolated between). */
    private static final int TABLE_SIZE = 4096;
    private static final int MAX_8BIT = 255;
    private static final double LIMITED_BLACK = 16;
    private static final double LIMITED_LUMA_SPAN = 219;
    private static final double LIMITED_CHROMA_SPAN = 224;
    private static final double CHROMA_MIDDLE = 128;
    private static final double[] WHITE_D65 = {0.3127, 0.3290};
    private static final double[] LUMA_709 = {0.2126, 0.7152, 0.0722};
    /** Steps of the table that encodes linear light for the display, over the square root of light. */
    private static final int ENCODE_STEPS = 1 << 14;
    private static final int[] ENCODE = encodeTable();

    private final VideoColour colour;
    private final double yBlack;
    private final double ySpan;
    private final double cMiddle;
    private final double cSpan;
    private final double rFromCr;
    private final double gFromCb;
    private final double gFromCr;
    private final double bFromCb;
    /** To BT.709 primaries in linear light, empty when the source is BT.709 already. */
    private final double[] toBt709;
    private final double[] linearise;
    private final double[] rgb = new double[3];

    YuvToRgb(VideoColour colour, int bits) {
        this.colour = colour;
        double unit = 1 << (bits - 8);
        if (colour.range() == VideoColour.Range.LIMITED) {
            yBlack = LIMITED_BLACK * unit;
            ySpan = LIMITED_LUMA_SPAN * unit;
            cSpan = LIMITED_CHROMA_SPAN * unit;
        } else {
            yBlack = 0;
            ySpan = (1 << bits) - 1;
            cSpan = (1 << bits) - 1;
        }
        cMiddle = CHROMA_MIDDLE * unit;
        double kr = colour.matrix().kr;
        double kb = colour.matrix().kb;
        double kg = 1 - kr - kb;
        rFromCr = 2 * (1 - kr);
        bFromCb = 2 * (1 - kb);
        gFromCb = -bFromCb * kb / kg;
        gFromCr = -rFromCr * kr / kg;
        toBt709 = colour.primaries() == VideoColour.Primaries.BT709 ? new double[0]
                : multiply(invert(toXyz(VideoColour.Primaries.BT709.xy)), toXyz(colour.primaries().xy));
        linearise = switch (colour.transfer()) {
            case PQ -> table(HdrToSdr::pqToLinear);
            case HLG -> table(HdrToSdr::hlgToScene);
            default -> table(signal -> Math.pow(signal, HdrToSdr.DISPLAY_GAMMA));
        };
    }

    /** The description this converter follows. */
    VideoColour colour() {
        return colour;
    }

    /** Converts pixel {@code i} of the planes into {@code out[3i..3i+2]}. */
    void convert(int[] luma, int[] cb, int[] cr, byte[] out) {
        boolean plain = toBt709.length == 0 && !colour.hdr();
        for (int i = 0; i < luma.length; i++) {
            double y = (luma[i] - yBlack) / ySpan;
            double u = (cb[i] - cMiddle) / cSpan;
            double v = (cr[i] - cMiddle) / cSpan;
            rgb[0] = clamp(y + rFromCr * v);
            rgb[1] = clamp(y + gFromCb * u + gFromCr * v);
            rgb[2] = clamp(y + bFromCb * u);
            if (plain) {
                for (int c = 0; c < 3; c++) {
                    out[i * 3 + c] = (byte) Math.round(rgb[c] * MAX_8BIT);
                }
            } else {
                toDisplay();
                for (int c = 0; c < 3; c++) {
                    out[i * 3 + c] = (byte) encode(rgb[c]);
                }
            }
        }
    }

    /** Non-linear source RGB in {@link #rgb} to linear BT.709 SDR light, 0..1. */
    private void toDisplay() {
        for (int c = 0; c < 3; c++) {
            rgb[c] = lookUp(linearise, rgb[c]);
        }
        if (colour.transfer() == VideoColour.Transfer.HLG) {
            HdrToSdr.hlgSceneToDisplay(rgb);
        }
        if (toBt709.length > 0) {
            double r = rgb[0];
            double g = rgb[1];
            double b = rgb[2];
            for (int c = 0; c < 3; c++) {
                rgb[c] = toBt709[c * 3] * r + toBt709[c * 3 + 1] * g + toBt709[c * 3 + 2] * b;
            }
            intoGamut(rgb);
        }
        if (colour.hdr()) {
            HdrToSdr.toneMap(rgb);
        }
    }

    /** Moves a colour with a negative channel towards the grey of its luminance until it fits. */
    static void intoGamut(double[] rgb) {
        double min = Math.min(rgb[0], Math.min(rgb[1], rgb[2]));
        if (min >= 0) {
            return;
        }
        double luminance = Math.max(0, LUMA_709[0] * rgb[0] + LUMA_709[1] * rgb[1] + LUMA_709[2] * rgb[2]);
        double keep = luminance / (luminance - min);
        for (int c = 0; c < 3; c++) {
            rgb[c] = Math.max(0, luminance + keep * (rgb[c] - luminance));
        }
    }

    /**
     * Linear light (clipped to 0..1) to the nearest 8-bit display code, looked up by its square root (the
     * table is fine enough near black, where the display curve is steep).
     */
    private static int encode(double light) {
        double root = Math.sqrt(Math.min(Math.max(light, 0), 1));
        return ENCODE[(int) (root * ENCODE_STEPS + 0.5)];
    }

    private static int[] encodeTable() {
        int[] table = new int[ENCODE_STEPS + 1];
        for (int i = 0; i <= ENCODE_STEPS; i++) {
            double root = i / (double) ENCODE_STEPS;
            table[i] = (int) Math.round(Math.pow(root * root, 1 / HdrToSdr.DISPLAY_GAMMA) * MAX_8BIT);
        }
        return table;
    }

    private static double clamp(double value) {
        return value < 0 ? 0 : Math.min(value, 1);
    }

    private static double[] table(java.util.function.DoubleUnaryOperator f) {
        double[] table = new double[TABLE_SIZE + 1];
        for (int i = 0; i <= TABLE_SIZE; i++) {
            table[i] = f.applyAsDouble(i / (double) TABLE_SIZE);
        }
        return table;
    }

    private static double lookUp(double[] table, double signal) {
        double at = signal * TABLE_SIZE;
        int i = Math.min((int) at, TABLE_SIZE - 1);
        double t = at - i;
        return table[i] + t * (table[i + 1] - table[i]);
    }

    /** Row-major 3x3 matrix from linear RGB of these primaries to CIE XYZ (white D65 maps to Y = 1). */
    static double[] toXyz(double[] xy) {
        double[] m = new double[9];
        for (int c = 0; c < 3; c++) {
            double x = xy[c * 2];
            double y = xy[c * 2 + 1];
            m[c] = x / y;
            m[3 + c] = 1;
            m[6 + c] = (1 - x - y) / y;
        }
        double[] white = {WHITE_D65[0] / WHITE_D65[1], 1, (1 - WHITE_D65[0] - WHITE_D65[1]) / WHITE_D65[1]};
        double[] inverse = invert(m);
        for (int c = 0; c < 3; c++) {
            double s = inverse[c * 3] * white[0] + inverse[c * 3 + 1] * white[1] + inverse[c * 3 + 2] * white[2];
            for (int row = 0; row < 3; row++) {
                m[row * 3 + c] *= s;
            }
        }
        return m;
    }

    static double[] multiply(double[] a, double[] b) {
        double[] m = new double[9];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                for (int k = 0; k < 3; k++) {
                    m[row * 3 + col] += a[row * 3 + k] * b[k * 3 + col];
                }
            }
        }
        return m;
    }

    static double[] invert(double[] m) {
        double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], k = m[8];
        double det = a * (e * k - f * h) - b * (d * k - f * g) + c * (d * h - e * g);
        return new double[] {
            (e * k - f * h) / det, (c * h - b * k) / det, (b * f - c * e) / det,
            (f * g - d * k) / det, (a * k - c * g) / det, (c * d - a * f) / det,
            (d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det};
    }
}
