package io.cinechrome.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The bands of a scrim that fades in at the top and out at the bottom along a smoothstep curve: whole pixel rows,
 * each at the opacity of its middle rounded to {@link #OPACITY_DECIMALS} decimals, with neighbouring rows of the same
 * opacity joined into one band. A step of 1 % opacity changes a colour by less than a third of a just-noticeable
 * difference, so the fade looks as smooth as a gradient; but where a gradient gives every row of a poster a new
 * shade of 1,080 stripe colours, which a PNG pays for row by row, the bands repeat rows (half the fade's bytes).
 */
final class ScrimFade {

    /** Opacities are rounded to hundredths, the precision an SVG coordinate here has anyway. */
    static final int OPACITY_DECIMALS = 2;

    /**
     * One band of the scrim.
     *
     * @param top     first row, from the scrim's top
     * @param height  rows
     * @param opacity 0..1
     */
    record Step(int top, int height, double opacity) {
        Step {
            if (height <= 0 || !(opacity > 0 && opacity <= 1)) {
                throw new IllegalArgumentException("a scrim band needs rows and an opacity above 0, was " + height
                        + " rows at " + opacity);
            }
        }
    }

    private ScrimFade() {
    }

    /**
     * The bands of a scrim {@code height} rows high whose first and last {@code fade} rows ramp between 0 and
     * {@code alpha}, top to bottom; rows at opacity 0 have no band.
     */
    static List<Step> steps(int height, int fade, double alpha) {
        int ramp = Math.max(0, Math.min(fade, height / 2));
        List<Step> steps = new ArrayList<>();
        int start = 0;
        for (int row = 1; row <= height; row++) {
            double opacity = opacity(start, height, ramp, alpha);
            if (row == height || opacity(row, height, ramp, alpha) != opacity) {
                if (opacity > 0) {
                    steps.add(new Step(start, row - start, opacity));
                }
                start = row;
            }
        }
        return steps;
    }

    /** A row's opacity: smoothstep at the row's middle within the ramp at either edge, {@code alpha} between. */
    private static double opacity(int row, int height, int ramp, double alpha) {
        int fromEdge = Math.min(row, height - 1 - row);
        if (fromEdge >= ramp) {
            return rounded(alpha);
        }
        double t = (fromEdge + 0.5) / ramp;
        return rounded(alpha * t * t * (3 - 2 * t));
    }

    private static double rounded(double opacity) {
        return BigDecimal.valueOf(opacity).setScale(OPACITY_DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }
}
