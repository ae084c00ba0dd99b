package io.cinechrome.colour;

/**
 * WCAG 2.x contrast: relative luminance of sRGB colours, contrast ratios, and the alpha compositing that
 * a renderer does when it paints a translucent layer (sRGB values, no linearisation, like SVG renderers).
 */
public final class Contrast {

    /** WCAG AA for normal text. */
    public static final double WCAG_AA = 4.5;

    private static final double LUMA_RED = 0.2126;
    private static final double LUMA_GREEN = 0.7152;
    private static final double LUMA_BLUE = 0.0722;
    /** The flare term of the WCAG ratio {@code (L1 + 0.05) / (L2 + 0.05)}. */
    private static final double FLARE = 0.05;
    private static final int MAX_CHANNEL = 255;

    private Contrast() {
    }

    /** WCAG relative luminance, 0 (black) .. 1 (white). */
    public static double luminance(Rgb colour) {
        return LUMA_RED * OkLab.linear(colour.red())
                + LUMA_GREEN * OkLab.linear(colour.green())
                + LUMA_BLUE * OkLab.linear(colour.blue());
    }

    /** WCAG contrast ratio of two luminances, 1 .. 21, independent of order. */
    public static double ratio(double luminanceA, double luminanceB) {
        double lighter = Math.max(luminanceA, luminanceB);
        double darker = Math.min(luminanceA, luminanceB);
        return (lighter + FLARE) / (darker + FLARE);
    }

    /** WCAG contrast ratio of two colours, 1 .. 21. */
    public static double ratio(Rgb a, Rgb b) {
        return ratio(luminance(a), luminance(b));
    }

    /**
     * The colour seen when {@code layer} is painted with opacity {@code alpha} over {@code background}
     * (source-over in sRGB, rounded to 8 bits like the rendered pixels).
     */
    public static Rgb composite(Rgb layer, double alpha, Rgb background) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be 0..1, was " + alpha);
        }
        return new Rgb(
                blend(layer.red(), alpha, background.red()),
                blend(layer.green(), alpha, background.green()),
                blend(layer.blue(), alpha, background.blue()));
    }

    private static int blend(int top, double alpha, int bottom) {
        long value = Math.round(alpha * top + (1 - alpha) * bottom);
        return (int) Math.max(0, Math.min(MAX_CHANNEL, value));
    }
}
