package io.cinechrome.colour;

/**
 * A colour of a palette in OKLab with its weight (its share of the film), the unit of the palette distances.
 *
 * @param lab    the colour
 * @param weight its share, positive and finite
 */
public record WeightedLab(OkLab lab, double weight) {

    public WeightedLab {
        if (lab == null) {
            throw new IllegalArgumentException("a weighted colour needs a colour");
        }
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("a colour's weight must be positive and finite, was " + weight);
        }
    }

    /** An sRGB colour with its weight. */
    public static WeightedLab of(Rgb colour, double weight) {
        return new WeightedLab(OkLab.of(colour), weight);
    }
}
