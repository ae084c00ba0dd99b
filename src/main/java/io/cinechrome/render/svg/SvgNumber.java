package io.cinechrome.render.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats coordinates for SVG the same way on every machine: at most two decimals, no exponent, no "-0". */
public final class SvgNumber {

    private static final int DECIMALS = 2;

    private SvgNumber() {
    }

    /** {@code 12}, {@code 12.5}, {@code 0.33}. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite coordinate: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }
}
