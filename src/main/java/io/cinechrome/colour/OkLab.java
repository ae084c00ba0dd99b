package io.cinechrome.colour;

/**
 * A colour in Björn Ottosson's OKLab space, where Euclidean distance follows perceived difference.
 * {@code l} is lightness (0 black .. 1 white); {@code a} and {@code b} are the green-red and blue-yellow axes.
 *
 * @param l lightness
 * @param a green (negative) to red (positive)
 * @param b blue (negative) to yellow (positive)
 */
public record OkLab(double l, double a, double b) {

    private static final double[] SRGB_TO_LINEAR = new double[256];

    static {
        for (int i = 0; i < SRGB_TO_LINEAR.length; i++) {
            SRGB_TO_LINEAR[i] = toLinear(i / 255.0);
        }
    }

    public OkLab {
        if (!Double.isFinite(l) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("OKLab components must be finite: " + l + ", " + a + ", " + b);
        }
    }

    /** Converts an sRGB colour. */
    public static OkLab of(Rgb rgb) {
        return fromLinear(SRGB_TO_LINEAR[rgb.red()], SRGB_TO_LINEAR[rgb.green()], SRGB_TO_LINEAR[rgb.blue()]);
    }

    /** Converts linear-light RGB (0..1 per channel). */
    public static OkLab fromLinear(double r, double g, double bl) {
        double l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * bl);
        double m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * bl);
        double s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * bl);
        return new OkLab(
                0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
                1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
                0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s);
    }

    /** Converts non-integer sRGB (0..1 per channel), such as the mean of several pixels. */
    public static OkLab fromSrgb(double r, double g, double bl) {
        return fromLinear(toLinear(r), toLinear(g), toLinear(bl));
    }

    /** The linear-light value (0..1) of an 8-bit sRGB channel value. */
    public static double linear(int channel) {
        return SRGB_TO_LINEAR[channel];
    }

    /** Converts back to sRGB, clamping colours outside the gamut. */
    public Rgb toRgb() {
        double l1 = l + 0.3963377774 * a + 0.2158037573 * b;
        double m1 = l - 0.1055613458 * a - 0.0638541728 * b;
        double s1 = l - 0.0894841775 * a - 1.2914855480 * b;
        double l3 = l1 * l1 * l1;
        double m3 = m1 * m1 * m1;
        double s3 = s1 * s1 * s1;
        return new Rgb(
                toByte(4.0767416621 * l3 - 3.3077115913 * m3 + 0.2309699292 * s3),
                toByte(-1.2684380046 * l3 + 2.6097574011 * m3 - 0.3413193965 * s3),
                toByte(-0.0041960863 * l3 - 0.7034186147 * m3 + 1.7076147010 * s3));
    }

    /** Perceptual distance (ΔE in OKLab). */
    public double distance(OkLab other) {
        return Math.sqrt(distanceSquared(other));
    }

    /** Squared perceptual distance, for clustering. */
    public double distanceSquared(OkLab other) {
        double dl = l - other.l;
        double da = a - other.a;
        double db = b - other.b;
        return dl * dl + da * da + db * db;
    }

    /** Colourfulness: distance from the grey axis. */
    public double chroma() {
        return Math.hypot(a, b);
    }

    /** Hue angle in degrees, 0..360. */
    public double hueDegrees() {
        double degrees = Math.toDegrees(Math.atan2(b, a));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double toLinear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int toByte(double linear) {
        double c = Math.max(0, Math.min(1, linear));
        double srgb = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, srgb)) * 255);
    }
}
