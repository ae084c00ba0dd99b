package io.cinechrome.render;

/** The opacity stops of a scrim that fades in smoothly at the top and out at the bottom. */
final class ScrimFade {

    /** Stops per fade; the opacity follows a smoothstep curve through them. */
    private static final int STEPS = 6;

    private final double[] offsets;
    private final double[] opacities;

    private ScrimFade(double[] offsets, double[] opacities) {
        this.offsets = offsets;
        this.opacities = opacities;
    }

    /**
     * A fade over {@code height} pixels whose first and last {@code fade} pixels ramp between 0 and {@code alpha}.
     */
    static ScrimFade of(double height, double fade, double alpha) {
        double fraction = Math.min(0.5, fade / height);
        double[] offsets = new double[2 * (STEPS + 1)];
        double[] opacities = new double[offsets.length];
        for (int i = 0; i <= STEPS; i++) {
            double t = (double) i / STEPS;
            double opacity = alpha * t * t * (3 - 2 * t);
            offsets[i] = t * fraction;
            opacities[i] = opacity;
            offsets[offsets.length - 1 - i] = 1 - t * fraction;
            opacities[offsets.length - 1 - i] = opacity;
        }
        return new ScrimFade(offsets, opacities);
    }

    /** Stop positions, 0..1. */
    double[] offsets() {
        return offsets.clone();
    }

    /** Opacity at each stop. */
    double[] opacities() {
        return opacities.clone();
    }
}
