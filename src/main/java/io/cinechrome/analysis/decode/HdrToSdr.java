package io.cinechrome.analysis.decode;

/**
 * Transfer functions and the HDR to SDR tone mapping, on linear light where 1.0 is SDR reference white.
 *
 * <p>HDR light is measured against HDR reference white, {@value #REFERENCE_WHITE_NITS} cd/m² (ITU-R BT.2408):
 * it becomes SDR white. Everything up to {@value #KNEE} of it is kept exactly, so colours up to reference
 * white look as an SDR grade of the film shows them; brighter light rolls off smoothly (slope 1 at the knee,
 * approaching but never reaching 1.0). The roll-off scales the pixel's largest channel and the others with
 * it, so highlights keep their hue instead of turning white or changing colour.
 */
final class HdrToSdr {

    /** HDR reference white (diffuse white, graphics white) in cd/m², ITU-R BT.2408. */
    static final double REFERENCE_WHITE_NITS = 203;
    /** Relative light (of reference white) below which the tone curve is the identity. */
    static final double KNEE = 0.9;
    /** PQ's absolute peak, cd/m². */
    static final double PQ_PEAK_NITS = 10_000;
    /** The nominal peak of an HLG display (ITU-R BT.2100), at which HLG's 75% signal is 203 cd/m². */
    static final double HLG_PEAK_NITS = 1000;
    /** HLG system gamma for {@link #HLG_PEAK_NITS}. */
    static final double HLG_GAMMA = 1.2;
    /** The SDR display's gamma (ITU-R BT.1886 with a black level of zero), used whenever light is linear. */
    static final double DISPLAY_GAMMA = 2.4;

    private static final double PQ_M1 = 2610 / 16384.0;
    private static final double PQ_M2 = 2523 / 4096.0 * 128;
    private static final double PQ_C1 = 3424 / 4096.0;
    private static final double PQ_C2 = 2413 / 4096.0 * 32;
    private static final double PQ_C3 = 2392 / 4096.0 * 32;
    private static final double HLG_A = 0.17883277;
    private static final double HLG_B = 1 - 4 * HLG_A;
    private static final double HLG_C = 0.5 - HLG_A * Math.log(4 * HLG_A);
    /** BT.2020 luminance weights, for HLG's system gamma. */
    private static final double[] LUMA_2020 = {0.2627, 0.6780, 0.0593};

    private HdrToSdr() {
    }

    /** PQ signal (0..1) to light relative to reference white. */
    static double pqToLinear(double signal) {
        double n = Math.pow(Math.max(signal, 0), 1 / PQ_M2);
        double light = Math.pow(Math.max(n - PQ_C1, 0) / (PQ_C2 - PQ_C3 * n), 1 / PQ_M1);
        return light * PQ_PEAK_NITS / REFERENCE_WHITE_NITS;
    }

    /** HLG signal (0..1) to relative scene light (0..1), the inverse of the HLG OETF. */
    static double hlgToScene(double signal) {
        double e = Math.max(signal, 0);
        return e <= 0.5 ? e * e / 3 : (Math.exp((e - HLG_C) / HLG_A) + HLG_B) / 12;
    }

    /**
     * HLG's OOTF in place: relative scene light to display light relative to reference white, on a
     * {@value #HLG_PEAK_NITS} cd/m² display.
     */
    static void hlgSceneToDisplay(double[] rgb) {
        double ys = LUMA_2020[0] * rgb[0] + LUMA_2020[1] * rgb[1] + LUMA_2020[2] * rgb[2];
        double scale = HLG_PEAK_NITS * Math.pow(Math.max(ys, 0), HLG_GAMMA - 1) / REFERENCE_WHITE_NITS;
        for (int i = 0; i < 3; i++) {
            rgb[i] *= scale;
        }
    }

    /** The tone curve on one value: identity up to {@link #KNEE}, then a smooth roll-off towards 1. */
    static double rollOff(double light) {
        if (light <= KNEE) {
            return light;
        }
        double over = light - KNEE;
        double room = 1 - KNEE;
        return KNEE + room * over / (over + room);
    }

    /** Tone-maps linear RGB in place by its largest channel, keeping hue and saturation. */
    static void toneMap(double[] rgb) {
        double max = Math.max(rgb[0], Math.max(rgb[1], rgb[2]));
        if (max > KNEE) {
            double scale = rollOff(max) / max;
            for (int i = 0; i < 3; i++) {
                rgb[i] *= scale;
            }
        }
    }
}
