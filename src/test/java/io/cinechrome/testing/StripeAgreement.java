package io.cinechrome.testing;

import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.List;

/** How closely two analyses' stripes agree: the share of stripes within a ΔE (OKLab) of each other. */
public final class StripeAgreement {

    /** The threshold for two stripes to agree. */
    public static final double DELTA_E = 0.05;

    private StripeAgreement() {
    }

    /** The share (0..1) of stripes whose colours lie within {@link #DELTA_E} of each other. */
    public static double of(List<Rgb> first, List<Rgb> second) {
        if (first.size() != second.size() || first.isEmpty()) {
            throw new IllegalArgumentException("stripe counts differ: " + first.size() + " and " + second.size());
        }
        int close = 0;
        for (int i = 0; i < first.size(); i++) {
            if (OkLab.of(first.get(i)).distance(OkLab.of(second.get(i))) <= DELTA_E) {
                close++;
            }
        }
        return close / (double) first.size();
    }
}
