package io.cinechrome.catalog;

import java.util.List;

/**
 * One act of a film: an equal share of its running time with its own palette.
 *
 * @param fromSeconds where the act starts
 * @param toSeconds   where it ends
 * @param palette     the act's dominant colours, largest share first (greys dark to light for black and white);
 *                    shares sum to 1
 */
public record Act(double fromSeconds, double toSeconds, List<Swatch> palette) {

    private static final double SHARE_TOLERANCE = 1e-6;

    public Act {
        if (!(fromSeconds >= 0) || !(toSeconds >= fromSeconds) || !Double.isFinite(toSeconds)) {
            throw new IllegalArgumentException("an act runs forward in time, was " + fromSeconds + ".." + toSeconds);
        }
        palette = List.copyOf(palette);
        if (palette.isEmpty()) {
            throw new IllegalArgumentException("an act needs a palette");
        }
        double total = palette.stream().mapToDouble(Swatch::share).sum();
        if (Math.abs(total - 1) > SHARE_TOLERANCE) {
            throw new IllegalArgumentException("an act's palette shares must sum to 1, they sum to " + total);
        }
    }
}
